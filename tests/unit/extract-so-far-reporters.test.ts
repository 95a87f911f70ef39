// "so far" between a subject and its reporting verb, as "already" stands there: the subject still reports the count.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo reportedBy" of each figure claim, "-" for none. */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'} ${c.reportedBy ?? '-'}`);

describe('"so far" before the reporting verb', () => {
  it('keeps an unnamed subject the reporter across "have so far"', () => {
    expect(figureSources('A mudslide buried a hamlet near Ostra. Hospital officials have so far counted nine bodies.')).toEqual(['9 - Hospital officials']);
  });

  it('keeps a named subject the reporter across "has so far"', () => {
    expect(figureSources('A mudslide buried a hamlet near Ostra. The Kelmor Red Cross has so far confirmed nine deaths.')).toEqual(['9 Kelmor Red Cross -']);
  });

  it('gives no reporter where "so far" only opens the count', () => {
    expect(figureSources('A mudslide buried a hamlet near Ostra. So far nine deaths have been confirmed.')).toEqual(['9 - -']);
  });
});
