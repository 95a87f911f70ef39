// "…, local media report.": a plural speaker and "report" or "claim" closing the sentence report what comes before.
import { describe, expect, it } from 'vitest';
import { figureReporters as reporterOf } from './extract-helpers';

describe('a plural speaker closing the sentence with "report" or "claim"', () => {
  it('gives the count to local media that report it', () => {
    expect(reporterOf('Some 300 tremors have shaken the valley since Monday, local media report, citing rescue officials.')).toEqual(['local media']);
  });

  it('gives the count to residents who claim it', () => {
    expect(reporterOf('About 40 homes in Varn were washed away, residents claim.')).toEqual(['residents']);
  });

  it('gives none to "a … report", where "report" is a noun', () => {
    expect(reporterOf('About 40 homes in Varn were washed away, a local media report.')).toEqual([null]);
  });
});
