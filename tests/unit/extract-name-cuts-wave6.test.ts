// Names cut or joined wrong, wave 6: a title that is also a surname closing a name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const people = (text: string) => extract(text).mentions.map((m) => [m.name, m.kind]);

describe('a title that is also a surname, closing a name', () => {
  it('keeps "Sheikh" after given names as the surname: the whole name reports the count', () => {
    const r = extract('By noon, the Varno commissioner, Tarek Omar Sheikh, said 40 people had died.');
    expect(r.mentions.find((m) => m.kind === 'person')).toMatchObject({ name: 'Tarek Omar Sheikh', role: 'Varno commissioner' });
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('Tarek Omar Sheikh');
    expect(people('Mary Ann Bishop, a nurse, said 4 people died.')).toEqual([['Mary Ann Bishop', 'person']]);
  });

  it('still drops the title after a place or a body ("the Kelmor Sheikh")', () => {
    expect(people('The Kelmor Sheikh said 4 people died.')).toEqual([['Kelmor', 'other']]);
  });
});
