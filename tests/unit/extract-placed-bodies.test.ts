// @vitest-environment node
// "The health ministry in Varn said …" where the text also names the "Varn Health Ministry": the description is that body.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo reportedBy" of each figure claim, "-" for none. */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'} ${c.reportedBy ?? '-'}`);

const later = ' On Monday, the Varn Health Ministry said 300 were hurt.';

describe('a body described by its noun and place that the text names', () => {
  it('gives the count to the named body, past auxiliaries and a ruler joined by a hyphen', () => {
    expect(figureSources(`The health ministry in Varn said 274 people died.${later}`)).toEqual(['274 Varn Health Ministry -', '300 Varn Health Ministry -']);
    expect(figureSources(`The Kelmor-run health ministry in Varn has reported that 274 people died.${later}`)).toEqual(['274 Varn Health Ministry -', '300 Varn Health Ministry -']);
  });

  it('keeps the description where the named body is of another place, or does not report', () => {
    expect(figureSources('The health ministry in Varn said 274 people died. On Monday, the Ostra Health Ministry said 300 were hurt.')).toEqual([
      '274 - the health ministry in Varn',
      '300 Ostra Health Ministry -',
    ]);
    expect(figureSources(`The health ministry in Varn was told that 274 people died.${later}`)).toEqual(['274 - -', '300 Varn Health Ministry -']);
  });
});
