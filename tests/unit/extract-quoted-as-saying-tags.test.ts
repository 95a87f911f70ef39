// "“…,” X was quoted by Y as saying": the tag after a quote in the passive; X, whom Y only passes on, speaks.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const speaker = (text: string) => extract(text).claims.find((c) => c.kind === 'quote')?.attributedTo ?? null;

describe('a passive "was quoted … as saying" tag after a quote', () => {
  it('gives the quote to the titled person quoted, not to the papers that quote her', () => {
    expect(speaker('"It is a meaningless farce," Unity Party spokeswoman Ana Kelmor was quoted by Varn newspapers as saying.')).toBe('Ana Kelmor');
  });
  it('reads the tag with no agent', () => {
    expect(speaker('"We will not take part," Ana Kelmor was quoted as saying.')).toBe('Ana Kelmor');
  });
  it('does not give the quote to the quoting outlet where an active "X quoted" tag names nobody after it', () => {
    expect(speaker('"We will not take part," Ostra Radio quoted a party official as saying.')).not.toBe('Ostra Radio');
  });
  it('gives it to the one quoted after plain title words, whatever kind the name was read as', () => {
    expect(speaker('"Some people may have boarded late, so the count could be higher," ferry terminal head Tomas Varn was quoted by Kelmor Radio as saying.')).toBe('Tomas Varn');
  });
  it('reads no such tag without "as saying"', () => {
    expect(speaker('"Some people may have boarded late, so the count could be higher," ferry terminal head Tomas Varn was quoted by Kelmor Radio.')).toBeNull();
  });
});

describe('an active "X quoted Y … as saying" tag after a quote', () => {
  it('gives the quote to the one quoted, past an apposition set off by commas, not to who quotes', () => {
    expect(speaker('"The water rose to the roof before anyone woke," Kelmor Radio quoted Mara Ostrova, who swam to the bank, as saying.')).toBe('Mara Ostrova');
    expect(speaker('"We waited three days for a boat," Kelmor Radio quoted Mara Ostrova as saying.')).toBe('Mara Ostrova');
  });
  it('carries that speaker on to a quote in the next paragraph', () => {
    const r = extract('"The water rose to the roof before anyone woke," Kelmor Radio quoted Mara Ostrova, who swam to the bank, as saying.\n\n"Nothing is left of our street."');
    expect(r.claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo)).toEqual(['Mara Ostrova', 'Mara Ostrova']);
  });
  it('reads no such tag without "as saying"', () => {
    expect(speaker('"The water rose to the roof before anyone woke," Kelmor Radio quoted Mara Ostrova, who swam to the bank.')).not.toBe('Mara Ostrova');
  });
});


describe('an active "X quoted <someone unnamed> as saying" tag after a quote', () => {
  const quote = (text: string) => extract(text).claims.find((c) => c.kind === 'quote' && c.text.startsWith('The bridge'));
  const before = 'Regional governor Tomas Varn said in parliament that 19 people had died in the flood.\n\n';
  it('gives the quote to those quoted, not to the person who spoke before', () => {
    const q = quote(`${before}"The bridge gave way an hour after the first warning," Kelmor Radio quoted rescue workers as saying.`);
    expect(q?.attributedTo).not.toBe('Tomas Varn');
    expect(q?.reportedBy).toBe('rescue workers');
  });
  it('leaves a quote whose tag has no "quoted" to the speaker before', () => {
    const q = quote(`${before}"The bridge gave way an hour after the first warning." Kelmor Radio said rescue workers were on their way.`);
    expect(q?.reportedBy ?? null).toBeNull();
  });
});
