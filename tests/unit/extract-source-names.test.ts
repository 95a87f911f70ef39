// Where a source's name starts and ends: given names, ages, coordinated names, names with lower-case words, titles and tags.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { mention, mentionKinds as mentions, mentionRoles, named, nameList as names, speakerOf } from './extract-source-helpers';

describe('people by their given names, family names written first and ages', () => {
  it('reads a name opening with a common given name from any region, or a family name written first, as a person', () => {
    expect(named('Shahbaz Karimi is to blame for the slump, he said. A brace from Iker Loyola and a goal by Chukwuma Ade sealed it.')).toEqual([
      ['Shahbaz Karimi', 'person', 1],
      ['Iker Loyola', 'person', 1],
      ['Chukwuma Ade', 'person', 1],
    ]);
    expect(named('Zhang Wenli met Nguyen Van Long in Hanoi.')).toEqual([
      ['Zhang Wenli', 'person', 1],
      ['Nguyen Van Long', 'person', 1],
      ['Hanoi', 'place', 1],
    ]);
    // A given name opens no body's name with a head word, nor a built place named after a person.
    expect(named('The Imran Khan Cancer Hospital said 3 beds were free.')).toEqual([['Imran Khan Cancer Hospital', 'organization', 1]]);
    expect(named('They played at Rajiv Menon Stadium near Tunde Bello Road.')).toEqual([
      ['Rajiv Menon Stadium', 'place', 1],
      ['Tunde Bello Road', 'place', 1],
    ]);
  });

  it('reads a name followed by an age between commas as a person', () => {
    expect(named('Tarvo Eskel, 34, was charged on Friday.')).toEqual([['Tarvo Eskel', 'person', 1]]);
    // A number after a comma with no closing comma is no age.
    expect(named('Kelmor Trading, 34 stores in all, reported a loss.')).toEqual([['Kelmor Trading', 'other', 1]]);
  });
});

describe('coordinated names are two sources', () => {
  it('splits two outlets joined by "and"', () => {
    const text = 'Business dailies Vedomosti and Kommersant headlined the march. "There were fewer than 9,000 people," wrote Vedomosti.';
    expect(names(text)).toEqual(['Vedomosti', 'Kommersant']);
    expect(extract(text).claims.find((c) => c.kind === 'quote')!.attributedTo).toBe('Vedomosti');
  });

  it('splits two companies joined by "and" after a legal suffix, not one name with "and" inside', () => {
    expect(names('Shares of Suzuki Motor Corp. and Mazda Motor Co. fell on Friday.')).toEqual(['Suzuki Motor Corp', 'Mazda Motor Co']);
    // With no legal suffix before it, "and" stays inside one body's name.
    expect(names('The Kelmor Institute of Science and Technology said 40 students left.')).toEqual(['Kelmor Institute of Science and Technology']);
  });
});

describe('names with a lower-case word, titles and journals', () => {
  it('keeps a company’s name with a lower-case "in" whole after "maker", and later too', () => {
    const text = 'The phone maker Kelmor in Motion posted a 33 percent increase in profit. Shares of Kelmor in Motion dropped more than 5 percent.';
    expect(extract(text).mentions.map((m) => [m.name, m.kind, m.count])).toEqual([['Kelmor in Motion', 'organization', 2]]);
  });

  it('keeps a party’s name across "and" before a lower-case "party" or "movement", and where written again without it', () => {
    const text = 'The Ostra and Varn party said on Monday it would appeal. Ostra and Varn leader Ana Ruiz told reporters the vote was fair.';
    expect(named(text)).toEqual([
      ['Ostra and Varn', 'organization', 2],
      ['Ana Ruiz', 'person', 1],
    ]);
    expect(extract(text).claims.map((c) => c.attributedTo)).toEqual(['Ostra and Varn', 'Ana Ruiz']);
    expect(named('Officials said the Peace and Unity movement says 40 people were detained.')).toEqual([['Peace and Unity', 'organization', 1]]);
  });

  it('splits two parties that share a plural after the noun ("party leaders")', () => {
    expect(named('The Labour and Kelmor party leaders met on Friday.').map(([name]) => name)).toEqual(['Labour', 'Kelmor']);
  });

  it('reads "Rev." as a title, not the end of a name or a sentence', () => {
    const text = 'Church spokesperson Rev. Father John Adeyemi said more than 40 were killed.';
    expect(extract(text).mentions.map((m) => [m.name, m.role])).toEqual([['Father John Adeyemi', 'Rev']]);
  });

  it('reads "<Name> Journal of <Field>" as an outlet', () => {
    expect(mentions('The results were published in the Brask Journal of Medicine on Monday.')).toEqual([['Brask Journal of Medicine', 'outlet']]);
  });
});

