// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Each quote claim of `text` as [its first words, speaker, unnamed reporter]. */
const quotes = (text: string): [string, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text.split(/\s+/).slice(0, 3).join(' '), c.attributedTo, c.reportedBy]);

describe('an unnamed speaker after a quote opening with "one" or "another"', () => {
  it('stays unnamed, not the person named before', () => {
    const before = 'Ana Ruiz, a Kelmor lawyer, said the court was biased. ';
    expect(quotes(`${before}“Nobody will come,” says one Ostran journalist.`)).toEqual([['Nobody will come', null, 'one Ostran journalist']]);
    expect(quotes(`${before}“Nobody will come,” said another official.`)).toEqual([['Nobody will come', null, 'another official']]);
  });

  it('leaves "one of …" and a named speaker as they were', () => {
    expect(quotes('Ana Ruiz, a Kelmor lawyer, spoke in Varn. “Nobody will come,” said one of the lawyers.')).toEqual([['Nobody will come', 'Ana Ruiz', null]]);
    expect(quotes('“Nobody will come,” says Ostran journalist Tomas Varga.')).toEqual([['Nobody will come', 'Tomas Varga', null]]);
  });
});

describe('a named speaker and the one verb introducing a quote after a comma', () => {
  it('speaks the quote whatever the verb ("sighs", "shrugs", "smiled")', () => {
    expect(quotes('Ana Ruiz, a Kelmor lawyer, spoke on Monday. Whatever the court decides, Ms Ruiz sighs, “The case will go on for years.”')).toEqual([
      ['The case will', 'Ana Ruiz', null],
    ]);
    expect(quotes('Ana Ruiz shrugs, “The case will go on.”')).toEqual([['The case will', 'Ana Ruiz', null]]);
    expect(quotes('After the vote in Varn, Ana Ruiz smiled, “The case will go on.”')).toEqual([['The case will', 'Ana Ruiz', null]]);
    expect(quotes('“The case will go on,” Ana Ruiz sighed.')).toEqual([['The case will', 'Ana Ruiz', null]]);
  });

  it('gives no speaker where the words before the comma are no name and its verb', () => {
    expect(quotes('Ana Ruiz, “The case will go on.”')).toEqual([['The case will', null, null]]);
    expect(quotes('The court met Ana Ruiz in Varn, “The case will go on.”')).toEqual([['The case will', null, null]]);
  });
});

describe('a speaker after a quote whose initials open with "A."', () => {
  // The card may or may not keep the initial "A." (a matter of the names): the speaker is that card.
  const speakerOf = (text: string): string | null | undefined => extract(text).claims.find((c) => c.kind === 'quote')?.attributedTo;

  it('is the person named, not the article "a"', () => {
    expect(speakerOf('“We are doing all we can,” A. K. Varnsson, Ostra’s minister for forests, told KNC Tuesday.')).toMatch(/^(A\. )?K\. Varnsson$/);
    expect(speakerOf('“We are doing all we can,” A. K. Varnsson said.')).toMatch(/^(A\. )?K\. Varnsson$/);
  });

  it('leaves a lower-case "a" opening an unnamed speaker', () => {
    expect(quotes('“We are doing all we can,” a ministry official said.')).toEqual([['We are doing', null, 'a ministry official']]);
  });
});

describe('"the former <title>" after a quote', () => {
  it('is the person the text speaks of, where no one named holds the title', () => {
    const text = 'Tomas Kelmor, the Ostra Party leader, spoke in Varn. He added that the court was biased.\n\n“The court did not act,” the former premier added.';
    expect(quotes(text)).toEqual([['The court did', 'Tomas Kelmor', null]]);
  });

  it('is the person first described with that former title, not the last one named', () => {
    const text = 'Tomas Kelmor, the former health minister, spoke in Varn. Ana Ruiz said it was over. “The court did not act,” the former minister said.';
    expect(quotes(text)).toEqual([['The court did', 'Tomas Kelmor', null]]);
  });

  it('leaves a title held now unnamed ("the minister")', () => {
    expect(quotes('Tomas Kelmor spoke in Varn. “The court did not act,” the minister said.')).toEqual([['The court did', null, 'the minister']]);
  });
});

