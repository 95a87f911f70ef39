// Who said a quote: the speaker behind titles, appositions and nicknames, after or before the quote.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';
import { byKind, mentionLabels as mentions, speakerOf } from './extract-source-helpers';

/** "speaker" of each quote claim. */
const quoteSpeakers = (text: string): (string | null)[] => extract(text).claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo);
const roleOf = (text: string, name: string): string | null | undefined => extract(text).mentions.find((m) => m.name === name)?.role;
/** "kind by" of each quote and figure claim. */
const quoteSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind !== 'statement')
    .map((c) => `${c.kind} ${c.attributedTo}`);

describe('the person of an apposition speaks, not the body of their title', () => {
  it('reads a long title with a bracketed acronym ("X, executive director of the Y (ACR), told")', () => {
    const r = extract('Marta Oyelaran, executive director of the National Flood Response Council (NFRC), told reporters that 9 people died.');
    expect(figure(r, '9').claim.attributedTo).toBe('Marta Oyelaran');
  });
  it('reads a title with no closing comma ("X, spokesperson of Y tweeted, “…”")', () => {
    const r = extract('Halima Qureshi Baig, spokesperson of the Foreign Office tweeted, "The minister met her counterpart today." "Both sides agreed on new steps," the tweet added.');
    expect(speakerOf(r, 'The minister met')).toBe('Halima Qureshi Baig');
    expect(speakerOf(r, 'Both sides agreed')).toBe('Halima Qureshi Baig');
  });
});

describe('speakers after a quote behind a run of abbreviated titles', () => {
  it('gives "…," said Lt. Col. X to X', () => {
    const text = 'Two farmers were hurt in the raid.\n\n"Every injury is a loss to us," said Lt. Col. Mira Tobbeck, a spokeswoman for the garrison.';
    expect(speakerOf(text, 'Every injury')).toBe('Mira Tobbeck');
  });

  it('gives both halves of a quote to "Lt. Col. X, <apposition>, said" between them', () => {
    const text =
      'The garrison was calm on Tuesday.\n\n“We have cleared the area, but an incident here or there can still happen,” Lt. Col. Mira Tobbeck, an army spokeswoman in Varn, said Wednesday. “But the police are in full command of the town now.”';
    expect(speakerOf(text, 'We have cleared')).toBe('Mira Tobbeck');
    expect(speakerOf(text, 'But the police')).toBe('Mira Tobbeck');
  });

  it('keeps a sentence after the quote from speaking for it', () => {
    const text = '"Every injury is a loss to us." Lt. Col. Mira Tobbeck said the garrison would stay.';
    expect(speakerOf(text, 'Every injury')).toBeNull();
  });
});

describe('speakers after a quote behind a title', () => {
  it('reads titles joined by "and" before a name with initials', () => {
    const text = 'Kelmor Foods Inc. reported higher sales on Monday. "We grew in every region this quarter," Chairman and Chief Executive R.J. Moss said in a statement.';
    expect(speakerOf(text, 'We grew')).toBe('R.J. Moss');
  });
  it('reads a long description before the name set off by commas', () => {
    const text = '"Police have arrested 3,000 of our members," a senior leader of the Kelmor Union alliance of farm groups, Ana Ruiz, told reporters here.';
    expect(speakerOf(text, 'Police have arrested')).toBe('Ana Ruiz');
  });

  it('reads "says the airline’s head of communications Taro Hidema": a title of a possessed noun, then the name', () => {
    expect(quoteSpeakers('“We are sorry,” says the airline’s head of communications Taro Hidema.')).toEqual(['Taro Hidema']);
    expect(quoteSpeakers('“The Varn plant will reopen,” said the company’s chief executive officer Ostra Varnsson.')).toEqual(['Ostra Varnsson']);
    // The name must close the clause after the title: here it is someone the speaker talks of.
    expect(quoteSpeakers('“We are sorry,” said the airline’s spokesman, adding that Taro Hidema would resign.')).toEqual([null]);
    expect(quoteSpeakers('“We are sorry,” said the airline’s passengers and Taro Hidema.')).toEqual([null]);
  });

  it('reads a lower-case title before the name', () => {
    expect(speakerOf('"We will travel by train to the capital," defence counsel Ana Ruiz said.', 'We will travel')).toBe('Ana Ruiz');
    expect(speakerOf('"It is a great day," opposition lawmaker Ana Ruiz retorted on Twitter.', 'great day')).toBe('Ana Ruiz');
  });

  it('reads a number inside a body named before the title', () => {
    expect(speakerOf('"The situation is very grim," Kelmor County Fire District 21 Chief Ana Ruiz said.', 'very grim')).toBe('Ana Ruiz');
  });

  it('gives a quote a colon introduces to the person the sentence opens with', () => {
    const text = 'Ana Ruiz spoke next. Ruiz interrupted him in Spanish, giving a lower number: "No, the official number is 90,000."';
    expect(speakerOf(text, 'official number')).toBe('Ana Ruiz');
    // A sentence that opens with no person gives its quote no speaker.
    expect(speakerOf('The report ended with a warning: "No town is safe."', 'No town')).toBeNull();
  });
});

