// "Ruiz in her first speech in Parliament said …": the name ending the speaker's own phrase is where she spoke, not who spoke.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const statementBy = (text: string): string | null => extract(text).claims.find((c) => c.kind === 'statement')?.attributedTo ?? null;

describe('"Ana Ruiz in her first speech in Parliament said"', () => {
  it('gives the statement to the speaker, not to the place of the speech', () => {
    expect(statementBy('Ana Ruiz in her first speech in Parliament said she wanted Varn to be the richest nation in the region.')).toBe('Ana Ruiz');
  });
  it('keeps the body at the end of a phrase that is not the speaker\'s own', () => {
    expect(statementBy('Ana Ruiz met the press. A deputy in the Varn Parliament said the budget was too small.')).toBe('Varn Parliament');
  });
});
