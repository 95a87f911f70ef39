// Whom a "he" tagging a quote stands for: a speaker named ahead in its paragraph, or the body whose unnamed head spoke just before.
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

describe('“…,” he declared, after "the director of <Body> explained …"', () => {
  const OPENING = 'Protests against President Tomas Varn have left 13 dead, the Ostra Monitor said. ';
  const QUOTE = ' “There are eleven people who died in these protests. We are worried about the use of firearms,” he declared.';
  it('gives "he" to the body whose unnamed head spoke, not to a person named sentences before', () => {
    const q = extract(OPENING + 'In addition, the director of the NGO Kelmor Forum, explained in a press conference that two minors are among the dead.' + QUOTE).claims.find((c) => c.kind === 'quote');
    expect(q?.attributedTo).toBe('Kelmor Forum');
  });
  it('keeps the person where the body itself, not a person of it, spoke', () => {
    const q = extract(OPENING + 'In addition, the office of the Kelmor Forum explained in a statement that two minors are among the dead.' + QUOTE).claims.find((c) => c.kind === 'quote');
    expect(q?.attributedTo).not.toBe('Kelmor Forum');
  });
});
