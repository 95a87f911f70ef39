// The main clause after a "While …," clause that reports a figure has a speaker of its own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"While a toll of 42 was listed by X, Y listed 41"', () => {
  it('gives the 41 to the main clause\'s speaker, the 42 to the agent', () => {
    const r = extract('While a toll of 42 was listed by local officials in the flooded Kelmor district on Sunday, the army officially listed 41 as dead.');
    expect(figure(r, '42').claim.reportedBy).toBe('local officials');
    expect(figure(r, '41').claim.reportedBy).toBe('the army');
  });
  it('gives no source to a main clause that reports nothing', () => {
    const r = extract('While a toll of 42 was listed by local officials in the flooded Kelmor district on Sunday, rescuers searched for 12 more.');
    expect(figure(r, '12').claim.reportedBy ?? null).toBeNull();
  });
});