describe('names of bodies and outlets', () => {
  const mentions = (text: string): string[] => extract(text).mentions.map((m) => `${m.kind} ${m.name}`);
  
  it('keeps a body named "<Office> for the <Purpose> of <Field>" whole, with its short form', () => {
    const text = 'Earlier, the UN Office for the Coordination of Refugee Affairs (OCRA) said 400 people had died. OCRA said 90 were missing.';
    expect(mentions(text)).toEqual(['government UN Office for the Coordination of Refugee Affairs']);
    expect(extract(text).claims.map((c) => c.attributedTo)).toEqual(Array(4).fill('UN Office for the Coordination of Refugee Affairs'));
  });

  it('does not count a sentence-opening "The" against the longest name', () => {
    const text = 'The Ministry of Foreign Affairs of the Kelmor Republic said 400 people had left.';
    expect(mentions(text)).toEqual(['government Ministry of Foreign Affairs of the Kelmor Republic']);
  });

  it('knows the German news agency and the Daily Mail website as outlets', () => {
    expect(mentions('Karl Weber told DPA the search went on. According to Mail Online, 30 people were hurt.')).toEqual([
      'person Karl Weber',
      'outlet DPA',
      'outlet Mail Online',
    ]);
  });
});

describe('titles and tags that are no names', () => {
  it('makes no person of a minister’s portfolio', () => {
    const found = names('The governor said that the Minister for Mineral Resources, Mrs. Lina Oduya, must speak.');
    expect(found).toContain('Lina Oduya');
    expect(found).not.toContain('Mineral Resources');
  });

  it('keeps the person named right after the portfolio', () => {
    expect(names('The Minister for Foreign Affairs, Tomas Kell, spoke.')).toContain('Tomas Kell');
  });

  it('makes no name of a party-state tag, and gives the quote to the governor', () => {
    const text = 'Gov. Ana Ruiz, D-Va., spoke on Friday. "We will act," said Gov. Ana Ruiz, D-Va.';
    expect(names(text)).not.toContain('D-Va');
    expect(speakerOf(text, 'We will act')).toBe('Ana Ruiz');
  });

  it('keeps a hyphenated name that is not such a tag', () => {
    expect(names('Jean-Luc Ravel said the vote was fair.')).toContain('Jean-Luc Ravel');
  });

  it('makes no outlet of "Web" before "site" or "page"', () => {
    expect(names('The Web site for the Ostra Herald crashed for an hour, the paper said. A Web page showed 5 dead.')).toEqual(['Ostra Herald']);
  });
});

describe('a radio station named with its band', () => {
  it('keeps "Metro FM" whole, and "FM" a title before a name or after a demonym', () => {
    expect(names('The driver told Metro FM radio that the brakes had failed.')).toContain('Metro FM');
    const r = extract('Norlandian FM Ana Ruiz met the French FM on Monday.');
    expect(r.mentions.find((m) => m.name === 'Ana Ruiz')?.role).toBe('Norlandian FM');
    expect(r.mentions.map((m) => m.name)).not.toContain('French FM');
  });
});

