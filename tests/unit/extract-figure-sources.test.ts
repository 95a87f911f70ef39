// Who reported a figure or a sentence: the agent of "released by", a person's forecasts, "with X saying", ", announced the X".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';
import { claimRows as claims, claimSources, mentionKinds as mentions } from './extract-source-helpers';

const figureBy = (text: string, value: number): [string | null, string | null] => {
  const c = extract(text).claims.find((x) => x.kind === 'figure' && x.figures[0]!.value === value)!;
  return [c.attributedTo, c.reportedBy];
};
/** "value by" of each figure claim, the source being the named one or "-". */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'}`);

describe('a descriptor between a name and its verb', () => {
  it('gives the figure to a wire service named with its descriptor ("the X news agency reports")', () => {
    const r = extract('The Xinhua news agency reports that 12 people are confirmed dead after the flood.');
    expect(figure(r, '12').claim.attributedTo).toBe('Xinhua');
  });

  it('gives the figure to a body described by plain lower-case nouns ("the X rights group said")', () => {
    const r = extract('The Vesna rights group said at least 30 had been detained in Tarn.');
    expect(figure(r, 'at least 30').claim.attributedTo).toBe('Vesna');
    expect(figure(extract('The Ostra human rights group said 12 were held.'), '12').claim.attributedTo).toBe('Ostra');
    // A participle makes no descriptor: the coalition is not Ruritania.
    expect(figure(extract('The Ruritania-led coalition said 12 were held.'), '12').claim.attributedTo).toBeNull();
  });

  it('does not give a body\'s figure to the person it is named after ("the Keir Starmer transition team")', () => {
    const r = extract('The Keir Starmer transition team said 40 homes were lost.');
    expect(figure(r, '40').claim.attributedTo).toBeNull();
  });
});

describe('a figure, quote or statement goes to its own source', () => {
  it('gives a figure "released by" someone to that agent, not to the sentence subject', () => {
    const text = 'Kelmor Watch said the toll appears to be at least 412, higher than the figure of 301 released by Ostra’s interior ministry.';
    expect(figureBy(text, 412)).toEqual(['Kelmor Watch', null]);
    expect(figureBy(text, 301)).toEqual([null, 'Ostra’s interior ministry']);
    // A named agent is that name's.
    expect(figureBy('Kelmor Watch said 412 died, more than the 301 deaths reported by the Brask Herald.', 301)).toEqual(['Brask Herald', null]);
    // "handed by" gives as "released by" does; the agent's words run to the last speaker's noun ("government officials").
    expect(figureBy('Herders said the toll was far higher than the 27 handed by government officials.', 27)).toEqual([null, 'government officials']);
    expect(figureBy('Herders said the toll was far higher than the 27 released by the army on Friday.', 27)).toEqual([null, 'the army']);
  });

  it('gives a range to the body an article makes the tally\'s owner ("the Kelmor Times toll was between 40 and 52")', () => {
    const text = 'Before the ministry spoke, the Kelmor Times toll was between 40 and 52, owing to a gap between two hospitals\' counts.';
    expect(figureBy(text, 40)).toEqual(['Kelmor Times', null]);
    expect(figureBy('The Kelmor Times toll stood at 61 on Monday.', 61)).toEqual(['Kelmor Times', null]);
    // A place's toll names no one who keeps it, nor does a toll with no name before it.
    expect(figureBy('Floods swept through villages in Ostra on Monday. By Tuesday the Ostra toll was between 40 and 52.', 40)).toEqual([null, null]);
    expect(figureBy('Floods swept through villages in Ostra on Monday. The new toll was between 40 and 52.', 40)).toEqual([null, null]);
  });

  it('gives a quote to the person named after a body’s possessive title, with a place in it', () => {
    const text = '“The raids must end now,” said Kelmor Watch’s acting Asia director Lena Park.';
    expect(claims(text)).toEqual([['quote', 'Lena Park', null, null]]);
  });

  it('reads "<Name> State" used as a place as a place, and "which he said" as the person just named', () => {
    const text = 'In the raid on Kolo Hills village in Benue State, the police spokesman in the state, ASP Dauda Okon, confirmed the attack, which he said left four persons dead.';
    expect(mentions(text)).toContainEqual(['Benue State', 'place']);
    expect(figureBy(text, 4)).toEqual(['ASP Dauda Okon', null]);
  });

  it('gives what a person’s lawyer says to the lawyer, unnamed, not to the person', () => {
    const text = 'Contractor Marco Ferri was sentenced to five years. Ferri’s lawyer told the court his client should serve a suspended sentence.';
    expect(claims(text)).toContainEqual(['statement', null, 'Ferri’s lawyer', null]);
    // A body's staff still speak for it.
    expect(claims('Acme Freight’s lawyers said the fine was unfair.')).toEqual([['statement', 'Acme Freight', null, null]]);
  });

  it('gives the verb after a relative clause no comma closes to the person the clause is on', () => {
    const text = 'Kamal Perera, who was appointed as Miniser of Rural Roads said they would continue the talks.';
    expect(claims(text)).toEqual([['statement', 'Kamal Perera', null, null]]);
  });
});