describe('speakers behind titles and appositions', () => {
  it('reads a lower-case title through "of" its body and a bracketed branch to the name', () => {
    expect(quoteSpeakers("'In all, 120 marchers were held,' deputy commissioner of police (North) Ravi Mehra said on Friday.")).toEqual(['Ravi Mehra']);
  });

  it('reads a Title-Case apposition ending in a person’s noun as the role, not a speaker', () => {
    const text = 'Marta Olsen, Swedish Witness, said, "Nobody told us anything at all."';
    expect(quoteSpeakers(text)).toEqual(['Marta Olsen']);
    expect(mentions(text)).toEqual(['Marta Olsen person']);
    expect(roleOf(text, 'Marta Olsen')).toBe('Swedish Witness');
  });

  it('keeps a country’s news agency relaying others as the speaker', () => {
    const text = 'The Latvian news agency, quoting police officials, said that “a group of rioters blocked the roads.”';
    expect(quoteSpeakers(text)).toEqual(['Latvian news agency']);
    expect(mentions(text)).toEqual(['Latvian news agency outlet']);
  });

  it('gives no claim to a person "who" others say something of', () => {
    const text = 'The riot began after the burial of 16-year-old Omar Keddi, who the rebels say was killed by a rubber bullet.';
    expect(extract(text).claims.map((c) => c.attributedTo)).not.toContain('Omar Keddi');
  });

  it('keeps a portfolio ministry before a title in the role', () => {
    expect(roleOf('Health ministry chief spokesperson Omar Latif said 5 died.', 'Omar Latif')).toBe('Health ministry chief spokesperson');
  });
});

describe('who speaks a quote: party titles, tweets and untagged quote paragraphs', () => {
  it('reads several lower-case title words after a party name, before the name after a quote, as a title', () => {
    const text = '"We fought hard for this and we are proud of our members," Rashtriya Lok Dal floor leader Rahul Mehra said.\n\nThe vote passed.';
    expect(quoteSources(text)).toEqual(['quote Rahul Mehra']);
  });

  it("gives a quote that a tweet from a person's account introduces to that person", () => {
    const text = 'Opposition politician Ivan Petrov was detained on Monday.\n\nA tweet from Petrov\'s account after the arrest said: "Friends, I am fine. Keep going."';
    expect(quoteSources(text)).toEqual(['quote Ivan Petrov']);
  });

  it('gives an untagged quote paragraph between two quote paragraphs of one speaker to that speaker', () => {
    const text =
      '"We trained for months for this series and it showed today," Ana Ruiz said after the match.\n\nRuiz gave the credit to her bowlers.\n\n' +
      '"Nobody wins a match alone. It took all 11 of us to beat them today."\n\n"We will enjoy this one and then start again on Monday," she said.';
    expect(quoteSources(text)).toEqual(['quote Ana Ruiz', 'quote Ana Ruiz', 'figure Ana Ruiz', 'quote Ana Ruiz']);
    // Between quotes of two speakers, it is no one's.
    const two =
      '"We trained for months for this series," Ana Ruiz said after the match.\n\nRuiz gave the credit to her bowlers.\n\n' +
      '"Nobody wins a match alone. It took all of us to beat them today."\n\n"We will come back stronger next week," Lena Berg said.';
    expect(quoteSources(two)).toEqual(['quote Ana Ruiz', 'quote null', 'quote Lena Berg']);
  });
});

