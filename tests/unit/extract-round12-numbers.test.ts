// Round 12: numbers written with a decimal comma, and scores after the games they close.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

const summary = (text: string) => figures(text).map((f) => `${f.comparator}${f.value}${f.upTo != null ? `-${f.upTo}` : ''} ${f.unit ?? '-'}`);

describe('round 12: number notation', () => {
  it('"about 2,5 million voters": a comma before one digit and a scale word is a decimal comma', () => {
    expect(summary('The party said about 2,5 million voters may take part in the vote.')).toEqual(['~2500000 voters']);
    // Thousands keep their commas, and a comma before one digit without a scale word is no decimal.
    expect(summary('The bank lent 2,500 million dollars.')).toEqual(['=2500000000 dollars']);
    expect(summary('They met 4,5 times.').some((f) => f.startsWith('=4.5'))).toBe(false);
  });

  it('"losing the Tests 1-4", "drew the three-match series 2-2": a score after the games played, no range or count', () => {
    expect(summary('After losing the Tests 1-4, the visitors rallied.')).toEqual(['=1 score']);
    expect(summary('The hosts drew the three-match series 2-2 on Friday.')).toEqual(['=2 score']);
  });
});

describe('round 12: a number closing a model name', () => {
  it('"two million Walkman 200 players", "its Walkman 200 player" count no 200, while "Nairobi 17 cases" still counts', () => {
    expect(summary('The firm sold two million Walkman 200 players last year.')).toEqual(['=2000000 Walkman']);
    expect(summary('Losses shrank at its Walkman 200 player unit.')).toEqual([]);
    expect(summary('The ministry confirmed 31 cases, Nairobi 17 cases and Mombasa six.')).toContain('=17 cases');
  });
});