describe('a named person’s forecasts are theirs', () => {
  const text = [
    'Sales rose 9 per cent, topping chief executive Paul Chambers’ own estimate in March of sales growth in a range of 6 per cent to 7 per cent.',
    'At a briefing, Mr Chambers gave forecasts that beat expectations. He saw first-quarter sales growing about 8 per cent.',
    'Mr Chambers also raised Acme’s long-term growth target to between 5 per cent and 9 per cent.',
  ].join('\n\n');

  it('merges "Mr Chambers" with "Paul Chambers", though "chambers" is a body’s word', () => {
    expect(extract(text).mentions.filter((m) => m.kind === 'person').map((m) => [m.name, m.count])).toEqual([['Paul Chambers', 3]]);
  });

  it('gives the figures of a possessive estimate, a "He saw" and a raised target to the person', () => {
    expect(figureBy(text, 9)).toEqual([null, null]);
    expect(figureBy(text, 6)).toEqual(['Paul Chambers', null]);
    expect(figureBy(text, 8)).toEqual(['Paul Chambers', null]);
    expect(figureBy(text, 5)).toEqual(['Paul Chambers', null]);
    // "could target" is a verb, not a forecast.
    expect(claims('Dr Ana Ruiz led the trial. She studied whether the drug could target 3 kinds of cells.').filter((c) => c[0] === 'figure')).toEqual([['figure', null, null, 3]]);
  });

  it('gives the toll a titled person fears to that person, past a title\'s qualifier ("Prime Minister X has feared …")', () => {
    expect(figureBy('Prime Minister Ana Ruiz has feared the number of dead could reach 4,000, since word from the valleys is slow to arrive.', 4000)).toEqual(['Ana Ruiz', null]);
    expect(figureBy('Deputy Prime Minister Ana Ruiz saw exports growing 6 per cent.', 6)).toEqual(['Ana Ruiz', null]);
    // What a person fears for is no figure of hers.
    expect(figureBy('Prime Minister Ana Ruiz visited the valley, where 5,000 people feared for their homes.', 5000)).toEqual([null, null]);
  });
});

