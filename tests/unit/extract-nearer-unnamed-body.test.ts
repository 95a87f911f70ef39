// "the ministry said" stands for the nearest ministry: one the text describes but does not name may come after the named one.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'} ${c.reportedBy ?? '-'}`);

describe('a described body nearer than the named one', () => {
  it('does not give "the ministry" to a ministry named before a described one', () => {
    const text = 'The Varn Ministry of Defence said troops held the bridge. Health ministry officials raised the toll to 80. At least 300 people were hurt, the ministry said.';
    expect(figureSources(text)).toEqual(['80 - Health ministry officials', '300 - the ministry']);
  });

  it('still gives "the ministry" to the named one where the words between name it again', () => {
    const text = 'The Varn Ministry of Defence said 12 soldiers died. At least 300 people were hurt, the defence ministry said.';
    expect(figureSources(text)).toEqual(['12 Varn Ministry of Defence -', '300 Varn Ministry of Defence -']);
  });

  it('leaves "the company" to the named company where a plain description of a company stands between', () => {
    const text = 'The Kelmor Trading Company said profits rose. The hospitality and resources company has hotels in Ostra. Net profit was 57 million dollars, the company said.';
    expect(figureSources(text)).toEqual(['57000000 Kelmor Trading Company -']);
  });
});