describe('a possessed noun of a speaker before the subject', () => {
  it('does not hide the subject a participle of speech reports for', () => {
    const text = 'A day after his party’s victory in the polls, Ostra Party Chairman Tomas Kelmor demanded early polls, while also calling for the resignation of Chief Judge Ana Ruiz, saying that the “the largest party of Ostra does not trust” the head of the court.';
    expect(quotes(text)).toEqual([['the largest party', 'Tomas Kelmor', null]]);
  });

  it('leaves an unnamed subject acting on a name as it was', () => {
    expect(quotes('Officials advised Tomas Kelmor to leave the town, citing “grave risks” there.')).toEqual([['grave risks', null, 'officials']]);
  });
});

describe('quoted words in the clause of a person, whatever the verb', () => {
  it('are the words of the person the sentence opens with ("alluded to", "wherein")', () => {
    const text = 'Ana Ruiz spoke in Varn. Mr Ruiz also alluded to “eight separate cases” wherein the court had “ruled against the party before its rulings were overturned”.';
    expect(quotes(text)).toEqual([
      ['eight separate cases', 'Ana Ruiz', null],
      ['ruled against the', 'Ana Ruiz', null],
    ]);
  });

  it('are the words of the person whose "who" clause holds them', () => {
    const text = 'The remark was a jibe at Ostra Party leader Tomas Kelmor who, earlier this month, had wondered how “all thieves have Varn in their names”.';
    expect(quotes(text)).toEqual([['all thieves have', 'Tomas Kelmor', null]]);
  });

  it('are no one’s where another clause speaks or the words are a label', () => {
    expect(quotes('Ana Ruiz visited the camp, which the army calls “a safe zone for all”.')).toEqual([['a safe zone', null, null]]);
    expect(quotes('Ana Ruiz visited the “safe zone” in Varn.')).toEqual([]);
  });
});

describe('an unnamed reporter dated by a participle', () => {
  it('reports the quote after "The report issued Wednesday noted that"', () => {
    expect(quotes('The report issued Wednesday noted that “official figures remain much lower.”')).toEqual([['official figures remain', null, 'the report']]);
    expect(quotes('The report issued on Wednesday noted that “official figures remain much lower.”')).toEqual([['official figures remain', null, 'the report']]);
  });

  it('leaves a report its issuer names with that issuer', () => {
    expect(quotes('The report issued by Ostra noted that “official figures remain much lower.”')).toEqual([['official figures remain', 'Ostra', null]]);
  });
});

describe('a person and a phrasal verb of speech closing the sentence after a quote', () => {
  it('speaks the quote ("pointed out", "chimed in")', () => {
    expect(quotes('The vote was held in Ostra. “There are only 80 votes for the motion,” Tomas Kelmor pointed out.')).toEqual([['There are only', 'Tomas Kelmor', null]]);
    expect(quotes('The vote was held in Ostra. “There are only 80 votes for the motion,” Tomas Kelmor chimed in.')).toEqual([['There are only', 'Tomas Kelmor', null]]);
  });

  it('leaves a verb with an object after it as it was ("pointed at the board")', () => {
    expect(quotes('The vote was held in Ostra. “There are only 80 votes for the motion,” Tomas Kelmor pointed at the board.')).toEqual([['There are only', null, null]]);
  });
});

describe('two titles joined by "and" after the verb that follows a quote', () => {
  it('gives the quote to the person the second title names', () => {
    const tag = 'speaking at his main rally in Ostra.';
    expect(quotes(`“Voters will decide on their own future,” said Prime Minister and Kelmor party leader Tomas Ruiz, ${tag}`)).toEqual([['Voters will decide', 'Tomas Ruiz', null]]);
    expect(quotes(`“Voters will decide on their own future,” said Prime Minister and party leader Tomas Ruiz, ${tag}`)).toEqual([['Voters will decide', 'Tomas Ruiz', null]]);
  });

  it('does not take a second speaker joined by "and" for a title', () => {
    expect(quotes('“Voters will decide on their own future,” said the minister and Tomas Ruiz.')).toEqual([['Voters will decide', null, 'the minister']]);
  });
});