describe('who reports a figure', () => {
  it('gives the figures after "with <body> saying" to that body', () => {
    const text = 'Officials gave conflicting numbers on Monday, with the National Disaster Management Agency saying that there were 310 people on the passenger list with 140 rescued and 9 dead.';
    expect(figureSources(text)).toEqual(['310 National Disaster Management Agency', '140 National Disaster Management Agency', '9 National Disaster Management Agency']);
  });

  it('gives the second of two "X said …, and <noun> Y said …" clauses to Y', () => {
    const text = 'Union leaders said 14 of the marchers were badly hurt, and activist Lena Vogt said more than 120 had been arrested.';
    expect(figureSources(text)).toEqual(['14 -', '120 Lena Vogt']);
  });

  it('reads a line wrapped after a capitalised name or a comma as one sentence', () => {
    const text = 'The toll has climbed to 64, the news site NDTV\nreports, citing officials.\n\nHe told reporters that 19 people had died,\nof whom 11 were children, police chief Omar Haddad said.';
    expect(figureSources(text)).toEqual(['64 NDTV', '19 Omar Haddad', '11 Omar Haddad']);
  });

  it('reads a line wrapped after "and" before a number as one sentence', () => {
    const text = 'Regional police chief Omar Haddad said that,\naccording to figures from the local hospital, between 20 and\n31 people were killed.';
    expect(figureSources(text)).toEqual(['20 Omar Haddad']);
  });
});

describe('who reports a sentence', () => {
  it('gives a sentence closed by ", announced the <body>" to that body, not to a name inside it', () => {
    const text = "Kelmor authorities held 120 people after protests over the arrest of Ostra's mayor Karim Salek, announced the Ministry of Internal Affairs of Kelmor.";
    expect(claimSources(text)).toEqual(['statement Ministry of Internal Affairs of Kelmor', 'figure Ministry of Internal Affairs of Kelmor']);
  });

  it('does not make the person a rally was "called to" protest by the source of the sentence', () => {
    const text = 'OSTRA — Kelmor police held opposition leader Karim Salek in central Ostra on Monday at a rally Salek had called to protest graft.';
    expect(claimSources(text)).not.toContain('statement Karim Salek');
  });

  it('gives the figures of a participle after a speaker turned round after a quote to that speaker', () => {
    const text = "'We are very pleased with the quarter,' said Ana Ruiz, Zenit's chief executive, noting sales to date of more than 5 million phones.";
    expect(claimSources(text)).toEqual(['quote Ana Ruiz', 'figure Ana Ruiz']);
  });

  it('makes "the group" the company named with a company noun', () => {
    const text = 'Phone maker Zenit posted a profit of $40m. The result was a 120% rise on a year earlier, the group said in a statement.';
    expect(claimSources(text)).toEqual(['statement Zenit', 'figure Zenit', 'statement Zenit', 'figure Zenit']);
  });

  it('reads a sentence whose line breaks before a lower-case word as one sentence', () => {
    const text = 'Zenit Corp posted a profit of $40m.\nThe company also said it had sold\ntwo million phones in the quarter.';
    expect(extract(text).claims.find((c) => c.figures[0]?.value === 2_000_000)?.attributedTo).toBe('Zenit Corp');
    // A blank line still ends the paragraph.
    expect(extract('The plan was dropped\n\nby the council on Monday.').claims.length).toBe(0);
  });
});

describe('a list of clauses each with its own subject and verb', () => {
  it('gives each count to its own subject, also where a clause leaves its verb out', () => {
    const text = 'According to the report, Kelmor Hospital reported three deaths, Ostra Clinic reported five, Varn Institute 12 and Belmont College had none.';
    expect(figureSources(text)).toEqual(['3 Kelmor Hospital', '5 Ostra Clinic', '12 Varn Institute']);
    // Commas that only set off what the subject said leave it one source.
    expect(figureSources('Kelmor Hospital reported 30 deaths, the highest toll of the week, and 12 injuries.')).toEqual(['30 Kelmor Hospital', '12 Kelmor Hospital']);
  });

  it('gives a gapped count after a name that cannot speak (a place) to nobody, not to the first subject', () => {
    expect(figureSources('Kelmor Hospital reported three deaths, Varn Institute reported five, Lagos 12.')).toEqual(['3 Kelmor Hospital', '5 Varn Institute', '12 -']);
  });
});

