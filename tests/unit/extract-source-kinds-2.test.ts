// Kinds read from a name's own words or from one telling use: a country's central bank, a media company, an outlet credited at a sentence's end, a person who tells an outlet.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds, named } from './extract-source-helpers';

describe('kinds from the words of a name', () => {
  it('reads "Bank" and a country as that country\'s central bank, a public body', () => {
    expect(kinds(extract('Bank Malaysia said inflation was 3 percent. Bank Malaysia kept its rate.'))).toEqual({ 'Bank Malaysia': 'government' });
  });

  it('reads a name ending in "Media" as a company, no person', () => {
    expect(kinds(extract('Harbour Light Media said profits fell 5 percent.'))['Harbour Light Media']).toBe('organization');
  });
});

describe('kinds from a telling use', () => {
  it('reads an unknown name credited at the end of a sentence as "the X reported" as an outlet', () => {
    expect(kinds(extract('At least 80 people were arrested in the capital, an official said Monday, the ZNA reported.')).ZNA).toBe('outlet');
  });

  it('reads a two-word name that told a known outlet something, past an aside, as a person', () => {
    expect(kinds(extract('"They took him away," Fatoumata Kouyate, in tears, told Reuters.'))['Fatoumata Kouyate']).toBe('person');
  });
});

describe('bodies and outlets named in one use', () => {
  it('reads an acronym a person "told", with no "the", as an outlet', () => {
    expect(kinds(extract('District Medical Officer Dr Ana Ruiz told KTN that 11 bodies were still unidentified.')).KTN).toBe('outlet');
    expect(kinds(extract('Ana Ruiz said on Monday that the talks failed, she told RBX.')).RBX).toBe('outlet');
  });

  it('reads a body named for a purpose as an organisation', () => {
    expect(kinds(extract('Police put the crowd at 5,000, while organisers Citizens for Water and Land estimate it at 9,000.'))['Citizens for Water and Land']).toBe('organization');
  });

  it('reads an unknown place before "government" opening a sentence as that government', () => {
    const r = extract('Ostrava: Kelmora government on Thursday put the toll at 108, saying the count was wrong.');
    expect(r.mentions.map((m) => [m.name, m.kind])).toContainEqual(['Kelmora government', 'government']);
    expect(r.claims[0]?.attributedTo).toBe('Kelmora government');
    // An adjective the lexicon knows is no place.
    expect(extract('Federal government on Thursday put the toll at 108.').mentions).toEqual([]);
  });

  it('reads a one-word name whose verb follows an aside between commas as a source', () => {
    const r = extract('The agency put the toll at 400. Kelmorang, however, maintained the official count and said it would not change.');
    expect(r.mentions.map((m) => m.name)).toContain('Kelmorang');
    expect(r.claims.find((c) => c.text.startsWith('Kelmorang'))?.attributedTo).toBe('Kelmorang');
  });
});

describe('kinds of central banks’ initials, bodies named for a country and a member credited with "according to"', () => {
  it('reads a central bank known by its initials as a public body', () => {
    expect(kinds(extract('The RBA cut its cash rate. The RBA said inflation had eased.'))).toEqual({ RBA: 'government' });
  });

  it('reads a speaking name that ends in a known country and opens with no given name as no person', () => {
    expect(kinds(extract('The vote was fair, Transparency Kenya said Sunday.'))).toEqual({ 'Transparency Kenya': 'other' });
    expect(kinds(extract('The vote was fair, Ana Jordan said Sunday.'))).toEqual({ 'Ana Jordan': 'person' });
  });

  it('reads a name after "according to" and before "of" and a body as a person', () => {
    expect(kinds(extract('According to Radovan Kelc of KTU, 40 schools closed.'))).toMatchObject({ 'Radovan Kelc': 'person' });
  });

  it('reads a name set before "of", a body owned or not, and a verb of saying as a person who speaks for it', () => {
    const r = extract('Oriel Vasko Brandt of KDA’s Lost Sailors Register said by email that 31 bodies were found.');
    expect(kinds(r)).toMatchObject({ 'Oriel Vasko Brandt': 'person' });
    expect(r.claims.map((c) => c.attributedTo)).toContain('Oriel Vasko Brandt');
    // A name no "of" and no verb of saying follows keeps the old reading.
    expect(kinds(extract('Oriel Vasko Brandt was seen in Ostra, where 31 bodies were found.'))['Oriel Vasko Brandt']).not.toBe('person');
  });
});

