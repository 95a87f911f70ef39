// Whom a "he" tagging a quote stands for: a speaker named ahead in its paragraph, or the body whose unnamed head spoke just before.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { quoteStarting as quote } from './extract-helpers';

const TAIL = '\n\n"Voting this down today would be wrong," he said. "Now we must act," deputy opposition leader Ana Kelmor told parliament.';

describe('“A,” he said. “B,” Name told …, after a paragraph naming no one', () => {
  it('gives the first quote to the person named in the paragraph, not to one named paragraphs before', () => {
    const text = 'Prime minister Tomas Varn survived the vote in Ostra.\n\nHis government was accused of graft during the debate.' + TAIL;
    expect(quote(text, 'Voting this')?.attributedTo).toBe('Ana Kelmor');
  });
  it('keeps "he" for the person the paragraph before ends on', () => {
    const text = 'The vote in Ostra was called for Monday.\n\nPrime minister Tomas Varn rose to speak.' + TAIL;
    expect(quote(text, 'Voting this')?.attributedTo).toBe('Tomas Varn');
  });
});

describe('“…,” he declared, after "the director of <Body> explained …"', () => {
  const OPENING = 'Protests against President Tomas Varn have left 13 dead, the Ostra Monitor said. ';
  const QUOTE = ' “Eleven people died in these marches. The use of guns alarms us,” he declared.';
  it('gives "he" to the body whose unnamed head spoke, not to a person named sentences before', () => {
    const q = extract(OPENING + 'Also, the director of the NGO Kelmor Forum, told reporters that two children are among the dead.' + QUOTE).claims.find((c) => c.kind === 'quote');
    expect(q?.attributedTo).toBe('Kelmor Forum');
  });
  it('keeps the person where the body itself, not a person of it, spoke', () => {
    const q = extract(OPENING + 'Also, the office of the Kelmor Forum said in a statement that two children are among the dead.' + QUOTE).claims.find((c) => c.kind === 'quote');
    expect(q?.attributedTo).not.toBe('Kelmor Forum');
  });
});