describe('who speaks a quote: a quoted nickname in the title', () => {
  it('gives a quote to the person after a quoted nickname in the title, not to the nickname', () => {
    const text = '"We came to support the marchers and we will stay," said "Boston Five" veteran Carl Moss, whose arrest in 1971 made headlines.';
    const quote = extract(text).claims.find((c) => c.kind === 'quote');
    expect(quote?.attributedTo).toBe('Carl Moss');
  });
});

describe('speakers introduced in unusual places', () => {
  it('reads titles in a row before the name after a quote (", army spokesman Colonel X said")', () => {
    const text = '"We searched the valley. We found nothing," Kelmor army spokesman Colonel Dan Ruvo said.';
    expect(quoteSpeakers(text)).toEqual(['Dan Ruvo']);
    // The full stop of an initialism before the title ends no sentence.
    expect(quoteSpeakers('"We found nothing," U.K. army spokesman Colonel Ada Voss said.')).toEqual(['Ada Voss']);
  });
  it('gives "said another marcher, 41-year-old X." and the untagged quote after it to X', () => {
    const text = 'Lena Hart led the crowd.\n"We will keep going," said another marcher, 41-year-old Petra Lind.\n"This gives us hope."';
    expect(quoteSpeakers(text)).toEqual(['Petra Lind', 'Petra Lind']);
    // The name must close the description: "a witness, X and her son" is not one speaker.
    expect(quoteSpeakers('"We will keep going," said a witness, Petra Lind and her son.')).toEqual([null]);
  });
  it('reads a speaker placed by "at" before a colon ("X at the press office in Y said: …")', () => {
    expect(quoteSpeakers('But Captain Ivo Marsh at the allied press office in Doria said: "We did not shoot anyone."')).toEqual(['Ivo Marsh']);
    // A place inside the phrase is passed.
    expect(quoteSpeakers('But Captain Ivo Marsh at the Kelmor army press centre in Doria said: "We did not shoot anyone."')).toEqual(['Ivo Marsh']);
  });
  it('reads a speaker placed by "from" after a quote (", X from the aid group for Y told Z")', () => {
    const text = '"Nine people died in the fire," Tomas Brenn from Nordic aid group for Refugees told Kestrel.';
    expect(quoteSources(text)).toEqual(['figure Tomas Brenn', 'quote Tomas Brenn']);
  });
  it('gives "he said" after a quote an unnamed source introduced with a colon to that source', () => {
    const text =
      'Ana Ruiz said 12 people died. "We will rebuild," she said.\nA security source, who spoke on condition of anonymity, confirmed: "Yes, the toll is higher but that (40) is the official figure," he said.';
    const quote = extract(text).claims.find((c) => c.kind === 'quote' && c.text.startsWith('Yes'))!;
    expect([quote.attributedTo, quote.reportedBy]).toEqual([null, 'a security source']);
  });
  it('ends a sentence at a full stop glued between a number and a name ("aged 19 to 24.Tomas Brenn")', () => {
    const r = extract('Ana Ruiz said four were aged 19 to 24.Tomas Brenn, a resident of the town, said more than 35 people were killed.');
    expect(figure(r, 'more than 35').claim.attributedTo).toBe('Brenn');
    // A version number or an initial glued to a word does not end one.
    expect(extract('Ana Ruiz said version 2.Beta of the app had 35 users.').claims.filter((c) => c.kind === 'statement')).toHaveLength(1);
  });
});

describe('a speaker tag after a quote whose name carries a clause of its own', () => {
  it('reads a titled name with a relative clause before "told reporters"', () => {
    const text = '"There was a mistake in the count," State Health Minister Ana Ruiz, who was among the committee members, told reporters in Kelmor.';
    expect(quoteSpeakers(text)).toEqual(['Ana Ruiz']);
    expect(quoteSpeakers('"We regret it," Health Minister Ana Ruiz, an attorney for Lind, said.')).toEqual(['Ana Ruiz']);
  });

  it('reads a name ending in "Jr." with an apposition, as it reads a plain name', () => {
    expect(quoteSpeakers('"We welcome the ruling," Tomas Berg Jr., an attorney for Lind, said Friday.')).toEqual(['Tomas Berg Jr']);
    expect(quoteSpeakers('"We welcome the ruling," Tomas Berg, an attorney for Lind, said Friday.')).toEqual(['Tomas Berg']);
  });
});

