// "the document said": an issued text speaks for the body the text names as its issuer, or as itself where none is named.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const quotes = (text: string): [string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.attributedTo, c.reportedBy]);
const QUOTE = '“We cannot yet say how many were hurt in Varn,” the assessment said.';

describe('a document or assessment as the speaker of a quote', () => {
  it('is reported by its phrase where the text names no issuer', () => {
    expect(quotes('Ana Ruiz read parts of it to lawmakers in Ostra on Monday. “We cannot yet say how many were hurt in Varn,” the document said.')).toEqual([[null, 'the document']]);
    expect(quotes('The document also says the school suffered “only minor damage to its roof.”')).toEqual([[null, 'the document']]);
  });

  it('is the body the text names as its issuer', () => {
    expect(quotes(`An assessment by the Ostra Intelligence Service was sent to lawmakers on Monday. ${QUOTE}`)).toEqual([['Ostra Intelligence Service', null]]);
    expect(quotes(`The Ostra Intelligence Service’s assessment was sent to lawmakers on Monday. ${QUOTE}`)).toEqual([['Ostra Intelligence Service', null]]);
  });

  it('is not the person who read it out', () => {
    expect(quotes(`Ana Ruiz read the assessment to lawmakers on Monday. ${QUOTE}`)).toEqual([[null, 'the assessment']]);
  });
});
