// Unnamed speakers that "indicate" what they report, and "reports" of a kind opening a sentence as its subject.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figureReporters as reporterOf } from './extract-helpers';

describe('"indicated" after a plural speaker', () => {
  it('gives the count to the authorities that indicated it', () => {
    expect(reporterOf('Authorities indicated that 12 people were hurt in the clashes.')).toEqual(['authorities']);
  });

  it('gives none to a singular noun ending a longer subject', () => {
    const found = extract('Records from the clinic and the community indicated that 12 people were hurt.').claims.filter((c) => c.kind === 'figure');
    expect(found.map((c) => c.reportedBy ?? null)).toEqual([null]);
  });
});

describe('"reports" opening a sentence as its subject', () => {
  it('gives the count to the reports a word describes', () => {
    expect(reporterOf('Other regional reports indicated six villagers died.')).toEqual(['other regional reports']);
  });

  it('leaves a named person who reports as the speaker', () => {
    const found = extract('Ana Ruiz reports that four people were killed.').claims.filter((c) => c.kind === 'figure');
    expect(found.map((c) => [c.attributedTo, c.reportedBy ?? null])).toEqual([['Ana Ruiz', null]]);
  });
});
