// Unnamed speakers after what opens their sentence: a wire's dateline with a date and its credit but no dash, and a
// phrase opened by a preposition whose noun is spelt as a reporting verb ("amid rival claims"), a relative clause set off
// by commas on an opening phrase.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { readDateline } from '../../src/extract/datelines';

/** "value attributedTo reportedBy" of each figure claim, "-" for none. */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'} ${c.reportedBy ?? '-'}`);

describe("a wire's dateline with no dash", () => {
  it('is read, its credit in brackets after the date', () => {
    const d = readDateline('Lisbon, June 4 (KNA) Ostra officials said 19 drowned.');
    expect(d?.credit).toEqual({ start: 16, end: 19 });
  });
  it('not a bracket after a name with no date', () => {
    expect(readDateline('Lisbon (Kelmor) Ostra officials said 19 drowned.')).toBeUndefined();
  });
  it('is no word of the speaker after it', () => {
    expect(figureSources('Lisbon, June 4 (KNA) Portuguese authorities said 19 people drowned in the river.')).toEqual(['19 - Portuguese authorities']);
  });
});

describe('a preposition opening the sentence, its noun spelt as a reporting verb', () => {
  it('is no speaker: the subject after its comma is', () => {
    expect(figureSources('Amid rival claims over the toll, the Ostra district council said the storm killed 27.')).toEqual(['27 - the Ostra district council']);
  });
  it('not a clause of "as": its verb ends it', () => {
    expect(figureSources('As the mayor claims, the storm killed 27.')).not.toContain('27 - the storm');
  });
});

describe('a relative clause set off by commas on the opening phrase', () => {
  it('is no word of the subject after it', () => {
    expect(figureSources('In a bid to find the escaped men, who fled a jail in Ostra on Monday, the prison service said on Friday it had caught 30 of them.')).toEqual(['30 - the prison service']);
  });
  it('not one holding its own reporting verb', () => {
    expect(figureSources('After the storm, which officials said hit on Monday, the town counted 30 dead.')).not.toContain('30 - the town');
  });
});
