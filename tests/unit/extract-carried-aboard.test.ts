// People a vessel or vehicle is said to be carrying were aboard it.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('people a boat was carrying', () => {
  it('counts them as aboard, as "were on board" does', () => {
    expect(figure('Officials said the Kelmor ferry was thought to be carrying as many as 70 passengers.', 'as many as 70').about).toBe('aboard');
  });
  it('gives a load of goods no event', () => {
    expect(figure('A lorry carrying 30 tonnes of Varn rice overturned.', '30').about).toBeNull();
  });
});
