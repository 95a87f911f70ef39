// A part after "including" with no comma before it: the whole still takes the verb after the part.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('"including" with no comma before it', () => {
  it('reads the event past the part for the whole', () => {
    expect(figure('One guard died and over 40 including 9 miners, were hurt in Varn.', 'over 40').about).toBe('injured');
  });
  it('keeps a whole with no verb after the part eventless', () => {
    expect(figure('Over 40 including 9 miners came to Varn on Monday.', 'Over 40').about).toBeNull();
  });
});
