// Numbers that are no figures (a clock time, a duration gone by, an ordinal written as a cardinal, a count of those who
// tell the figures) and bare counts whose noun or event a shape of the sentence names.
import { describe, expect, it } from 'vitest';
import { figure, figures, phrases } from './extract-helpers';

describe('numbers that state no fact', () => {
  it('skips a time of day before its zone, and keeps a count before a plural', () => {
    expect(phrases('The strike on Ostra happened at around 1700 GMT on Tuesday.')).toEqual([]);
    expect(phrases('The Varn ferry left at 0930 UTC with 40 passengers.')).toEqual(['40']);
  });
  it('skips how long something "has completed", and keeps days spent', () => {
    expect(phrases('The strike against Kelmor, which has completed 14 days, goes on in Ostra.')).toEqual([]);
    expect(figure('Ana Pell spent 14 days in the Ostra hospital.', '14').unit).toBe('days');
  });
  it('skips an ordinal written as a cardinal before a singular noun ending its phrase ("a nine term as mayor")', () => {
    expect(phrases('Ana Pell has begun a nine term as mayor of Varn.')).toEqual([]);
    expect(figure('Ana Pell has served nine terms in jail in Varn.', 'nine').unit).toBe('terms');
    expect(figure('Eleven troops were killed in Ostra and about a dozen wounded when rebels attacked.', 'about a dozen').about).toBe('injured');
  });
  it('skips a count of the bodies that tell a toll, and keeps the toll and a count of them that names an event', () => {
    const text = 'The Ostra fire service and the police have since agreed: the two agencies both put the death toll at 37.';
    expect(phrases(text)).toEqual(['37']);
    expect(figure(text, '37').about).toBe('killed');
    expect(phrases('Data from three Varn sources estimate that at least 31 civilians died.')).toEqual(['at least 31']);
    expect(figure('Two Kelmor officials were wounded in the Ostra blast.', 'Two').about).toBe('injured');
  });
  it('skips a count of tellers with a word between it and them, and a count of residents who put a toll', () => {
    expect(phrases('Yet three additional sources told Varn radio that 52 people had drowned.')).toEqual(['52']);
    expect(phrases('At least four residents put the number of dead at 19.')).toEqual(['19']);
    expect(figure('Four Ostra residents were hurt when the roof fell.', 'Four').about).toBe('injured');
  });
  it('skips a count of tellers placed where they work ("sources at the clinic confirmed"), and keeps the toll bare', () => {
    const text = 'Three officials at the Varn clinic confirmed that the toll for Monday stood at 16, and that dozens were hurt.';
    expect(phrases(text)).toEqual(['16']);
    expect(figure(text, '16').unit).toBeNull();
    expect(figure('Two officials in the Ostra mayoralty were killed, reports said.', 'Two').about).toBe('killed');
  });
  it('skips a count of those the figures come from ("figures from two agencies")', () => {
    expect(phrases('The tallies differ between figures from three Varn agencies.')).toEqual([]);
    expect(figure('Three agencies were shut in the Ostra purge.', 'Three').unit).toBe('agencies');
  });
});

