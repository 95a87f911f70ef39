// "an account from <someone unnamed> that …": the count in the report is that someone's, not the subject's who weighs it.
import { describe, expect, it } from 'vitest';
import { figureReporters as reporterOf } from './extract-helpers';

describe('a report "from" or "by" someone unnamed, then "that"', () => {
  it('gives the count to whom the account is from', () => {
    expect(reporterOf('Coastguards were looking into an account from a sea-rescue charity that up to 210 people had been aboard.')).toEqual(['a sea-rescue charity']);
  });

  it('gives the count to whom the claims are by', () => {
    expect(reporterOf('The ministry was weighing claims by harbour officials that 45 boats had sunk.')).toEqual(['harbour officials']);
  });

  it('gives none where no speaker ends the phrase after "from"', () => {
    expect(reporterOf('Coastguards were looking into an account from the harbour that up to 210 people had been aboard.')).toEqual([null]);
  });
});
