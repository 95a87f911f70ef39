// A toll's total named after a count of another harm ("two died and four medics were hurt, bringing the toll to 48") is
// no more of that count's noun: the total counts the dead of the whole story.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a toll total after a count of the hurt', () => {
  it('takes no noun of the hurt', () => {
    const f = figure('Two hikers have died and four rangers were hurt, bringing the toll from the Kelmor blazes to 48.', '48');
    expect([f.unit, f.about]).toEqual([null, 'killed']);
  });
  it('keeps the noun of a count of the dead before it', () => {
    expect(figure('Two hikers have died in Kelmor, bringing the toll from the blazes to 48.', '48').unit).toBe('hikers');
  });
});
