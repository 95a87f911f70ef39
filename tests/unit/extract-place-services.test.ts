// A place's public service or a level's government named after the place: the service is the card, the place kept in its name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const cards = (text: string) => extract(text).mentions.map((m) => [m.name, m.kind]);
const speakers = (text: string) => extract(text).claims.filter((c) => c.kind !== 'figure').map((c) => c.attributedTo);

describe('a place’s service named after the place', () => {
  it('keeps a place’s fire department, health services and state government whole', () => {
    expect(cards('The Varnholt fire department said on Monday that 12 people were rescued.')).toEqual([['Varnholt fire department', 'government']]);
    expect(speakers('The Varnholt fire department said on Monday that 12 people were rescued.')).toEqual(['Varnholt fire department']);
    const r = extract('Some 300 families left their homes, according to Kelmor’s health services. Most of the 40 missing listed by Kelmor’s state government are feared dead.');
    expect(r.mentions.map((m) => [m.name, m.kind])).toEqual([
      ['Kelmor’s health services', 'government'],
      ['Kelmor’s state government', 'government'],
    ]);
    expect(r.claims.find((c) => c.kind === 'statement')?.attributedTo).toBe('Kelmor’s health services');
  });

  it('leaves the place alone before a service word that heads another noun', () => {
    expect(cards('The Varnholt fire service station burned down on Monday, the mayor said.').map(([n]) => n)).not.toContain('Varnholt fire service');
    expect(cards('Kelmor’s state schools closed on Monday, the mayor said.').map(([n]) => n)).not.toContain('Kelmor’s state government');
  });
});
