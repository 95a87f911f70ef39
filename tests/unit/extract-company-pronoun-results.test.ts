// A company's results told with "it"/"its" opening the sentence, and a list of counts after its trading verb, are the company's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const ownerOf = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.attributedTo;

describe('a company named before, then "it"', () => {
  it('gives the figures of "It sold …" to the company the sentences before report', () => {
    const text = 'Varnel Motors Ltd reported a quarterly profit of $2 billion. It sold 640,000 cars in the period.';
    expect(ownerOf(text, '640,000')).toBe('Varnel Motors Ltd');
  });

  it('gives every count of an "and" list after the trading verb to the company', () => {
    const text = 'Varnel Motors Ltd reported a quarterly profit of $2 billion. Varnel Motors Ltd sold 640,000 cars and 85,000 vans in the period.';
    expect(ownerOf(text, '85,000')).toBe('Varnel Motors Ltd');
  });

  it('leaves "it" that stands for no company alone, and a clause of another subject after "and"', () => {
    const text = 'The storm hit Ostra on Monday. It destroyed 640 homes in the valley.';
    expect(ownerOf(text, '640')).toBeNull();
    const joined = 'Varnel Motors Ltd reported a quarterly profit of $2 billion. Varnel Motors Ltd sold 640,000 cars and rivals sold 85,000 vans.';
    expect(ownerOf(joined, '85,000')).toBeNull();
  });
});