describe('a partial quote whose speaker is named after it, turned round', () => {
  it('gives one quoted word before ", said <body> <noun> <name>" to the person', () => {
    expect(quoteSpeakers('The fall was "surprising," said Kelmor Research analyst Ana Ruiz.')).toEqual(['Ana Ruiz']);
    expect(quoteSpeakers('The fall was "surprising," said Ana Ruiz.')).toEqual(['Ana Ruiz']);
  });

  it('gives a figure before ", said <body> <noun> <name>" to the person, not the body', () => {
    expect(figure(extract('Sales fell 5 percent, said Kelmor Research analyst Ana Ruiz.'), '5 percent').claim.attributedTo).toBe('Ana Ruiz');
  });
});

describe('speakers after a quote beyond a plain "X said"', () => {
  it('reads the person a "the …\'s <title>," description names after the verb', () => {
    const text = 'The count went on overnight. "We have heard of no complaints so far," said the agency\'s chief counsel, Maria Delgado. Delgado said more would come.';
    expect(quoteSpeakers(text)).toEqual(['Maria Delgado']);
  });

  it('keeps "said the ministry, …" for bodies: only a person\'s noun describes the person after the comma', () => {
    const text = 'The roads were shut. "Nobody may travel tonight," said the ministry, Maria Delgado\'s office.';
    expect(quoteSpeakers(text)).toEqual([null]);
  });

  it('reads a person placed by "of" a body and the town it is in before the verb', () => {
    const text = '"We are getting many calls from the hills," Mr Peter Lanz of the Office of Flood Control in remote Arlen town said.';
    expect(quoteSpeakers(text)).toEqual(['Peter Lanz']);
  });

  it('gives a quote cut by a comma to the person whose one past-tense verb closes the sentence', () => {
    const text = 'Dr Karl Hartmann runs the burns ward. "With at least 30 people injured, it will be a long night," Hartmann feared.';
    expect(quoteSpeakers(text)).toEqual(['Karl Hartmann']);
    expect(figure(extract(text), 'at least 30').claim.attributedTo).toBe('Karl Hartmann');
  });

  it('gives the quote of "an <ACRONYM> official" to the body, as for its spokesman', () => {
    const text = 'The Kelmor Rights Council (KRC) gave the figures.\n“There are many now under arrest,” a KRC official told reporters.';
    expect(quoteSpeakers(text)).toEqual(['Kelmor Rights Council']);
  });

  it('keeps a person\'s other nouns after a body from speaking for it ("a KRC student")', () => {
    const text = 'The Kelmor Rights Council (KRC) gave the figures.\n“There are many now under arrest,” a KRC student told reporters.';
    expect(quoteSpeakers(text)).toEqual([null]);
  });
});

describe('a few quoted words in a sentence a speaker tag closes (issue #3)', () => {
  it('gives "The bank remains “deeply worried” about prices, Governor X said" to X', () => {
    const text = 'Kelmor’s central bank remains “deeply worried” about prices and will act, Governor Ana Ruiz said on Monday.';
    expect(quoteSpeakers(text)).toEqual(['Ana Ruiz']);
    expect(quoteSpeakers(text.replace('said on Monday.', 'said, adding that rates may stay high.'))).toEqual(['Ana Ruiz']);
  });

  it('keeps a scare quote whose sentence the named person closes with words of their own', () => {
    expect(quoteSpeakers('The “deeply worried” bank will act, Governor Ana Ruiz said the plan would show.')).toEqual([]);
  });
});

describe('the speaker a quote’s own sentence names', () => {
  it('gives "the prime minister said, “….”" to the person last named with that title, not to a name in the next sentence', () => {
    const text =
      'Ostran Prime Minister Lena Ostrova spoke on Monday. When asked about the rising toll, the prime minister said, "We will never know the exact number." Senate speaker Tomas Halva had claimed the toll could pass 5,000.';
    expect(quoteSpeakers(text)).toEqual(['Lena Ostrova']);
  });

  it('gives a quote to the name before ", head of Y," not to the body in the apposition', () => {
    expect(quoteSpeakers('“If the employer does not improve the offer, we will strike again,” Mara Velt, head of Kotu, said.')).toEqual(['Mara Velt']);
    expect(figure(extract('Mara Velt, head of Kotu, said 30 schools closed.'), '30').claim.attributedTo).toBe('Mara Velt');
  });
});