describe('a body named for a purpose', () => {
  it('keeps the "and" of the purpose in the name ("Citizens for Water and Land")', () => {
    const r = extract('Police put the crowd at 5,000, while organisers Citizens for Water and Land estimate it at 9,000.');
    expect(r.mentions.map((m) => m.name)).toContain('Citizens for Water and Land');
    expect(r.mentions.map((m) => m.name)).not.toContain('Citizens for Water');
  });
});

describe('an editor\'s insertion in square brackets', () => {
  it('reads no source in "[Nelson Mandela]" set before a hospital\'s name', () => {
    const r = extract('Doctors at the [Nelson Mandela] Kelmor hospital said 12 people were treated.');
    expect(r.mentions.map((m) => m.name)).not.toContain('Nelson Mandela');
    // A name in brackets that stands alone is still one.
    expect(extract('He [Ana Ruiz] said so.').mentions.map((m) => m.name)).toEqual(['Ana Ruiz']);
  });
});

describe('ranks and feast words at the edge of a name', () => {
  it('reads "Major" before two words the lexicon does not know as the rank', () => {
    expect(mention(extract('Major Dario Velasquo, spokesman for the army, said the clash lasted an hour.'), 'Dario Velasquo').role).toBe('Major');
    // A unit's name with "the" keeps its word: no person "Fraud Squad".
    expect(extract('Detectives from the Major Fraud Squad said the man was held.').mentions.filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('reads a short rank ("Brig", "Maj") as a title, so the surname joins the full name', () => {
    const r = extract('Army spokesman Musa Danjuma said the camp fell. Brig Danjuma said 12 soldiers died. Maj Danjuma added more.');
    expect(r.mentions.filter((m) => m.kind === 'person').map((m) => [m.name, m.count])).toEqual([['Musa Danjuma', 3]]);
  });

  it('keeps a feast’s word right after a lower-case title as the given name', () => {
    const r = extract('Kelmor Liberation Front spokesman Eid Rasuli said the camp was shelled. Rasuli said nobody died.');
    expect(mention(r, 'Eid Rasuli')).toMatchObject({ kind: 'person', count: 2, role: 'Kelmor Liberation Front spokesman' });
  });
});

describe('a hospital named with a lower-case "hospital"', () => {
  it('keeps "hospital" in the name after "the" and one word that is no place', () => {
    expect(mentions('"We have 12 cases," said Ana Ruiz, the medical director at the Tembo hospital in Ostra.')).toEqual([
      ['Ana Ruiz', 'person'],
      ['Tembo hospital', 'organization'],
      ['Ostra', 'place'],
    ]);
    // A known place's hospital is in the place; "a" names any hospital; a noun after "hospital" is its staff's.
    expect(mentions('He went to the Nairobi hospital. She went to a Tembo hospital. The Tembo hospital staff left.').map(([n]) => n)).toEqual(['Nairobi', 'Tembo']);
  });
});

describe('titles of international offices, short ranks, a month opening a body’s name and a wire in a dateline', () => {
  it('reads "High Commissioner for …" as the title of the person it names, and the body before it as the body', () => {
    const r = extract('The report by the UN High Commissioner for Human Rights came on Monday. UN High Commissioner for Human Rights Marta Velik urged calm.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role])).toEqual([
      ['UN', 'organization', null],
      ['Marta Velik', 'person', 'UN High Commissioner for Human Rights'],
    ]);
    // "High" before a title is the title's ("British High Commissioner"); alone it opens a name ("High Court").
    expect(named('British High Commissioner Ana Ruiz met the High Court judges.')).toEqual([
      ['Ana Ruiz', 'person', 1],
      ['High Court', 'government', 1],
    ]);
  });

  it('keeps short ranks after a title out of the name', () => {
    expect(mentionRoles('Spokesman Maj Gen Omar al-Rashed told reporters that 12 people died.')).toEqual([['Omar al-Rashed', 'person', 'Spokesman Maj Gen']]);
    expect(mentionRoles('Maj Gen Omar al-Rashed said 12 people died.')).toEqual([['Omar al-Rashed', 'person', 'Maj Gen']]);
  });

  it('keeps a month that opens a body’s name of several words before its head word', () => {
    expect(named('Marchers from the radical March Ninth Action Group blocked the road.')).toEqual([['March Ninth Action Group', 'organization', 1]]);
    // After a preposition the month is a date.
    expect(names('Sales fell in March Kelmor Steel Group said.')).not.toContain('March Kelmor Steel Group');
  });

  it('reads initials in brackets after a dateline’s place and date, before a dash, as the wire', () => {
    expect(mentions('Ostrava, May 4 (CTK) – Nurses went on strike on Monday, the union said.')).toContainEqual(['CTK', 'outlet']);
    expect(mentions('OSTRAVA (CTK) - Nurses went on strike.')).toContainEqual(['CTK', 'outlet']);
    // Brackets after a sentence's words are no dateline.
    expect(names('The nurses’ union (NTU) – with 3 locals – said so.')).toEqual([]);
  });
});

describe('words of a body’s name that look like something else', () => {
  it('keeps a sentence’s opening "First" of a name ending in an institution’s head, not an ordinal', () => {
    expect(mentions('Rates stayed flat. First Capital Bank chief economist Ana Ruiz said the decision was expected.')).toEqual([
      ['First Capital Bank', 'organization'],
      ['Ana Ruiz', 'person'],
    ]);
  });

  it('keeps the ’s of partners’ names joined by "&" when it owns nothing, as one organisation', () => {
    expect(mentions("Ana Ruiz, a senior analyst for Moody & Kelm's, said prices rose.")).toEqual([
      ['Ana Ruiz', 'person'],
      ["Moody & Kelm's", 'organization'],
    ]);
    // Two words joined by "&" may name a column: no firm without the ’s or a third name.
    expect(mentions('The Crime & Justice column ran on Monday.')).toEqual([['Crime & Justice', 'other']]);
  });
});

describe('a firm joined by an ampersand after a title’s "of"', () => {
  it('is one firm, never a person, and one source with its longer name ending in a country and a legal suffix', () => {
    const text = 'Rose & Baker Kenya Plc posted a profit. Reflecting on the results, the MD/CEO of Rose & Baker, Ana Ruiz, expressed hope.';
    expect(mentions(text)).toContainEqual(['Rose & Baker Kenya Plc', 'organization']);
    expect(extract(text).mentions.find((m) => m.name === 'Rose & Baker Kenya Plc')?.forms).toEqual(['Rose & Baker Kenya Plc', 'Rose & Baker']);
    expect(names('Talks ended. The CEO of Kelm & Dorr, Ana Ruiz, spoke on Monday.')).toContain('Kelm & Dorr');
  });
});

describe('a hyphenated adjective opening a sentence', () => {
  it('keeps "Previously-banned" out of the name after it', () => {
    const r = extract('Previously-banned Kelmor Union election observers said turnout was high.');
    expect(r.mentions.map((m) => m.name)).toEqual(['Kelmor Union']);
  });
});

describe('a name’s government ("the Kelmor Lama’s exile government")', () => {
  it('is a body of that name’s, exiled or not, and both forms are one body', () => {
    const text = '"We counted every name," the Kelmor Lama’s exile government said on Monday. Earlier, the Kelmor Lama’s government said 61 people died.';
    expect(mentions(text)).toEqual([['Kelmor Lama’s exile government', 'government']]);
    expect(speakerOf(text, 'every name')).toBe('Kelmor Lama’s exile government');
  });
  it('leaves a person’s government and a government’s officials as they were', () => {
    expect(mentions('"We counted every name," Ana Ruiz’s government said.')).toEqual([['Ana Ruiz', 'person']]);
    expect(mentions('The Kelmor Council’s government officials said 4 died.')).toEqual([['Kelmor Council', 'organization']]);
    // A side stands for a country the text names otherwise.
    expect(mentions('Kelmor said it would take aid from the South’s government.').map(([, kind]) => kind)).not.toContain('government');
  });
});
