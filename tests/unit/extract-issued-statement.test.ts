// "X released a statement outlining that …": the body issuing a statement says what it says.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"The Ministry of Interior released a statement outlining that 41 died"', () => {
  it('gives the statement\'s count to the body that released it', () => {
    const r = extract('The Ministry of Interior released a statement outlining that among the dead there were 41 farmers and one soldier in Varn.');
    expect(figure(r, '41').claim.attributedTo).toBe('Ministry of Interior');
  });
  it('gives nothing to a body that released something other than a statement', () => {
    const r = extract('The Ministry of Interior released a report outlining that among the dead there were 41 farmers and one soldier in Varn.');
    expect(figure(r, '41').claim.attributedTo ?? null).toBeNull();
  });
});
