// Bodies told from people by what only a body has: armed members, a side in a conflict, accounts,
// a military unit's noun, an exchange's name, an event's noun; and words that name nobody.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds, mention } from './extract-source-helpers';

describe('a body named without a head word', () => {
  it('reads a name before its armed members as a body, though it "has not commented"', () => {
    const r = extract('Kelvar Dunu militants raided two villages on Monday. Kelvar Dunu has not commented on the raids.');
    expect(kinds(r)['Kelvar Dunu']).toBe('organization');
  });

  it('reads "the rebel <Name>" as a body', () => {
    const r = extract('The army gave a toll of 40, but the rebel Assembly of Farmers for Land and Water (AFLW) dismissed the toll.');
    expect(kinds(r)['Assembly of Farmers for Land and Water']).toBe('organization');
  });

  it('reads a company by results it "has reported" or a "consolidated net profit" it posted', () => {
    expect(kinds(extract('Orvel said on Monday that sales fell. Orvel has reported losses for five quarters.'))['Orvel']).toBe('organization');
    const r = extract('Helped by rural demand, Tamsin Kenya posted a consolidated net profit of 40 million shillings. The year of Tamsin’s listing was 1990.');
    expect(mention(r, 'Tamsin Kenya')).toMatchObject({ kind: 'organization', count: 2, forms: ['Tamsin Kenya', 'Tamsin'] });
  });

  it('reads a name ending in a military unit’s noun as the state’s body, never a person', () => {
    const r = extract('A spokesman for the 6th Mountain Brigade said the road was closed. The Coastal Battalion said nothing.');
    expect(kinds(r)).toMatchObject({ '6th Mountain Brigade': 'government', 'Coastal Battalion': 'government' });
  });

  it('reads a stock exchange as a body and a "Show" as an event, not places', () => {
    const r = extract('The shares fell 3 percent in Nasdaq trading after the maker showed its tablet at the Global Gadget Show in Oslo.');
    expect(kinds(r)).toMatchObject({ Nasdaq: 'organization', 'Global Gadget Show': 'event', Oslo: 'place' });
  });
});

describe('words that name no place and no one', () => {
  it('finds no name in a fiscal year’s label', () => {
    const names = extract('Revenue rose 12 percent in FY2019-20 and is forecast to rise again in FY21.').mentions.map((m) => m.name);
    expect(names).toEqual([]);
  });

  it('reads no place in an adjective after "a" or "an" before a place noun', () => {
    const r = extract('The movement wants a Marxist state in the north, its leader said.');
    expect(r.mentions.filter((m) => m.kind === 'place').map((m) => m.name)).toEqual([]);
  });

  it('reads no person in a sentence-initial adjective before "reports" and a verb in the past', () => {
    expect(extract('Early reports suggested the ferry was overloaded.').mentions).toEqual([]);
  });
});

describe('a country’s news agency', () => {
  it('names no agency after "another" and a demonym, whose own name follows', () => {
    const names = extract('Varn News reported that 16 soldiers were killed, while another Danish news agency, Ostra Press Agency, said 22 were killed.').mentions.map((m) => m.name);
    expect(names).toEqual(['Varn News', 'Ostra Press Agency']);
    // "the Danish news agency" is the country's own agency, an outlet.
    expect(kinds(extract('The Danish news agency said 3 soldiers died.'))['Danish news agency']).toBe('outlet');
  });
});
