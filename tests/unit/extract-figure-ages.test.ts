// Numbers that give an age, half of a period or a model's number are no figures.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('ages, halves of a period and model numbers', () => {
  it('"between 20 and 30 years old" and "as young as 12" are ages, no counts', () => {
    expect(phrases('Most of the wounded were between 20 and 30 years old, with some as young as 12, the doctor said.')).toEqual([]);
  });

  it('"aged between 18 to 25" is a range of ages, no count', () => {
    expect(phrases('He said three of the dead were his cousins aged between 18 to 25.')).toEqual(['three']);
  });

  it('"At 92," and "At 35, she" opening a sentence give an age, no count; "At 40, the toll" still counts', () => {
    expect(phrases('At 92, Kelmor remains the oldest member of the council, the party said.')).toEqual([]);
    expect(phrases('At 35, she became the youngest mayor Varn has had.')).toEqual([]);
    expect(phrases('At 40, the toll in Ostra is the highest since the floods of 2004.')).toEqual(['40']);
  });

  it('"the first half of 2011" is no 50%; "half of the voters" still is', () => {
    expect(phrases('The bank reported a profit of €12.5m for the first half of 2011.')).toEqual(['€12.5m']);
    expect(phrases('Half of the voters stayed home.')).toEqual(['Half']);
  });

  it('"A Sikorsky 76 helicopter" opening a sentence names a model, no count', () => {
    expect(phrases('A Sikorsky 76 helicopter carrying medicine crashed near the river on Monday.')).toEqual([]);
  });

  it('reads every age listed after "aged", and keeps a count listed without it', () => {
    expect(phrases('Two sisters aged 7 and 13 drowned in the Varn canal, the coroner said.')).toEqual(['Two']);
    expect(phrases('Four cousins aged 6, 9 and 15 were pulled from the Ostra lake.')).toEqual(['Four']);
    expect(phrases('The floods drove 80 and 120 families from Varn and Ostra.')).toEqual(['80', '120']);
  });

  it('"adults 50 or older" and "five years and under" are ages; "50 or more people" is a bound', () => {
    expect(phrases('The Kelmor trial enrolled only adults 50 or older.')).toEqual([]);
    expect(phrases('Free meals go to pupils seven years and under in Ostra.')).toEqual([]);
    expect(phrases('“Most of the sick in Varn are toddlers who are 4 years and below,” the nurse said.')).toEqual([]);
    expect(figure('Varn rents stayed flat for 4 years and fell below the Ostra level.', '4').unit).toBe('years');
    expect(figure('Medics said 50 or more people were hurt in Varn.', '50').comparator).toBe('>=');
  });

  it('an age moved "from 58 to 61" is two ages; a toll moved so is a count', () => {
    expect(phrases('Ostra wants to lift the pension age from 58 to 61.')).toEqual([]);
    expect(phrases('The Varn toll climbed from 58 to 61.')).toEqual(['58', '61']);
  });
});

