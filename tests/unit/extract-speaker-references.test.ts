// Who a pronoun, a body noun ("the company", "police"), a role or a transcript label stands for when it speaks.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { byKind, claimRows as claims, kinds } from './extract-source-helpers';
import { figure } from './extract-helpers';

const quoteSpeakers = (text: string): [string, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text, c.attributedTo]);

describe('a name inside the subject’s modifier does not speak', () => {
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

describe('"the company said" stands for the company spoken of', () => {
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

describe('"the tech giant said" stands for the company named before it', () => {
  it('gives a company noun after describing words to the last company of this or the paragraph before', () => {
    expect(byKind(extract('Kelmor Soft Inc hired 300 people.\n\nThe tech giant said its profit rose 38% to $10.7 billion.'), 'statement')).toEqual(['Kelmor Soft Inc']);
    expect(byKind(extract('Varn Mining Ltd cut 300 jobs. The vast Asian conglomerate said its output rose 6%.'), 'statement')).toEqual(['Varn Mining Ltd']);
    expect(byKind(extract('Varn Mining Ltd cut 300 jobs. The Anglo-Ostran firm said its output rose 6%.'), 'statement')).toEqual(['Varn Mining Ltd']);
  });

  it('leaves it unnamed with no company before, a company paragraphs away, a word of relation or another subject', () => {
    expect(byKind(extract('The tech giant said its profit rose 38% to $10.7 billion.'), 'statement')).toEqual([null]);
    expect(byKind(extract('Kelmor Soft Inc hired 300 people.\n\nRain fell.\n\nWinds rose.\n\nThe tech giant said its profit rose 38%.'), 'statement')).toEqual([null]);
    expect(byKind(extract('Kelmor Soft Inc hired 300 people. The rival firm said its profit rose 38%.'), 'statement')).toEqual([null]);
    expect(byKind(extract('Ostra Holdings has sold its stake in engineering giant Kelmor Lifts for $1 billion, the firm said.'), 'figure')).toEqual([null]);
  });
});

describe('", said <person>, <title>." after another person\'s spokesman', () => {
  it('gives the sentence to the person after the verb, not to the owner of the spokesman before the comma', () => {
    expect(byKind(extract("The ambush on Tomas Kelmor's convoy also wounded Kelmor's spokesman, said Anna Varn, the Ostra council chief."), 'statement')).toEqual(['Anna Varn']);
  });

  it('keeps an apposition the comma closes: its person speaks', () => {
    expect(byKind(extract("Bo Lund, Kelmor's spokesman, said Anna Varn, the mayor, had died."), 'statement')).toEqual(['Bo Lund']);
  });
});

describe('"X, reporting from Y, said Z …": the subject before an aside on where it speaks from', () => {
  it('gives the sentence to the subject, not to the name the verb reports on', () => {
    expect(byKind(extract("Ostra Radio's Anna Varn, reporting from the capital Kelmor, said Bo Lund on Friday addressed the nation."), 'statement')).toEqual(['Anna Varn']);
    expect(byKind(extract('Anna Varn, speaking at a rally in Kelmor, said 30 people were hurt.'), 'figure')).toEqual(['Anna Varn']);
  });

  it('still turns round to a person closing the sentence after a place', () => {
    expect(byKind(extract('The worker died at a clinic in Kelmor, said hospital spokeswoman Anna Varn.'), 'statement')).toEqual(['Anna Varn']);
  });
});

describe('an apposition with a described title ("provincial military spokesman"), closed or not', () => {
  it('gives the verb to the person the title describes', () => {
    expect(byKind(extract('Gunmen threw grenades at an office, Anna Varn, provincial military spokesman for the south told AFP.'), 'statement')).toEqual(['Anna Varn']);
    expect(byKind(extract('Gunmen struck, Anna Varn, military spokesman for the army, said 3 died.'), 'figure')).toEqual(['Anna Varn']);
  });

  it('gives it to the person ending an unclosed title, who holds it', () => {
    expect(byKind(extract('Gunmen wounded Anna Varn, provincial military spokesman Bo Lund told AFP.'), 'statement')).toEqual(['Bo Lund']);
    expect(byKind(extract('Gunmen wounded Anna Varn, spokesman Bo Lund told AFP.'), 'statement')).toEqual(['Bo Lund']);
  });
});

describe('"he" after "X\'s main rival, Y, …" stands for Y', () => {
  it('skips a person owning the noun of another person named after it', () => {
    expect(byKind(extract("Tomas Kelmor's main rival, Anna Varn of the Ostra party, won 7 per cent of the vote. She said her share was 32 per cent."), 'statement')).toEqual(['Anna Varn']);
  });

  it('keeps the owner where no other person is named', () => {
    expect(byKind(extract("Tomas Kelmor's speech was broadcast. He said 30 people died."), 'statement')).toEqual(['Tomas Kelmor']);
  });
});

describe('a closing ", he said" after a pair of people named in its sentence', () => {
  it('stands for the speaker before, not for one of the pair', () => {
    const r = extract('Tomas Brandt, the commission chief, said the count was over. Opposition candidates Ana Ruiz and Kofi Varn took 17% and 11% respectively, he said.');
    expect(figure(r, '17%').claim.attributedTo).toBe('Tomas Brandt');
    expect(figure(r, '11%').claim.attributedTo).toBe('Tomas Brandt');
  });
  it('keeps a single person named in its sentence as the one "he" stands for', () => {
    const r = extract('Tomas Brandt, the commission chief, said the count was over. Opposition candidate Kofi Varn took 17%, he said.');
    expect(figure(r, '17%').claim.attributedTo).toBe('Kofi Varn');
  });
});

describe('"the coalition said" is no one the text did not introduce as one', () => {
  it('leaves a body noun unattributed when the last organisation named was not introduced with it', () => {
    const r = extract('The Kelmor Alliance hired staff. The coalition said 30 soldiers died.');
    expect(byKind(r, 'statement')).toEqual([null]);
    expect(byKind(r, 'figure')).toEqual([null]);
    expect(byKind(extract('The Kelmor Alliance hired staff. The group said 30 soldiers died.'), 'figure')).toEqual([null]);
  });

  it('gives it to a body introduced with that noun, before or after the name', () => {
    expect(byKind(extract('The Kelmor Alliance-led coalition met in Ostra. The coalition said 30 soldiers died.'), 'figure')).toEqual(['Kelmor Alliance']);
    expect(byKind(extract('The Kelmor Alliance group met in Ostra. The group said 30 soldiers died.'), 'figure')).toEqual(['Kelmor Alliance']);
    expect(byKind(extract('The coalition Kelmor Pact met in Ostra. The coalition said 30 soldiers died.'), 'figure')).toEqual(['Kelmor Pact']);
  });

  it('gives a described body of members ("the 15-nation bloc") to the body named before with another such noun', () => {
    const text = 'Ahead of the vote, the regional body Kelmor Pact said the poll would not be fair.\n\nThe 15-nation bloc said 30 observers were refused entry.';
    expect(byKind(extract(text), 'figure')).toEqual(['Kelmor Pact']);
    const bare = 'Ahead of the vote, the regional body Kelmor Pact said the poll would not be fair.\n\nThe coalition said 30 observers were refused entry.';
    expect(byKind(extract(bare), 'figure')).toEqual([null]);
  });

  it('still gives "the company said" to the last company', () => {
    expect(byKind(extract('The Acme Group hired 30 people. The company said 20 more would follow.'), 'statement')).toEqual(['Acme Group']);
  });
});

describe('"said <Org> spokesman <Name>" and role-only speakers', () => {
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

  it('gives "the force" the police body and "the military", "the army" the army or military named before', () => {
    expect(quoteSpeakers('The Ostra National Police detained four men in Varn.\n\n“Two people died in the clash,” the force said on Sunday.')).toEqual([
      ['Two people died in the clash', 'Ostra National Police'],
    ]);
    expect(quoteSpeakers('The Kelmor army said it struck a depot near Varn.\n\n“Troops saw five gunmen near the line,” the military said. “They fired first,” it added.')).toEqual([
      ['Troops saw five gunmen near the line', 'Kelmor army'],
      ['They fired first', 'Kelmor army'],
    ]);
    expect(quoteSpeakers('The Kelmor military closed the road to Varn.\n\n“The road stays shut,” the army said.')).toEqual([['The road stays shut', 'Kelmor military']]);
    // A militia's "Forces" is no army, and a ministry is no force.
    expect(quoteSpeakers('The Kelmor Support Forces closed the road to Varn.\n\n“The road stays shut,” the army said.')).toEqual([['The road stays shut', null]]);
    expect(quoteSpeakers('The Ostra Interior Ministry said four men were held.\n\n“Two people died,” the force said.')).toEqual([['Two people died', null]]);
  });

  it('does not give the first clause to a later speaker joined by "while"', () => {
    const r = extract('The health ministry in Ostra said an air strike killed 26 people, while the Kelmor Defence Force said it had hit fighters.');
    expect(byKind(r, 'figure')).toEqual([null]);
  });
});

describe('"they"', () => {
  it('gives nothing said by "they" to the last person named', () => {
    const r = extract('A header from Tomas Brenn put the visitors ahead. Port Athletic scored again as they conceded twice but took three points.');
    expect(r.claims.filter((c) => c.attributedTo === 'Tomas Brenn')).toEqual([]);
    // "he" still stands for the person named before.
    const he = extract('Coach Marco Vidal was pleased. He said the side had earned three points.');
    expect(he.claims.map((c) => c.attributedTo)).toContain('Marco Vidal');
  });
});

describe('quotes given to "it", and a few quoted words', () => {
  it('gives “…,” it added and …, it said to the body last reported, not to a thing', () => {
    const lead = 'Kelmor Watch called on the army to stop the raids.';
    expect(claims(`${lead} Such force should be used “only when there is no other way to save lives,” it added.`)).toContainEqual(['quote', 'Kelmor Watch', null, null]);
    expect(claims(`${lead} It said 12 people were hurt.`)).toContainEqual(['figure', 'Kelmor Watch', null, 12]);
    // "It maintains records": no verb of speech.
    expect(claims(`${lead} It maintains records of 40 raids.`)).toContainEqual(['figure', null, null, 40]);
  });

  it('reads a few quoted words in a sentence as a quote of its source', () => {
    expect(claims('Prosecutor Ana Ruiz called the case a "success."')).toContainEqual(['quote', 'Ana Ruiz', null, null]);
    expect(claims('Dan Ito, a member of the defence team, said in a statement that he was “devastated” to see the sentence.')).toContainEqual(['quote', 'Dan Ito', null, null]);
    // With no source, quoted words are a scare quote; a quoted number is no speech.
    expect(claims('The so-called “peace” deal failed.').filter((c) => c[0] === 'quote')).toEqual([]);
    expect(claims('Prosecutor Ana Ruiz asked for “four” years.').filter((c) => c[0] === 'quote')).toEqual([]);
  });

  it('gives a few quoted words to an unnamed reporter whose report holds them', () => {
    expect(claims('Officials said the rescue was "miraculous".')).toContainEqual(['quote', null, 'officials', null]);
    expect(claims('The "unusually large" sum caused great harm, the statement said.')).toContainEqual(['quote', null, 'the statement', null]);
    // Outside any report they stay a scare quote.
    expect(claims('Officials said the road was shut. The "miraculous" rescue took hours.').filter((c) => c[0] === 'quote')).toEqual([]);
  });

  it('reads a label an unnamed reporter only gives ("described … as “grannies”") as a scare quote; a named speaker keeps theirs', () => {
    const quotesOf = (text: string) => claims(text).filter((c) => c[0] === 'quote');
    expect(quotesOf('Officials described the protesters as “grannies” who had been misled, but activists in Varn rejected the label.')).toEqual([]);
    expect(quotesOf('Police in Ostra have also called the marchers “rioters”.')).toEqual([]);
    expect(quotesOf('Officials said the Varn rescue was "miraculous".')).toEqual([['quote', null, 'officials', null]]);
    expect(quotesOf('Prosecutor Ana Ruiz called the Varn case a "success."')).toEqual([['quote', 'Ana Ruiz', null, null]]);
  });

  it('reads a title-case name in single or double quotes as no quote', () => {
    expect(claims('There were other results of ‘The Kelmor Heart Trials’ that were positive.').filter((c) => c[0] === 'quote')).toEqual([]);
    expect(claims('A local source said a lorry was struck by a drone in the “Varn Kel Mountain” on Monday.').filter((c) => c[0] === 'quote')).toEqual([]);
    expect(claims('The Kelmor army said “Operation Iron Gate” would go on.').filter((c) => c[0] === 'quote')).toEqual([]);
    // Lower-case words stay a quote of the source.
    expect(claims('The Kelmor army said the raid would go on “until the last camp is closed”.').filter((c) => c[0] === 'quote')).toHaveLength(1);
  });

  it('reads title-case words in quote marks with a bracketed short form after them as a name, no quote', () => {
    const r = extract('News agency “Press Trust of Kelmor” (PTK) quoted an eyewitness, identified as Ana, as saying that 40 people died.');
    expect(r.claims.filter((c) => c.kind === 'quote')).toEqual([]);
    expect(figure(r, '40').claim.attributedTo).toBe('Press Trust of Kelmor');
    // Speech closed by its comma stays a quote, whatever follows it.
    expect(claims('“We Will Win Again,” (PTK) reported.').filter((c) => c[0] === 'quote')).toHaveLength(1);
  });
});

describe('who speaks a quote with no verb of its own', () => {
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

describe('transcripts: a "Name:" label speaks for the paragraphs after it', () => {
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

describe('"the <place> <words> <title>" stands for the person last named with that title', () => {
  it('reads "according to the Texas health minister" as the health minister named before, not a chief minister named after him', () => {
    const text = 'Health Minister Karel Brenn spoke, and Chief Minister Lena Ostrova spoke on Sunday in Texas. According to the Texas health minister, the 5,000 figure was an estimate.';
    expect(figure(extract(text), '5,000').claim.attributedTo).toBe('Karel Brenn');
    const plain = 'Health Minister Karel Brenn spoke, and Chief Minister Lena Ostrova spoke on Sunday. According to the health minister, the 5,000 figure was an estimate.';
    expect(figure(extract(plain), '5,000').claim.attributedTo).toBe('Karel Brenn');
  });
});

describe('"the opposition leader said" stands for the person the text described with those words', () => {
  const named = 'The losing candidate of the opposition Kelmor Unity Party (KUP) Tomas Varn has rejected the results. Varn lost the vote by 159,000 votes to Ana Ostrova, who was sworn in hours later.\n\n';

  it('gives the title’s quote, and a "he said" after it, to that person, not to one named inside the clause', () => {
    const text = `${named}The opposition leader said the people who stole the vote expected that once Ostrova was sworn in, “we will give up on our stolen votes.”\n\n“This was not going to happen again,” he said.`;
    expect(quoteSpeakers(text).map(([, by]) => by)).toEqual(['Tomas Varn', 'Tomas Varn']);
  });

  it('leaves a title whose words described no one named to no one', () => {
    const text = `${named}The senate leader said the people who stole the vote expected that once Ostrova was sworn in, “we will give up on our stolen votes.”`;
    expect(quoteSpeakers(text).map(([, by]) => by)).toEqual([null]);
  });
});

describe('a "she said" closing a quote a body’s sentence opened is the body’s voice', () => {
  const opening = 'Ostra Watch said it had counted 23 people killed in Varn after dissident Tomas Kelmor was jailed.\n\n';

  it('gives the figure after ", she said" to the body, not to a person named paragraphs before', () => {
    const text = `${opening}Ostra Watch said on Thursday that there were "23 dead according to our figures. A number of them were shot dead," she said, noting that they included three minors.`;
    expect(byKind(extract(text), 'figure')).toEqual(['Ostra Watch', 'Ostra Watch', 'Ostra Watch']);
  });

  it('keeps the person where the quote’s own sentence names who speaks for the body', () => {
    const text = `${opening}Ostra Watch director Ana Ruiz said on Thursday that there were "23 dead according to our figures. A number of them were shot dead," she said, noting that they included three minors.`;
    expect(byKind(extract(text), 'figure')).toEqual(['Ostra Watch', 'Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('"in what he claimed was …" reports only the thing it names', () => {
  it('leaves the figure of the sentence to no one', () => {
    expect(byKind(extract('In the 2014 vote, Tomas Varn lost to the incumbent with 450,000 votes, in what he also claimed was a fraudulent count.'), 'figure')).toEqual([null]);
  });

  it('keeps a sentence opening "What he said" his', () => {
    expect(byKind(extract('Tomas Varn spoke on Monday. What he said was that 450,000 votes had been stolen.'), 'figure')).toEqual(['Tomas Varn']);
  });
});
