// The kind of a source (person, government, organization, outlet, place, other) from the words around its name.
import { describe, expect, it } from 'vitest';
import { extract, type MentionKind } from '../../src/extract';
import { byKind, kinds, mentionLabels as mentions, named, namedKinds as names } from './extract-source-helpers';

const kindOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.kind;

describe('public bodies with a lower-case head', () => {
  it('reads a place, demonym or short form before a lower-case "police", "army" or "government" as one public body', () => {
    const r = extract('NT police said 4 hikers were missing. The Moravian army said 9 tanks were lost. The Kelmor provincial government says 30 homes burned.');
    expect(kinds(r)).toEqual({ 'NT police': 'government', 'Moravian army': 'government', 'Kelmor provincial government': 'government' });
    expect(r.claims.filter((c) => c.kind === 'figure').map((c) => c.attributedTo)).toEqual(['NT police', 'Moravian army', 'Kelmor provincial government']);
    // With no name before it, the body is nobody a reader could look up; a head that goes on names something else.
    expect(named('Nine people died, local police said. A county government said more. They live in the Oruma local government area.')).toEqual([['Oruma', 'place', 1]]);
  });

  it('keeps a bare place apart from the outlet named after it when its government speaks', () => {
    const r = extract('The Kelmor provincial government says 40 homes were lost. The official Kelmor Daily newspaper said two survived.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.count])).toEqual([
      ['Kelmor provincial government', 'government', 1],
      ['Kelmor Daily', 'outlet', 1],
    ]);
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('Kelmor provincial government');
  });
});

describe('national bodies, public services, wire credits and known agencies', () => {
  it('classifies national and country-named public bodies, wire credits and known agencies', () => {
    expect(
      kinds(
        extract(
          'The National Flood Management Council said 9 died. The Peru Bureau of Statistics (PBS) said prices rose. The Norwegian Refugee Council helped. According to Anadolu, turnout was high. (NNN-XINHUA) reported it.',
        ),
      ),
    ).toEqual({
      'National Flood Management Council': 'government',
      'Peru Bureau of Statistics': 'government',
      'Norwegian Refugee Council': 'organization',
      Anadolu: 'outlet',
      'NNN-XINHUA': 'outlet',
    });
    // A known outlet inside a name, or a short form in brackets, is no person's name (a known outlet
    // after its owner's name is the owning company: see 'companies and outlets the packs do not know' below).
    expect(kinds(extract('Analysts polled by Thomson Reuters expected more, Thomson Reuters said. The Retail Price Index (RPI) rose, the office said.'))).toMatchObject({
      'Thomson Reuters': 'organization',
      'Retail Price Index': 'other',
    });
  });

  it('reads a name after a public service’s field and head as a public body', () => {
    expect(named('The storm turned north, according to the weather bureau KELWA. The tax authority TXA said 8 firms paid.')).toEqual([
      ['KELWA', 'government', 1],
      ['TXA', 'government', 1],
    ]);
  });
});

describe('ministries by short form and by full name', () => {
  it('reads a ministry’s short form, alone or after its country, as a government body, but not a museum’s', () => {
    expect(kinds(extract('Officials at the MFA said on Monday that talks went well. The MoFA added more.'))).toEqual({ MFA: 'government', MoFA: 'government' });
    // The short form alone is a form of the name with the country.
    expect(extract('Kelmor MoFA said so. Later the MoFA added more.').mentions.map((m) => [m.name, m.kind, m.count])).toEqual([['Kelmor MoFA', 'government', 2]]);
    expect(kinds(extract('The Zentrix MoMA show opened.'))['Zentrix MoMA']).not.toBe('government');
  });

  it('keeps a ministry’s demonym and its "of the <country>" tail in one name', () => {
    const r = extract('Meanwhile, the Moravian Ministry of Foreign Affairs said the talks went well.');
    expect(r.mentions.map((m) => [m.name, m.kind])).toEqual([['Moravian Ministry of Foreign Affairs', 'government']]);
    expect(r.claims[0]?.attributedTo).toBe('Moravian Ministry of Foreign Affairs');

    const tail = extract('Meanwhile, the Ministry of Foreign Affairs of the Moravian Federation, in an official statement, said the talks went well.');
    expect(tail.mentions.map((m) => [m.name, m.kind])).toEqual([['Ministry of Foreign Affairs of the Moravian Federation', 'government']]);
    expect(tail.claims[0]?.attributedTo).toBe('Ministry of Foreign Affairs of the Moravian Federation');
  });

  it('does not join "of the" after a person or past the longest name', () => {
    expect(kinds(extract('Senate Leader Ana Ruiz of the Green Party said so.'))).toMatchObject({ 'Ana Ruiz': 'person', 'Green Party': 'organization' });
    // Fourteen words besides "of the": longer than one name.
    expect(extract('The State Ministry of Foreign Affairs Trade Development of the Federal Republic of Upper Moravia said so.').mentions.map((m) => m.name)).toEqual([
      'State Ministry of Foreign Affairs Trade Development',
      'Federal Republic of Upper Moravia',
    ]);
  });

  it('counts a long body name without the "of the" and "for the" that join its parts', () => {
    expect(extract('The Ministry of Foreign Affairs of the Republic of Moravia said so.').mentions.map((m) => m.name)).toEqual(['Ministry of Foreign Affairs of the Republic of Moravia']);
    const office = extract('Rain is expected to go on, the United Nations Office for the Coordination of Relief Works in northern Ostra said on Monday.');
    expect(office.mentions.map((m) => [m.name, m.kind])).toContainEqual(['United Nations Office for the Coordination of Relief Works', 'government']);
    const league = extract('The International League of the Blue Anchor and White Anchor Societies said 40 people had died.');
    expect(league.mentions.map((m) => m.name)).toEqual(['International League of the Blue Anchor and White Anchor Societies']);
    expect(league.claims.map((c) => c.attributedTo)).toContain('International League of the Blue Anchor and White Anchor Societies');
  });
});

