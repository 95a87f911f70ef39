// The role of a person: titles before and after the name, appositions, honorifics, and the body a title belongs to.
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/context/discrepancies';
import { extract, type Extraction } from '../../src/extract';
import { byKind, claimSources, kinds, mention, mentionRoles as mentions, named, namedKinds as names } from './extract-source-helpers';

const roles = (r: Extraction): Record<string, string | null> => Object.fromEntries(r.mentions.map((m) => [m.name, m.role]));
const mentionOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name);

describe('a "Minister for <portfolio>" title', () => {
  it('keeps a "Minister for <portfolio>" title out of the name after it', () => {
    const r = extract('Federal Minister for Water and Power Tariq Baig said 3 dams were shut. Baig added that repairs began.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role, m.count])).toEqual([['Tariq Baig', 'person', 'Federal Minister for Water and Power', 2]]);
    expect(named('Minister of Foreign Affairs Omar Hadi Latif met envoys.')).toEqual([['Omar Hadi Latif', 'person', 1]]);
  });
});

describe('a role written after a name, or before it in lower case, stays on the person', () => {
  it('keeps "<title> of|for <Body>", "the <title> of <Body>" and "<Body>’s <title>" appositions as the role', () => {
    const r = extract('After the talks, Lina Moreau, spokesperson of Kelmor MoFA tweeted, "The visit went well."');
    expect(mention(r, 'Lina Moreau')).toMatchObject({ kind: 'person', role: 'spokesperson of Kelmor MoFA' });
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Lina Moreau');

    const council = extract('Tomas Varga, the executive director of the Ravian Disaster Council (RDC), told reporters that 12 people died.');
    expect(roles(council)['Tomas Varga']).toBe('executive director of the Ravian Disaster Council');
    expect(council.claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('Tomas Varga');

    const owned = extract('Ana Lee, Zentrix’s chief executive, said sales rose.');
    expect(roles(owned)['Ana Lee']).toBe('Zentrix’s chief executive');
    expect(owned.claims.map((c) => c.attributedTo)).toEqual(['Ana Lee']);
  });

  it('keeps a lower-case title between a body and the name after it ("RDC spokesperson Omar Hadi")', () => {
    const r = extract('On Friday, RDC spokesperson Omar Hadi said the roads were shut.');
    expect(roles(r)['Omar Hadi']).toBe('RDC spokesperson');
    // A date before the title is no body, and a common noun alone at a sentence start is none either.
    expect(roles(extract('On Monday spokesman Ali Rahim said so.'))['Ali Rahim']).toBeNull();
    expect(roles(extract('Police spokesman Ali Rahim said so.'))['Ali Rahim']).toBeNull();
  });

  it('keeps a body named with "of" whole in the role of the person after it', () => {
    expect(roles(extract('Sons of Ostra leader Kelvo Varn said the vote was won.'))['Kelvo Varn']).toBe('Sons of Ostra leader');
    // After a title, "of" names the office, whose holder the person speaks for.
    expect(roles(extract('Governor of Ostra state spokesman Kelvo Varn said ten died.'))['Kelvo Varn']).toBe('Governor of Ostra state spokesman');
  });

  it('lets the sidebar count a spokesperson with the body named in the role', () => {
    const text =
      'The Ravian Disaster Council (RDC) said 40 people were killed. On Friday, RDC spokesperson Omar Hadi said 40 people were killed, and the council said 41 people were killed.';
    const r = extract(text);
    // The council gives 40 and 41 itself, so it disagrees only with itself: no discrepancy between two sources.
    expect(roles(r)['Omar Hadi']).toBe('RDC spokesperson');
    expect(findDiscrepancies(r.claims, [], (id) => id, r.mentions)).toEqual([]);
  });

  it('gives no role for an apposition that holds no title, or whose title goes on or belongs to the next name', () => {
    const r = extract('Lena Vogt, a nurse at Kelmor Hospital, said it. Tom Ruiz, father of Ana Ruiz, said so. Mara Holt, chief economist at Zentrix, spoke.');
    expect(roles(r)).toMatchObject({ 'Lena Vogt': null, 'Tom Ruiz': null, 'Mara Holt': null });
    // "father of Ana Ruiz" describes Tom Ruiz, who says it.
    expect(r.claims.find((c) => c.text.startsWith('Tom Ruiz'))?.attributedTo).toBe('Tom Ruiz');
    const next = extract('After the results from the KEC, the governor of Ostra, Rafa Duma, banned rallies. Ivo Lenz, manager of the Dunvale branch of Zentrix, spoke.');
    expect(roles(next)).toMatchObject({ KEC: null, 'Ivo Lenz': null });
  });
});

describe('titles set before a name', () => {
  it('gives "The <title>, Mr <Name>, said" to the person, with the title as the role', () => {
    const r = extract('The Labour Kelmor North TD, Mr Pádraig Dunne, said the closure was avoidable.');
    expect(mention(r, 'Pádraig Dunne')).toMatchObject({ kind: 'person', role: 'Labour Kelmor North TD' });
    expect(byKind(r, 'statement')).toEqual(['Pádraig Dunne']);
    expect(mention(extract('The Tánaiste, Ms Ruane, visited the plant.'), 'Ruane').role).toBe('Tánaiste');
    expect(mention(extract('Ostra Police spokesperson, Brigadier Lena Vogt, said two men were held.'), 'Lena Vogt').role).toBe('Ostra Police spokesperson');
  });

  it('keeps the honorific or rank where no title stands before it, and drops words that only count the title', () => {
    expect(mention(extract('Brigadier Lena Vogt said the suspect was held.'), 'Lena Vogt').role).toBe('Brigadier');
    expect(mention(extract('Another former justice minister, Tomas Varga, was jailed.'), 'Tomas Varga').role).toBe('former justice minister');
    // A list item after a comma is no apposition: "the coach" is not Ruiz's title here.
    expect(mention(extract('He thanked the coach, and Ana Ruiz said so.'), 'Ana Ruiz').role).toBeNull();
    // A title written after a party ("Kelmor Party TD Ana Ruiz") splits off the name; a firm is no title and a name.
    expect(mention(extract('Kelmor Party TD Ana Ruiz said so.'), 'Ana Ruiz').role).toBe('Kelmor Party TD');
    expect(kinds(extract('Analysts at TD Securities said rates would fall.'))).toEqual({ 'TD Securities': 'organization' });
  });

  it('drops the time of day opening the sentence before the title', () => {
    expect(mention(extract('This evening Northern Region Commander Inspector, Ana Ruiz said 200 homes were searched.'), 'Ana Ruiz').role).toBe('Northern Region Commander Inspector');
    expect(mention(extract('Friday morning Port Commander, Tomas Kelm, said 14 boats sank.'), 'Tomas Kelm').role).toBe('Port Commander');
    // A part of the day that no "this" or weekday opens is a word of the title.
    expect(mention(extract('The night manager, Ines Varg, said 3 guests were hurt.'), 'Ines Varg').role).toBe('night manager');
  });
});

describe('"Mr English" is a surname', () => {
  it('keeps a lone demonym after an honorific and merges it with the full name', () => {
    const r = extract('Prime Minister Tom English spoke on Monday. “We will spend 5% more,” Mr English says.');
    expect(r.mentions.map((m) => [m.name, m.count])).toEqual([['Tom English', 2]]);
    expect(byKind(r, 'quote')).toEqual(['Tom English']);
    expect(names(extract('Dr French said 5 patients recovered.'))).toEqual([['French', 'person']]);
  });

  it('still drops a demonym that is no surname', () => {
    expect(names(extract('English officials said 5 people died. The French team lost.'))).toEqual([]);
    // Only a demonym: a title after an honorific is still no name.
    expect(names(extract('Mr President said 5 people died.'))).toEqual([]);
  });
});

describe('bodies and roles', () => {
  it('names "<Place> police" before a verb of a count as a public body', () => {
    expect(mentions('The Kelmor police put the figure at 40,000.')).toContainEqual(['Kelmor police', 'government', null]);
  });

  it('keeps a lower-case title before a name as its role', () => {
    expect(mentions('The party said 300 were held, and its secretary general Ana Ruiz said more would follow.')).toContainEqual(['Ana Ruiz', 'person', 'secretary general']);
    expect(mentions('"We will travel by train," defence counsel Ana Ruiz said.')).toEqual([['Ana Ruiz', 'person', 'defence counsel']]);
  });

  it('types a hyphenated name before "alliance" as an organisation', () => {
    expect(mentions('A leader of the Kelmor-Tarraq alliance said 30 were held.')).toEqual([['Kelmor-Tarraq', 'organization', null]]);
  });

  it('keeps "Sheikh" after a title as a word of the name', () => {
    expect(mentions('The march against Prime Minister Sheikh Hasna Tarek drew 5,000.')).toEqual([['Sheikh Hasna Tarek', 'person', 'Prime Minister']]);
  });
});

describe('roles: an honorific alone, and a title given elsewhere', () => {
  it('gives no role that is only an honorific, and keeps a title given elsewhere', () => {
    const roles = (text: string) => extract(text).mentions.map((m) => `${m.name}: ${m.role}`);
    expect(roles('Tomas Brandt spoke first. Mr Brandt said the vote was close.')).toEqual(['Tomas Brandt: null']);
    expect(roles('Mr Brandt spoke first. Finance Minister Tomas Brandt said the vote was close.')).toEqual(['Tomas Brandt: Finance Minister']);
  });
});

describe('a title of a body before a name', () => {
  it('splits "Superintendent of Police" from a name whose given name the lexicon does not know', () => {
    const text = 'Many went home, Ostra Superintendent of Police Tamsir Oduya told reporters. She said the count was confused.';
    expect(mentionOf(text, 'Tamsir Oduya')?.kind).toBe('person');
    expect(claimSources(text)).toEqual(['statement Tamsir Oduya', 'statement Tamsir Oduya']);
  });
});

describe('a title written before an honorific', () => {
  it('keeps the title, not the honorific, as the role ("Chief executive Dr Ana Ruiz")', () => {
    expect(roles(extract('Chief executive Dr Mara Lind said sales held up.'))['Mara Lind']).toBe('Chief executive');
    expect(roles(extract('Quarro spokesperson Dr Omar Hadi said so.'))['Omar Hadi']).toBe('Quarro spokesperson');
    expect(roles(extract('Survey leader Dr Omar Hadi said the survey ran for a year.'))['Omar Hadi']).toBe('Survey leader');
    // With no title before it, the honorific stays the role.
    expect(roles(extract('Yesterday Dr Mara Lind said sales held up.'))['Mara Lind']).toBe('Dr');
  });

  it('reads "Doctor" spelt out as the honorific: the person is the name after it and speaks', () => {
    const r = extract('"Wards are overflowing," fever specialist Doctor Irena Volk, who led the survey, told reporters.');
    expect(r.mentions.map((m) => [m.name, m.kind])).toEqual([['Irena Volk', 'person']]);
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Irena Volk');
    // The plural opening a body's name is no honorific: the name stays whole.
    expect(extract('Doctors Without Borders said 12 clinics closed.').mentions.map((m) => m.name)).toEqual(['Doctors Without Borders']);
  });
});

describe('a title with several portfolios and a place before a long name', () => {
  it('keeps "<Title> for <Portfolio> for <Place>" as the role and gives the quote after it to the person', () => {
    const r = extract('Floods hit Kelmor and Ostra Leste on Sunday. “We are still searching,” Secretary of State for Civil Protection for Ostra Ana Maria Lopes da Silva told journalists.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role]).filter(([, kind]) => kind === 'person')).toEqual([
      ['Ana Maria Lopes da Silva', 'person', 'Secretary of State for Civil Protection for Ostra'],
    ]);
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Ana Maria Lopes da Silva');
  });

  it('gives a quote to the person named after a title in capitals with a portfolio', () => {
    expect(extract('“The dam held,” Minister for Water Tomas Varga Ruiz told reporters.').claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Tomas Varga Ruiz');
  });
});

describe('titles that hold a public body’s head or serve another office', () => {
  it('keeps "police" and "army" inside the title a place or body owns', () => {
    const r = extract('"Nine died," Ostra’s deputy police chief Ravi Nath said. Kelmor army spokesman Ali Bey said 4 were hurt.');
    expect(roles(r)).toMatchObject({ 'Ravi Nath': 'Ostra’s deputy police chief', 'Ali Bey': 'Kelmor army spokesman' });
    // A capitalised "But" opening the sentence is no part of the body that owns the title.
    expect(roles(extract('But Kelby police chief Tomas Varga said 6 died.'))).toMatchObject({ 'Tomas Varga': 'Kelby police chief' });
  });

  it('keeps the spokesperson’s title before the office it speaks for', () => {
    const r = extract('Spokesperson of Kebbira state governor Malam Idris Sule confirmed the attack on Monday.');
    expect(roles(r)).toMatchObject({ 'Malam Idris Sule': 'Spokesperson of Kebbira state governor' });
  });

  it('reads "Major" before a given name and a surname as the rank, not a word of the name', () => {
    const r = extract('But Major Scott Talbot at the press centre said: "We did not fire." Talbot added that 3 were hurt.');
    expect(roles(r)).toEqual({ 'Scott Talbot': 'Major' });
  });
});

describe('a company officer\'s short title', () => {
  it('"Kelmor CFO Ana Ruiz" is Ana Ruiz, role "Kelmor CFO"', () => {
    expect(mentionOf('Margins narrowed, said Kelmor CFO Ana Ruiz.', 'Ana Ruiz')?.role).toBe('Kelmor CFO');
  });
});

describe('a body and a titled person joined by "and"', () => {
  it('"the Ostra Police and North Kelmor District Magistrate Ana Ruiz" is the police and Ana Ruiz, whose title is the rest', () => {
    const r = extract('The toll is 40, the Ostra Police and North Kelmor District Magistrate Ana Ruiz have maintained.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role])).toEqual([
      ['Ostra Police', 'government', null],
      ['Ana Ruiz', 'person', 'North Kelmor District Magistrate'],
    ]);
    // Portfolios joined by "and" with no body's head before it stay the title's.
    expect(roles(extract('Energy and Mines Minister Ana Ruiz said 4 mines shut.'))).toEqual({ 'Ana Ruiz': 'Energy and Mines Minister' });
  });
});

describe('a generational suffix before an apposition', () => {
  it('reads the apposition after "Jr." as the person\'s role', () => {
    const r = extract('“We will appeal,” Tomas Varga Jr., an attorney for Ruiz, said Friday.');
    expect(r.mentions.find((m) => m.name === 'Tomas Varga Jr')).toMatchObject({ kind: 'person', role: 'attorney for Ruiz' });
  });
});

describe('a role written beside a rank, a place or an employer', () => {
  it('prefers the lower-case title before a rank over the rank', () => {
    expect(mention(extract('The navy said two died, although regional naval commander Capt. Lino Vasquo said divers found one.'), 'Lino Vasquo').role).toBe('regional naval commander');
    expect(mention(extract('The count was disputed, although provincial army commander Lt. Gen. Tomas Ordez said troops found six bodies.'), 'Tomas Ordez').role).toBe('provincial army commander');
    expect(mention(extract('Ostran army spokesman Col. Remy Kadogo told reporters that 30 died.'), 'Remy Kadogo').role).toBe('Ostran army spokesman');
  });

  it('keeps a noun between a title word and the title ("chief election commissioner")', () => {
    expect(mention(extract('Kelmor’s chief election commissioner Amar Singh Rawat dismissed the complaints.'), 'Amar Singh Rawat').role).toBe('Kelmor’s chief election commissioner');
  });

  it('reads ", a <title> in <Place>" and ", the <title> of the <Body> <members>," as roles', () => {
    expect(mention(extract('Rina Talwar, a magistrate in Ostra district where the crash happened, told reporters the van was full.'), 'Rina Talwar').role).toBe('magistrate');
    expect(mention(extract('Later, Pascal Muteba, the president of the K40 rebels, said only six had died.'), 'Pascal Muteba').role).toBe('president of the K40 rebels');
  });

  it('reads a title set off by commas before the employer’s name as the role', () => {
    const r = extract('Anil Mehra, Chief Financial Officer, Tarvel Foods, said the company grew.');
    expect(mention(r, 'Anil Mehra').role).toBe('Chief Financial Officer');
  });
});

describe('a title with "General of" before the name', () => {
  it('reads "Director General of Police" as the role of the two words after it', () => {
    const r = extract('Director General of Police Bero Tak, who put the toll at 50, told reporters. Police chief Bero Tak said more.');
    expect(r.mentions.map((m) => [m.name, m.role, m.count])).toEqual([['Bero Tak', 'Director General of Police', 2]]);
    expect(roles(extract('Attorney General Bero Tak said no.'))).toEqual({ 'Bero Tak': 'Attorney General' });
  });
});

describe('a title that runs to a body’s head after "of"', () => {
  it('ends at the body’s head, so the given name after it stays the person’s; "Additional" is the title’s', () => {
    expect(mentions('Rain fell. Kelmor Additional Superintendent of Police Om Prakash Verma said 12 died.')).toEqual([['Om Prakash Verma', 'person', 'Kelmor Additional Superintendent of Police']]);
    expect(mentions('Rain fell. Kelmor Superintendent of Police Om Prakash Verma said 12 died.')).toEqual([['Om Prakash Verma', 'person', 'Kelmor Superintendent of Police']]);
  });
});

describe('a role in an apposition whose body is named in lower case', () => {
  it('takes the title and "for the <lower-case words> <body’s head>" as the role', () => {
    expect(mentions('Li Wen, a spokesman for the provincial seismology bureau, said 30 died.')).toEqual([['Li Wen', 'person', 'spokesman for the provincial seismology bureau']]);
    expect(mentions('"It is fair," said Ravi Mehta, spokesman for the unions.')).toEqual([['Ravi Mehta', 'person', 'spokesman for the unions']]);
  });
});

describe('an officer’s title in initials after the district', () => {
  it('splits "<district> DM <name>" into the person and the role "<district> DM"', () => {
    const r = extract('Kelmor DM Ravi Kant said nine people are reported dead. Ostra SP Anil Verma said shops were raided.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role])).toEqual(
      expect.arrayContaining([
        ['Ravi Kant', 'person', 'Kelmor DM'],
        ['Anil Verma', 'person', 'Ostra SP'],
      ]),
    );
  });
});

describe('an officer’s title in initials in an apposition', () => {
  it('gives "the DIG of <district> range" as the role and keeps the title out of the names', () => {
    const r = extract('Ravi Mohan, the DIG of Kelmor range, said: "Eight people were arrested."');
    expect(mention(r, 'Ravi Mohan').role).toBe('DIG of Kelmor range');
    expect(r.mentions.map((m) => m.name)).not.toContain('DIG of Kelmor');
  });
});

describe('a brand-shaped body before a title in an apposition', () => {
  it('reads "a LibertyWorks spokesman" as the role, LibertyWorks as an organisation, not a prefixed surname', () => {
    const r = extract('Adam Kerr, a LibertyWorks spokesman, said 90 buses came.');
    expect(mention(r, 'Adam Kerr').role).toBe('LibertyWorks spokesman');
    expect(kinds(r)).toMatchObject({ LibertyWorks: 'organization' });
    const s = extract('Ana Ruiz, a DeSantis spokeswoman, said the plan was final. DeSantis said he agreed.');
    expect(kinds(s)).not.toMatchObject({ DeSantis: 'organization' });
  });
});

describe('a title after a possessive determiner, set off by commas before the name', () => {
  it('gives the title alone as the role, not the clause before it', () => {
    const r = extract('Opposition supporters said police detained their spokesman, Tomas Ruiz, on Monday.');
    expect(mention(r, 'Tomas Ruiz').role).toBe('spokesman');
  });
});

describe('the body a title in an apposition is of', () => {
  it('keeps "Ostra Coal Group" of "the CEO of Ostra Coal Group" as an organisation beside the role', () => {
    const r = extract('Ben Ruiz, the CEO of Ostra Coal Group, said it was sad.');
    expect(mention(r, 'Ben Ruiz').role).toBe('CEO of Ostra Coal Group');
    expect(kinds(r)).toMatchObject({ 'Ostra Coal Group': 'organization' });
  });
});

describe('a political label or "Parliamentarian" before a person’s name', () => {
  it('is the person’s role, so a pronoun after it stands for that person, not a name in a clause after', () => {
    const r = extract(
      'Independent Ana Varn would not say how she would vote, saying she would wait until it was moved by Opposition Leader Tomas Kelmor.\n\n“It is a debate that needs to be had,” she said.',
    );
    expect(mention(r, 'Ana Varn')).toMatchObject({ kind: 'person', role: 'Independent' });
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Ana Varn');
    expect(mention(extract('Parliamentarian Tomas Ostra said the motion would fail.'), 'Tomas Ostra')).toMatchObject({ kind: 'person', role: 'Parliamentarian' });
  });

  it('still opens a body’s name where no given name follows', () => {
    expect(names(extract('The Independent Electoral Commission said the vote stands.'))).toContainEqual(['Independent Electoral Commission', 'organization']);
  });
});

describe('"candidate" or "nominee" before a person’s name', () => {
  it('is the person’s title, out of the name, with the words that qualify it', () => {
    const r = extract('Opposition Candidate Ana Varn pledged to end the curfew. Presidential nominee Tomas Kelmor said the vote was rigged.');
    expect(names(r)).toEqual([
      ['Ana Varn', 'person'],
      ['Tomas Kelmor', 'person'],
    ]);
    expect(roles(r)).toEqual({ 'Ana Varn': 'Opposition Candidate', 'Tomas Kelmor': 'Presidential nominee' });
  });

  it('leaves "candidate" after a name, or with no name after it, out of any name', () => {
    expect(names(extract('Ana Varn, the opposition candidate, said the vote was rigged. The candidate Kelmor Party fielded lost.'))).toContainEqual(['Ana Varn', 'person']);
  });
});

describe('a second portfolio after "and" in a "Minister of" title', () => {
  it('is the title’s, a given name among its qualifiers, so "the Minister" later is that person', () => {
    const r = extract('Minister of Tourism and Christian Religious Affairs Tomas Kelmor said the motion would fail.\n\n“We have 122 votes. The motion will fail” the Minister added.');
    expect(names(r)).toEqual([['Tomas Kelmor', 'person']]);
    expect(mention(r, 'Tomas Kelmor').role).toBe('Minister of Tourism and Christian Religious Affairs');
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Tomas Kelmor');
  });

  it('leaves a name after "and" with no portfolio noun after it a name', () => {
    expect(names(extract('Minister of Finance and Christian Varn met in Ostra on Monday.'))).toContainEqual(['Christian Varn', 'other']);
  });
});

describe('a rank opening a title with its field between ("Deputy Police Inspector General")', () => {
  it('keeps the field in the role and makes no body of "Deputy Police"', () => {
    const r = extract('Deputy Police Inspector General T.K. Varn had earlier put the toll at 60.');
    expect(names(r)).toEqual([['T.K. Varn', 'person']]);
    expect(mention(r, 'T.K. Varn').role).toBe('Deputy Police Inspector General');
  });

  it('leaves a body before a title with no rank opening it ("Kelmor Police Commissioner")', () => {
    expect(names(extract('Kelmor Police Commissioner Ana Ruiz said six died.'))).toEqual([
      ['Kelmor Police', 'government'],
      ['Ana Ruiz', 'person'],
    ]);
  });
});
