// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Claim, type Extraction, type Mention } from '../../src/extract';

const kinds = (r: Extraction): Record<string, string> => Object.fromEntries(r.mentions.map((m) => [m.name, m.kind]));
const byKind = (r: Extraction, kind: Claim['kind']): (string | null)[] => r.claims.filter((c) => c.kind === kind).map((c) => c.attributedTo);
const quoteSpeakers = (text: string): [string, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text, c.attributedTo]);

function mention(r: Extraction, name: string): Mention {
  const m = r.mentions.find((x) => x.name === name);
  if (!m) throw new Error(`no mention "${name}" in ${JSON.stringify(r.mentions.map((x) => x.name))}`);
  return m;
}

describe('seventh round, speakers: a name inside the subject’s modifier does not speak', () => {
  it('gives no speaker to "Relatives of Governor X said" or "Organisers of … the visit of President X claimed"', () => {
    expect(byKind(extract('Relatives of Governor Tomas Varga said that 12 people died.'), 'figure')).toEqual([null]);
    expect(byKind(extract('Organisers of the rally against the visit of President Ana Ruiz claimed that up to 9,000 people marched.'), 'figure')).toEqual([null]);
    expect(byKind(extract('Lawyers for Tomas Varga said he would appeal.'), 'statement')).toEqual([]);
  });

  it('keeps the body or person a spokesperson, officials or a government speak for', () => {
    expect(byKind(extract('A spokeswoman for Governor Tomas Varga said 12 people died.'), 'figure')).toEqual(['Tomas Varga']);
    expect(byKind(extract('Officials at the Kelmor Health Ministry said 12 people died.'), 'figure')).toEqual(['Kelmor Health Ministry']);
    expect(byKind(extract('A report by the Ostra Institute found 12 cases.'), 'figure')).toEqual(['Ostra Institute']);
    expect(byKind(extract('The government of President Ana Ruiz reported 40 deaths.'), 'figure')).toEqual(['Ana Ruiz']);
    // The person an apposition describes still speaks: "a lawyer for X" is the apposition.
    expect(byKind(extract('Lena Vogt, a lawyer for Tomas Varga, said it failed.'), 'statement')).toEqual(['Lena Vogt']);
  });
});

describe('seventh round, speakers: "the company said" stands for the company spoken of', () => {
  it('skips a company named only as a modifier ("the Norvo Tools closure") or after another kind of body', () => {
    const r = extract('The Brightline plant will close. It was a repeat of the Norvo Tools closure, she said. The company said it had moved 300 jobs abroad.');
    expect(byKind(r, 'figure')).toEqual([null]);
    const union = extract('The trade union Kelmor Workers Union criticised the move. The company said it had moved 300 jobs abroad.');
    expect(byKind(union, 'figure')).toEqual([null]);
  });

  it('still gives it to a company named as one, even after a preposition', () => {
    expect(byKind(extract('Shares in Norrvik Steel fell 5%. Profit fell 3%, the company said.'), 'figure')).toEqual([null, 'Norrvik Steel']);
    expect(byKind(extract('The retailer Brightmart Group hired staff. The company said 20 stores would open.'), 'figure')).toEqual(['Brightmart Group']);
  });
});

describe('seventh round, speakers: places do not speak, and a quote closed with no space ends there', () => {
  it('reads "X and Y Counties" as a place, so a later "he said" goes to the person named before', () => {
    const r = extract(
      'According to Dr Omar Hadi, Velmo County reported 31 cases.\nOstra and Tarsk Counties confirmed two cases each.\n“Tests have confirmed the infection in six wards,”he said.',
    );
    expect(kinds(r)['Tarsk Counties']).toBe('place');
    const quote = r.claims.find((c) => c.kind === 'quote')!;
    expect(quote).toMatchObject({ attributedTo: 'Omar Hadi', text: 'Tests have confirmed the infection in six wards' });
  });
});

describe('seventh round, speakers: titles set before a name', () => {
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
});

