// "the Chief Registrar of the Federation, Dr Ana Varn, said": a lone body's head after a title's "of the", before a name set
// after a comma, closes that person's title; it is no body of its own.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const rows = (text: string): [string, string, string | null][] => extract(text).mentions.map((m) => [m.name, m.kind, m.role]);

describe('the <Title> of the <Head>, <Name>,', () => {
  it('gives the person the whole title and cards no lone head', () => {
    const r = extract('On Monday the Director-General of the Union, Dr Tomas Edvik, said the count grew by 4 per cent.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role])).toEqual([['Tomas Edvik', 'person', 'Director-General of the Union']]);
    expect(r.claims.map((c) => c.attributedTo)).toEqual(['Tomas Edvik', 'Tomas Edvik']);
  });

  it('reads "Statistician-General" as a title', () => {
    expect(rows('Prices rose 3 per cent, the Statistician-General of the Union, Dr Ana Varn, said.')).toEqual([['Ana Varn', 'person', 'Statistician-General of the Union']]);
  });

  it('keeps a body named in full, and a head that no title opens', () => {
    expect(rows('The Governor of the Kelmor Union, Ana Varn, said prices rose.').map(([n]) => n)).toContain('Kelmor Union');
    expect(rows('Officials at the Federation, Ana Varn said, were told prices rose.').map(([n]) => n)).toContain('Federation');
  });
});
