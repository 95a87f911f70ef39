// A clause joined by "as" after a comma, whose subject reports a count of its own ("…, as the unions put it at 20,000").
import { describe, expect, it } from 'vitest';
import { figureReporters as reporterOf } from './extract-helpers';

describe('"as" opening a report of its own', () => {
  it("gives the second side's count to the clause's subject", () => {
    expect(reporterOf('Fewer than 7,000 drivers stopped work in Ostra, ministers claim, as unions put it at over 15,000.')).toEqual(['ministers', 'unions']);
  });

  it('gives no one the count of a clause with no verb of telling', () => {
    expect(reporterOf('Six drivers were hurt in Ostra, police said, as medics searched for 4 more.')).toEqual(['police', null]);
  });
});
