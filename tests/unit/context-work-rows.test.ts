// Rows for work's own counts (extract/figures/work-events.ts, context/work-rows.ts): the workers a union and a ministry count
// on strike, the jobs a union and a firm say are cut.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure } from './extract-helpers';

describe('a strike counted by two sides', () => {
  it('reads the workers on strike, or who stayed away during one, as the strike event', () => {
    expect(figure('The union said 40,000 nurses went on strike in Varn on Tuesday.', '40,000').about).toBe('struck');
    expect(figure('The ministry said only 9 per cent of its clerks failed to show up for work.', '9 per cent').about).toBe('struck');
    expect(figure('The ministry counted some 7,000 teachers on strike.', 'some 7,000').about).toBe('struck');
    expect(figure('The stoppage closed the docks. The union said 3,000 dockers took part.', '3,000').about).toBe('struck');
  });

  it('leaves turnout words with no strike near as they were', () => {
    expect(figure('The union said 3,000 dockers took part.', '3,000').about).not.toBe('struck');
    expect(figure('Police said 4,000 people took part in the march through Ostra.', '4,000').about).toBe('crowd');
    expect(figure('The ministry said 200 clerks went home early.', '200').about).toBeNull();
  });

  it('sets the union count against the ministry count', () => {
    expect(discrepancies('The Clerks Union said 80,000 of its members went on strike. The ministry said 25,000 clerks were on strike.')).toEqual([
      ['struck', ['25000 the ministry (unnamed)', '80000 Clerks Union']],
    ]);
  });

  it('sets a share against a share only, never against a head count', () => {
    expect(discrepancies('The union said up to 60 per cent of the 400,000 nurses failed to show up for work, but the ministry said only 8 per cent stayed away from work on strike.').map(([about]) => about)).toEqual(['struck']);
    expect(discrepancies('The union said 90,000 nurses went on strike. The ministry said 8 per cent of nurses were on strike.')).toEqual([]);
  });

  it('leaves a part told as a share of the total out of the row', () => {
    expect(discrepancies('The union said 90,000 nurses went on strike. The ministry said 50,000 went on strike, and that 12,000 hospital cleaners walked out, less than a quarter of the total.')).toEqual([
      ['struck', ['50000 the ministry (unnamed)', '90000 the union (unnamed)']],
    ]);
  });
});

describe('job cuts counted by two sides', () => {
  it('reads jobs a firm lays off or cuts as the jobs-cut event', () => {
    expect(figure('The union said Ostra Motors would lay off up to 3,000 workers.', 'up to 3,000').about).toBe('jobs cut');
    expect(figure('The company said the redundancies will be 700.', '700').about).toBe('jobs cut');
    expect(figure('The mill will cut 450 jobs, the company said.', '450').about).toBe('jobs cut');
  });

  it('leaves jobs created or counted as they were', () => {
    expect(figure('The company said it will create 450 jobs.', '450').about).toBeNull();
    expect(figure('The plant cut output by 12 percent, the company said.', '12 percent').about).toBeNull();
  });

  it('sets the union count against the company count', () => {
    expect(discrepancies('The union said the plant would lay off 3,000 workers. The company said the job losses would be 1,200.')).toEqual([
      ['jobs cut', ['1200 the company (unnamed)', '3000 the union (unnamed)']],
    ]);
  });
});
