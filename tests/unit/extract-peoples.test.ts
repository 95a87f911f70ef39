// Peoples are no sources: a place's demonym, a word beside a people's share ("minority", "majority", "ethnic"), a crowd a people qualifies, a people counted.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('peoples that are no sources', () => {
  it('drops the demonym of a place the article names or the lexicon knows', () => {
    const found = names('Fighting spread across Ostra on Monday. Officials said Ostran troops killed 24 rebels. Sri Lankan troops were not there, the army said.');
    expect(found).not.toContain('Ostran');
    expect(found).not.toContain('Sri Lankan');
  });

  it('drops a people beside its share of the land, and the same people named again', () => {
    const found = names('Tomas Kelmor, a rebel leader from the majority Varn ethnic group, spoke on Monday. Decades of war between the Varn and minority Kelmese killed thousands, discriminated against by the island’s Dasko majority.');
    expect(found).toContain('Tomas Kelmor');
    for (const people of ['Varn', 'Kelmese', 'Dasko']) expect(found).not.toContain(people);
  });

  it('drops a crowd a people qualifies, the people with it, and a people right after its count', () => {
    const found = names('Kelmor Aid said at least 6,700 Varni were killed and 400 Tamaran Protesters died. The Tamaran tribe is the largest. The state calls them Ostran Muslims.');
    expect(found).toEqual(['Kelmor Aid']);
  });

  it('keeps a name after a year, a day of a month, or a count it qualifies', () => {
    const found = names('In 2019 Kelmor Bank said so. On March 5 Tamo Berun said so. Ostra holds 2,000 Acme shares.');
    expect(found).toEqual(expect.arrayContaining(['Kelmor Bank', 'Tamo Berun', 'Acme']));
  });

  it('keeps a body a demonym opens, and a person whose first name ends like a demonym', () => {
    const found = names('The Kenyan police said 4 died in Ostra. The Ostran government erred, said Jordan Kelmor. Ana Varn, the majority leader, agreed.');
    expect(found).toEqual(expect.arrayContaining(['Kenyan police', 'Ostran government', 'Jordan Kelmor', 'Ana Varn']));
  });
});