describe('a named person with a spokesman apposition after a quote', () => {
  const lead = 'Al Kelmor fighters attacked the base near Ostra. Al Kelmor said its fighters killed 12 soldiers.\n\n';
  it('speaks himself, not the body his title names', () => {
    expect(quotes(`${lead}“Three of our men died on our side. The others came back safely,” Tomas Abu Varn, al Kelmor’s military operations spokesman, said.`)).toEqual([
      ['Three of our', 'Tomas Abu Varn', null],
    ]);
  });

  it('leaves a body that speaks through an unnamed spokesman to the body', () => {
    expect(quotes(`${lead}“Three of our men died on our side. The others came back safely,” al Kelmor’s military operations spokesman said.`)).toEqual([
      ['Three of our', 'Al Kelmor', null],
    ]);
  });
});

describe('quoted words in a sentence an issued text opens are the text’s, whatever its verb', () => {
  it('gives the quote to the text as the article describes it, past an aside', () => {
    expect(quotes('A leaked Kelmor army assessment, shown to reporters by a Varn official, sets the losses at the depot at the “lower part of the 40-to-90 range.”')).toEqual([
      ['lower part of', null, 'a leaked Kelmor army assessment'],
    ]);
    expect(quotes('The leaked army document puts the cost of the repairs at “well over what the town can pay.”')).toEqual([['well over what', null, 'the leaked army document']]);
  });

  it('leaves a text that is no subject, or a named speaker, as they were', () => {
    expect(quotes('On Monday the army assessment was called “far too low for a blast of this size.”')).toEqual([['far too low', null, null]]);
    expect(quotes('“The assessment is far too low,” Ana Ruiz said.')).toEqual([['The assessment is', 'Ana Ruiz', null]]);
  });
});

describe('a speaker described by their mood after "said a/an/the"', () => {
  it('is the person named after the mood words, behind a title or not', () => {
    expect(quotes('Tomas Varn spoke in Ostra. “The count is ours,” said an emphatic President Varn in Kelmor on Friday.')).toEqual([['The count is', 'Tomas Varn', null]]);
    expect(quotes('“We will win,” said the visibly tired Deputy Prime Minister Ana Ruiz.')).toEqual([['We will win', 'Ana Ruiz', null]]);
    expect(quotes('“We will win,” said a smiling Ana Ruiz.')).toEqual([['We will win', 'Ana Ruiz', null]]);
  });

  it('leaves a speaker described otherwise unnamed', () => {
    expect(quotes('“We will win,” said a close aide to President Ana Ruiz.')[0]?.[1]).toBeNull();
    expect(quotes('“We will win,” said a local Kelmor resident.')).toEqual([['We will win', null, 'a local Kelmor resident']]);
  });
});

describe('a quote whose clause goes on into a second quote before the tag', () => {
  it('is said by the speaker the tag after the second quote names', () => {
    expect(quotes('“We will not yield” to the council’s claims of victory and its moves to “take the city hall again”, Tomas Varn declared at a rally.')).toEqual([
      ['We will not', 'Tomas Varn', null],
      ['take the city', 'Tomas Varn', null],
    ]);
  });

  it('keeps a speaker named between the two quotes', () => {
    expect(quotes('“We will not yield” to them, Ana Ruiz said, and “nobody will take the city”, Tomas Varn declared.')).toEqual([
      ['We will not', 'Ana Ruiz', null],
      ['nobody will take', 'Tomas Varn', null],
    ]);
  });
});

describe('a quote in a sentence whose subject is "his/her speech"', () => {
  const lead = 'Kelmor Party leader Tomas Varn insists that his party will only join a coalition with the conservatives. ';
  it('is the words of the person "his" stands for', () => {
    expect(quotes(`${lead}His closing speech on Friday in Ostra dwelt on mocking the Greens while pledging to “heal the country, not divide it.”`)).toEqual([
      ['heal the country,', 'Tomas Varn', null],
    ]);
  });

  it('gives nothing to that person where "his" owns no speech', () => {
    expect(quotes(`${lead}His party on Friday in Ostra dwelt on mocking the Greens while pledging to “heal the country, not divide it.”`)).toEqual([
      ['heal the country,', null, null],
    ]);
  });
});

