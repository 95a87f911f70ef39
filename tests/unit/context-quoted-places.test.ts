// A place named only inside a quotation that does not hold a count ("a statement entitled “No one died in Chile”") is the
// quotation's, not where the count was made.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('places inside a quotation beside a count', () => {
  const text = [
    'The number of people killed by gunmen in a remote district of Peru rose to 90 on Monday, according to residents.',
    'A district official put the death toll at 30, while the army called the reports “untrue and reckless” in a statement headed “No one died in Chile”.',
  ].join(' ');

  it('does not key the count by a place named only in the quoted title', () => {
    expect(discrepancies(text)).toEqual([['killed', ['30 a district official (unnamed)', '90 residents (unnamed)']]]);
  });

  it('still keys a count by a place its own sentence names outside quotation marks', () => {
    const unquoted = text.replace('in a statement headed “No one died in Chile”', 'in a statement issued in Chile');
    expect(discrepancies(unquoted)).toEqual([]);
  });
});
