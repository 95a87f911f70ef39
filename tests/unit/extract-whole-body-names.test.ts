// Bodies' names kept whole and given their kind (rounds 69-70): a name whose initials the article writes alone, an office
// of a title and its field, a short form in brackets after a body named for its purpose, a field office before its
// director's title, and the noun of an apposition set before a body's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);
const kinds = (text: string) => extract(text).mentions.map((m) => [m.name, m.kind]);

describe('a name of a place whose initials the article writes alone', () => {
  it('keeps the place in the name and takes the initials up as its short form', () => {
    const found = names('The Free Voice of Varnistan said that 14 villagers died. FVV later counted two more deaths in Ostra.');
    expect(found).toContain('Free Voice of Varnistan');
    expect(found).not.toContain('Free Voice');
    expect(found).not.toContain('FVV');
  });

  it('keeps the place in a name opened by "The" before a verb of saying', () => {
    const found = names('The Open Word of Kelmoria reported that 14 villagers died on the road.');
    expect(found).toContain('Open Word of Kelmoria');
    expect(found).not.toContain('Open Word');
  });

  it('still cuts a person of a place, where no initials are written', () => {
    const found = names('Tomas Varga of Kelmor said that 14 villagers died. Ostra police counted two more.');
    expect(found).toContain('Tomas Varga');
    expect(found).not.toContain('Tomas Varga of Kelmor');
  });
});

describe('the office of a title and its field', () => {
  it('is one body, the title and its field kept in the name', () => {
    const found = names('Ana Ruiz, an aide at the Office of the Kelmor High Commissioner for Water Rights, said 40 wells ran dry.');
    expect(found).toContain('Office of the Kelmor High Commissioner for Water Rights');
    expect(found).not.toContain('for Water Rights');
  });

  it('keeps a person named after an office’s title', () => {
    const found = names('The Office of the Minister for Fisheries Ana Ruiz said 40 boats sank.');
    expect(found).toContain('Ana Ruiz');
  });
});

describe('a body for a crowd', () => {
  it('is a body, no crowd of people', () => {
    expect(names('The Ostra Council for Refugees said 300 families were moved.')).toContain('Ostra Council for Refugees');
  });

  it('still drops a crowd named with its place', () => {
    expect(names('Kelmor Refugees said 300 families were moved.')).not.toContain('Kelmor Refugees');
  });
});

describe('a short form in brackets after a body named for its purpose', () => {
  it('is the body’s, in whatever language its letters are', () => {
    const found = names('A second charity, the League for Water and Bread (ALPE), said that 90 children fell ill.');
    expect(found).toContain('League for Water and Bread');
    expect(found).not.toContain('ALPE');
  });

  it('stays apart after a name with no body’s head', () => {
    expect(names('A second charity, Water and Bread (ALPE), said that 90 children fell ill.')).toContain('ALPE');
  });
});

describe('a field office before its director’s title', () => {
  it('is the director’s role, no body of its own', () => {
    const r = extract('Kelmor Border Agency (KBA) Ostra Field Office Director Ana Ruiz said 40 people were held.');
    expect(r.mentions.map((m) => m.name)).not.toContain('Ostra Field Office');
    expect(r.mentions.find((m) => m.name === 'Ana Ruiz')?.role).toBe('Ostra Field Office Director');
  });

  it('keeps a field office named with its agency’s initials', () => {
    expect(names('KBA Ostra Field Office Director Ana Ruiz said 40 people were held.')).toContain('KBA Ostra Field Office');
  });
});

describe('an apposition before a body’s name', () => {
  it('gives the kind its noun says', () => {
    expect(kinds('Kelmor’s oldest civil rights organisation, Varna Libre, reported that 40 people were held.')).toContainEqual(['Varna Libre', 'organization']);
    expect(kinds('The island’s only daily newspaper, Ostel Varga, reported that 40 people were held.')).toContainEqual(['Ostel Varga', 'outlet']);
  });

  it('gives no kind to a name after a phrase that sets off no apposition, nor to one a person’s noun describes', () => {
    expect(kinds('Speaking to the newspaper, Ostel Varga said that 40 people were held.')).toContainEqual(['Ostel Varga', 'person']);
    expect(kinds('Asked by the group, Ostel Varga, a lawyer, said that 40 people were held.')).toContainEqual(['Ostel Varga', 'person']);
  });
});

describe('a work’s title after "titled"', () => {
  it('is no name, whatever connectors run through it', () => {
    const found = names('In a long study titled Ashes and Salt, the Kelmor Rights Watch said 90 people died.');
    expect(found).not.toContain('Ashes');
    expect(found).not.toContain('Salt');
    expect(found).toContain('Kelmor Rights Watch');
  });

  it('keeps a name after a word that only ends in "titled"', () => {
    expect(names('The untitled draft, Ana Ruiz said, counted 90 deaths.')).toContain('Ana Ruiz');
  });
});