describe('subjects set apart from their figures', () => {
  it('reads a subject across a dash aside ("the X (XS) — the agency — announced")', () => {
    expect(figureBy('Later the Kelmor Security Service (KSS) — the intelligence agency — announced the toll had been 36 dead and 58 wounded.', 36)).toEqual(['Kelmor Security Service', null]);
  });
  it('does not give the main clause\'s figure to the subject of a later "after" clause', () => {
    expect(figureBy('Kelmor Soft, which has 270 clients, was expected to deepen investor worries on Friday after peers Acme Data and Brix Systems posted weak earnings.', 270)).toEqual([null, null]);
    // "before" right before the verb opens no clause of its own subject.
    expect(figureBy('The ice shrank in just three years, faster than anything seen before, said study author Ana Ruiz.', 3)).toEqual(['Ana Ruiz', null]);
  });
});

describe('"according to" a titled officer of a body', () => {
  it('gives "according to Kelmor CEO Ana Ruiz" to the officer, "according to the Kelmor Times" to the outlet', () => {
    expect(figureBy('Sales grew 9% in the quarter, according to Kelmor CEO Ana Ruiz.', 9)[0]).toBe('Ana Ruiz');
    expect(figureBy('Sales grew 9% in the quarter, according to the Kelmor Times.', 9)[0]).toBe('Kelmor Times');
  });
});

describe('a company suffix before a new sentence', () => {
  it('ends the sentence at "Inc." before a quote mark or a capitalised function word, so the payer keeps no later figure', () => {
    const text = 'The quarter held a $30 million payment from drugmaker Kelmor Inc. "This hurts the outlook," said Ana Ruiz, who helps manage $2 billion.';
    expect(figureBy(text, 2_000_000_000)).toEqual(['Ana Ruiz', null]);
    expect(figureBy(text, 30_000_000)[0]).not.toBe('Kelmor Inc');
    expect(extract('Acme bought Ostra Ltd. The deal cost $5 million, Acme said.').claims.some((c) => c.kind === 'statement' && c.text.startsWith('The deal'))).toBe(true);
  });

  it('keeps "Inc. said" and "Inc. Chief Executive <name>" in one sentence', () => {
    expect(figureBy('Kelmor Inc. said 40 jobs would go.', 40)).toEqual(['Kelmor Inc', null]);
    expect(figureBy('Kelmor Inc. Chief Executive Ana Ruiz said 40 jobs would go.', 40)).toEqual(['Ana Ruiz', null]);
  });
});

describe('a trailing "according to X" after a figure', () => {
  it('gives the figure right before it to X, and the earlier figures to the sentence subject', () => {
    const text = 'Kelmor Ltd reported revenue of $24 million for the quarter, missing analysts estimates of $26.5 million, according to Ostra Data.';
    expect(figureBy(text, 24_000_000)).toEqual(['Kelmor Ltd', null]);
    expect(figureBy(text, 26_500_000)).toEqual(['Ostra Data', null]);
  });
});

describe('the payer of money named after "from"', () => {
  it('is no speaker: ", said <person>" after it names the source', () => {
    expect(figureBy('The quarter included a $40 million payment from US chipmaker Kelmor Systems, said Ana Ruiz.', 40_000_000)).toEqual(['Ana Ruiz', null]);
    expect(figureBy('Acme paid a $40 million fine from the Ostra Regulator, said Ana Ruiz.', 40_000_000)).toEqual(['Ana Ruiz', null]);
  });
});

describe('a distance glossing a place in a speaker’s sentence', () => {
  it('is the article’s, not the speaker’s: "in <place>, N kilometers (M miles) north of <place>"', () => {
    const text = 'At least 70 people died, Vice President Ana Ruiz told reporters in Nkala, 90 kilometers (56 miles) north of Kelmor.';
    expect(figureBy(text, 70)).toEqual(['Ana Ruiz', null]);
    // The distance placing Nkala is no figure at all (extract-figure-lengths-and-terms.test.ts).
    expect(extract(text).claims.filter((c) => c.kind === 'figure').map((c) => c.figures[0]!.value)).toEqual([70]);
  });

  it('keeps a reported length that follows a verb ("the storm was moving at N km an hour, the bureau said")', () => {
    expect(figureBy('The storm was moving at 20 kilometers an hour, the Kelmor Weather Bureau said.', 20)).toEqual(['Kelmor Weather Bureau', null]);
  });
});

