// A county that speaks, by its name or as "the county", is its government: a card, whose quotes and counts are its own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure, quoteStarting } from './extract-helpers';

const kindOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.kind;

describe('a county that speaks', () => {
  it('is a government body where its name says, past the day', () => {
    const text = 'Brask County on Monday said that 212 people were still missing after the storm.';
    expect(kindOf(text, 'Brask County')).toBe('government');
    expect(figure(extract(text), '212').claim.attributedTo).toBe('Brask County');
  });

  it('is a government body where "the county" speaks later, and "the county" stands for it', () => {
    const text = 'Brask County on Monday night put out a fresh tally of the missing. The county said that "the search goes on day and night" and that divers had joined.';
    expect(kindOf(text, 'Brask County')).toBe('government');
    expect(quoteStarting(text, 'the search goes on')?.attributedTo).toBe('Brask County');
  });

  it('stays a place where the county only suffers or owns', () => {
    expect(kindOf('Flooding cut off three towns in Brask County on Monday, and the county sheriff said 12 people were missing.', 'Brask County')).toBe('place');
    expect(kindOf('Brask County was hit hardest. The county’s fire chief said 40 homes burned.', 'Brask County')).toBe('place');
  });

  it('gives "the county said" to the county named last before it, not to every county', () => {
    const text = 'Rain swamped Brask County and Tolve County on Monday. Crews reached Tolve County first. The county said 40 homes were lost.';
    expect(kindOf(text, 'Tolve County')).toBe('government');
    expect(kindOf(text, 'Brask County')).toBe('place');
  });
});