describe('companies and outlets the packs do not know', () => {
  it('reads a name with a company’s results, shares or chief executive as an organisation, whatever "Shares" opens', () => {
    const r = extract(
      'Zentrix reported second-quarter revenue of $5 billion on Thursday. Zentrix’s revenue declined last year, and its chief executive left. Shares of Zentrix rose 3 percent, Zentrix said.',
    );
    expect(r.mentions.map((m) => [m.name, m.kind, m.count])).toEqual([['Zentrix', 'organization', 4]]);
    expect(kinds(extract('Mara Holt joined Brovik AG in May. Brovik AG said profits rose.'))).toMatchObject({ 'Brovik AG': 'organization' });
  });

  it('reads a known outlet after its owner’s name as the owning company, and the outlet alone as the outlet', () => {
    expect(kinds(extract('Analysts expected more, according to Harlan Reuters. Reuters said so too.'))).toEqual({
      'Harlan Reuters': 'organization',
      Reuters: 'outlet',
    });
  });

  it('keeps a person, a place and a shouted common noun apart from the company cues', () => {
    expect(kinds(extract('Lara Quinn’s shares in Zentrix were sold, Lara Quinn said.'))).toMatchObject({ 'Lara Quinn': 'person' });
    expect(kinds(extract('Floods hit homes in Dunvale. Roads in Dunvale closed. Dunvale’s revenue from tourism fell.'))).toEqual({ Dunvale: 'place' });
    // A cut "SAID" in a text in capitals is no company's legal form.
    expect(kinds(extract('THE CENTRE’S TRADERS SA'))['TRADERS SA']).not.toBe('organization');
  });

  it('lets the gazetteer decide a name it knows over the company cues', () => {
    const gazetteer = { kindOf: (name: string): MentionKind | null => (name.toLowerCase() === 'zentrix' ? 'outlet' : null) };
    const r = extract('Zentrix reported second-quarter revenue of $5 billion. Shares of Zentrix rose.', { gazetteer });
    expect(kinds(r)).toEqual({ Zentrix: 'outlet' });
  });
});

describe('courts, polling firms, journals, wires and authorities', () => {
  it('keeps a court owned by a magistrate whole and drops a lone "Government"', () => {
    expect(kinds(extract('The men will appear in the Ostra Magistrate’s Court on Monday.'))).toEqual({ 'Ostra Magistrate’s Court': 'government' });
    expect(kinds(extract('Minister Ana Ruiz said the Government does not keep track.'))).toEqual({ 'Ana Ruiz': 'person' });
  });

  it('reads a polling firm with its initials, a journal, a wire and an authority by what they are', () => {
    expect(kinds(extract('The surveys were released by Kelmor Survey Polling. KSP also shows Democrats leading.'))['Kelmor Survey Polling']).toBe('organization');
    expect(kinds(extract('The study was published in the journal Kelmor Science Letters on Monday.'))['Kelmor Science Letters']).toBe('outlet');
    expect(kinds(extract('The toll rose to 40, state-run KNA news reported.'))).toEqual({ KNA: 'outlet' });
    expect(kinds(extract('Hungary’s Disaster Relief Agency said 10 people died.'))['Disaster Relief Agency']).toBe('government');
    expect(kinds(extract('The Ostra Transport Authority said fares would rise.'))).toEqual({ 'Ostra Transport Authority': 'government' });
    expect(kinds(extract('More than 3 million people have fled, the United Nations said.'))).toEqual({ 'United Nations': 'organization' });
  });
});

