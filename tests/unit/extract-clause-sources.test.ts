// Which clause a source governs: joined and relative clauses, participles, asides and turned-round attributions.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';
import { byKind, mentionLabels as mentions, speakerOf } from './extract-source-helpers';

/** The source of the figure claim whose number is `phrase`. */
function sourceOfFigure(text: string, phrase: string): string | null {
  const claim = extract(text).claims.find((c) => c.kind === 'figure' && c.figures[0]!.phrase === phrase);
  if (!claim) throw new Error(`no figure "${phrase}"`);
  return claim.attributedTo;
}
/** "value by" of each figure claim. */
const figureSources = (text: string): string[] => extract(text).claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.attributedTo}`);

describe('a clause keeps its own source', () => {
  it('gives the first clause of "X, which …, had suggested N but Title Y said M" to no one, and M to Y', () => {
    const text = 'Her party, which staged the march, had suggested two million would come but Brask Police Chief Anton Vell said 300,000 came.';
    expect(sourceOfFigure(text, 'two million')).toBeNull();
    expect(sourceOfFigure(text, '300,000')).toBe('Anton Vell');
  });

  it('keeps a joined verb with a number after it to its clause, whatever verb closes the sentence', () => {
    const text = 'The ministry said two million would come but Anton Vell said 300,000 showed up.';
    expect(sourceOfFigure(text, 'two million')).toBeNull();
  });

  it('gives what follows "quoting X as saying" to X', () => {
    const text =
      'A day after Health Minister Lina Varga raised the official toll to 180,000, her office released a statement quoting President Anton Bral as saying 150,000 people had been buried.';
    expect(sourceOfFigure(text, '180,000')).toBe('Lina Varga');
    expect(sourceOfFigure(text, '150,000')).toBe('Anton Bral');
  });

  it('gives "<Place> police put the figure at N" to the police, and the clause after "while" to its own source', () => {
    const text = 'The Kelmor police put the figure at 40,000 while the Interior Ministry said the number was 18,000.';
    expect(sourceOfFigure(text, '40,000')).toBe('Kelmor police');
    expect(sourceOfFigure(text, '18,000')).toBe('Interior Ministry');
    // A short form in brackets may stand between the clause's subject and its verb.
    const bracketed = 'The Kelmor police put the figure at 40,000 while the Interior Security Bureau (ISB) said the number was 18,000.';
    expect(sourceOfFigure(bracketed, '18,000')).toBe('Interior Security Bureau');
  });

  it('gives a figure after "X put the number at" to X', () => {
    expect(sourceOfFigure('Kelmor Party spokesperson Ana Ruiz put the number at 10,000.', '10,000')).toBe('Ana Ruiz');
  });
});

describe('a full stop with its space lost still ends a sentence', () => {
  it('does not read a figure of the next sentence into the clause before', () => {
    const text = 'The toll was lower than the 800 given by the authorities.In the afternoon, the mayor read the names of 279 people.';
    const claim = extract(text).claims.find((c) => c.kind === 'figure' && c.figures[0]!.phrase === '800');
    expect(claim?.text).not.toContain('279');
  });
});

describe('a participle’s subject is the one that acts', () => {
  it('gives "…, citing …" to no one where an unnamed subject acts on a person named after its verb', () => {
    const text = 'Mara Voss landed in Brask on Monday. Earlier, officials advised Voss to travel by air, citing the risk of 30 roadblocks.';
    const sources = extract(text).claims.filter((c) => c.kind !== 'quote').map((c) => c.attributedTo);
    expect(sources).not.toContain('Mara Voss');
  });

  it('still gives "…, citing …" to a person who is the subject', () => {
    const text = 'Mara Voss cancelled the trip to Brask, citing the risk of 30 roadblocks.';
    expect(sourceOfFigure(text, '30')).toBe('Mara Voss');
  });
});

describe('the subject of the main clause speaks, not a person named inside it', () => {
  it('gives "He took a dig at the X-led government, saying “…”" to the one "he" stands for', () => {
    const text =
      'Finance Minister Tove Harrand spoke on Monday.\n\nHe took a dig at the last Arno Velt-led cabinet, saying it spent freely with “nothing to show for it.”';
    expect(speakerOf(text, 'nothing to show')).toBe('Tove Harrand');
  });

  it('does not give "The governor said that X must speak, saying “…”" to X', () => {
    const text = 'The governor said that everyone, including the treasurer, Mrs. Lina Oduya, must speak up, saying that “we want the money back.”';
    expect(speakerOf(text, 'money back')).not.toBe('Lina Oduya');
  });

  it('still gives a participle to the first person where the sentence opens with the name', () => {
    const text = 'Lina Oduya criticised the plan of Arno Velt, saying “it will fail.”';
    expect(speakerOf(text, 'it will fail')).toBe('Lina Oduya');
  });
});

describe('government bodies named in lower case report their figures', () => {
  it('makes a portfolio ministry after a demonym or a country’s possessive a government mention', () => {
    expect(mentions('The Peruvian transport ministry said 14 buses were stopped.')).toContain('Peruvian transport ministry government');
    expect(mentions('Later, Chile’s health ministry said 30 people were hurt.')).toContain('Chile’s health ministry government');
  });

  it('gives a count revised by the subject of the sentence to it, past a weekday', () => {
    const text = 'The Peruvian interior ministry Monday lowered the toll in the floods from 31 to 15.';
    expect(figureSources(text)).toEqual(['31 Peruvian interior ministry', '15 Peruvian interior ministry']);
  });

  it('gives the figures of a body’s forecast to the body', () => {
    expect(figureSources('The Trade Ministry expects exports to grow by 3.8% next year.')).toEqual(['3.8 Trade Ministry']);
  });
});

describe('turned-round and interrupted attributions', () => {
  it('takes "…, stated the <body>" as the source', () => {
    const r = extract('Inflation rose by 5.1% in May against a fall of 0.2% in April, stated the Kestrel Bureau of Statistics.');
    expect(figure(r, '5.1%').claim.attributedTo).toBe('Kestrel Bureau of Statistics');
  });
  it('skips an aside between the subject and its verb ("X, in a statement, said")', () => {
    const r = extract('Meanwhile, the Ministry of Transport, in an official statement, said 30 bridges were closed.');
    expect(figure(r, '30').claim.attributedTo).toBe('Ministry of Transport');
  });
  it('gives "the statement added" to the body that issued it', () => {
    const r = extract('The Kestrel Institute said on Monday that prices were rising. "We expect this to last into next year," the statement added.');
    expect(speakerOf(r, 'We expect')).toBe('Kestrel Institute');
  });
  it('gives a partial quote to the speaker of ", he said, adding …" after it', () => {
    const r = extract('Superintendent Joel Amadi spoke to the press. The force had “no patience for gangs threatening the peace of the valley” in the region, he said, urging residents to help.');
    expect(speakerOf(r, 'no patience')).toBe('Joel Amadi');
  });
  it('reads no figure in "zero tolerance"', () => {
    const r = extract('The force had zero tolerance for gangs in the region, he said.');
    expect(r.claims.filter((c) => c.kind === 'figure')).toEqual([]);
  });
});

describe('a turned-round "…, said the <noun>" names the source after the verb', () => {
  it('does not give the sentence to the name before the comma', () => {
    const r = extract('Wages fell at the Kestrel Mining Company, said the report.');
    expect(r.claims.filter((c) => c.attributedTo !== null)).toEqual([]);
  });
  it('gives it to a body named after "the", past a name before the comma', () => {
    const r = extract('Sales rose 4% at Acme Corp, said the Kestrel Bureau of Statistics.');
    expect(figure(r, '4%').claim.attributedTo).toBe('Kestrel Bureau of Statistics');
  });
  it('gives "said the company" to the company named before', () => {
    const r = extract('Acme Corp, said the company, has grown fast.');
    expect(r.claims.map((c) => c.attributedTo)).toEqual(['Acme Corp']);
  });
  it('keeps the subject of "X, a spokeswoman, said the plan failed"', () => {
    const r = extract('Dana Whitfield, a spokeswoman for Acme Foods, said the plan failed.');
    expect(r.claims.map((c) => c.attributedTo)).toEqual(['Dana Whitfield']);
  });
});

describe('"X quoted Y as saying"', () => {
  it('gives a sentence closed by it to who quotes, past a joined clause', () => {
    expect(byKind(extract('Three policemen were abducted at Tall while two bodies were found in Matta, Ostra News channel quoted sources and witnesses as saying.'), 'figure')).toEqual(['Ostra News', 'Ostra News']);
  });

  it('is no report where "as saying" does not follow', () => {
    expect(byKind(extract('Three policemen were abducted at Tall while two bodies were found in Matta, Ostra News channel quoted in a report.'), 'figure')).toEqual([null, null]);
  });

  it('gives what follows "quoted the <body> <title> Y who said/claimed" to Y', () => {
    const text = 'Earlier reports put the toll at 12. And Radio Varn quoted the Kelmor Red Cross spokeswoman Ana Ruiz who claimed that nearly 60 homes had been washed off the hillside.';
    expect(sourceOfFigure(text, 'nearly 60')).toBe('Ana Ruiz');
    // A relative clause that does not report gives Y nothing.
    expect(sourceOfFigure('And Radio Varn quoted the Kelmor Red Cross spokeswoman Ana Ruiz who visited 60 homes on Monday.', '60')).toBeNull();
  });
});

describe('"X in a post on Thursday said"', () => {
  it('reads past a short unpunctuated aside naming what the speaker issued', () => {
    expect(byKind(extract('Rebel spokesman Omar Dalil in a twitter post on Thursday said the strike left 13 civilians dead.'), 'figure')).toEqual(['Omar Dalil']);
    expect(byKind(extract('The Kelmor Defence Ministry in a statement said 13 soldiers died.'), 'figure')).toEqual(['Kelmor Defence Ministry']);
  });

  it('reads past "on <weekday>" with its date in brackets, but not past a comma', () => {
    expect(byKind(extract('Varn Telecom on Thursday (Nov 9) posted an 82.6 per cent fall in net profit.'), 'figure')).toEqual(['Varn Telecom']);
    expect(byKind(extract('The Kelmor Defence Ministry on Monday (May 4) said 13 people died.'), 'figure')).toEqual(['Kelmor Defence Ministry']);
    expect(byKind(extract('Omar Dalil on Thursday (Nov 9), after the raid, said 13 died.'), 'figure')).toEqual([null]);
  });

  it('does not read past other phrases, nor across a clause', () => {
    expect(byKind(extract('Omar Dalil in a bid to calm fears said 13 died.'), 'figure')).toEqual([null]);
    expect(byKind(extract('Omar Dalil in the village of Tarsk said 13 died.'), 'figure')).toEqual([null]);
    expect(byKind(extract('Omar Dalil arrived. The army in a statement on Monday said 13 died.'), 'figure')).toEqual([null]);
  });
});

describe('clauses whose figures are not the named source\'s', () => {
  it('gives "…, while an official put the figure at N" to the unnamed official', () => {
    const r = extract('Tomas Brenn, a village elder, said 21 civilians were killed in the raid, while a provincial official put the figure at 22.');
    expect(figure(r, '21').claim.attributedTo).toBe('Tomas Brenn');
    expect([figure(r, '22').claim.attributedTo, figure(r, '22').claim.reportedBy]).toEqual([null, 'a provincial official']);
  });
  it('gives "An official put the toll at N while <named person> said …" to the unnamed official, not to the person', () => {
    const r = extract('A district officer put the death toll at a far lower 40 while Colonel Tomas Brenn said the reports were false.');
    expect([figure(r, '40').claim.attributedTo, figure(r, '40').claim.reportedBy]).toEqual([null, 'a district officer']);
    // The person the official reports on is no speaker of a clause of their own.
    expect(figure(extract('A district officer said Colonel Tomas Brenn had put the death toll at 40.'), '40').claim.attributedTo).toBe('Tomas Brenn');
  });
  it('gives "…, while X opposition newspaper put the figure at N" to X', () => {
    const r = extract('Several local outlets estimated numbers at tens of thousands, while Kestrel Post opposition newspaper put the figure much higher at 150,000.');
    expect([figure(r, '150,000').claim.attributedTo, figure(r, '150,000').claim.reportedBy]).toEqual(['Kestrel Post', null]);
  });
  it('gives nobody the figure of a report the source denies', () => {
    const r = extract('The Kelmor army said its troops had killed more than 20 rebels on Monday, but denied reports it had killed up to eight farmers in the raid.');
    expect(figure(r, 'more than 20').claim.attributedTo).toBe('Kelmor army');
    expect(figure(r, 'up to eight').claim.attributedTo).toBeNull();
  });
});

describe('a joined clause opened by a noun of speakers before a name', () => {
  it('gives "…, while organisers <body> estimate the crowd at N" to that body, not the first clause’s reporter', () => {
    const text = 'Unofficial police estimates put the crowd at 12,000 or more, while organisers Kelmor Peace Group estimate the crowd at more than 20,000.';
    expect(sourceOfFigure(text, '12,000')).toBeNull();
    expect(sourceOfFigure(text, 'more than 20,000')).toBe('Kelmor Peace Group');
  });

  it('gives "…, while another agency, <Name>, said N" to the name the description sets off', () => {
    const text = 'Varn Radio, the broadcaster of the northern hills, reported that 14 guards died, while another wire agency, Ostra Press Service, said 19 guards died.';
    expect(figureSources(text)).toEqual(['14 Varn Radio', '19 Ostra Press Service']);
    // A list of speakers is no description of one: the figure stays with the first clause's reporter.
    const list = 'Varn Radio reported that 14 guards died, while the army, Ostra Press Service and two medics said 19 guards died.';
    expect(sourceOfFigure(list, '19')).not.toBe('Ostra Press Service');
  });
});

describe('a relative clause ", which said N" or ", who said N"', () => {
  it('gives its figure to the name the clause hangs on', () => {
    expect(sourceOfFigure('The figures came from the Kelmor Disaster Council (KDC), which said 1,140 remain missing.', '1,140')).toBe('Kelmor Disaster Council');
    expect(sourceOfFigure('The plan was backed by Ana Ruiz, who said 40 people had died.', '40')).toBe('Ana Ruiz');
  });

  it('gives ", which stuck by its total of N" to the body the clause hangs on, not to the sentence’s first speaker', () => {
    const text = 'The Interior Ministry said on Friday that 4,210 people died - 512 more than the number cited by the Kelmor Relief Council, which stuck by its total of 3,698.';
    expect(sourceOfFigure(text, '3,698')).toBe('Kelmor Relief Council');
    expect(sourceOfFigure(text, '4,210')).toBe('Interior Ministry');
    expect(sourceOfFigure('Ostra Radio put the toll at 60, well above the Kelmor Flood Agency, which kept its count at 41.', '41')).toBe('Kelmor Flood Agency');
  });

  it('does not give the main clause’s figure before it to that name', () => {
    const text = 'A village elder told reporters up to 12 people had been killed, a claim denied by the Kelmor Army, which said it had no reports of deaths.';
    expect(sourceOfFigure(text, 'up to 12')).toBeNull();
  });
});

describe('each named party of a sentence keeps its own clause', () => {
  it('gives the figure of ", who had pegged the toll at N" to the name the relative clause hangs on', () => {
    const text =
      'Even as Governor Lena Ostrova has said that the real number of victims may never be known, deputy Health Minister Karel Brenn on Monday spoke on the lines of Senate speaker Tomas Halva, who had pegged the death toll at 5,000.';
    expect(sourceOfFigure(text, '5,000')).toBe('Tomas Halva');
  });

  it('gives each "with X reporting N and Y saying M" clause its own speaker', () => {
    const text = 'The toll varied, with Reuters reporting 28 people dead and the Ostrava Herald saying at least 32.';
    expect(sourceOfFigure(text, '28')).toBe('Reuters');
    expect(sourceOfFigure(text, 'at least 32')).toBe('Ostrava Herald');
  });

  it('gives "with X, and others, reporting N" to X: the others joined between commas report with it', () => {
    const text = 'The Kelmoran army said 40 people had died in Varn, with Ostra Watch, and several local papers, reporting that around 900 people were killed.';
    expect(sourceOfFigure(text, 'around 900')).toBe('Ostra Watch');
    expect(sourceOfFigure(text, '40')).toBe('Kelmoran army');
    // An aside that is no one joined to X ("Ostra Watch, the rights group,") is not read so.
    expect(sourceOfFigure('The Kelmoran army said 40 people had died in Varn, with Ostra Watch, the rights group, reporting that around 900 people were killed.', 'around 900')).toBe('Kelmoran army');
  });

  it('gives "…, but a small local rights group has claimed N" to no one named: an unnamed subject of five words with its article', () => {
    const text = 'The Kelmor Relief Agency said 150 people had died, but a small local rights group has claimed about 9 000 people were dead.';
    expect(sourceOfFigure(text, '150')).toBe('Kelmor Relief Agency');
    expect(sourceOfFigure(text, 'about 9 000')).toBeNull();
    // Six words before the verb are no subject of a clause: the agency keeps the figure.
    expect(sourceOfFigure('The Kelmor Relief Agency said 150 people had died, but a small new local rights group has claimed about 9 000 people were dead.', 'about 9 000')).toBe('Kelmor Relief Agency');
  });

  it('gives "…, and the council said N" to the council named before, not to the first clause’s speaker', () => {
    const text = 'The Ravian Disaster Council said 40 people were killed. On Friday, Mayor Omar Hadi said 40 people were killed, and the council said 41 people were killed.';
    expect(sourceOfFigure(text, '41')).toBe('Ravian Disaster Council');
  });

  it('gives "…, while the government’s disaster council said N" to that unnamed council, not to the first clause’s body', () => {
    const claim = extract("The Ostran Red Crescent said 413 died while the government's disaster council said 362 died.").claims.find(
      (c) => c.kind === 'figure' && c.figures[0]!.value === 362,
    );
    expect([claim?.attributedTo, claim?.reportedBy]).toEqual([null, "the government's disaster council"]);
  });
});

describe('a second clause whose source is described or unnamed', () => {
  it('gives "…, while French daily X gave a toll of N" to X', () => {
    const text = 'The Ostra Times reported that 25 bodies were found at the plant on Sunday, while French daily Kelmor Post gave a toll of 30 hostages found dead.';
    expect(figureSources(text)).toEqual(['25 Ostra Times', '30 Kelmor Post']);
  });
  it('gives "…, while locals claimed … N deaths" to the locals, not to the first reporter', () => {
    const r = extract('According to figures from the district office, 28 people died while locals claimed that the toll is much higher with 48 deaths.');
    expect(r.claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.reportedBy}`)).toEqual(['28 the district office', '48 locals']);
  });
});

