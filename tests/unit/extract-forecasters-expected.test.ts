// Forecasters ("analysts", "economists") whose expectation a result is set against: what they expected is their figure.
import { describe, expect, it } from 'vitest';
import { figureReporters as reporterOf } from './extract-helpers';

describe('what forecasters expected', () => {
  it('gives the forecast to economists who had been expecting it', () => {
    expect(reporterOf('Economists had been expecting 65,000 new hires in Varn for the month of May.')).toEqual(['economists']);
  });

  it('gives the forecast to analysts who were looking for it', () => {
    expect(reporterOf('Analysts had been looking for $2.4 billion in sales at the Kelmor brewer.')).toEqual(['analysts']);
  });

  it('passes over who polled the analysts', () => {
    expect(reporterOf('Analysts polled by Ostra Data on average expected a profit of 7 cents a share.')).toEqual(['analysts']);
  });

  it('gives none to a company that expected a loss, nor to analysts who were only looking at a figure', () => {
    expect(reporterOf('The brewer had been expecting a loss of 3 cents a share.')).toEqual([null]);
    expect(reporterOf('Analysts had been looking at 40 stores in Varn.')).toEqual([null]);
  });
});
