// A toll counts people whatever they are called: patients, workers, employees, contractors and miners are people, so two
// sources' counts of them are rivals (discrepancies.ts PEOPLE).
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('tolls of workers and patients', () => {
  it('sets two sources\' counts of missing miners against each other', () => {
    const text = 'Nine miners were still missing in the Varn pit on Monday, the Kelm Courier said. The mine office said 14 miners were missing.';
    expect(discrepancies(text)).toEqual([['missing', ['9 Kelm Courier', '14 the mine office (unnamed)']]]);
  });

  it('sets two sources\' counts of patients who died against each other', () => {
    const text = 'The Varn clinic said 17 patients died of the fever. The Kelm Courier said 25 patients had died.';
    expect(discrepancies(text)).toEqual([['killed', ['17 -', '25 Kelm Courier']]]);
  });

  it('still counts no things the workers made', () => {
    const text = 'The Varn clinic said 17 people died of the fever. The Kelm Courier said 25 workshops had closed.';
    expect(discrepancies(text)).toEqual([]);
  });
});
