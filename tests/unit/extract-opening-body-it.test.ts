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
