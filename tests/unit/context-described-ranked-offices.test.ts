// "The General Auditor's office said …; the auditor's office said …": the rank of an office dropped from a shorter description is the same office.
import { describe, expect, it } from 'vitest';
import { describedBodies } from '../../src/context/described-bodies';
import type { Claim } from '../../src/extract/types';

const cardsOf = (text: string, labels: string[]) => {
  const said = (reportedBy: string): Claim => ({ kind: 'statement', text, attributedTo: null, reportedBy, figures: [], span: { start: 0, end: 1 } });
  return describedBodies(labels.map(said), text).map((c) => c.name);
};

describe('an office described with its rank, then without it', () => {
  it('is one card, though the shorter one names a place of its own', () => {
    const text = "The General Auditor's office said on Friday the accounts were sealed. The auditor's office said that nine clerks in Ostra were questioned.";
    expect(cardsOf(text, ["the General Auditor's office", "the auditor's office"])).toEqual(["General Auditor's office"]);
  });
  it("keeps another office's card apart", () => {
    const text = "The General Auditor's office said on Friday the accounts were sealed. The treasurer's office said that nine clerks in Ostra were questioned.";
    expect(cardsOf(text, ["the General Auditor's office", "the treasurer's office"])).toHaveLength(2);
  });
});
