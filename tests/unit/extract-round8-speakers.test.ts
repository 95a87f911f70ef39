// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** The speaker given to the quote that holds `words`. */
function speakerOf(text: string, words: string): string | null {
  const quote = extract(text).claims.find((c) => c.kind === 'quote' && c.text.includes(words));
  if (!quote) throw new Error(`no quote with "${words}"`);
  return quote.attributedTo;
}

const names = (text: string): string[] => extract(text).mentions.map((m) => m.name);

describe('round 8: speakers after a quote behind a run of abbreviated titles', () => {
  it('gives "…," said Lt. Col. X to X', () => {
    const text = 'Two farmers were hurt in the raid.\n\n"Every injury is a loss to us," said Lt. Col. Mira Tobbeck, a spokeswoman for the garrison.';
    expect(speakerOf(text, 'Every injury')).toBe('Mira Tobbeck');
  });

  it('keeps a sentence after the quote from speaking for it', () => {
    const text = '"Every injury is a loss to us." Lt. Col. Mira Tobbeck said the garrison would stay.';
    expect(speakerOf(text, 'Every injury')).toBeNull();
  });
});

describe('round 8: the subject of the main clause speaks, not a person named inside it', () => {
  it('gives "He took a dig at the X-led government, saying “…”" to the one "he" stands for', () => {
    const text =
      'Finance Minister Tove Harrand spoke on Monday.\n\nHe took a dig at the last Arno Velt-led cabinet, saying it spent freely with “nothing to show for it.”';
    expect(speakerOf(text, 'nothing to show')).toBe('Tove Harrand');
  });

  it('does not give "The governor said that X must speak, saying “…”" to X', () => {
    const text = 'The governor said that everyone, including the treasurer, Mrs. Lina Oduya, must speak up, saying that “we want the money back.”';
    expect(speakerOf(text, 'money back')).not.toBe('Lina Oduya');
  });

  it('still gives a participle to the first person where the sentence opens with the name', () => {
    const text = 'Lina Oduya criticised the plan of Arno Velt, saying “it will fail.”';
    expect(speakerOf(text, 'it will fail')).toBe('Lina Oduya');
  });
});

describe('round 8: titles and tags that are no names', () => {
  it('makes no person of a minister’s portfolio', () => {
    const found = names('The governor said that the Minister for Mineral Resources, Mrs. Lina Oduya, must speak.');
    expect(found).toContain('Lina Oduya');
    expect(found).not.toContain('Mineral Resources');
  });

  it('keeps the person named right after the portfolio', () => {
    expect(names('The Minister for Foreign Affairs, Tomas Kell, spoke.')).toContain('Tomas Kell');
  });

  it('makes no name of a party-state tag, and gives the quote to the governor', () => {
    const text = 'Gov. Ana Ruiz, D-Va., spoke on Friday. "We will act," said Gov. Ana Ruiz, D-Va.';
    expect(names(text)).not.toContain('D-Va');
    expect(speakerOf(text, 'We will act')).toBe('Ana Ruiz');
  });

  it('keeps a hyphenated name that is not such a tag', () => {
    expect(names('Jean-Luc Ravel said the vote was fair.')).toContain('Jean-Luc Ravel');
  });
});
