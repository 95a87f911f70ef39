// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('eighth round: tolls of different groups of people', () => {
  const groups = [
    'Airstrikes on two camps in Veldra killed 28 people on Tuesday, including several civilians, officials said.',
    'Most of the 28 killed were fighters, said Interior Ministry spokesman Taro Velk.',
    'But Mira Sands, a lawmaker from Veldra, said at least seven civilians died.',
    'The Ruritania-led coalition said three civilians were killed.',
  ].join(' ');

  it('sets counts of civilians only against counts of civilians, not against the toll of all', () => {
    expect(discrepancies(groups)).toEqual([['killed', ['3 -', '7 Mira Sands']]]);
  });

  it('does not set a count taken out of a named group against the toll', () => {
    const text = 'Police said 20 people were killed in the fire. Medics treated four women, and the chief medic Lea Dorn said two of the women died.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets two counts of people against each other', () => {
    const text = 'Police said 20 people were killed in the fire. The Harbour Gazette said 26 people died.';
    expect(discrepancies(text)).toEqual([['killed', ['20 police (unnamed)', '26 Harbour Gazette']]]);
  });

  it('still sets counts of the same group against each other', () => {
    const text = 'The army said 12 soldiers were killed in the ambush. The Harbour Gazette said 19 soldiers died.';
    expect(discrepancies(text)).toEqual([['killed', ['12 the army (unnamed)', '19 Harbour Gazette']]]);
  });
});

describe('ninth round: each side counting its own people', () => {
  it('does not set two parties’ counts of their own detained members against each other', () => {
    const text = [
      '“Police have detained 2,000 of our members since Monday,” a leader of the Green Union, Oren Tal, told reporters.',
      'The Harbour Party’s chairman Ivo Brandt said: “About 900 of our party workers were arrested this week.”',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets two sources’ counts of the same detainees against each other', () => {
    const text = 'Police said 2,000 protesters were detained on Monday. The Harbour Gazette said 2,600 protesters were detained.';
    expect(discrepancies(text)).toEqual([['detained', ['2000 police (unnamed)', '2600 Harbour Gazette']]]);
  });
});

describe('ninth round: shares and earlier disasters are not rival tolls', () => {
  it('does not set the worst-hit area’s toll or an earlier quake’s toll against the whole', () => {
    const text = [
      'The Norland Disaster Agency said 800 people had died.',
      'Velm province was worst hit, with a confirmed death toll of 500.',
      'It is the deadliest quake since the 1931 Ostra earthquake, which killed more than 3,000 people.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets a second toll of the same quake against the agency’s', () => {
    const text = 'The Norland Disaster Agency said 800 people had died. The Harbour Gazette said 950 people were killed in the quake.';
    expect(discrepancies(text)).toEqual([['killed', ['800 Norland Disaster Agency', '950 Harbour Gazette']]]);
  });
});