describe('a one-word name that fills a body’s office', () => {
  it('is an organisation, also when written only as the owner at a sentence’s start', () => {
    expect(kinds(extract('Talks stalled. Ostratu’s president expressed anger with the offer.'))).toEqual({ Ostratu: 'organization' });
    expect(kinds(extract("Rain fell. Kelmaid's relief adviser for Africa, Dr Ana Ruiz, said 30 people died."))).toMatchObject({ Kelmaid: 'organization', 'Ana Ruiz': 'person' });
    expect(kinds(extract('Talks stalled. The offer was poor, Ostratu’s president said.'))).toEqual({ Ostratu: 'organization' });
  });
});

describe('a body named in another language', () => {
  it('is an organisation when a union’s or an association’s word in that language ends or opens its name', () => {
    expect(kinds(extract('"We will not move," Ana Ruiz of the Ostra-Kelmorse Onderwysers Unie said on Monday.'))).toMatchObject({ 'Ostra-Kelmorse Onderwysers Unie': 'organization' });
    expect(kinds(extract('Talks with the Sindicato Nacional de Mineros ended on Monday.'))).toEqual({ 'Sindicato Nacional de Mineros': 'organization' });
  });
});

describe('kinds from a firm word and from speaking a quotation', () => {
  it('is an organisation when a firm word ends the name', () => {
    expect(kinds(extract('Shares fell, according to a Varga Financial survey of traders.'))).toEqual({ 'Varga Financial': 'organization' });
  });

  it('is a person when the name follows the verb that closes a quotation', () => {
    expect(kinds(extract('"Nobody can say how many died," said Dino Varek. "We may never know."'))).toEqual({ 'Dino Varek': 'person' });
    // The employer's name before the speaker's title speaks no quotation.
    expect(kinds(extract('The drop was "odd," said Kelmor Research analyst Tomas Brenner.'))).toMatchObject({ 'Kelmor Research': 'other' });
  });
});

describe('a channel named by its code after the word for television', () => {
  it('is an outlet named by the code alone', () => {
    expect(kinds(extract('Four pupils are hurt, Kelmorian public TV K4 reported.'))).toMatchObject({ K4: 'outlet' });
    expect(kinds(extract('Four pupils were hurt, state TV OTV said on Monday.'))).toEqual({ OTV: 'outlet' });
  });
});

describe('a name the article also writes as a street’s', () => {
  it('stands for the street, no person', () => {
    expect(kinds(extract('Riot police cleared Tarvo Eskel Avenue. Ten veterans of the 2014 Tarvo Eskel protests were held.'))).toEqual({
      'Tarvo Eskel Avenue': 'place',
      'Tarvo Eskel': 'place',
    });
    // A role says the words name a person after all.
    expect(kinds(extract('Crowds filled Tarvo Eskel Square. Mayor Tarvo Eskel said the square would reopen.'))).toMatchObject({ 'Tarvo Eskel': 'person' });
  });
});

describe('a hospital named after a founder, with its head in lower case', () => {
  it('is one organisation with the head, its initials leaving the head out', () => {
    expect(named('Six died at the Ravi Kelmor Dutta hospital, a public one. Doctors at RKD said the count was low.')).toEqual([
      ['Ravi Kelmor Dutta hospital', 'organization', 2],
    ]);
    // One word before the head keeps the earlier reading.
    expect(named('The Kelmor hospital said four died.')).toEqual([['Kelmor hospital', 'organization', 1]]);
  });
});
