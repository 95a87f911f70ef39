// Sources that each count the police dead of one attack in their own words ("officers", "police", "others"
// wounded), and name its place in their own ways, still meet in one row.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { placedDiscrepancies } from './extract-helpers';

const rows = (text: string) => placedDiscrepancies(text).map(([about, places, values]) => `${about} @${places.join('|')}: ${values.join(', ')}`);

describe('the police as one side of a toll', () => {
  it('sets "officers" against "police" of one place', () => {
    expect(rows('Ana Pell said 12 officers were killed in Varn. The Kelmor Courier said two police were killed in Varn.')).toEqual([
      'killed @Varn: 2 Kelmor Courier, 12 Ana Pell',
    ]);
  });

  it('keeps the police apart from soldiers', () => {
    expect(rows('Ana Pell said 12 officers were killed in Varn. The Kelmor Courier said two soldiers were killed in Varn.')).toEqual([]);
  });
});

describe('others wounded beside the dead', () => {
  const text =
    'Ana Pell said the attack in Varn killed 12 officers and wounded 12 others. Ivo Marek said only two police were killed while 10 others were wounded in Varn.';

  it('counts the others wounded as the whole of the wounded, and the dead before them as the whole of the dead', () => {
    expect(rows(text)).toEqual(['killed @Varn: 2 Ivo Marek, 12 Ana Pell', 'injured @Varn: 10 Ivo Marek, 12 Ana Pell']);
  });

  it('gives the others the noun of the police counted before them', () => {
    const f = extract('Two police were killed while 10 others were wounded.').claims.flatMap((c) => (c.kind === 'figure' ? c.figures : []));
    expect(f.map((x) => [x.value, x.unit, x.about])).toEqual([
      [2, 'police', 'killed'],
      [10, 'police', 'injured'],
    ]);
  });

  it('still keeps others killed after a count of dead apart, as an addition', () => {
    expect(rows('The ministry said 12 people were killed in Varn and three others were killed later. Ivo Marek said 15 people were killed in Varn.')).toEqual([]);
  });
});

describe('places that are no area of the toll', () => {
  it('reads a place after a title and "of" as whose office it is', () => {
    expect(rows('Ana Pell said 12 officers were killed in Varn. Ivo Marek, a spokesman for the governor of Ostra Province, said only two police were killed.')).toEqual([
      'killed @Varn: 2 Ivo Marek, 12 Ana Pell',
    ]);
  });

  it('still keeps apart a toll of another place', () => {
    expect(rows('Ana Pell said 12 officers were killed in Varn. Ivo Marek said only two police were killed in Ostra.')).toEqual([]);
  });

  it('keys a spot inside an area by the area', () => {
    expect(rows('Ana Pell said 12 officers were killed in Varn. The Kelmor Courier said 10 officers were killed at the checkpoint in Sala Square in Varn.')).toEqual([
      'killed @Varn: 10 Kelmor Courier, 12 Ana Pell',
    ]);
  });
});

describe('counts listed by place in one sentence', () => {
  it('gives each count the place after it', () => {
    expect(rows('Ana Pell said seven officers were killed. The attackers fled. The Kelmor Front claimed that 30 officers were killed in Varn and 19 were killed in Ostra.')).toEqual([
      'killed @Varn: 7 Ana Pell, 30 Kelmor Front',
    ]);
  });

  it('leaves a count naming two places to both', () => {
    expect(rows('Ana Pell said seven officers were killed in Varn. The attackers fled. The Kelmor Front claimed that 30 officers were killed in Varn and Ostra.')).toEqual([]);
  });
});

describe('tolls of everyone and parts of the toll', () => {
  it('reads "the number of the dead" as a count of everyone', () => {
    expect(rows('The ministry said 30 people were killed in Varn. Ivo Marek said the number of the dead could be as high as 50.')).toEqual([
      'killed @Varn: 30 the ministry (unnamed), 50 Ivo Marek',
    ]);
  });

  it('keeps the toll of the area a speaker answers for apart', () => {
    expect(rows('The ministry said 300 people were killed. Ivo Marek, a spokesman for the governor, said 120 were confirmed dead in his territory.')).toEqual([]);
  });

  it('keeps a total made by adding known deaths apart from the counts it adds', () => {
    const text =
      'The ministry said 300 people were killed in Ostra. The Red Cross said 280 people were killed. Added to known deaths in neighbouring Varn, that would put the toll at more than 540.';
    expect(rows(text)).toEqual(['killed @Ostra: 280 Red Cross, 300 the ministry (unnamed)']);
  });
});

describe('a second clause told after a count', () => {
  it('gives its event to its own count, not to the one before', () => {
    const f = extract('Police said 2,000 officers had been deployed and that hundreds had been injured.').claims.flatMap((c) => (c.kind === 'figure' ? c.figures : []));
    expect(f.map((x) => [x.value, x.about])).toEqual([[2000, null]]);
  });
});