describe('speakers named after an untagged title or pronoun', () => {
  it('gives "According to him, … “…”" and its figures to the person the sentence before reports', () => {
    const text = 'Interior spokesman Karim Dalbek said the protests had turned violent. According to him, by Monday night “140 members of the police had been hurt, while 12 other people were also hurt.”';
    expect(quoteSources(text)).toEqual(['figure Karim Dalbek', 'quote Karim Dalbek', 'figure Karim Dalbek']);
  });

  it('gives "…," <title words no list knows> <Name> told/said to that name, initials included', () => {
    const before = 'Farid Osmanov spoke first.\n\n';
    expect(speakerOf(before + '"Yesterday again proved the weakness of the opposition," ruling party deputy Samir Aliyev told reporters after the marchers had left.', 'Yesterday again')).toBe('Samir Aliyev');
    expect(speakerOf(before + '"Nobody wants to ride a train after this," Fire chaplain T.J. Warren said.', 'Nobody wants')).toBe('T.J. Warren');
  });

  it('gives a partial quote mid-sentence to the speaker set off by commas after a consul’s title', () => {
    const text = 'The toll could climb to 25, "but surely not beyond that", the Polish consul in Spain, Marek Nowak, told reporters in Malaga.';
    expect(speakerOf(text, 'but surely')).toBe('Marek Nowak');
  });
});

describe('the person after a title that names a body or place speaks, not the body', () => {
  it('reads two titles joined by "and" ("said <place> Mayor and opposition vice presidential candidate X")', () => {
    const text = 'Voting ended on Sunday.\n\n"We have counted 3.2 million ballots so far," said Lyon Mayor and opposition vice presidential candidate Dario Venn.';
    expect(speakerOf(text, 'We have counted')).toBe('Dario Venn');
  });
  it('reads a body with its initials in brackets before the title ("said X Board (XB) chairman Y")', () => {
    const text = 'Voting ended on Sunday.\n\n"The count was fair and open," said Kelmor Electoral Board (KEB) chairman Tomas Rilke.';
    expect(speakerOf(text, 'The count was fair')).toBe('Tomas Rilke');
  });
});

describe('a relative clause on a body inside an apposition', () => {
  it('gives the quote to the person the apposition describes ("X, the chief of Y, which runs Z, called it “…”")', () => {
    const text = 'Lena Park, the chief of Harlow Mining, which runs the Brant Pit, called it the "darkest hour of our town."';
    expect(quoteSpeakers(text)).toEqual(['Lena Park']);
  });
});

describe('an unnamed speaker tagged inside a run of quotes', () => {
  it('keeps the named speaker before from the quote "said one woman who …" interrupts', () => {
    const text = 'Dario Venn spoke first. "We did all we could," said Dario Venn.\n\n"They gave us no news at all," said one woman who was at the meeting. "Everyone is angry and tired."';
    // The quote after "said one woman …." opens a sentence of its own, still hers.
    expect(quoteSpeakers(text)).toEqual(['Dario Venn', null, null]);
    expect(extract(text).claims.filter((c) => c.kind === 'quote').map((c) => c.reportedBy)).toEqual([null, 'one woman', 'one woman']);
  });
});

describe('a relative clause on the body of a title', () => {
  it('gives the quote to the person whose title took the body in ("X, the CEO of Y Group, which owns Z, called it “…”")', () => {
    const text = 'Lena Park, the CEO of Harlow Mining Group, which owns the Brant Mine, called it the "darkest hour of my life."';
    expect(quoteSpeakers(text)).toEqual(['Lena Park']);
  });
});

describe('a speaker the text describes before naming', () => {
  it('gives the quote to "X, one of the patients who …, told reporters:"', () => {
    const text = 'Police said six people died. Tomas Verle, one of the patients who is admitted in a hospital, told reporters: "I drank it on Monday and fell ill."';
    expect(quoteSpeakers(text)).toEqual(['Tomas Verle']);
  });

  it('gives the quote to the name "said a villager who identified himself as X" gives', () => {
    const text = '"They were brutally executed," said a villager who identified himself as Karim, adding that he had fled.';
    expect(quoteSpeakers(text)).toEqual(['Karim']);
  });
});

