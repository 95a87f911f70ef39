// A figure's list published "by" someone in the passive ("was prepared by police") is that someone's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"a list of 27 missing people was prepared by X"', () => {
  it('gives the figure to the agent past the passive auxiliary', () => {
    expect(figure(extract('By noon a list of 27 missing people was compiled by local officials.'), '27').claim.reportedBy).toBe('local officials');
  });
  it('reads "prepared by" as "compiled by"', () => {
    expect(figure(extract('By noon a list of 27 missing people was prepared by the police.'), '27').claim.reportedBy).toBe('the police');
  });
  it('gives nothing to those who made a thing no one reports', () => {
    expect(figure(extract('A meal for 27 guests was prepared by volunteers in Varn.'), '27').claim.reportedBy ?? null).toBeNull();
  });
});

describe('"the 40,000 estimated by X" after another\'s count', () => {
  it("gives the count to the agent, not to the sentence's subject", () => {
    const r = extract('The police counted 9,000 marchers against the 40,000 estimated by the unions.');
    expect(figure(r, '40,000').claim.reportedBy).toBe('the unions');
    expect(figure(r, '9,000').claim.reportedBy).toBe('the police');
  });
});
