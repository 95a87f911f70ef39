// "it" later in a sentence that a body opens stands for that body, not for a body named in between.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureSources = (text: string): [number, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => [c.figures[0]!.value, c.attributedTo]);

describe('"it" of a body opening its sentence', () => {
  it('gives "The Ostra Red Cross has received …, in a bulletin in which it added" to the Red Cross, not the government marched against', () => {
    const text = 'The Ostra Red Cross has received word of 42 deaths during marches against the Kelmor government, in a bulletin in which it added that 168 people are missing.';
    expect(figureSources(text)).toEqual([
      [42, 'Ostra Red Cross'],
      [168, 'Ostra Red Cross'],
    ]);
  });

  it('gives both figures of "The Ombudsman’s Office has received …, in which it added" to the office', () => {
    const text = 'The Ombudsman’s Office has received word of 42 deaths during marches against the Kelmor government, in a bulletin in which it added that 168 people are missing.';
    expect(figureSources(text).map(([, by]) => by)).toEqual(['Ombudsman’s Office', 'Ombudsman’s Office']);
  });

  it('leaves "It said" opening its own sentence to the body last named', () => {
    expect(figureSources('The Ostra Red Cross met the Kelmor Bank on Monday. It said 40 people died.')).toEqual([[40, 'Kelmor Bank']]);
  });
});

describe('"…, it added." closing a sentence', () => {
  const claimsOf = (text: string): [string, number | null, string | null, string | null][] =>
    extract(text).claims.map((c) => [c.kind, c.kind === 'figure' ? c.figures[0]!.value : null, c.attributedTo, c.reportedBy]);

  it('goes on from the speaker before, not from the body the sentence tells of', () => {
    const text = [
      'The Ostra Prison Service said 31 inmates died in the riot.',
      'Police found 40 rifles during a search of the east wing, it added.',
      '"The wing is under control," it said.',
    ].join('\n\n');
    expect(extract(text).mentions.map((m) => m.name)).toContain('Ostra Prison Service');
    expect(claimsOf(text).filter(([kind]) => kind !== 'statement')).toEqual([
      ['figure', 31, 'Ostra Prison Service', null],
      ['figure', 40, 'Ostra Prison Service', null],
      ['quote', null, 'Ostra Prison Service', null],
    ]);
  });

  it('goes on from an unnamed speaker before; the police the sentence tells of do not stand in for it', () => {
    const text = 'The Ostra Prison Service said 31 inmates died.\n\nThe agency added that 12 escaped.\n\nPolice found 40 rifles in the east wing, it added.';
    expect(claimsOf(text).filter(([kind, value]) => kind === 'figure' && value === 40)).toEqual([['figure', 40, null, 'the agency']]);
  });

  it('leaves a sentence closed by "it said" to the body it opens with', () => {
    expect(claimsOf('The Ostra Red Cross found 40 bodies in the river, it said.').filter(([kind]) => kind === 'figure')).toEqual([['figure', 40, 'Ostra Red Cross', null]]);
  });
});
