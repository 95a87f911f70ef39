// ", however,": an aside of the writer inside one report, or the opening of a report of someone else.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const owner = (text: string, phrase: string): [string | null, string | null] => {
  const { claim } = figure(extract(text), phrase);
  return [claim.attributedTo ?? null, claim.reportedBy ?? null];
};

describe('", however," inside one report', () => {
  it('leaves the count with the subject when it stands between the verb and "that"', () => {
    expect(owner('The Tarlow Health Institute reported in March, however, that almost 6,500 residents had been infected.', 'almost 6,500')).toEqual(['Tarlow Health Institute', null]);
  });
  it('leaves the count with the subject when it stands between the subject and the verb', () => {
    expect(owner('A Brenford Ledger report, however, claimed that the number of dead had reached at least 64.', 'at least 64')).toEqual(['Brenford Ledger', null]);
  });
  it('still gives nobody a count the writer sets against an announcement', () => {
    expect(owner('The count of 5,000 was announced by the Tarlow Front, however, the true count is under 900.', 'under 900')).toEqual([null, null]);
  });
});

describe('", however," before a report of someone else', () => {
  it('gives the count to the clause\'s own unnamed subject, a clock time before its verb', () => {
    const text = 'Local radio gave the toll as 33 after the mayor spoke on Friday evening, However, the county office\'s help desk around 9:45am on Saturday confirmed that 28 people had died.';
    expect(owner(text, '28')).toEqual([null, "the county office's help desk"]);
    expect(owner(text, '33')).toEqual([null, 'Local radio']);
  });
});