describe('adjectives, newspapers and products are not bodies', () => {
  it('drops an adjective opening "reports indicate" and keeps a name before "reports"', () => {
    const r = extract('Unconfirmed reports indicate that at least 16 civilians were killed.');
    expect(names(r)).toEqual([]);
    expect(byKind(r, 'figure')).toEqual([null]);
    expect(names(extract('TARSK: Leaked reports say 16 civilians were killed.')).map(([n]) => n)).not.toContain('Leaked');
    expect(byKind(extract('Kelmo reports 16 civilians were killed.'), 'figure')).toEqual(['Kelmo']);
  });

  it('keeps "Leader" in a newspaper’s name, and as a title elsewhere', () => {
    expect(names(extract('He was a crook, according to The Times Leader.'))).toEqual([['Times Leader', 'outlet']]);
    const r = extract('Senate Majority Leader Ana Ruiz said 5 died.');
    expect(r.mentions.find((m) => m.name === 'Ana Ruiz')?.role).toBe('Senate Majority Leader');
  });

  it('names no body by "Office" alone, but keeps a named office', () => {
    expect(names(extract('The unit, which includes Kelmo and versions of Office, generated $18.3 billion.'))).toEqual([['Kelmo', 'other']]);
    const r = extract('The Home Office said 5 people died. The Office said more would follow.');
    expect(names(r)).toEqual([['Home Office', 'government']]);
    expect(byKind(r, 'statement')).toEqual(['Home Office', 'Home Office']);
  });
});

describe('kinds of outlets, offices and movements', () => {
  it('reads a medical examiner as a public office, a call sign as a station, a news agency’s name as an outlet', () => {
    expect(mentions('The Kelmor County Medical Examiner confirmed 12 deaths.')).toContain('Kelmor County Medical Examiner government');
    expect(mentions('Footage aired by WZXY-TV showed the damage.')).toContain('WZXY-TV outlet');
    expect(mentions('Tarsk, 4 May (the local news agency Velmora) said 9 died.')).toContain('Velmora outlet');
  });

  it('reads the journalist an outlet owns as a person, and an outlet’s service as an outlet', () => {
    expect(mentions("However, the BBC's Kerem Sarvat in Oslo says the group is careful.")).toContain('Kerem Sarvat person');
    expect(mentions('The poll conducted by Yonhap Datalink showed a rise.')).toContain('Yonhap Datalink outlet');
  });

  it('knows the Lancet and Egypt’s MENA as outlets and the Taliban as an organisation', () => {
    expect(mentions('The findings were published in the Lancet on Monday.')).toContain('Lancet outlet');
    expect(mentions('An official told MENA on Sunday that 4 died.')).toContain('MENA outlet');
    expect(mentions('The Taliban denied any role.')).toContain('Taliban organization');
  });

  it('reads a body marched to as a place and drops a capitalised article', () => {
    expect(mentions('Thousands joined the march to Parliament on Friday.')).toEqual(['Parliament place']);
    expect(mentions('THE Alliance has lost the vote.')).toEqual(['Alliance organization']);
  });
});

describe('the kind of a name', () => {
  it('makes a name after a lower-case physician noun a person', () => {
    const text = 'The study leader, cardiologist Wanjiru Okafor from the University of Kelmor Medical Center, noted that no other drug works as well.';
    expect(kindOf(text, 'Wanjiru Okafor')).toBe('person');
  });

  it('makes a name that is no person\'s, after "as reported by", an outlet, and keeps a person there a person', () => {
    expect(kindOf('As reported by KELMOR.AZ, the drug cut cholesterol by half.', 'KELMOR.AZ')).toBe('outlet');
    expect(kindOf('The drug works, as reported by Ana Ruiz of the Kelmor Times.', 'Ana Ruiz')).toBe('person');
  });

  it('makes no source of a sentence-initial plural abstract noun before a verb', () => {
    const r = extract('Observations showed that the result held after one year. Investigations found that the drug worked.');
    expect(r.mentions).toEqual([]);
    expect(r.claims.map((c) => c.attributedTo)).toEqual([]);
  });

  it('makes a name before "police official" a place', () => {
    expect(kindOf('Five people died, a senior Kelmor Ostra police official said.', 'Kelmor Ostra')).toBe('place');
  });

  it('makes a congress named after no country a party, and keeps a country\'s congress a government', () => {
    const text = 'Members of the Rashtriya Lok Congress walked out, while the Peruvian Congress met.';
    expect(kindOf(text, 'Rashtriya Lok Congress')).toBe('organization');
    expect(kindOf(text, 'Peruvian Congress')).toBe('government');
  });
});

describe('a speaker named by one word', () => {
  it('reads a one-word name that owns a speech and speaks, taken up by "he", as a person', () => {
    const text = 'The rand barely moved during Tshabalo’s address, having been at 12 to the dollar when he began. Tshabalo was upbeat about prices. “Inflation has eased,” Tshabalo said.';
    expect(kindOf(text, 'Tshabalo')).toBe('person');
  });
});

describe('an age compound before a name', () => {
  it('makes the name a person\'s ("75-year-old X", "Six-year-old X")', () => {
    const kinds = extract('Six-year-old Valerie Pell of Brask held a sign beside 75-year-old Dora Quist.').mentions.map((m) => `${m.kind} ${m.name}`);
    expect(kinds).toContain('person Valerie Pell');
    expect(kinds).toContain('person Dora Quist');
  });
});
