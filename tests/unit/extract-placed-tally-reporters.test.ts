// "Officials in Dravia placed the death toll at 37": a verb giving a tally after a speaker placed by "in" reports it, as "said" does.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const reporter = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.reportedBy ?? null;

describe('a tally verb after "<speakers> in <place>"', () => {
  it('gives the toll to the placed speakers', () => {
    expect(reporter('Officials in Dravia placed the death toll at 37 after the storm passed.', '37')).toBe('officials in Dravia');
  });
  it('reads a revised toll with a long phrase before its "to"', () => {
    expect(reporter('Rescue officials in Dravia raised the number of dead from the mudslide that buried two villages near Porto Sel to 48.', '48')).toBe('Rescue officials in Dravia');
  });
  it('passes a relative clause set off by commas after the place', () => {
    expect(reporter("The port authority in Sellin, which keeps the harbour's records, lowered the figure to 230 sailors.", '230')).toBe('the port authority in Sellin');
  });
  it('gives nothing where the verb places no tally', () => {
    expect(reporter('Officials in Dravia placed the wreath at the memorial for 37 victims.', '37')).toBeNull();
    expect(reporter("The port authority in Sellin, which keeps the harbour's records, lowered its fees for 230 boats.", '230')).toBeNull();
  });
});
