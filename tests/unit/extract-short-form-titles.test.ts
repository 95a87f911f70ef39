// A title after a body's name and its bracketed short form, before the person who speaks.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const speaker = (text: string) => extract(text).claims.find((c) => c.kind === 'quote')?.attributedTo ?? null;

describe('“…,” Body (SHORT) title Name told …', () => {
  it('gives the quote to the person, past the bracketed short form', () => {
    expect(speaker('“I think the vote changed how the parties campaign,” Centre for Rural and Urban Studies (CRUS) researcher Tomas Varn told the Ostra Post on Tuesday.')).toBe('Tomas Varn');
  });
  it('gives it to no one where the name is joined to the body by "and"', () => {
    expect(speaker('“I think the vote changed how the parties campaign,” Centre for Rural and Urban Studies (CRUS) researchers and Tomas Varn said.')).not.toBe('Tomas Varn');
  });
});
