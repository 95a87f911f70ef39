// A company's name that ends in its trade's plural ("Kelmor Holdings") ends before "and" and another body's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('two companies joined by "and"', () => {
  it('splits a holding company and a bank joined by "and"', () => {
    const found = names('The agency raised the ratings of Kelmor Holdings and Ostra Bank on Tuesday, citing stronger profits.');
    expect(found).toContain('Kelmor Holdings');
    expect(found).toContain('Ostra Bank');
  });

  it('keeps one name whose "and" joins the two lines a company works in', () => {
    expect(names('Kelmor Hotels and Resorts said its profit rose on Tuesday.')).toContain('Kelmor Hotels and Resorts');
  });
});