describe('a speaker named after an age compound', () => {
  it('gives the quote to the person after "said 75-year-old", and the partial quote after "She said she" to her', () => {
    const text = '"I think the town is waking up," said 75-year-old Valerie Pell of Brask, one of the marchers. She said she came to oppose "any new tax."';
    expect(quoteSpeakers(text)).toEqual(['Valerie Pell', 'Valerie Pell']);
  });
});

describe('a pronoun after a clause opened by "but"', () => {
  it('stands for the person who is the subject of the last clause, not the sentence\'s first speaker', () => {
    const text = 'The storm hit Kelmor. Lena Ostrova of the relief agency put the toll at 4,000. On Monday, Governor Tomas Brenn told reporters the toll could reach 9,000 -- but Ostrova stuck by her count.\n\n"It may be that the officials are counting badly," she said.';
    expect(quoteSpeakers(text)).toEqual(['Lena Ostrova']);
    expect(quoteSpeakers('Tomas Brenn said 30 had died, but Lena Ostrova put the toll at 40. "We are still counting," she said.')).toEqual(['Lena Ostrova']);
  });
});

describe('a quote its sentence introduces and closes with a full stop', () => {
  it('takes no reporter from the next sentence, nor from a word inside it: its own subject reports it', () => {
    const text = 'It said in a situation report on Kelmor that 2 million people were affected. The report issued Tuesday noted that "official casualty counts remain far lower than ours." The army said 3,000 people were killed.';
    const q = extract(text).claims.find((c) => c.kind === 'quote')!;
    expect([q.attributedTo, q.reportedBy]).toEqual([null, 'the report']);
  });
});

describe('"cautioned" reports', () => {
  it('gives the partial quote after "X however cautioned that it was" to X', () => {
    const text = 'Mira Tolk of the Kelmor Red Cross said the toll would rise. Tolk however cautioned that it was "far too early to count the dead".';
    expect(quoteSpeakers(text)).toEqual(['Mira Tolk']);
  });
});

describe('speakers after a quote with a verb of complaint, agreement or wit', () => {
  it('gives "…,” <title> X complained / echoed / quipped" to X', () => {
    const text =
      'The assembly met in Varn on Tuesday.\n\n“We cannot accept a budget that hurts every farmer in the valley,” Kelmor MP Ana Ruiz complained.\n\n' +
      '“We will not take part in a vote on this budget,” Ostra East MP Tomas Halva echoed.\n\n“At least the coffee was free this time,” Varn MP Mira Tobbeck quipped.';
    expect(quoteSpeakers(text)).toEqual(['Ana Ruiz', 'Tomas Halva', 'Mira Tobbeck']);
  });

  it('keeps a sentence after the quote that merely echoes from speaking for it', () => {
    const text = 'The assembly met in Varn on Tuesday.\n\n“We cannot accept a budget that hurts every farmer in the valley.” Gunfire echoed across Kelmor that night.';
    expect(quoteSpeakers(text)).toEqual([null]);
  });
});

describe('"informed that" reports', () => {
  it('gives "<body> chief X on Sunday informed that …" and its figure to X', () => {
    const r = extract('Kelmor Weather Agency chief Ana Varnsson on Sunday informed that 40 people had died in the floods.');
    expect(figure(r, '40').claim.attributedTo).toBe('Ana Varnsson');
  });
  it('leaves "X was informed that …" to no one: the one told is no source', () => {
    const r = extract('Ana Varnsson was informed that 40 people had died in the floods.');
    expect(figure(r, '40').claim.attributedTo).toBeNull();
  });
});

describe('a sentence opening with a concessive clause of one speaker', () => {
  it('is reported by the main clause’s speaker after it ("While X says …, the candidate of Y, Mr Z, has said …")', () => {
    const text = 'While President Tomas Brandt says he is encouraged by the polls, the presidential candidate of the Kelmor Democratic Party (KDP), Mr Ana Varnsson, has said he is not perturbed about the survey.';
    expect(byKind(extract(text), 'statement')).toEqual(['Ana Varnsson']);
  });
  it('stays the concessive clause’s speaker’s where the main clause names no speaker', () => {
    expect(byKind(extract('While Tomas Brandt says he is encouraged, the polls are close.'), 'statement')).toEqual(['Tomas Brandt']);
  });
});