describe('seventh round, speakers: "said <Org> spokesman <Name>" and role-only speakers', () => {
  it('gives the inverted form to the person named, and a body’s unnamed spokesman to the body', () => {
    expect(quoteSpeakers('“Arrivals have eased off a lot” since March, said RDC spokesman Omar Hadi.')).toEqual([['Arrivals have eased off a lot', 'Omar Hadi']]);
    expect(quoteSpeakers('“The turnout proves how strongly people feel,” said a Kelmor Peace Coalition spokesman.')).toEqual([
      ['The turnout proves how strongly people feel', 'Kelmor Peace Coalition'],
    ]);
    expect(quoteSpeakers('“The turnout proves how strongly people feel,” a Kelmor Peace Coalition spokesman said.')).toEqual([
      ['The turnout proves how strongly people feel', 'Kelmor Peace Coalition'],
    ]);
    expect(quoteSpeakers('“The turnout proves how strongly people feel,” a spokesman said.')).toEqual([['The turnout proves how strongly people feel', null]]);
  });

  it('keeps what an unnamed speaker says, pinned on no one', () => {
    const r = extract('A police spokeswoman said that Officer Lena Vogt survived. Chief Tomas Varga said on Sunday that Vogt had died.');
    expect(r.claims.filter((c) => c.kind === 'statement').map((c) => [c.text.slice(0, 24), c.attributedTo])).toEqual([
      ['A police spokeswoman sai', null],
      ['Chief Tomas Varga said o', 'Tomas Varga'],
    ]);
    expect(extract('Officials said rents would rise.').claims.map((c) => [c.kind, c.attributedTo])).toEqual([['statement', null]]);
  });

  it('gives a bare "police said" the police body named before, and "<Country>’s border guards" a mention', () => {
    expect(quoteSpeakers('The Ostra Police Service arrested two men.\n“He has been in custody since May,” police said.')).toEqual([
      ['He has been in custody since May', 'Ostra Police Service'],
    ]);
    expect(quoteSpeakers('“He has been in custody since May,” police said.')).toEqual([['He has been in custody since May', null]]);
    const r = extract('But Hungary’s border guards said the total had passed two million.');
    expect(kinds(r)).toEqual({ 'Hungary’s border guards': 'government' });
    expect(byKind(r, 'figure')).toEqual(['Hungary’s border guards']);
    // A person owns no public body.
    expect(byKind(extract('Ruiz’s army said 12 died.'), 'figure')).toEqual([null]);
  });

  it('does not give the first clause to a later speaker joined by "while"', () => {
    const r = extract('The health ministry in Ostra said an air strike killed 26 people, while the Kelmor Defence Force said it had hit fighters.');
    expect(byKind(r, 'figure')).toEqual([null]);
  });
});

describe('seventh round, sources: junk cards and kinds', () => {
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

  it('merges a ministry in both word orders, a surname-first short form and a "better known as" alias', () => {
    const ministry = extract('The Ministry of Water confirmed the outbreak. The Water Ministry has since sent teams. The Ministry said more would follow.');
    expect(ministry.mentions.map((m) => [m.name, m.count])).toEqual([['Ministry of Water', 3]]);
    const lim = extract('Transport Minister Lim Boon Teck said 4,000 trips were made. The board is working on it, said Mr Lim.');
    expect(lim.mentions.map((m) => [m.name, m.count])).toEqual([['Lim Boon Teck', 2]]);
    expect(byKind(lim, 'statement')).toEqual(['Lim Boon Teck', 'Lim Boon Teck']);
    const alias = extract('The rescue group Kelmor Civil Rescue, better known as the Blue Vests, counted 20 deaths. The Blue Vests said it was still digging.');
    expect(alias.mentions.map((m) => [m.name, m.kind, m.count])).toEqual([['Kelmor Civil Rescue', 'organization', 3]]);
    // A given name is no family name written first: "Tomas" is not "Tomas Ruiz Lee".
    expect(extract('Tomas Ruiz Lee spoke first. Later Tomas arrived.').mentions).toHaveLength(2);
  });
});

describe('seventh round, quotes: who speaks a quote with no verb of its own', () => {
  it('gives a quote in a sentence opening with "She" to her, and one after "However," to the speaker around it', () => {
    expect(quoteSpeakers('Minister Ana Ruiz visited the plant. She pledged to “use every tool we have” to save it.')).toEqual([['use every tool we have', 'Ana Ruiz']]);
    const text = '“Fewer people are crossing each week,” said RDC spokesman Omar Hadi.\n\nHowever, “the numbers will climb again if the fighting spreads.”\n\nMost of them are women, he added.';
    expect(quoteSpeakers(text).map(([, s]) => s)).toEqual(['Omar Hadi', 'Omar Hadi']);
    // A longer opening is narration of its own: the quote is not carried over.
    const narrated = '“Fewer people are crossing each week,” said RDC spokesman Omar Hadi.\n\nIn the capital, crowds chanted “the numbers will only rise now”.';
    expect(quoteSpeakers(narrated).map(([, s]) => s)).toEqual(['Omar Hadi', null]);
  });

  it('gives a headline quoted after "with the headline:" to the outlet the sentence opens with', () => {
    expect(quoteSpeakers('The Kelmor Daily News marked the arrest on its front page with the headline: “SUSPECT HELD AT LAST.”')).toEqual([
      ['SUSPECT HELD AT LAST.', 'Kelmor Daily News'],
    ]);
  });
});

describe('seventh round, transcripts: a "Name:" label speaks for the paragraphs after it', () => {
  it('gives the figures after "Ruiz:" to Ruiz until another label', () => {
    const text = [
      'Briefing with Ana Ruiz, press secretary.',
      'Ruiz: Good afternoon. Today 20 soldiers were injured in an accident.',
      'We can confirm that the number killed is now three.',
      'Q: Were 40 people involved?',
    ].join('\n\n');
    expect(extract(text).claims.filter((c) => c.kind === 'figure').map((c) => [c.figures[0]!.value, c.attributedTo])).toEqual([
      [20, 'Ana Ruiz'],
      [3, 'Ana Ruiz'],
      [40, null],
    ]);
  });
});
