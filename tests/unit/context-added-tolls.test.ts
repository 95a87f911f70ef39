// A count of "more" dead that another source adds to a toll told before it is that source's toll, the sum, a rival of
// the toll it was added to; and a count the toll "includes" is a part of it.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

const base = [
  'The storm has killed 20 people, the Kelmor Agency said on Monday.',
  'Agency spokesperson Mara Dent said the new death toll includes fatalities from a landslide in Ostra, where 14 people died.',
].join(' ');

describe('a count added to another source\'s toll', () => {
  it('sets the sum of the toll and the count added to it against the toll', () => {
    const text = `${base} But according to the Varn Army, 10 more people also died in Ostra.`;
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['14 Mara Dent', '24 Varn Army']]]);
  });

  it('adds nothing that the same source tells, or that counts another event', () => {
    expect(placedDiscrepancies(`${base} Mara Dent said 10 more people also died in Ostra.`)).toEqual([]);
    expect(placedDiscrepancies(`${base} But according to the Varn Army, 10 more people were injured in Ostra.`)).toEqual([]);
  });

  it('adds nothing that "the agency" tells after the agency\'s own toll', () => {
    const text = "Raids on Ostra's border towns left at least 20 dead, according to the region's civil defense agency. The agency said six more people were killed on Tuesday.";
    expect(placedDiscrepancies(text)).toEqual([]);
    expect(placedDiscrepancies(text.replace("the region's civil defense agency", 'the civil defense agency in Varn'))).toEqual([]);
    // Another body's count of more dead in the same strikes is its sum, a rival of the agency's toll.
    expect(placedDiscrepancies(text.replace('The agency said six more people were killed on Tuesday.', 'The army said six more people were also killed in the strikes.'))).toEqual([
      ['killed', [], ["20 the region's civil defense agency (unnamed)", '26 the army (unnamed)']],
    ]);
  });

  it('adds nothing to the toll of another place', () => {
    expect(placedDiscrepancies(`${base} But according to the Varn Army, 10 more people also died in Tarn.`)).toEqual([]);
  });
});

describe('a count the toll includes', () => {
  it('does not set a count the toll is said to include against that toll', () => {
    const text = 'The storm has killed 20 people, the Varn Army said. The ministry said the toll includes fatalities in Ostra, where 14 people died.';
    expect(placedDiscrepancies(text)).toEqual([]);
    // Told on its own, the same count is a rival of the other source's toll naming no place.
    const told = 'The storm has killed 20 people, the Varn Army said. The ministry said 14 people died in Ostra.';
    expect(placedDiscrepancies(told)).toEqual([['killed', ['Ostra'], ['14 the ministry (unnamed)', '20 Varn Army']]]);
  });
});
