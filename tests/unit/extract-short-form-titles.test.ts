// Titles naming a body (with its bracketed short form, or after "of the") before the person who speaks after a quote.
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

describe('“…,” Title of the Body of the Body Title Name said …', () => {
  const QUOTE = '“So far, the count of the dead stands at 125. It has not risen,” ';
  it('gives the quote to the person after a title in capitals naming its bodies', () => {
    expect(speaker(QUOTE + 'Chief of the Media Relations Division of the Ostra Police Inspector General Tomas Varn said in Kelmor on Tuesday.')).toBe('Tomas Varn');
  });
  it('does not reach a person joined to the title by "and"', () => {
    expect(speaker(QUOTE + 'Chief of the Media Relations Division of the Ostra Police and Tomas Varn said in Kelmor on Tuesday.')).not.toBe('Tomas Varn');
  });
});
