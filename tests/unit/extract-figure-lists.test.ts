// A list of counts by place after its head ("14 bodies in Ostra, five in Varn, two in Tarn") keeps the head's noun and
// event; bodies may be told as cadavers or corpses; a noun elided after a named group ("Ostra residents") is still kept.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure } from './extract-helpers';

describe('a list of counts by place', () => {
  const text = 'The Kelmor Brigade said troops found 14 cadavers in Ostra, five in Varn, two in Tarn.';

  it('gives each bare count of the list the head\'s noun and event', () => {
    for (const phrase of ['14', 'five', 'two']) expect([phrase, figure(text, phrase).unit, figure(text, phrase).about]).toEqual([phrase, 'cadavers', 'killed']);
  });

  it('keeps the event through "and" before the last item', () => {
    const listed = 'Police said 14 people were killed in Ostra, five in Varn and two in Tarn.';
    expect(['five', 'two'].map((phrase) => figure(listed, phrase).about)).toEqual(['killed', 'killed']);
  });

  it('reads "one each in A, B and C" closing the list as one per place', () => {
    const each = text.replace('two in Tarn.', 'two in Tarn, and one each in Kelm, Arno, and Sel.');
    expect([figure(each, 'one').value, figure(each, 'one').unit, figure(each, 'one').about]).toEqual([1, 'cadavers', 'killed']);
  });

  it('gives no event to a bare count that is no item of a list by place', () => {
    expect(figure('Police said 14 people were killed in Ostra, five of them children.', 'five').about).toBeNull();
    expect(figure('Gunmen killed 14 people in Ostra, 300 more fled to Varn.', '300').about).toBeNull();
  });
});

describe('the noun of a count joined to one with a named group', () => {
  it('keeps "Ostra residents" for a bare count after "and"', () => {
    expect(figure('Officials said 500 Ostra residents were confirmed dead and 300 had been rescued.', '300').unit).toBe('Ostra residents');
  });
});

describe('counts listed after "Among them," referring back to a count', () => {
  const text = [
    'The Ostra Daily said 90 people have died in the floods.',
    'Police said 112 people have died so far.',
    'Among them, at least 20 were from Varn, 15 from Kelm, 5 each from Tarn and Sel, and 2 from Arno.',
  ].join(' ');

  it('gives each count of the list the noun and event of the count the sentence before ends on', () => {
    for (const phrase of ['at least 20', '15', '5', '2']) expect([phrase, figure(text, phrase).unit, figure(text, phrase).about]).toEqual([phrase, 'people', 'killed']);
  });

  it('reads them as parts of that count: no row sets them against it', () => {
    expect(discrepancies(text)).toEqual([['killed', ['90 Ostra Daily', '112 police (unnamed)']]]);
  });

  it('leaves a count inside an item of the list, and a list after no count, as they are', () => {
    const inside = 'Police said 112 people have died. Among them, 20 were children who had lost 3 siblings.';
    expect([figure(inside, '3').unit, figure(inside, '3').about]).toEqual(['siblings', null]);
    const none = 'Rescuers reached the villages. Among them, 20 were from Varn.';
    expect([figure(none, '20').unit, figure(none, '20').about]).toEqual([null, null]);
  });
  it('keeps "one more" and "one each" after a count of the sentence, with its noun; "one more chance" alone is no count', () => {
    expect(figure('Three herders were missing in Varn and one more in Kelmor.', 'one').unit).toBe('herders');
    expect(figure('Six deaths were logged by the Ostra police, one each in Varn and Tarn.', 'one').unit).toBe('deaths');
    expect(() => figure('The mayor of Varn asked for one more chance.', 'one')).toThrow();
  });
});
