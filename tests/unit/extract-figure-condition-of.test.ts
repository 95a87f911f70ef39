// A bare count whose condition is told ("the condition of three is critical") counts people.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

describe('a count whose condition is told', () => {
  it('counts people', () => {
    const found = figures('Some 30 of the hurt are in Ostra clinics, and the condition of three is critical, a Varn doctor said.');
    expect(found.map((f) => [f.value, f.unit])).toContainEqual([3, 'people']);
  });

  it('leaves a count after "condition of" that no state follows alone', () => {
    const found = figures('The Kelmor bridge was in the condition of 1990 when it was rebuilt.');
    expect(found.some((f) => f.unit === 'people')).toBe(false);
  });
});
