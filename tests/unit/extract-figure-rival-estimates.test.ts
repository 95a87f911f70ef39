// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { discrepancyRows, figure } from './extract-helpers';

const PERIOD =
  'Counts of the dead since the riots began on March 3 have varied, with well over 80 confirmed killed but reports by rights groups ranging as high as 250 even before Friday’s fighting.';

describe('a rival estimate in a clause opened by "but reports" or "but estimates"', () => {
  it('bounds the toll of the event named before it, as another source', () => {
    expect(figure(PERIOD, 'as high as 250')).toMatchObject({ value: 250, comparator: '<=', about: 'killed' });
    expect(discrepancyRows(PERIOD)).toEqual(['killed: >80 by null | <=250 by null']);
    expect(figure('Some 30 people were hurt in Vell but estimates suggest up to 60.', 'up to 60').about).toBe('injured');
  });

  it('counts the period of the number it rivals, apart from one day’s toll', () => {
    const text = `Medics reported at least two deaths from Friday’s clashes in Tarn. ${PERIOD}`;
    expect(discrepancyRows(text)).toEqual(['killed: >80 by null | <=250 by null']);
  });

  it('leaves reports or estimates of something else without the event', () => {
    expect(figure('Police said 12 people were arrested but estimates of the crowd ran as high as 5,000.', 'as high as 5,000').about).toBeNull();
    expect(figure('Officials said 40 people died but reports by locals said 3,000 homes burned.', '3,000').about).toBeNull();
  });
});