describe('figures of a person named with a title or an apposition, and of nobody', () => {
  it('gives "according to the province\'s health minister, X" to the person the title describes', () => {
    expect(figureBy('At least 14 people died, according to the province\'s health minister, Nora Feld.', 14)).toEqual(['Nora Feld', null]);
  });

  it('reads past a place narrowing that title ("according to Arland province\'s health minister, X")', () => {
    expect(figureBy('Floods hit the valley, with at least 14 deaths, according to Arland province\'s health minister, Nora Feld.', 14)).toEqual(['Nora Feld', null]);
  });

  it('gives a price target to the analyst who set it, past the apposition after his name', () => {
    const text = 'Kelmor shares fell. Tim Cole, an analyst at Arden Capital, cut his price target on the stock to $12 from $20, but kept his rating.';
    expect(figureBy(text, 12)).toEqual(['Tim Cole', null]);
    expect(figureBy(text, 20)).toEqual(['Tim Cole', null]);
  });

  it('gives no one the figures of a consensus estimate set beside a person\'s forecast', () => {
    const text = 'Tim Cole is an analyst. He cut his forecasts to a profit of 4 cents a share on sales of $20.5 million, compared with a consensus estimate of 7 cents a share profit on revenue of $26.1 million.';
    expect(figureBy(text, 4)).toEqual(['Tim Cole', null]);
    expect(figureBy(text, 7)).toEqual([null, null]);
    expect(figureBy(text, 26_100_000)).toEqual([null, null]);
  });
});

describe('a consensus estimate its compiler reports', () => {
  it('keeps the consensus with the source whose reporting verb closes the sentence', () => {
    const text = 'Revenue came in at $3.1 billion, ahead of the consensus forecast of $3.05 billion, Kelmor Data said.';
    expect(figureBy(text, 3_050_000_000)).toEqual(['Kelmor Data', null]);
  });
});

describe('"to say" after what the subject did', () => {
  it('gives the figure to the one person the sentence opens with', () => {
    expect(figureBy('Rain fell all week. The mayor, Tomas Brandt, went on radio soon after to say the toll could be up to 400.', 400)).toEqual(['Tomas Brandt', null]);
  });

  it('reads "to declare that" after filler words as "to say" ("X earlier had made an appearance to declare that …")', () => {
    expect(figureBy('Fire hit the town. Tomas Brandt earlier had made an appearance to declare that the toll could reach 400.', 400)).toEqual(['Tomas Brandt', null]);
  });

  it('gives none where the subject declined to say', () => {
    expect(figureBy('Tomas Brandt declined to say how many of the 400 guests were hurt.', 400)).toEqual([null, null]);
  });
});

describe('a day between a named source and its verb', () => {
  it('gives "Minister X on Saturday said 40 died" to X', () => {
    expect(figureBy('Minister Karl Hoff on Saturday said 40 people died.', 40)).toEqual(['Karl Hoff', null]);
  });
});

describe('the reporter of a figure behind a phrase, a relative clause or a place', () => {
  it('reads "showed up" as no reporting verb, so a closing "said X" reports the figure', () => {
    const text = 'The tremor at 4:10 p.m. KST showed up as a magnitude 2.3 event at the Ostra stations, said university spokesman Tom Reed.';
    expect(figureBy(text, 2.3)).toEqual(['Tom Reed', null]);
  });

  it('gives "…in a named place, said spokeswoman X." to X, not the body or place before the comma', () => {
    const text = 'The second driver died at Kelmor Regional Medical Center in Ostra, said hospital spokeswoman Ana Ruiz.';
    expect(extract(text).claims.map((c) => c.attributedTo)).toEqual(['Ana Ruiz']);
  });

  it('gives a joined clause whose unnamed subject has a relative clause its own reporter', () => {
    const text = 'March organizer Ana Ruiz said 30,000 people had joined, and a civic group that said it had made its own count put the figure at 21,000 or more.';
    expect(figureBy(text, 30000)).toEqual(['Ana Ruiz', null]);
    expect(figureBy(text, 21000)).toEqual([null, 'a civic group']);
  });

  it('reads a body with its short form in brackets and a place phrase before "reported"', () => {
    const text = 'The Kelmor Institute of Health Sciences (KIHS) at Ostra in Brask district reported forty-one dead.';
    expect(figureBy(text, 41)).toEqual(['Kelmor Institute of Health Sciences', null]);
  });
});

