// Numbers that count nothing reported (no-counts.ts): ages, stretches of time, heights, clauses of rules, laws' names,
// margins wished for, and who treats the harmed.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('an age set off after a name, with no space or closing the sentence', () => {
  it('skips "Varn,20," and a closing ", 41."', () => {
    expect(phrases('Those shot were named as student Halo Varn,19, and trader Ema Kost, 33, the police said.')).toEqual([]);
    expect(phrases('“The shop is gone,” said baker Ilse Morrow, 41.')).toEqual([]);
  });
  it('keeps a count after a place and a comma that goes on', () => {
    expect(phrases('Floods hit Ostra, 45 people died in Varn.')).toEqual(['45']);
  });
});

describe('ages named "the ages of"', () => {
  it('skips both ages of "between the ages of 9 and 12"', () => {
    expect(phrases('Most of the pupils in Kelmor are between the ages of 9 and 12.')).toEqual([]);
  });
  it('keeps a count of people of those ages', () => {
    expect(phrases('Some 300 pupils in Kelmor are of school age.')).toEqual(['Some 300']);
  });
});

describe('a stretch of time no event fills', () => {
  it('skips the time a plan takes, "in the space of", "within" and a closing "two days before"', () => {
    expect(phrases('The junta said it would take 30 months to hand power back in Varn.')).toEqual([]);
    expect(phrases('Medics in Ostra counted 14 deaths in the space of 48 hours.')).toEqual(['14']);
    expect(phrases('The minister promised to rebuild the Kelmor bridge within three years.')).toEqual([]);
    expect(phrases('The storm hit Varn, where a landslide had buried 9 miners two days before.')).toEqual(['9']);
  });
  it('keeps how long something took when nothing is done with it, and a stretch before "after" that goes on', () => {
    expect(figure('The rescue in Varn took 36 hours.', '36').unit).toBe('hours');
  });
  it('skips a bare period after "the previous" whose unit the sentence named before', () => {
    expect(phrases('Ostra laid more track in the past five decades than in the previous more than twelve.')).toEqual([]);
  });
  it('keeps a bare count after "the last" that names no time', () => {
    expect(phrases('Forty were rescued in Varn; the crews are still looking for the last 12.')).toEqual(['Forty', '12']);
  });
});

describe('numbers that name: a building\'s height, a rule\'s clause, a law', () => {
  it('skips "a nine-storey block"', () => {
    expect(phrases('The fire broke out on the top floor of a nine-storey block in Varn.')).toEqual([]);
    expect(figure('The quake in Varn brought down nine storeys of the tower.', 'nine').unit).toBe('storeys');
  });
  it('skips the bracketed clause after a rule\'s number', () => {
    expect(phrases('The chair acted under Kelmor Rule Number 21 (3) of the house.')).toEqual([]);
    expect(figure('The chair counted 21 (3 absent) members of the house.', '21').value).toBe(21);
  });
  it('skips the number that opens a law\'s capitalised name', () => {
    expect(phrases('Shops in Ostra welcomed the 5% Fuel Levy Act passed on Monday.')).toEqual([]);
    expect(figure('Shops in Ostra paid a 5% fuel levy from Monday.', '5%').unit).toBe('%');
  });
});

describe('a margin supposed or wanted', () => {
  it('skips "if we just win by" and "want to win by"', () => {
    expect(phrases('“If we only win by 400 votes, they will steal it,” Varn said.')).toEqual([]);
    expect(phrases('“They want to win by a 3,000 majority,” Varn said.')).toEqual([]);
  });
  it('keeps a margin won', () => {
    expect(figure('Varn won by 400 votes in Ostra.', '400').unit).toBe('votes');
  });
});

describe('who treats the harmed', () => {
  it('gives no event of the harmed to the count that treats them', () => {
    expect(figure('Dr Ana Kost, one of four treating the injured in Varn, said beds had run out.', 'four').about).toBeNull();
  });
  it('keeps the event of a count of the harmed', () => {
    expect(figure('Four treated in Varn were injured by the blast.', 'Four').about).toBe('injured');
  });
});

describe('two sides of a divide', () => {
  it('skips "two" after "between"', () => {
    expect(phrases('The vote widened the gap between the town\'s two factions in Varn.')).toEqual([]);
    expect(phrases('Crews found 14 bodies between two farms near Ostra.')).toEqual(['14']);
  });
  it('keeps a range after "between" and "two" elsewhere', () => {
    expect(phrases('Between two and five people were hurt in Varn.')).toEqual(['Between two and five']);
    expect(phrases('Kelmor sent two camps of aid workers to Varn.')).toEqual(['two']);
  });
});
