// A body's workers who count give the count to the body ("Red Cross workers have counted …").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"Kelmor Red Cross workers have counted at least nine bodies"', () => {
  it('gives the count to the body', () => {
    expect(figure(extract('Kelmor Red Cross workers have counted at least nine bodies in Varn.'), 'at least nine').claim.attributedTo).toBe('Kelmor Red Cross');
  });
  it('leaves a company\'s workers who say something without the company as source', () => {
    expect(figure(extract('Kelmor Motors workers said 600 jobs were cut.'), '600').claim.attributedTo ?? null).toBeNull();
  });
});
