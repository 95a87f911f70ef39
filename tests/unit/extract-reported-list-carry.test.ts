// A sentence whose places repeat the verb the sentence before reports of another place goes on with that report's list.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo|reportedBy" of each figure claim. */
const figureSources = (text: string): string[] =>
  extract(text).claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.attributedTo}|${c.reportedBy ?? ''}`);

describe('a reported list going on in the next sentence', () => {
  it('gives the next places\' count to the reporter of the list, not to the places', () => {
    const text = 'The water ministry said Kenya logged 64 cholera cases this month. Uganda and Rwanda logged 12 cases each.';
    expect(figureSources(text)).toEqual(['64 null|the water ministry', '12 null|the water ministry']);
  });

  it('gives it to a named reporter too', () => {
    const text = 'The Ostra Water Board said Kenya logged 64 cholera cases this month. Uganda and Rwanda logged 12 cases each.';
    expect(figureSources(text)).toEqual(['64 Ostra Water Board|', '12 Ostra Water Board|']);
  });

  it('leaves a count to no one where the places do something the report did not say', () => {
    const text = 'The water ministry said Kenya logged 64 cholera cases this month. Uganda and Rwanda treated 12 cases each.';
    expect(figureSources(text)).toEqual(['64 null|the water ministry', '12 null|']);
  });
});
