// A company called again by its noun in a joined clause, and a body's authorities, speak for the body.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo|reportedBy" of each figure claim. */
const figureSources = (text: string): string[] =>
  extract(text).claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.attributedTo}|${c.reportedBy ?? ''}`);

describe('a company called again by its noun after "but"', () => {
  it('gives the joined clause of "the carrier" to the company the sentence named', () => {
    const text = 'Ostra Airways says its freight arm grew in 2021, but the carrier still recorded a loss of US$3.4 billion.';
    expect(figureSources(text)).toEqual(['3400000000 Ostra Airways|']);
  });

  it('does the same for "the lender" after a bank', () => {
    const text = 'Varn Savings Bank says its deposits rose over the year, but the lender still posted a loss of 90 million dollars.';
    expect(figureSources(text)).toEqual(['90000000 Varn Savings Bank|']);
  });

  it('leaves a joined clause of the company\'s own people, or of another body, to them', () => {
    expect(figureSources("Ostra Airways says its freight arm grew in 2021, but the airline's pilots said 300 flights were cut.")).toEqual(['300 null|the airline\'s pilots']);
    expect(figureSources('Ostra Airways says its freight arm grew in 2021, but the regulator said it lost 2 billion dollars.')).toEqual(['2000000000 null|the regulator']);
  });
});

describe("a body's authorities", () => {
  it('give what they said to the body they are "with"', () => {
    const text = 'Authorities with the Kelmor fire brigade said on Friday that 17 people had been pulled from the rubble.';
    const r = extract(text);
    expect(figureSources(text)).toEqual(['17 Kelmor fire brigade|']);
    expect(r.claims.some((c) => c.kind === 'statement' && c.attributedTo === 'Kelmor fire brigade')).toBe(true);
  });

  it("still leave a person's name after them as no speaker", () => {
    expect(figureSources('Lawyers for Ana Ruiz said 4 witnesses were held.')).toEqual(['4 null|']);
  });
});
