// A body's name that gives its subject after "on the" ("the Commission on the Status of …") is one name, not cut at "on".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('"on the" inside a body’s name', () => {
  it('keeps a name that has crossed "for the" whole past "on the", and ends it before the city', () => {
    const found = names('A register kept by the Institute for the Study on the Economics of Drought in Lyon lists it as the driest year since 1921.');
    expect(found).toContain('Institute for the Study on the Economics of Drought');
    expect(found).not.toContain('Economics of Drought');
    expect(found).toContain('Lyon');
  });

  it('keeps a head word’s subject after "on the", and gives the body what it said', () => {
    const r = extract('The Commission on the Status of Farmers said 40 farms had closed in the valley.');
    expect(r.mentions.map((m) => m.name)).toContain('Commission on the Status of Farmers');
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('Commission on the Status of Farmers');
  });

  it('still ends a body’s name where "on the" places it or dates it', () => {
    const found = names('Ana Ruiz of the Kelmor Fire Service on the Greek island of Varn said 12 homes burned.');
    expect(found).toContain('Kelmor Fire Service');
    expect(found.some((n) => n.includes('Greek'))).toBe(false);
    expect(names('The Ostra Council on the Monday after the storm said 8 roads were shut.')).toContain('Ostra Council');
  });
});
