// "The groups said …. They said …. And they said …": "and" or "but" before "they" keeps the unnamed reporters.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const reporter = (text: string, phrase: string) => extract(text).claims.find((c) => c.kind === 'figure' && c.text.startsWith(phrase))?.reportedBy ?? null;
const LEAD = 'The unions said four workers were hurt on Friday at the Ostra docks. They said the police had charged the march.';

describe('"they" after "and" or "but" opening a sentence', () => {
  it('reports for the unnamed speakers it stands for', () => {
    expect(reporter(LEAD + ' And they said police later detained six more workers at the gates.', 'six more workers')).toBe('the unions');
  });
  it('not where another word opens the sentence before it ("So they said")', () => {
    expect(reporter(LEAD + ' So they said police later detained six more workers at the gates.', 'six more workers')).toBeNull();
  });
});
