// An agency's branch and its officer's title ("the Ostra office of …", "Special Agent in Charge"), and a witness's testimony
// as a cited account.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { citedMentions } from '../../src/context/cited';
import { kinds, speakerOf } from './extract-source-helpers';

const cited = (text: string): string[] => [...citedMentions(extract(text), text)].map((m) => m.name);

describe('the city before an agency\'s "office of"', () => {
  it('is a place; the agency after "of" is the one that acts', () => {
    const r = extract('The Varnby office of Coastal Fraud Investigations has opened a case, saying the boat was part of a trafficking ring.');
    expect(kinds(r).Varnby).toBe('place');
    expect(r.claims.map((c) => c.attributedTo)).toEqual(['Coastal Fraud Investigations']);
  });

  it('leaves a name before "office" that no "of" and body follow', () => {
    expect(kinds(extract('The Varnby office said 3 staff were hurt.')).Varnby).not.toBe('place');
  });
});

describe('"Special Agent in Charge"', () => {
  it('is one title, the person after it speaks', () => {
    const text = '“We will trace every boat,” said CFI Varnby Special Agent in Charge Marta Osei.';
    const r = extract(text);
    expect(r.mentions.find((m) => m.name === 'Marta Osei')?.role).toBe('CFI Varnby Special Agent in Charge');
    expect(speakerOf(text, 'trace every boat')).toBe('Marta Osei');
    expect(speakerOf('“We will trace every boat,” said Special Agent in Charge Marta Osei.', 'trace every boat')).toBe('Marta Osei');
  });

  it('keeps "in" after a body\'s head the place of the body ("the Kelmor Office in Varnby")', () => {
    expect(kinds(extract('The Kelmor Trade Office in Varnby said exports fell.'))).toMatchObject({ Varnby: 'place' });
  });
});

describe('a witness who testified', () => {
  it('is cited, named in an apposition after "witness" or with an unclosed trade', () => {
    expect(cited('The judge said the first witness, Kofi Mensa, had testified that the accused ran off.')).toContain('Kofi Mensa');
    expect(cited('The judge said the next witness, Ama Boateng, a trader also testified that she saw the blow.')).toContain('Ama Boateng');
  });

  it('cites no name in an apposition that no reporting verb follows', () => {
    expect(cited('The judge said the first witness, Kofi Mensa, had run off before the trial.')).not.toContain('Kofi Mensa');
  });
});