describe('bare counts whose noun or event the sentence names', () => {
  it('gives "another 20,000" the noun of the count before it', () => {
    expect(figure('Ana Pell said 60,000 families get the Ostra grant and another 20,000 could join next year.', '20,000').unit).toBe('families');
    expect(figure('Ana Pell said 5 percent of Ostra voted and another 20,000 people would soon.', '20,000').unit).toBe('people');
  });
  it('counts people in "Nine of those killed", a part kept out of the toll', () => {
    const f = figure('The Ostra fire killed 49 people. Nine of those killed at the depot were nurses.', 'Nine');
    expect(f.unit).toBe('people');
    expect(f.about).toBeNull();
  });
  it('reads "the number of casualties" across an aside set off by commas', () => {
    expect(figure('The number of casualties, officials believe, since the shelling of Ostra started in May, has risen to 130.', '130').unit).toBe('casualties');
    expect(figure('The number of casualties in Ostra has risen to 130.', '130').unit).toBe('casualties');
  });
  it('gives a toll "raised it to 15" the event of the toll put before', () => {
    expect(figure('Varn medics put the death toll at 12 on Monday and raised it to 15 by Tuesday evening.', '15').about).toBe('killed');
    expect(figure('Kelmor sold 18 cars in Ostra and raised it to 21 later.', '21').about).toBeNull();
  });
  it('keeps the event of a toll raised "for last month\'s" floods, the event named, not another one', () => {
    expect(figure("Varn officials raised the death toll for last month's floods, saying 16 people died.", '16').about).toBe('killed');
    expect(figure('A bomb hit Varn last month and 16 people died.', '16').about).toBeNull();
  });
});

describe('the event and change of counts told around another count', () => {
  it('gives the parts a toll\'s clause includes its event, not a later clause\'s', () => {
    const text = 'In Ostra 14 more people were injured, including three guards and two rescue workers, 19 people are missing.';
    expect(figure(text, 'three').about).toBe('injured');
    expect(figure(text, 'two').about).toBe('injured');
    expect(figure(text, '19').about).toBe('missing');
    expect(figure('In Ostra 20 people were injured and five police officers are missing.', 'five').about).toBe('missing');
  });
  it('reads a change named before "in <what changed> of"', () => {
    expect(figure('Kelmor posted a decline in revenue of 8 per cent, to $52-million.', '8 per cent').change).toBe('fall');
    expect(figure('Varn saw an increase in net sales of 3 percent.', '3 percent').change).toBe('rise');
    expect(figure('Varn saw a rise in the number of 30 cases.', '30').change).toBeNull();
  });
  it('leaves the verb before a bounded count to that count, not to the things counted before it', () => {
    expect(figure('Bombings of two Ostra markets killed nearly 100 people.', 'two').about).toBeNull();
    expect(figure('Bombings of two Ostra markets killed nearly 100 people.', 'nearly 100').about).toBe('killed');
    expect(figure('Two Ostra guards were killed near the market.', 'Two').about).toBe('killed');
  });
});

describe('a count before a name and its bracketed abbreviation', () => {
  it('counts the plural after the name', () => {
    expect(figure("Six outlawed Kelmor Workers' Party (KWP) militants were held in Ostra.", 'Six').unit).toBe('militants');
    expect(figure('Ana Pell of the Varn Party (VP) said 30 people were held.', '30').unit).toBe('people');
  });
});

describe('bare counts listed with the same verb after a counted one', () => {
  it('count the noun of the first item', () => {
    const text = 'Ostra counts 27 deaths, of which 11 are tied to the unrest, 7 are “under review,” and 9 are unrelated.';
    expect(figure(text, '7').unit).toBe('deaths');
    expect(figure(text, '9').unit).toBe('deaths');
    expect(figure('Kelmor has 40 stores, 12 are in Varn, and 5 are closed.', '12').unit).toBeNull();
  });
});

describe('bare counts shared out by name ("one for Varn, one for Ostra and six for Kelmor")', () => {
  it('gives them the noun of the sentence\'s count before them', () => {
    const fs = figures('Police said 9 people died in the hills: one for Varn, two for Ostra and six for Kelmor.');
    expect(fs.map((f) => [f.phrase, f.unit])).toEqual([['9', 'people'], ['one', 'people'], ['two', 'people'], ['six', 'people']]);
  });
  it('skips them when no count before them in the sentence has a noun, and keeps a count that has one', () => {
    expect(phrases('“We have one for Varn, one for Ostra and six for Kelmor,” the governor said.')).toEqual([]);
    expect(figure('“We have six deaths for Kelmor and two for Varn,” the governor said.', 'six').unit).toBe('deaths');
  });
});
