// "They" reporting right after a sentence that names one body, and no people, is that body.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo" of each figure claim. */
const figureSources = (text: string): string[] => extract(text).claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.attributedTo}`);

describe('"they" standing for a body', () => {
  it('gives a concessive "While they reported N" to the one body the sentence before names, not to the main clause\'s', () => {
    const text = 'Roads to the valley are still cut. It seems the Brask Relief Council faces another test. While they reported 41 deaths, the Varn Police have already reported over 50 deaths.';
    expect(figureSources(text)).toEqual(['41 Brask Relief Council', '50 Varn Police']);
  });

  it('gives "They also said" to the body "the group" opening the sentence before stands for', () => {
    const text =
      'Tomas Halva said his count was below that of the group Kelmor Watch, which has recorded 212 deaths. The group are asking for an inquiry into the killings. They also said that more than 30 people were shot last week.';
    expect(figureSources(text)).toContain('30 Kelmor Watch');
  });

  it('leaves "they" to no one after a sentence that names people beside the body', () => {
    expect(figureSources('Ostra Hospital treated 40 protesters on Sunday. They said police fired 12 rounds.')).toContain('12 null');
    expect(figureSources('Varn Clinic took in the wounded and their relatives. They said 9 were still missing.')).toContain('9 null');
  });

  it('leaves "they" to no one where it does not report', () => {
    expect(figureSources('The Brask Relief Council met on Monday. They travelled 40 kilometres to the camp.')).toEqual(['40 null']);
  });
});
