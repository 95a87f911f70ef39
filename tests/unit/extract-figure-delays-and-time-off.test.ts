// How long something was put off, time away from work, and the period a record is counted over are no figures.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

const read = (text: string) => figures(text).map((f) => [f.comparator, f.value, f.unit]);

describe('spans of time that count nothing', () => {
  it('drops how long a report or a vote was delayed', () => {
    expect(read('Held back by the floods and delayed more than three weeks, the survey found 12,000 jobs lost.')).toEqual([['=', 12000, 'jobs']]);
    expect(read('The Ostra ballot, postponed by five days after 40 stations flooded, went ahead.')).toEqual([['=', 40, 'stations']]);
  });

  it('keeps a delay that is itself told, and a stretch of time that is no delay', () => {
    expect(read('The Ostra ballot was postponed by five days.')).toEqual([['=', 5, 'days']]);
    expect(read('Dock workers in Varn went on strike for three days.')).toEqual([['=', 3, 'days']]);
  });

  it('drops time off work', () => {
    expect(read('About 400 nurses at the Kelmor clinic were asked to take three weeks off without pay.')).toEqual([['~', 400, 'nurses']]);
  });

  it('keeps a term served', () => {
    expect(read('Pell was jailed for two months last year.')).toEqual([['=', 2, 'months']]);
  });

  it('drops the period a record is counted over', () => {
    expect(read('Prices were at their lowest in a period of three months, the agency in Varn said.')).toEqual([]);
  });
});
