// "A spokesman for the bank wrote to us:" then a paragraph with no quotation marks: the paragraph after the colon is the speaker's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const by = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.attributedTo;
const reportedBy = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.reportedBy;

describe('a paragraph a colon hands to a source', () => {
  const reply = 'Only 2,300 of our customers had their cards copied, and we have written to each of them this week.';

  it('gives the figures of the paragraph after "X writes to us:" to X', () => {
    const text = `Kelmor Telecom was asked about the leak on Monday.\n\nA spokesman for Kelmor Telecom wrote to us:\n\n${reply}\n\nThe regulator has opened an inquiry.`;
    expect(by(text, '2,300')).toBe('Kelmor Telecom');
    const statement = extract(text).claims.find((c) => c.kind === 'statement' && c.text.startsWith('Only 2,300'));
    expect(statement?.attributedTo).toBe('Kelmor Telecom');
  });

  it('gives them to X of "X\'s claim:", a bracketed short form between, not to the sentence\'s subject', () => {
    const text = `The company’s account is at odds with Ostra Watch’s (“OW”) claim:\n\n${reply}`;
    expect(by(text, '2,300')).toBe('Ostra Watch');
  });

  it('reaches only the next paragraph', () => {
    const text = `A spokesman for Kelmor Telecom wrote to us:\n\n${reply}\n\nSome 9,000 clients moved to rivals last year.`;
    expect(by(text, 'Some 9,000')).toBeNull();
  });

  it('leaves a sentence of that paragraph naming a speaker of its own to that speaker', () => {
    const text = `A spokesman for Kelmor Telecom wrote to us:\n\nThe police said 14 staff were questioned.`;
    expect(by(text, '14')).toBeNull();
    expect(reportedBy(text, '14')).toBe('the police');
  });

  it('hands nothing on from a colon after no verb of saying, or from a claim closing with a full stop', () => {
    expect(by(`Kelmor Telecom lost three services at once:\n\n${reply}`, '2,300')).toBeNull();
    expect(by(`The company’s account is at odds with Ostra Watch’s claim.\n\n${reply}`, '2,300')).toBeNull();
  });
});
