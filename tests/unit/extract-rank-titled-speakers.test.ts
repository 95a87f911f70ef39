// `,” said Ostra Navy spokesman Maj. Gen. Ana Ruiz`: a rank's abbreviation dot after a body's title does not cut the title from the name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const speaker = (text: string) => extract(text).claims.find((c) => c.kind === 'quote')?.attributedTo ?? null;

describe('a body, its title and an abbreviated rank before a name after "said"', () => {
  it('gives the quote to the person, not to the body', () => {
    expect(speaker('"Four of the drones were shot down over the lake," said Ostran Defence Ministry spokesman Maj. Gen. Tomas Varn.')).toBe('Tomas Varn');
    expect(speaker('"The road to the port is closed for now," said Kelmor Interior Ministry spokeswoman Col. Ana Ruiz.')).toBe('Ana Ruiz');
  });
  it('still gives it to the person where no rank stands between', () => {
    expect(speaker('"Four of the drones were shot down over the lake," said Ostran Defence Ministry spokesman Tomas Varn.')).toBe('Tomas Varn');
  });
});
