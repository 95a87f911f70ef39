// "…, X said, hours after Y said N had died": a clause after "after" with its own subject, reporting verb and count is Y's earlier report.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const owner = (text: string, phrase: string): [string | null, string | null] => {
  const { claim } = figure(extract(text), phrase);
  return [claim.attributedTo ?? null, claim.reportedBy ?? null];
};

describe('a report told after "after"', () => {
  it('gives its count to its own unnamed subject, not to the sentence\'s source', () => {
    const text = 'Floods in Tarsia have killed 90 people, the Orlin Aid Society said on Friday, hours after the rebel-run interior ministry said 72 had died.';
    expect(owner(text, '72')[1]).toBe('the rebel-run interior ministry');
    expect(owner(text, '90')).toEqual(['Orlin Aid Society', null]);
  });
  it('reads a name joined by a hyphen to the subject\'s words ("the Varn-run ministry") as part of that subject', () => {
    const text = 'Floods in Tarsia have killed 90 people, the Orlin Aid Society said on Friday, hours after the Varn-run interior ministry said 72 had died.';
    expect(owner(text, '72')[1]).toBe('the Varn-run interior ministry');
    expect(owner(text, '90')).toEqual(['Orlin Aid Society', null]);
  });
  it('gives its count to its own named subject', () => {
    const text = 'Floods in Tarsia have killed 90 people, the Orlin Aid Society said on Friday, a day after the Kestrel Relief Agency said 72 had died.';
    expect(owner(text, '72')).toEqual(['Kestrel Relief Agency', null]);
  });
  it('leaves the count with the source where the clause after "after" reports nothing', () => {
    const text = 'Floods in Tarsia have killed 90 people, the Orlin Aid Society said on Friday, hours after the river rose and 72 homes were swept away.';
    expect(owner(text, '72')).toEqual(['Orlin Aid Society', null]);
  });
});
