// A legislature named "House of" its head, and a city with the towns around it named "Greater …".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const mentions = (text: string) => extract(text).mentions;
const names = (text: string) => mentions(text).map((m) => m.name);
const kindOf = (text: string, name: string) => mentions(text).find((m) => m.name === name)?.kind;

describe('a chamber named "House of" a legislature’s head', () => {
  it('keeps the place, "House of" and the head as one public body', () => {
    const text = 'On Monday the Speaker of Ostra House of Assembly, Varn Kelmor, read out the names of the members who had voted.';
    expect(names(text)).toContain('Ostra House of Assembly');
    expect(names(text)).not.toContain('Assembly');
    expect(kindOf(text, 'Ostra House of Assembly')).toBe('government');
  });

  it('keeps a chamber named for its delegates whole', () => {
    expect(names('The Varn House of Delegates voted to close the port by Friday.')).toContain('Varn House of Delegates');
  });

  it('still splits a house of a family or a place', () => {
    expect(names('Varn House of Kelmor said the port would reopen.')).not.toContain('Varn House of Kelmor');
  });
});

describe('a region named "Greater …"', () => {
  it('reads it as a place, not a person nor an unknown thing', () => {
    const text = 'The fans came not only from Greater Tarvo but also from Ostra and Kelmor, the organisers said.';
    expect(kindOf(text, 'Greater Tarvo')).toBe('place');
  });

  it('leaves a body that carries the region’s name a body', () => {
    const text = 'The Greater Tarvo Water Board said 30 homes had no water on Sunday.';
    expect(kindOf(text, 'Greater Tarvo Water Board')).not.toBe('place');
  });
});

describe('a body named for its members', () => {
  it('keeps the plural title that ends a body’s name after its head and "of"', () => {
    const found = names('Varn Kelmor, of the League of Rural Governors, lost the vote on Sunday.');
    expect(found).toContain('League of Rural Governors');
    expect(found).not.toContain('League of Rural');
  });

  it('still drops a plural title after a party’s name', () => {
    expect(names('The Labour MPs said the port would reopen.')).toContain('Labour');
  });
});

describe('a town listed among settlements, whose officials speak later', () => {
  const kindIn = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.kind;

  it('reads the name a clause of towns lists as a place, and its officials as the source', () => {
    const text = 'The worst-hit towns of the Tarvo valley were Ostrin, with 40 dead, and Kelmor, with 25 dead. Ostrin officials told reporters they would count the homeless.';
    expect(kindIn(text, 'Ostrin')).toBe('place');
    expect(extract(text).claims.find((c) => c.text.startsWith('Ostrin officials'))?.attributedTo).not.toBe('Ostrin');
  });

  it('leaves a company whose officials speak, and that no list of towns names, no place', () => {
    const text = 'The hardest-hit firms were Varnco and Tarvo Mining. Varnco officials told reporters the mine would close.';
    expect(kindIn(text, 'Varnco')).not.toBe('place');
  });

  it('leaves the people a possessive of the towns owns alone', () => {
    expect(kindIn('The towns’ mayors were Varn Kelmor and Ana Ruiz. Varn Kelmor said ten homes burned.', 'Varn Kelmor')).toBe('person');
  });
});