describe('a joined clause that opens with its own phrase or its own reporter', () => {
  it('gives "…, while in neighbouring X district, police official Y said N" to Y, not to the first speaker', () => {
    const text = 'Kelmor official Paul Brandt said at least 34 people had been killed in his district while in neighbouring Varn district, police official Tomas Lind said at least 35 deaths had been reported.';
    expect(sourceOfFigure(text, 'at least 34')).toBe('Paul Brandt');
    expect(sourceOfFigure(text, 'at least 35')).toBe('Tomas Lind');
  });
  it('keeps a figure after "while in X," with no speaker of its own to the first speaker', () => {
    const text = 'Paul Brandt said 34 people had died, while in Varn, 12 more were injured.';
    expect(sourceOfFigure(text, '12')).toBe('Paul Brandt');
  });
  it('gives "The count stands at N - but its president X said …" its first figure to no one, and X his own', () => {
    const text = 'The official death count in Ostra stands at 84 - but its president Tomas Varn said on Monday he had seen more than 1,000 bodies.';
    expect(sourceOfFigure(text, '84')).toBeNull();
    expect(sourceOfFigure(text, 'more than 1,000')).toBe('Tomas Varn');
  });
  it('keeps both figures to X where X reports the clause before "but" too', () => {
    const text = 'Tomas Varn said the count stands at 84, but he said on Monday he had seen more than 1,000 bodies.';
    expect(sourceOfFigure(text, '84')).toBe('Tomas Varn');
  });
});

