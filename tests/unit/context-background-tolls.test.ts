// Rows of rival tolls: another event's toll told as background, a side named by a phrase, a contrast clause of another
// speaker, an epithet of a country, and a count put to a speaker who rejects it.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure, placedDiscrepancies } from './extract-helpers';

describe('a toll of an earlier event, in a clause a past year opens', () => {
  it('keeps "since 2009, when … killed more than 1,100" out of the story\'s row', () => {
    const text = [
      'Agency spokesman Aron Vell said 64 people were killed in the quake.',
      'It could be the deadliest in Ostra since 2009, when a 6.8-magnitude earthquake and floods killed more than 1,100 on the island of Varn.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('keeps "in March 2014, when floods killed 300" out of it too', () => {
    const text = 'Aron Vell said 64 people were killed. The Ostra Daily said it was the worst disaster in Varn in March 2014, when floods killed 300 people.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('keeps "died in 2017 when a cargo plane hit …" out of the story\'s row', () => {
    const text = [
      'At least four people died when a helicopter came down near Tarsen on Monday, the regional governor said, while a police officer put the number of dead at seven.',
      'Crashes are frequent in the region. Thirty-one people died in 2017 when a cargo plane hit a crowded market.',
    ].join('\n\n');
    expect(discrepancies(text)).toEqual([['killed', ['4 the regional governor (unnamed)', '7 a police officer (unnamed)']]]);
    // Told of the story's crash, the count is a third rival.
    const story = text.replace('died in 2017 when a cargo plane hit a crowded market', 'died in the crash, the Varn Herald reported');
    expect(discrepancies(story)[0]![1]).toHaveLength(3);
  });

  it('still sets two sources\' counts of the story\'s own toll against each other', () => {
    const text = 'Aron Vell said 64 people were killed in the quake. The Ostra Daily said in its report that 80 people were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['64 Aron Vell', '80 Ostra Daily']]]);
  });
});

describe('a count inside a total its clause dates by a past year', () => {
  it('keeps "deaths recorded in 2019 reached 430" out of this week\'s row', () => {
    const text = [
      'The Tarsen clinic said 40 people fell ill with fever in Varn province this week. Four of them died.',
      'The Ostra health agency said the number of deaths recorded in 2019 reached 430.',
    ].join('\n\n');
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets a count of the story\'s own deaths inside a total against another source\'s', () => {
    const text = [
      'The Tarsen clinic said 40 people fell ill with fever in Varn province this week. Four of them died.',
      'The Ostra health agency said the number of deaths recorded this week reached 11.',
    ].join('\n\n');
    expect(discrepancies(text)).toEqual([['killed', ['4 -', '11 Ostra']]]);
  });
});

describe('a side named by a phrase', () => {
  it('sets "13 of the Varn Front forces were killed" against "the toll among the Varn Front forces at four"', () => {
    const text = [
      'Army spokesman Aron Vell said more than 13 of the Varn Front forces were killed in the attack.',
      'Front spokesman Dace Morrow put the death toll among the Varn Front forces at only four.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['4 Dace Morrow', '13 Aron Vell']]]);
  });

  it('still keeps the other side\'s count apart', () => {
    const text = [
      'Army spokesman Aron Vell said more than 13 of the Varn Front forces were killed in the attack.',
      'Front spokesman Dace Morrow said their forces killed 30 government forces.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('a contrast clause of another speaker', () => {
  it('gives no toll to a count before ", but the rebels said the toll was higher"', () => {
    const text = 'The army said contact had been lost with 150 troops after the battle, but the rebels said the death toll was much higher.';
    expect(figure(text, '150').about).toBeNull();
  });

  it('still reads the event of the count\'s own clause', () => {
    expect(figure('The army said 12 soldiers were killed, but the rebels said the toll was higher.', '12').about).toBe('killed');
  });
});

describe('an epithet of a country', () => {
  it('takes no place from "the Kelmoran kingdom\'s"', () => {
    const text = [
      'Rebel spokesman Dace Morrow, whose group fights to topple the Kelmoran kingdom’s monarchy, said 40 soldiers were killed.',
      'The army said one soldier was killed.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', [], ['1 the army (unnamed)', '40 Dace Morrow']]]);
  });
});

describe('a count put to a speaker who rejects it', () => {
  it('is no count of the speaker\'s own', () => {
    const text = [
      'The army said one soldier was killed.',
      'When asked about a rebel statement saying 159 soldiers had been killed, army officer Aron Vell said: "No, that is not true."',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('still counts the figure the speaker gives himself', () => {
    const text = 'The army said one soldier was killed. Army officer Aron Vell said 9 soldiers had been killed.';
    expect(discrepancies(text)).toEqual([['killed', ['1 the army (unnamed)', '9 Aron Vell']]]);
  });
});

describe('the earlier value a level replaced', () => {
  it('is no value of its source\'s beside the level', () => {
    const text = [
      'The Ostra Daily said 37 people were killed in the floods.',
      'Aron Vell said on Tuesday that the death toll had climbed to 69 people, from the previously reported 37.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['37 Ostra Daily', '69 Aron Vell']]]);
  });
});
