// Kinds a name's last or first word gives: a fire service that speaks, a Spanish region's government, a paper named "Bee".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const kindOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.kind;

describe('a fire service named by its place and "Fire"', () => {
  it('is a public body where it speaks, no person', () => {
    expect(kindOf('The blaze has destroyed 310 homes, Ostra Fire said in an update on Monday.', 'Ostra Fire')).toBe('government');
  });
  it('stays no body where the fire is only named', () => {
    expect(kindOf('Crews held the Varn Fire to 40 percent of its line by Monday.', 'Varn Fire')).not.toBe('government');
  });
});

describe('a Spanish region’s government and a paper named "Bee"', () => {
  it('reads "Generalitat de <region>" as a government, no person', () => {
    expect(kindOf('The Generalitat de Kelmora has yet to publish its count of the missing.', 'Generalitat de Kelmora')).toBe('government');
  });
  it('reads "<City> Bee" as an outlet', () => {
    expect(kindOf('Some 40 homes burned in the hills, the Ostra Bee reported on Friday.', 'Ostra Bee')).toBe('outlet');
  });
});
