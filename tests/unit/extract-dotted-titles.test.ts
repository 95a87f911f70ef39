// "according to Maj. Gen. Tomas Velde", "according to Prof. Lina Markov, …": a title written short with its full stop is that person's, no end of the words after "according to".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"according to" a name with a dotted title before it', () => {
  it('credits the count to the officer after "Maj. Gen."', () => {
    const r = extract('Commandos freed 17 captives, according to Maj. Gen. Tomas Velde of the Ostrian army.');
    expect(figure(r, '17').claim.attributedTo).toBe('Tomas Velde');
  });
  it('gives the sentence to the doctor after "Prof.", not to "prof"', () => {
    const r = extract('The wounded are aged from 3 to 16, according to Prof. Lina Markov, the head of the burns unit.');
    const claim = r.claims.find((c) => c.text.startsWith('The wounded'))!;
    expect(claim.attributedTo).toBe('Lina Markov');
    expect(claim.reportedBy ?? null).toBeNull();
  });
  it('keeps "according to the Ostrian army" with no title the army', () => {
    const r = extract('Commandos freed 17 captives, according to the Ostrian army.');
    expect(figure(r, '17').claim.attributedTo).toBe('Ostrian army');
  });
});

describe('"said" a body, its title and a dotted rank before a name, after a quote', () => {
  const speaker = (text: string) => extract(text).claims.find((c) => c.kind === 'quote')?.attributedTo;
  it('gives the quote to the officer, not to the body', () => {
    expect(speaker('"Nine launchers were hit overnight," said Ostrian Navy spokesman Lt. Col. Pavel Renko.')).toBe('Pavel Renko');
  });
  it('still gives it to him with no rank', () => {
    expect(speaker('"Nine launchers were hit overnight," said Ostrian Navy spokesman Pavel Renko.')).toBe('Pavel Renko');
  });
});