describe('a body that revises a forecast reports its figures (issue #3)', () => {
  it('gives "The World Bank last raised X’s growth forecast to 4.2 per cent from 3.9 per cent" to the bank', () => {
    const text = 'The World Bank last raised Kelmor’s growth forecast for the year to 4.2 per cent from 3.9 per cent.';
    expect(figureBy(text, 4.2)[0]).toBe('World Bank');
    expect(figureBy(text, 3.9)[0]).toBe('World Bank');
    expect(figureBy(text.replace('last raised', 'cut'), 4.2)[0]).toBe('World Bank');
  });

  it('keeps a body that raises something other than a forecast from reporting it', () => {
    expect(figureBy('The World Bank raised its lending to Kelmor by 4.2 per cent.', 4.2)[0]).toBeNull();
  });
});

describe('the subject of a verb of tallying gives the figure', () => {
  it('reads a word of the day between a body and its verb ("X today raised the death toll … to N")', () => {
    const text = 'The Ostran Red Crescent today raised the death toll from storms on Kelmor island to more than 300 as towns prepared for burials.';
    expect(figureBy(text, 300)).toEqual(['Ostran Red Crescent', null]);
    expect(figureBy('The Kelmor Coast Guard yesterday said 14 sailors were rescued.', 14)).toEqual(['Kelmor Coast Guard', null]);
  });

  it('takes "set" and "pegged" as verbs of a tally ("X set the death toll at N", "X on Monday pegged the death toll at N")', () => {
    expect(figureBy('Interior Minister Tomas Brenn on Monday pegged the death toll at 400.', 400)).toEqual(['Tomas Brenn', null]);
    // A clause after "while" with a subject the text does not name is not the first body's.
    const text = "In separate updates, the Ostran Red Crescent set the death toll from Friday's floods at 413 while the government's disaster council put the figure at 362.";
    expect(figureBy(text, 413)).toEqual(['Ostran Red Crescent', null]);
    expect(figureBy(text, 362)).toEqual([null, "the government's disaster council"]);
  });

  it('gives a count a body has on its books ("X still had N people listed as missing") to that body', () => {
    const text = 'The Ostran Red Crescent still had more than 300 people classified as missing late on Monday, down from more than 600 earlier in the day.';
    expect(figureSources(text)).toEqual(['300 Ostran Red Crescent', '600 Ostran Red Crescent']);
    // A count the body has that it keeps no record of is not a report.
    expect(figureSources('The Ostran Red Crescent has 300 people on its staff.')).toEqual(['300 -']);
  });
});

describe('a clause with its own reporter after "to declare that"', () => {
  it('keeps the second clause\'s figure from the subject who set out to declare', () => {
    const text = 'Fire hit the town. Tomas Brandt earlier had made an appearance to declare that the count had tabulated 69 percent of the ballots, although the Kelmor Post and other media outlets had reported that more than 90 percent had been counted.';
    expect(figureBy(text, 69)).toEqual(['Tomas Brandt', null]);
    expect(figureBy(text, 90)).toEqual([null, 'other media outlets']);
  });
});

