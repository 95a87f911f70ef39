// "X released a statement outlining that …": the body issuing a statement says what it says.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"The Ministry of Health released a statement outlining that 41 died"', () => {
  it('gives the statement\'s count to the body that released it', () => {
    const r = extract('The Ministry of Health released a statement outlining that 41 herders and a nurse had died near Varn.');
    expect(figure(r, '41').claim.attributedTo).toBe('Ministry of Health');
  });
  it('gives nothing to a body that released something other than a statement', () => {
    const r = extract('The Ministry of Health released a report outlining that 41 herders and a nurse had died near Varn.');
    expect(figure(r, '41').claim.attributedTo ?? null).toBeNull();
  });
});
