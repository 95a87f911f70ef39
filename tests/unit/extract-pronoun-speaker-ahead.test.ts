// "He" tagging a quote that opens a paragraph, with the speaker named in the paragraph's next sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const quote = (text: string, start: string) => extract(text).claims.find((c) => c.kind === 'quote' && c.text.startsWith(start));
const TAIL = '\n\n"To reject the motion now would be a mistake," he said. "Today it is up to us to make a change," deputy opposition leader Ana Kelmor told parliament.';

describe('“A,” he said. “B,” Name told …, after a paragraph naming no one', () => {
  it('gives the first quote to the person named in the paragraph, not to one named paragraphs before', () => {
    const text = 'Prime minister Tomas Varn survived the vote in Ostra.\n\nHis government was accused of graft during the debate.' + TAIL;
    expect(quote(text, 'To reject')?.attributedTo).toBe('Ana Kelmor');
  });
  it('keeps "he" for the person the paragraph before ends on', () => {
    const text = 'The vote in Ostra was called for Monday.\n\nPrime minister Tomas Varn rose to speak.' + TAIL;
    expect(quote(text, 'To reject')?.attributedTo).toBe('Tomas Varn');
  });
});