describe('a subject that passes on what it was told', () => {
  it('gives the count to a body that "has been told" it, past a relative clause set off by commas', () => {
    const text = 'A blast hit Kelmor on Friday. The Red Crescent, which has a team in the town to help the survivors of the blast, has been told 31 people were confirmed dead.';
    expect(figureBy(text, 31)).toEqual(['Red Crescent', null]);
    expect(figureBy('Tomas Brenn was told that 12 miners were trapped.', 12)).toEqual(['Tomas Brenn', null]);
  });

  it('gives nothing to one told to do something, or told by another', () => {
    expect(figureBy('Ana Ruiz was told to leave the town after 30 people died.', 30)).toEqual([null, null]);
  });
});

describe('an adverb between a subject and its tally', () => {
  it('gives the toll to the person apposed to the subject ("X, Y, meanwhile gave a toll of")', () => {
    const text = 'A blast hit Kelmor on Friday. The regional head of the charity Hopeway, Maria Dunne, meanwhile gave a toll of 90 deaths.';
    expect(figureBy(text, 90)).toEqual(['Maria Dunne', null]);
    expect(figureBy('Tomas Brenn however put the toll at 40.', 40)).toEqual(['Tomas Brenn', null]);
  });
});

describe('a passive "told" after a relative clause on a title\'s body', () => {
  it('gives the count to no body the title names ("X, the head of Y, which runs Z, was told")', () => {
    const text = 'The chief of the Harlow Mining Group, which owns the Brant Mine, was told 14 miners were trapped.';
    expect(figureBy(text, 14)).toEqual([null, null]);
  });
});

describe('the body a statement is made to', () => {
  it('is no company that "the company" stands for: the company named before made the statement', () => {
    const r = extract('Ostra Refining Corp (ORC) on Thursday reported a surge in its profit.\n\nIn a statement to the Varn Stock Exchange (VSE), the company reported a net profit of $5.5 million for the quarter.');
    expect(figure(r, '$5.5 million').claim.attributedTo).toBe('Ostra Refining Corp');
  });

  it('still gives "the company" the last company named where it is no recipient', () => {
    const r = extract('Ostra Refining Corp (ORC) on Thursday reported a surge in its profit.\n\nVarn Trading Corp bought a plant. The company reported a net profit of $5.5 million for the quarter.');
    expect(figure(r, '$5.5 million').claim.attributedTo).toBe('Varn Trading Corp');
  });
});

describe('a tally named with its keeper: "based on X’s count", "the toll of X remained at N"', () => {
  it('gives "based on the Ostra Red Cross’ count" the figure of its clause, not the next clause’s', () => {
    const text = 'At least 21 have been killed in Varn based on the Ostra Red Cross’ count, but the toll of the Kelmor Disaster Council remained at two on Monday.';
    expect(figureBy(text, 21)[0]).toBe('Ostra Red Cross');
    expect(figureBy(text, 2)[0]).toBe('Kelmor Disaster Council');
  });

  it('"based on" a place’s figures or on no tally names no source', () => {
    expect(figureBy('At least 21 have been killed in Varn based on Ostra’s history of storms.', 21)[0]).toBeNull();
  });

  it('"the toll of X rose to 30" is X’s; "the share of X rose to 30 per cent" is no toll', () => {
    expect(figureBy('By Monday the death toll of the Kelmor Disaster Council rose to 30.', 30)[0]).toBe('Kelmor Disaster Council');
    expect(figureBy('By Monday the share of the Kelmor Disaster Council rose to 30 per cent.', 30)[0]).toBeNull();
  });
});

describe('a company opening a sentence owns its results', () => {
  it('gives the figures of its own results or of what it sold to the company', () => {
    expect(figureSources("Kelmor Soft Inc's latest quarterly profit jumped 38% to $10.7 billion.")).toEqual(['38 Kelmor Soft Inc', '10700000000 Kelmor Soft Inc']);
    expect(figureSources('Kelmor Soft Inc sold 47.5 million phones in the quarter.')).toEqual(['47500000 Kelmor Soft Inc']);
  });

  it('leaves its share price, an unnamed reporter and another company’s clause alone', () => {
    expect(figureSources('Kelmor Soft Inc shares fell 8% on Tuesday.')).toEqual(['8 -']);
    expect(figureBy("Kelmor Soft Inc's profit rose 38%, analysts said.", 38)).toEqual([null, 'analysts']);
    expect(figureSources('Kelmor Soft Inc sold 5 million phones, while Varn Mobile Ltd sold 3 million.')).toEqual(['5000000 Kelmor Soft Inc', '3000000 -']);
  });
});

