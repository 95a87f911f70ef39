// A count of an earlier dated attack, or of a disease the story is not about, is no rival of the story's toll (other-event-tolls.ts).
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe('tolls of another event or cause', () => {
  it('keeps out the toll of "earlier attacks on May 3-4, which resulted in" some deaths', () => {
    const text = [
      "A gunmen's raid on a church in Ostra killed at least 30 people on Sunday, the Varn Relief Mission said.",
      'The army said about 25 people were killed.',
      'Last week, the mission condemned a rise in violence, citing earlier rebel attacks on May 3-4, which resulted in 47 deaths.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['25 the army (unnamed)', '30 Varn Relief Mission']]]);
    // Attacks the clause does not set earlier are the story's own.
    const own = text.replace('earlier rebel attacks on May 3-4', 'the rebel attacks on the church');
    expect(placedDiscrepancies(own)).toEqual([['killed', ['Ostra'], ['25 the army (unnamed)', '30 Varn Relief Mission', '47 Varn Relief Mission']]]);
  });

  it('keeps out the toll of a cholera outbreak from a storm story\'s row', () => {
    const text = [
      'Storm Kelmor has killed 900 people in Ostra, mayors of the stricken towns said.',
      'The civil protection office put the toll at 350.',
      'Crops were washed out and a cholera outbreak has spread, killing at least 120 people, according to local officials.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['350 the civil protection office (unnamed)', '900 -']]]);
  });

  it('still sets two counts of the outbreak against each other when the story is about it', () => {
    const text = [
      'Cholera has killed 90 people in Ostra this month, the health ministry said.',
      'Crops were washed out and the cholera outbreak has spread, killing at least 120 people, according to local officials.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['90 the health ministry (unnamed)', '120 local officials (unnamed)']]]);
  });
});
