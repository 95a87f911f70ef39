// "X earlier this month put the number at N": a phrase of when between the subject and its verb leaves the subject the source.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const owner = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.attributedTo ?? null;

describe('a phrase of when between the subject and its verb', () => {
  it('keeps the subject as the source ("earlier this month", "last month")', () => {
    expect(owner('Ward nurse and union steward Petra Lindqvist earlier this month put the number at 27.', '27')).toBe('Petra Lindqvist');
    expect(owner('Petra Lindqvist last month said 27 patients had died.', '27')).toBe('Petra Lindqvist');
  });
  it('makes no source of a subject that is no speaker', () => {
    expect(owner('Floods this week killed 27 people in the valley.', '27')).toBeNull();
  });
});
