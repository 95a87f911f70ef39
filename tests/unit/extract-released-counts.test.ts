// "X released a list of 212 …": a body that releases a list, figures or data of a count gives that count.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"X released a list of N …"', () => {
  it('gives the listed count to the body that released the list', () => {
    const r = extract('Harlow Mining released a list of 212 workers still unaccounted for after the shaft flooded.');
    expect(figure(r, '212').claim.attributedTo).toBe('Harlow Mining');
  });
  it('gives nothing to a body that released people or a list of no count', () => {
    const r = extract('Harlow Mining released 212 workers from their shifts after the shaft flooded.');
    expect(figure(r, '212').claim.attributedTo ?? null).toBeNull();
  });
});
