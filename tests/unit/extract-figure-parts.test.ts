// Counts that are parts of another count (taken out of a whole, added to it, of one place) get no event of their own.
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/context/discrepancies';
import { extract } from '../../src/extract';
import { figure, figures } from './extract-helpers';

describe('parts of a toll do not compete with it', () => {
  const text = [
    'Seventy persons were reported dead while 41 were missing, the Kestrel Disaster Council said.',
    'At a briefing, council spokesperson Dana Whitfield said that of the 70, 44 individuals are confirmed dead.',
    'Eighteen individuals were confirmed missing while 20 are being validated.',
  ].join('\n\n');
  const r = extract(text);
  it('gives no event to a count taken out of another ("of the 70, 44 …")', () => {
    expect(figure(r, '44').figure.about).toBeNull();
  });
  it('gives no event to a confirmed share beside counts still being validated', () => {
    expect(figure(r, 'Eighteen').figure.about).toBeNull();
  });
  it('keeps the event of a confirmed toll that stands alone', () => {
    const alone = extract('The agency reports that 15 people are confirmed dead.');
    expect(figure(alone, '15').figure.about).toBe('killed');
  });
  it('shows no discrepancy for these figures', () => {
    expect(findDiscrepancies(r.claims, [], (id) => id, r.mentions)).toEqual([]);
  });
});

describe('counts that are parts of another count', () => {
  const arrests = [
    'Harbour police have arrested three people over the warehouse fire.',
    'A spokesperson said the team found the first suspect on Monday and later managed to arrest two men near the port. Of the three suspects arrested, two had warrants against them.',
  ].join(' ');

  it('gives no event to a count taken out of a whole written in words ("Of the three suspects arrested, two …")', () => {
    expect(figure(arrests, 'two').about).toBeNull();
  });
  it('gives no event to a smaller count of the same event told before its whole in the next sentence', () => {
    const counts = figures(arrests).filter((f) => f.value === 2);
    expect(counts.map((f) => [f.unit, f.about])).toEqual([
      ['men', null],
      // "Of the three suspects arrested, two …": the bare count takes the noun of the toll before it.
      ['suspects', null],
    ]);
  });
  it('keeps the event of the whole and of the first count', () => {
    expect(figures(arrests).filter((f) => f.value === 3).map((f) => f.about)).toEqual(['detained', 'detained']);
  });
  it('keeps the event of a smaller count when the whole after it is another event', () => {
    const other = figures('Guards arrested two men at the gate. Of the five people injured, one remains in hospital.');
    expect(figure('Guards arrested two men at the gate. Of the five people injured, one remains in hospital.', 'two').about).toBe('detained');
    expect(other.find((f) => f.value === 5)?.about).toBe('injured');
  });
  it('gives no event to a count added to one of the same event just before ("additional", "another")', () => {
    const text = 'The ministry reported 412 deaths in the north. A volunteer group counted more than 150 additional deaths in the hills.';
    expect(figure(text, '412').about).toBe('killed');
    expect(figure(text, 'more than 150')).toMatchObject({ about: null, unit: 'deaths', comparator: '>' });
    expect(figure('The flood killed 12 people on Monday, and another 9 died on Tuesday.', '9').about).toBeNull();
    expect(figure('Police said 31 people died in the blasts. Rescuers said 12 more bodies were pulled from the rubble.', '12').about).toBeNull();
  });
  it('keeps the event of "another" count when the count before it is of another event', () => {
    expect(figure('The toll stood at 40 dead with another 75 injured by the evening.', '75').about).toBe('injured');
  });
  it('gives no event to a toll broken down by where it came from', () => {
    expect(figure('Officials said 31 deaths were from the Varna Province.', '31').about).toBeNull();
    expect(figure('Officials said 31 people died in the storm.', '31').about).toBe('killed');
  });
  it("gives no event to a toll of one side's areas or of one place alone", () => {
    expect(figure('The rebel council said 64 people were killed in areas it controls.', '64').about).toBeNull();
    expect(figure('Police said 22 people were killed in the capital alone.', '22').about).toBeNull();
    expect(figure('She was left alone after 22 people were killed.', '22').about).toBe('killed');
  });
  it('gives no event to the object of a place preposition after a toll ("bodies in the 900 homes")', () => {
    const text = 'The death toll is expected to rise as crews search for bodies in the more than 900 homes Norland officials said were flattened.';
    expect(figure(text, 'more than 900')).toMatchObject({ about: null, unit: 'homes' });
    expect(figure('The death toll rose to 85 on Sunday.', '85').about).toBe('killed');
  });
});

describe('a count taken out of a group', () => {
  it('makes a count "of the confirmed dead" a part of the toll', () => {
    expect(figure('Sheriff Ona Brill said 17 of the confirmed dead had yet to be identified.', '17').about).toBeNull();
  });
  it('keeps a toll taken out of a group of another event', () => {
    expect(figure('More than 40 men had vanished, and at least three of the men had been killed.', 'at least three').about).toBe('killed');
  });
});

describe('the worst-hit areas named before, where the tellers are', () => {
  it('gives "monitors in those three worst-hit valleys say more than 900 died" its event', () => {
    const text = 'The Kelmor Herald wrote that monitors in those three worst-hit valleys say more than 900 people may be dead after the floods.';
    expect(figure(text, 'more than 900').about).toBe('killed');
  });

  it('keeps "officials in the worst-hit province said 500 died" a share of the toll', () => {
    const text = 'Officials in the worst-hit province of Varn said 500 people died in the storm.';
    expect(figure(text, '500').about).toBeNull();
  });
});
