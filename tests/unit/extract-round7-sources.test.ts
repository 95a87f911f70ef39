// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Extraction, type Mention, type MentionKind } from '../../src/extract';
import { findDiscrepancies } from '../../src/context/discrepancies';

const kinds = (r: Extraction): Record<string, MentionKind> => Object.fromEntries(r.mentions.map((m) => [m.name, m.kind]));
const roles = (r: Extraction): Record<string, string | null> => Object.fromEntries(r.mentions.map((m) => [m.name, m.role]));

function mention(r: Extraction, name: string): Mention {
  const m = r.mentions.find((x) => x.name === name);
  if (!m) throw new Error(`no mention "${name}" in ${JSON.stringify(r.mentions.map((x) => x.name))}`);
  return m;
}

describe('seventh round: a role written after a name, or before it in lower case, stays on the person', () => {
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

describe('seventh round: ministries by short form and by full name', () => {
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
    expect(extract('The Ministry of Foreign Affairs of the Republic of Moravia said so.').mentions.map((m) => m.name)).toEqual([
      'Ministry of Foreign Affairs',
      'Republic of Moravia',
    ]);
  });
});

describe('seventh round: companies and outlets the packs do not know', () => {
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

describe('seventh round: a programme’s label opening paragraphs', () => {
  it('drops a label holding a function word, written only before a colon at paragraph starts, and keeps a transcript’s speaker', () => {
    const r = extract('Ruiz spoke at the rally.\n\nFacts First: The hall was half empty.\n\nJane Ruiz: We filled it.\n\nFacts First: It was not.');
    expect(r.mentions.map((m) => m.name)).toEqual(['Jane Ruiz']);
    // The same words used as a name in the text are kept.
    expect(extract('Facts First: The hall was empty.\n\nThe show Facts First aired it.').mentions.map((m) => m.name)).toEqual(['Facts First']);
  });
});
