// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Each quote claim of `text` as [its first words, speaker, unnamed reporter]. */
const quotes = (text: string): [string, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text.split(/\s+/).slice(0, 3).join(' '), c.attributedTo, c.reportedBy]);

describe('a quote inside a sentence someone unnamed reports, not only at its opening', () => {
  it('is reported by "according to" someone unnamed before it', () => {
    expect(quotes('Gunmen stopped a bus near Ostra on Friday. The gunmen, according to the source, “fired at the bus and fled to the hills.”')).toEqual([
      ['fired at the', null, 'the source'],
    ]);
  });

  it('is reported by "according to" someone unnamed after it', () => {
    expect(quotes('The clashes near Varn left “several hundred dead and many more hurt” in the hills, according to the statement from the army’s staff.')).toEqual([
      ['several hundred dead', null, 'the army’s staff'],
    ]);
  });

  it('leaves a named source after "according to" as the speaker', () => {
    expect(quotes('Gunmen stopped a bus near Ostra on Friday. The gunmen, according to police chief Tomas Varn, “fired at the bus and fled to the hills.”')).toEqual([
      ['fired at the', 'Tomas Varn', null],
    ]);
  });
});