describe('"he" after a sentence closing in ", X said"', () => {
  const lead = 'Ana Brenn, the governor, visited. Tomas Varn, the agency’s head, said the toll stood at 103. ';
  /** The source of the figure "More than 30" after `middle`. */
  const ofThirty = (middle: string): string | null =>
    extract(`${lead}${middle} More than 30 people in Ostra were still missing as of Tuesday, he said.`).claims.find((c) => c.kind === 'figure' && c.figures[0]!.value === 30)!.attributedTo;
  it('stands for X, not for a person named in a clause X reports', () => {
    expect(ofThirty('While others — including Brenn — have claimed that most victims were children, it is still too early to tell, Varn said.')).toBe('Tomas Varn');
  });
  it('stands for the person a sentence with no closing report names', () => {
    expect(ofThirty('Most victims were children, Brenn told reporters on Monday at the site.')).toBe('Ana Brenn');
  });
});

describe('the data of a named body, and a clause of "even as"', () => {
  it('gives the figures of a sentence whose subject is "Figures from" a body to that body, whatever its verb', () => {
    expect(figureSources('Figures from the Varn Health Ministry raised the number of dead by 36 on Monday to 1,208.')).toEqual(['36 Varn Health Ministry', '1208 Varn Health Ministry']);
    // The owner named before the body is not the source alone; a ministry its portfolio alone names keeps its owner's name.
    expect(figureSources("Figures from Kelmor's Interior Ministry, which the Ostra Post uses for its count, lifted the toll to 1,208.")).toEqual(["1208 Kelmor's Interior Ministry"]);
    // Data from a body's people are theirs, described; data of no named body have no source.
    expect(figureBy('Data from two Kelmor Bank sources estimate that 48 branches closed.', 48)).toEqual([null, 'two Kelmor Bank sources']);
    expect(figureSources('Figures from the last census put the population at 40,000.')).toEqual(['40000 -']);
  });

  it('does not give the figures before "even as" to the person of that clause', () => {
    expect(figureSources('The new count took the tally of dead in Varn to 1,320, even as President Tomas Kerlin called on agencies to agree on one toll.')).toEqual(['1320 -']);
    // Without "even", "as" sets no clause apart.
    expect(figureSources('President Tomas Kerlin said 1,320 had died, as rescuers dug on.')).toEqual(['1320 Tomas Kerlin']);
  });
});

describe('a body that holds to a count or publishes that …', () => {
  it('gives the count of "X also sticks to 13 deaths" to X', () => {
    expect(figureSources('The Kelmor Broadcasting Corporation also sticks to 13 deaths.')).toEqual(['13 Kelmor Broadcasting Corporation']);
    // Holding to a plan is no count given.
    expect(figureSources('The Kelmor Broadcasting Corporation stuck to its plan for 13 stations.')).toEqual(['13 -']);
  });

  it('gives what X "published that" to X, not what X published as a list', () => {
    expect(figureSources('The Ostra Herald published that eight bodies had been recovered.')).toEqual(['8 Ostra Herald']);
    expect(figureSources('The Ostra Herald published a list of eight schools.')).toEqual(['8 -']);
  });
});

describe('a body that lists people as missing', () => {
  it('gives the count to the body its noun stands for ("The ministry still lists 940 people as missing")', () => {
    expect(figureBy('The Varn Health Ministry said 400 died. The ministry still lists 940 people as missing.', 940)).toEqual(['Varn Health Ministry', null]);
  });
  it('leaves a list with no "as" alone', () => {
    expect(figureBy('The Varn Health Ministry said 400 died. The ministry lists 12 hospitals in the region.', 12)).toEqual([null, null]);
  });
});