describe('a body standing before the person who speaks after a quote', () => {
  it('gives the quote to the person a body owns ("the Ostra Relief Committee’s Ana Ruiz said")', () => {
    expect(quotes('“Kelmor warned us, so we moved the families first,” the Ostra Relief Committee’s Ana Ruiz said on Monday.')).toEqual([
      ['Kelmor warned us,', 'Ana Ruiz', null],
    ]);
    expect(quotes('“Kelmor warned us, so we moved the families first,” Ostra Relief Committee’s Ana Ruiz said.')).toEqual([['Kelmor warned us,', 'Ana Ruiz', null]]);
  });

  it('gives the quote to the person after a body’s initialism and a title ("said U.N. Secretary-General Ana Ruiz")', () => {
    expect(quotes('“The reports from the valley are still coming in,” said U.N. Secretary-General Tomas Varga in a statement.')).toEqual([
      ['The reports from', 'Tomas Varga', null],
    ]);
  });

  it('keeps the body where no person follows its title', () => {
    expect(quotes('“The reports from the valley are still coming in,” said the Ostra Relief Committee in a statement.')).toEqual([
      ['The reports from', 'Ostra Relief Committee', null],
    ]);
  });
});

describe('a person set off by commas right before a quote in the first person', () => {
  const before = 'Tomas Varga won the first round. ';
  it('speaks the quote though no verb stands between', () => {
    expect(quotes(`${before}Speaking in Ostra on Sunday night, Varga, “as I always said, we will win this race.”`)).toEqual([['as I always', 'Tomas Varga', null]]);
  });

  it('does not speak words that describe the person', () => {
    expect(quotes(`${before}Among the guests was the singer, Varga, “a voice of her time and the best of the year.”`)).toEqual([['a voice of', null, null]]);
  });
});

describe('a person caught speaking before a colon ("X was heard telling a reporter: “…”")', () => {
  const before = 'Tomas Varga won the vote in Ostra. ';
  it('speaks the quote', () => {
    expect(quotes(`${before}Varga was heard answering a journalist on the eve of the vote: “From day one I have said we will win.”`)).toEqual([
      ['From day one', 'Tomas Varga', null],
    ]);
  });

  it('does not speak the question put to him', () => {
    expect(quotes(`${before}Varga was asked by a reporter before the results last year: “Will you step down if you lose?”`)).toEqual([['Will you step', null, null]]);
  });
});

describe('a name and its title after "the" with no comma between, after a quote', () => {
  it('speaks the quote ("Ana Ruiz the District Commissioner for Kelmor told …")', () => {
    expect(quotes('“About 30 people are still missing,” Ana Ruiz the District Commissioner for Kelmor told the Ostra News Agency on Monday.')).toEqual([
      ['About 30 people', 'Ana Ruiz', null],
    ]);
    expect(quotes('“About 30 people are still missing,” Ana Ruiz the police spokeswoman said.')).toEqual([['About 30 people', 'Ana Ruiz', null]]);
  });

  it('leaves a person the name tells as the listener, and a description that is no title', () => {
    expect(quotes('“About 30 people are still missing,” Ana Ruiz told the District Commissioner for Kelmor on Monday.')).toEqual([['About 30 people', 'Ana Ruiz', null]]);
    expect(quotes('“About 30 people are still missing,” Ana Ruiz the Kelmor actor said.')).toEqual([['About 30 people', null, null]]);
  });
});

describe('a quote opening its sentence after a participle of speech ("Adding, “…”")', () => {
  it('goes on from the speaker of the quote before', () => {
    expect(quotes('Tomas Varga said on Sunday: “We are going to win this race.” Adding, “the fight goes on until the end.”')).toEqual([
      ['We are going', 'Tomas Varga', null],
      ['the fight goes', 'Tomas Varga', null],
    ]);
  });

  it('does not go on after another participle ("Laughing, “…”")', () => {
    expect(quotes('Tomas Varga said on Sunday: “We are going to win this race.” Laughing, “the fight goes on until the end.”')).toEqual([
      ['We are going', 'Tomas Varga', null],
      ['the fight goes', null, null],
    ]);
  });
});