describe('a conceded clause before the named speaker of the main one', () => {
  /** "value by|reportedBy" of each figure claim. */
  const owners = (text: string): string[] =>
    extract(text).claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? c.reportedBy}`);
  it('gives "While residents claimed N, X said M" N to the residents and only M to X', () => {
    expect(owners('While residents have claimed that 15 people were killed in Kelmor, police chief Tomas Lind said only four bodies were found.')).toEqual(['15 residents', '4 Tomas Lind']);
  });
  it('gives the figure of a conceded clause nobody reports to no one', () => {
    expect(owners('While it was first reported that 15 people were killed, police chief Tomas Lind said only four bodies were found.')).toEqual(['15 null', '4 Tomas Lind']);
  });
  it('keeps both figures to X where X also reports the conceded clause', () => {
    expect(owners('While Tomas Lind said 15 people were killed, he later said only four bodies were found.')).toEqual(['15 Tomas Lind', '4 Tomas Lind']);
  });
});

describe('a speaker singled out by a relative clause with no comma', () => {
  it('reads "the head of X who visited … said" as X, past the clause', () => {
    expect(sourceOfFigure('The head of the Ostra Red Cross who visited the village on Monday morning said nine bodies were found.', 'nine')).toBe('Ostra Red Cross');
  });
  it('gives the main clause of "While locals claimed N, the head of X who visited … said M" to X only', () => {
    const text = 'While the locals have claimed that 15 people were killed, the Commissioner of Police in Varn who visited the scene on Monday said only four bodies were found.';
    expect(sourceOfFigure(text, '15')).toBeNull();
    expect(sourceOfFigure(text, 'four')).toBe('Police');
  });
  it('does not read a name inside a clause that reports on its own', () => {
    expect(sourceOfFigure('A man who told Ostra Radio of the attack said nine people died.', 'nine')).toBeNull();
  });
});

describe('a joined clause whose subject is described, not listed as a speaker', () => {
  /** "by|reportedBy" of the figure claim whose number is `phrase`. */
  const ownerOf = (text: string, phrase: string): string | null | undefined => {
    const c = extract(text).claims.find((x) => x.kind === 'figure' && x.figures[0]!.phrase === phrase);
    return c && (c.attributedTo ?? c.reportedBy);
  };
  it('gives "…, even though a ferryman at X said only N" to the ferryman, not the first speaker', () => {
    const text = 'Tomas Lind said the toll was 40,000 higher, even though a ferryman at the old jetty just south of Kelmor said only three boats had sunk there this week.';
    expect(ownerOf(text, '40,000')).toBe('Tomas Lind');
    expect(ownerOf(text, 'three')).toBe('a ferryman');
  });
  it('keeps a clause whose verb is a passive "said to" to the first speaker', () => {
    expect(ownerOf('Tomas Lind said 30 people died, while the storm said to be the worst in years destroyed 12 homes in Varn.', '12')).toBe('Tomas Lind');
  });
});

describe('a clause set against a report with no number in it', () => {
  /** "by: text" of each statement claim. */
  const statements = (text: string): string[] => extract(text).claims.filter((c) => c.kind === 'statement').map((c) => `${c.attributedTo}: ${c.text}`);
  it('gives "…, while the X ministry announced that …" a statement of its own', () => {
    expect(statements('The Kelmor Front claimed as many as 85 were dead, while the Ostra Interior Ministry announced that guards had used no guns.')).toEqual([
      'Kelmor Front: The Kelmor Front claimed as many as 85 were dead',
      'Ostra Interior Ministry: the Ostra Interior Ministry announced that guards had used no guns.',
    ]);
  });
  it('keeps the sentence whole where the joined clause names no speaker', () => {
    expect(statements('The Kelmor Front claimed as many as 85 were dead, while police searched the houses in Varn.')).toEqual([
      'Kelmor Front: The Kelmor Front claimed as many as 85 were dead, while police searched the houses in Varn.',
    ]);
  });
});

describe('a relative clause with no comma whose verb is the one read', () => {
  it('gives no source to "… saw X bash Y who responded in kind"', () => {
    const claims = extract('A rowdy session on Monday saw Prime Minister Tomas Lind bash his predecessor Ana Ruiz who has responded in kind with her own criticism.').claims;
    expect(claims.filter((c) => c.kind === 'statement' && c.attributedTo !== null)).toEqual([]);
  });
});

describe('a person quoted with a relative clause that reports', () => {
  it('gives "Y quoted X who claimed that … “…”" to X', () => {
    expect(speakerOf('And Ostra Radio quoted the Red Cross spokesperson Tomas Lind who claimed that up to 40 sheds had been “completely flattened, and more left roofless.”', 'completely flattened')).toBe('Tomas Lind');
  });
});

describe('"as per" and a list of names after "according to"', () => {
  it('reads "As per X" as "according to X", against the joined clause\'s own source', () => {
    const text = 'As per the Varn Herald, 40 people have died in the flood, while the Ostra Times reported at least 90 dead.';
    expect(sourceOfFigure(text, '40')).toBe('Varn Herald');
    expect(sourceOfFigure(text, 'at least 90')).toBe('Ostra Times');
    // A rule, not a source: nobody reports the figure.
    expect(sourceOfFigure('As per the new rules, 40 people may enter the hall.', '40')).toBeNull();
  });

  it('keeps the names listed after "according to" together, the figure after them theirs', () => {
    const text = 'According to Varn Radio, The Kelmor Voice, and Radio Free Ostra, 40 people have died in the flood.';
    expect(sourceOfFigure(text, '40')).toBe('Varn Radio');
    // A joined clause with its own verb still has its own speaker.
    expect(figureSources('According to Varn Radio, 40 people have died, and Radio Free Ostra said 90 died.')).toEqual(['40 Varn Radio', '90 Radio Free Ostra']);
  });
});

describe('a tally verb with a count of the dead right after it', () => {
  it('gives "…, while Y puts N deaths" to Y', () => {
    const text = 'The Kelmor Rights League puts the number of victims at 27, while the aid group Ostra Aid puts at least 37 deaths.';
    expect(sourceOfFigure(text, '27')).toBe('Kelmor Rights League');
    expect(sourceOfFigure(text, 'at least 37')).toBe('Ostra Aid');
  });

  it('leaves "…, while Y gave N blankets" with the first speaker', () => {
    expect(sourceOfFigure('The Kelmor Rights League puts the number of victims at 27, while Ostra Aid gave 37 blankets.', '37')).toBe('Kelmor Rights League');
  });
});

describe('two joined names that "report that"', () => {
  it('gives the figure of "X and the Y report, <aside>, that N died" to the names, not to no one', () => {
    const text = 'The Varn Tribune and the Kelmor Herald report, based on witness accounts, that more than 900 villagers have lost their lives in the valley.';
    expect(sourceOfFigure(text, 'more than 900')).toBe('Kelmor Herald');
  });

  it('reads "report" after two names as a noun where no clause of its own follows "that"', () => {
    expect(sourceOfFigure('The Varn Tribune and Kelmor Herald report that came in on Monday counted 40 dead.', '40')).toBeNull();
  });
});

describe('a participle after "with" and its own unnamed subject', () => {
  const figureOf = (text: string, phrase: string) => extract(text).claims.find((c) => c.kind === 'figure' && c.figures[0]!.phrase === phrase)!;

  it('gives "N, with police saying …" to police, not to the dateline\'s wire', () => {
    const claim = figureOf('Varn, Oct 2 (Reuters) The toll of the crush at the temple has been revised to 131, with police saying that some families had buried their dead themselves.', '131');
    expect(claim.attributedTo).toBeNull();
    expect(claim.reportedBy).toBe('police');
  });

  it('keeps the main clause\'s named speaker, and gives no one the figure where the subject is no speaker', () => {
    expect(sourceOfFigure('Ana Ruiz said 40 people had died, with local officials saying more bodies were expected.', '40')).toBe('Ana Ruiz');
    const claim = figureOf('The toll rose to 131, with the crowd chanting slogans.', '131');
    expect([claim.attributedTo, claim.reportedBy]).toEqual([null, null]);
  });
});

describe('a single report someone denies', () => {
  it('gives the figure of "X denied a Y report that N" to Y, and of "X denied a report that N" to no one', () => {
    expect(sourceOfFigure('The Varn Police have denied a Kelmor Fans Union report that the death toll has exceeded 140.', 'exceeded 140')).toBe('Kelmor Fans Union');
    expect(sourceOfFigure('The Varn Police have denied a report that the death toll has exceeded 140.', 'exceeded 140')).toBeNull();
  });

  it('keeps the figure of a report X confirms with X', () => {
    expect(sourceOfFigure('The Varn Police have confirmed a Kelmor Fans Union report that the death toll has exceeded 140.', 'exceeded 140')).toBe('Varn Police');
  });
});

describe('a tally set against a named speaker after ", while"', () => {
  it('gives "The toll was N, while X told Y that M" N to no one and M to X', () => {
    const text = 'The official death toll was 372 deaths across the country, while Tomas Lind told Radio Kelmor that 522 or more people died in his district alone.';
    expect(figureSources(text)).toEqual(['372 null', '522 Tomas Lind']);
  });

  it('reads a title placed by "of/in" before the speaker\'s name as the subject of the joined clause', () => {
    const text = 'The official death toll was 372 deaths, while the top civil official in the Ostra (East) district, Tomas Lind, told Radio Kelmor that 522 or more people were killed.';
    expect(figureSources(text)).toEqual(['372 null', '522 Tomas Lind']);
  });

  it('keeps a joined clause with no speaker of its own with the sentence\'s speaker', () => {
    expect(figureSources('Tomas Lind told Radio Kelmor that 372 people died, while 522 were hurt.')).toEqual(['372 Tomas Lind', '522 Tomas Lind']);
  });
});

describe('"It" giving a toll', () => {
  it('gives "It put the <long description> death toll at N" to the body the sentence before speaks for', () => {
    const text = 'The Kelmor Front said in a statement that it had attacked two army bases. It put the Ostra army death toll at 85.';
    expect(sourceOfFigure(text, '85')).toBe('Kelmor Front');
  });

  it('leaves "It put the harbour out of use for N weeks" with no source', () => {
    expect(sourceOfFigure('The Kelmor Front said it had attacked two army bases. It put the harbour out of use for 3 weeks.', '3')).toBeNull();
  });
});

describe('a reporter citing a named source', () => {
  it('gives "…, X writes citing Y" and "…, X reported, citing a statement by Y" to Y', () => {
    expect(sourceOfFigure('At least 550 runners have died during the race, which was run in a heatwave, the Varn Times writes citing Kelmor Press.', 'At least 550')).toBe('Kelmor Press');
    expect(sourceOfFigure('At least 550 runners have died during the race, the Varn Times reported, citing a statement by the Kelmor Red Cross.', 'At least 550')).toBe('Kelmor Red Cross');
  });

  it('keeps the reporter where what it cites names no one', () => {
    expect(sourceOfFigure('At least 550 runners have died during the race, the Varn Times reported, citing police sources.', 'At least 550')).toBe('Varn Times');
  });
});

describe('a quoted source that reports in a relative clause', () => {
  it('gives "X quoted <a description>, which reported that N" to X, who passes it on', () => {
    expect(sourceOfFigure('Earlier in the day, Ostra Radio quoted a blog run by the rebel group, which reported that the rebels had killed 31 soldiers in the raid.', '31')).toBe('Ostra Radio');
  });

  it('leaves a relative clause that reports nothing to no one', () => {
    expect(sourceOfFigure('Ostra Radio quoted a local farmer, who lost 31 sheep in the attack.', '31')).toBeNull();
  });
});

// "While X put it at 9,000, with 2,000 …, Y put it at 300": the "with" aside and the number's own comma open no main clause.
describe('the main clause after "While X put …" past a "with" aside of counts', () => {
  it('gives the main clause\'s count to its own unnamed subject, not to the subordinate clause\'s', () => {
    const r = extract('While Varn Radio put the crowd at about 9,000, with 2,500 leaving early, city officials put the number at barely 400.');
    expect(figure(r, '400').claim.reportedBy).toBe('city officials');
    expect(figure(r, '400').claim.attributedTo).toBeNull();
  });
  it('starts the main clause after a number\'s thousands comma, not inside the number', () => {
    const r = extract('While Varn Radio put the crowd at about 9,000, city officials put the number at barely 400.');
    expect(r.claims.some((c) => c.kind === 'statement' && c.text.startsWith('000'))).toBe(false);
    expect(figure(r, '400').claim.reportedBy).toBe('city officials');
  });
  it('keeps the subordinate clause\'s counts, the aside\'s too, to its own speaker', () => {
    const r = extract('While Varn Radio put the crowd at about 9,000, with 2,500 leaving early, city officials put the number at barely 400.');
    expect(figure(r, '2,500').claim.attributedTo).toBe('Varn Radio');
  });
});
