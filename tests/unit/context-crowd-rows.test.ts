// Rows for a crowd two sides count apart (police against organisers or unions), with the comparison rules of tolls: one row
// per place, the capital's count apart from the nation's, one source's own earlier count no rival.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies, figure } from './extract-helpers';
import { CROWD_NOUNS } from '../../src/extract/lexicon';

const rows = (text: string) => placedDiscrepancies(text).map(([about, places, values]) => `${about} @${places.join('|')}: ${values.join(', ')}`);

describe('a crowd counted by two sides', () => {
  it('sets the police count against the unions', () => {
    expect(rows('Police said 6,000 demonstrators marched in Varn on Monday, while the teachers union claimed 45,000.')).toEqual([
      'crowd @Varn: 6000 police (unnamed), 45000 the teachers union (unnamed)',
    ]);
  });

  it('puts people, marchers and demonstrators in one row', () => {
    expect(rows('The Kelmor Police said 9,500 people marched through Ostra. The Farmers Alliance said 30,000 demonstrators took part.')).toEqual([
      'crowd @: 9500 Kelmor Police, 30000 Farmers Alliance',
    ]);
  });

  it('reads each noun of the one crowd list as a crowd, and as one crowd with people, in both extractor and rows', () => {
    // CROWD_NOUNS (lexicon) decides both: a noun added there counts a crowd and joins the whole crowd's row.
    for (const noun of CROWD_NOUNS) {
      expect(figure(`Police said 4,000 ${noun} marched through Ostra.`, '4,000').about, noun).toBe('crowd');
      expect(rows(`The Kelmor Police said 9,500 people marched through Ostra. The Farmers Alliance said 30,000 ${noun} took part.`), noun).toEqual([
        'crowd @: 9500 Kelmor Police, 30000 Farmers Alliance',
      ]);
    }
  });

  it('sets a count that attended against a rival count in the clause after it, or in the next sentence', () => {
    expect(rows('Organisers said that 42,000 people attended, while police counted just 6,000 people.')).toEqual(['crowd @: 6000 police (unnamed), 42000 organisers (unnamed)']);
    expect(rows('Organisers said 8,000 people had marched in Varn. Police said 3,000 people showed up.')).toEqual(['crowd @Varn: 3000 police (unnamed), 8000 organisers (unnamed)']);
  });

  it('keeps the count of the capital apart from the count of the country', () => {
    const text =
      'The Nurses Guild said 800,000 marchers turned out across Varn, but the Interior Office said the turnout was 310,000. ' +
      'In the Varnese capital, the Nurses Guild claimed a turnout of 120,000, while the Interior Office said 21,000 marched.';
    expect(rows(text)).toEqual(['crowd @: 310000 Interior Office, 800000 Nurses Guild', 'crowd @: 21000 Interior Office, 120000 Nurses Guild']);
  });

  it('leaves the count of an earlier day out of the row', () => {
    const text =
      'Police said 6,000 demonstrators marched in Varn on Monday, while the teachers union claimed 45,000. ' +
      'The last time the teachers marched on a Monday, in March, police said that 11,000 marched in Varn.';
    expect(rows(text)).toEqual(['crowd @Varn: 6000 police (unnamed), 45000 the teachers union (unnamed)']);
  });
});

describe('counts that make no crowd row', () => {
  it('makes none of two election turnouts', () => {
    expect(rows('The Kelmor Commission said 95,000 voters turned out in Ostra. The Ostra Monitor said 70,000 voters turned out in Ostra.')).toEqual([]);
  });

  it('makes none of one source that revised its count', () => {
    expect(rows('The Kelmor Police first said 12,000 attended the rally in Ostra, and the Kelmor Police later said 8,000 attended the rally.')).toEqual([]);
  });
});
