// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Claim } from '../../src/extract';

const quotes = (text: string): Claim[] => extract(text).claims.filter((c) => c.kind === 'quote');
const speakers = (text: string): [string, string | null][] => quotes(text).map((q) => [q.text, q.attributedTo]);

describe('quote styles', () => {
  it.each([
    ['curly', 'Jane Smith said: “We will keep fighting for them.”'],
    ['straight', 'Jane Smith said: "We will keep fighting for them."'],
    ['guillemets', 'Jane Smith said: «We will keep fighting for them.»'],
    ['low-high', 'Jane Smith said: „We will keep fighting for them.“'],
    ['single curly', 'Jane Smith said: ‘We will keep fighting for them.’'],
  ])('%s quotes', (_style, text) => {
    expect(speakers(text)).toEqual([['We will keep fighting for them.', 'Jane Smith']]);
  });

  it('does not take apostrophes for single quotes', () => {
    const text = 'Jane Smith said the union’s ‘demands are simply not negotiable’, and the workers’ pay was frozen.';
    expect(quotes(text).map((q) => q.text)).toEqual(['demands are simply not negotiable']);
    expect(quotes('The ‘90s were different, he said of the era’s excesses.')).toEqual([]);
  });

  it('reads ``…\'\' archive quotes, and no lone apostrophe inside them closes one', () => {
    const text = "Farmers ``don't wait for the gates to open,'' Lena Vik, a grower from Ostra, said Monday.";
    expect(speakers(text)).toEqual([["don't wait for the gates to open", 'Lena Vik']]);
    // Two apostrophes open nothing without the backticks before them.
    expect(quotes("The farmers'' gates were open all week, Lena Vik said.")).toEqual([]);
  });

  it('joins a ``…\'\' quote split by "he said" into one claim', () => {
    const text = "Tom Reed chairs the board. ``This is a wake-up call,'' he said, ``and we have the vaccines.''";
    expect(speakers(text)).toEqual([["This is a wake-up call,'' he said, ``and we have the vaccines.", 'Tom Reed']]);
  });

  it('ignores scare quotes of one or two words', () => {
    expect(quotes('The so-called “foreign agents” law was passed by Parliament.')).toEqual([]);
  });

  it('closes an open quote at a stray closing mark after end punctuation', () => {
    const text = 'Molina writes that leaders must demand a “full and impartial inquiry into the abuses.’ Talks begin today.';
    expect(quotes(text).map((q) => q.text)).toEqual(['full and impartial inquiry into the abuses.']);
  });

  it('joins a quote split by "he said," inside its sentence into one claim', () => {
    const text = 'Tom Reed chairs the board.\n\n“This is a wake-up call,” he said, “and we have the vaccines.”';
    const [q, ...rest] = quotes(text);
    expect(rest).toEqual([]);
    expect(q!.text).toBe('This is a wake-up call,” he said, “and we have the vaccines.');
    expect(q!.attributedTo).toBe('Tom Reed');
  });

  it('keeps the quote after "he said." apart: it opens a sentence of its own, by the same speaker', () => {
    const text = 'Tom Reed chairs the board.\n\n“This is a wake-up call,” he said. “We have the vaccines in Varn.”';
    expect(speakers(text)).toEqual([
      ['This is a wake-up call', 'Tom Reed'],
      ['We have the vaccines in Varn.', 'Tom Reed'],
    ]);
  });

  it('keeps a quote that narrative leads into apart, not the tag and the narrative in one span', () => {
    const text = '“We will keep up the pressure on the ministry,” said Tomas Ruiz, and added that “the farmers will march again next week.”';
    expect(speakers(text)).toEqual([
      ['We will keep up the pressure on the ministry', 'Tomas Ruiz'],
      ['the farmers will march again next week.', 'Tomas Ruiz'],
    ]);
    const chained = 'Ana Varn noted that the Kelmor Party “is again asking the voters for their trust,” and said it will be “a fair test of our own plan,” for a country, she stressed, that is “free and proud of its work.”';
    expect(quotes(chained).map((q) => q.text)).toEqual(['is again asking the voters for their trust', 'a fair test of our own plan', 'free and proud of its work.']);
    // A tag closed by a comma still joins the parts it interrupts.
    expect(quotes('“We will keep up the pressure,” said Tomas Ruiz, “and the farmers will march again.”').map((q) => q.text)).toEqual([
      'We will keep up the pressure,” said Tomas Ruiz, “and the farmers will march again.',
    ]);
  });

  it('runs a quote whose opening mark was lost from its paragraph start to the closing mark before a tag', () => {
    const text = 'Ostra Bank reported a profit on Tuesday.\n\nOperating momentum across our businesses keeps driving growth,” Ostra Bank chief Ana Ruiz said in a statement.';
    expect(speakers(text)).toEqual([['Operating momentum across our businesses keeps driving growth', 'Ana Ruiz']]);
    // With no verb of speech after it, a lone closing mark opens nothing.
    expect(quotes('Ostra Bank reported a profit on Tuesday.\n\nOperating momentum across our businesses keeps driving growth,” and the shares rose.')).toEqual([]);
  });

  it('takes a mark before a comma for a stray closing mark, not one opening the narrative after it', () => {
    const text = '“# Latest” TOTAL 212 dead in #Storm #Varn: 140, #Ostra: 3 “, posted early today the minister on her own page.';
    expect(quotes(text)).toEqual([]);
  });

  it('keeps two speakers apart when the first part has no comma', () => {
    const text = 'Ann Lee called it “a total and utter disgrace” and Tom Reed said “it was entirely expected”.';
    expect(speakers(text)).toEqual([
      ['a total and utter disgrace', 'Ann Lee'],
      ['it was entirely expected', 'Tom Reed'],
    ]);
  });

  it('runs an unclosed quote to the end of its paragraph (multi-paragraph quotes)', () => {
    const text =
      'Mark Jones, a spokesman for the airline, said: “Safety is our first priority at all times.\n\n' +
      '“We are cooperating fully with investigators.”';
    expect(speakers(text)).toEqual([
      ['Safety is our first priority at all times.', 'Mark Jones'],
      ['We are cooperating fully with investigators.', 'Mark Jones'],
    ]);
  });
});

describe('speakers', () => {
  it('reads the attribution after the quote in either order', () => {
    expect(speakers('“We need more time to decide,” Molina wrote.')[0]![1]).toBe('Molina');
    expect(speakers('“We need more time to decide,” says Chad Griffin.')[0]![1]).toBe('Chad Griffin');
    expect(speakers('“We need more time to decide,” Mr Putin said.')[0]![1]).toBe('Putin');
  });

  it('resolves a title after the verb to the last person with that title', () => {
    const text = 'Foreign Minister Sergei Lavrov arrived late.\n\n“We have nothing more to add,” said the minister.';
    expect(speakers(text)[0]![1]).toBe('Sergei Lavrov');
  });

  it('takes the subject of the reporting verb, not another name in its clause', () => {
    const text =
      'With the summit in Hamburg this week, Enrique Torre Molina writes that leaders must press President Vladimir Putin to hold a “full and open inquiry now”.';
    expect(speakers(text)[0]![1]).toBe('Enrique Torre Molina');
  });

  it('takes the main subject for a participle ("…, saying …")', () => {
    const text =
      'Senator Ann Lee wrote to President Donald Trump, urging him to act and saying the situation was “extraordinarily dangerous for everyone”.';
    expect(speakers(text)[0]![1]).toBe('Ann Lee');
  });

  it('resolves he/she to the last named person', () => {
    const text =
      'Senator Elizabeth Warren criticised the merger on Monday. "This deal is a disaster for consumers," she said.';
    expect(speakers(text)[0]![1]).toBe('Elizabeth Warren');
  });

  it('does not resolve a pronoun to a person named only inside a quote', () => {
    const text = 'Tom Reed spoke on Monday.\n\n“I told President Putin this cannot go on,” he said.';
    expect(speakers(text)[0]![1]).toBe('Tom Reed');
  });

  it('gives a paragraph that is only a quote the current speaker', () => {
    const text =
      '“We want answers from the government,” Ann Lee said.\n\n' +
      '“Families have waited far too long.”\n\n' +
      'Tom Reed disagreed with the plan.\n\n' +
      'He ends the letter with a warning.\n\n' +
      '“Nobody is listening to the victims.”';
    expect(speakers(text).map(([, s]) => s)).toEqual(['Ann Lee', 'Ann Lee', 'Tom Reed']);
  });

  it('leaves an unattributed quote inside a sentence without a speaker', () => {
    expect(speakers('Critics called the plan “a recipe for total disaster” yesterday.')[0]![1]).toBeNull();
  });

  it('attributes to the canonical name of the speaker', () => {
    const text = 'Enrique Torre Molina leads the campaign.\n\n“Nearly 100 days have passed since then,” Molina wrote.';
    expect(speakers(text)[0]![1]).toBe('Enrique Torre Molina');
  });
});

describe('speakers of quotes after other speakers (eval defects)', () => {
  it('gives a quote followed by "X, the group’s president, said" to X, not the previous speaker', () => {
    const text = [
      '“People are frightened to talk on the phone,” said Igor Kochetkov, who leads the network.',
      '“The president has a chance to show that America will not stay silent,” Chad Griffin, the group’s president, said.',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Igor Kochetkov', 'Chad Griffin']);
  });

  it('gives a pull quote the speaker of the quote it repeats, and an unattributed isolated quote none', () => {
    const text = [
      'Aylin Demirtaş, a researcher, spoke first. “Governments have learned they can jail reporters without paying a price,” she said.',
      'The census was published on Thursday by the group.',
      'Officials in three countries declined to comment on the figures.',
      '“They can jail reporters without paying a price.”',
      '“No pay rise, no trains, no deal.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['Governments have learned they can jail reporters without paying a price', 'Aylin Demirtaş'],
      ['They can jail reporters without paying a price.', 'Aylin Demirtaş'],
      ['No pay rise, no trains, no deal.', null],
    ]);
  });

  it('reads straight single quotes, with apostrophes inside', () => {
    const text = "Judge Rebecca Onyango said he had shown 'a breathtaking disregard for the people's savings'.";
    expect(speakers(text)).toEqual([["a breathtaking disregard for the people's savings", 'Rebecca Onyango']]);
  });
});

describe('speakers named with "the" after the quote (real-page defects)', () => {
  it('takes "the Bureau of Farm Statistics said" and "the region’s Housing Minister X said" after a quote', () => {
    const text = [
      '“Prices will keep climbing through the winter,” the Bureau of Farm Statistics said.',
      '“We lost two hundred homes in one night,” the region’s Housing Minister Tomas Varga said.',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Bureau of Farm Statistics', 'Tomas Varga']);
  });

  it('gives "the minister said" to the last person with that title', () => {
    const text = 'Health Minister Ana Costa opened the clinic in Porto Vale.\n\n“We will hire more nurses before the summer,” the minister said.';
    expect(speakers(text)).toEqual([['We will hire more nurses before the summer', 'Ana Costa']]);
  });

  it('does not give "the MP for X said" to X, a constituency', () => {
    expect(speakers('“Nobody expected the river to rise so fast,” the MP for Lower Brookfield said.')).toEqual([
      ['Nobody expected the river to rise so fast', null],
    ]);
  });
});

describe('pronouns after a sentence that names two people (real-page defects)', () => {
  it('resolves "he said" to the speaker of the sentence before, not a person named first in its opening phrase', () => {
    const text = 'Responding to Mr Reyes’s speech, Mr Okafor said on Friday that his rival had offered nothing.\n\n“He only wants a fight,” he said.';
    expect(speakers(text)).toEqual([['He only wants a fight', 'Okafor']]);
  });

  it('still resolves to the first person where the sentence before reports nothing', () => {
    const text = 'Mr Reyes met Mr Okafor in the capital on Friday.\n\n“We agreed on very little,” he said.';
    expect(speakers(text)).toEqual([['We agreed on very little', 'Reyes']]);
  });
});

describe('speakers real pages wrote after a phrase, a bare title or a one-word name (second round)', () => {
  it('reads the speaker after a short phrase set off by commas and a bare title apposition', () => {
    const text = '“Eighteen have died so far,” in both districts, Mira Okoth, spokeswoman for the Flood Relief Agency, said on Saturday.';
    expect(speakers(text)).toEqual([['Eighteen have died so far', 'Mira Okoth']]);
    expect(extract(text).mentions.find((m) => m.name === 'Mira Okoth')?.kind).toBe('person');
  });

  it('makes a one-word speaker a person when "he" or "she" takes it up, so a later "he said" points to it', () => {
    const text = [
      'Halvorsen said the toll was expected to rise, and that rescuers were still counting.',
      'Some 215 soldiers were among the dead, he said.',
      '“This is the worst disaster in our history,” Halvorsen said.',
    ].join('\n\n');
    const r = extract(text);
    expect(r.mentions.find((m) => m.name === 'Halvorsen')?.kind).toBe('person');
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('Halvorsen');
  });

  it('leaves a one-word speaker that "it" takes up, or that speaks once in several uses, as it was', () => {
    const company = extract('Norrland said it would cut 300 jobs. He said nothing more.');
    expect(company.mentions.find((m) => m.name === 'Norrland')?.kind).toBe('other');
    const mostly = extract('Talvik said the road was shut. He left. Talvik is far away, and Talvik lies on the river. Talvik was quiet.');
    expect(mostly.mentions.find((m) => m.name === 'Talvik')?.kind).not.toBe('person');
  });
});

describe('speakers on new real pages (courts, elections, health, business, sport)', () => {
  it('reads a title and the name after it between a quote and its verb ("EC Chairperson X declared")', () => {
    const text = [
      'The Electoral Commission of Sarnia declared the results on Friday.',
      '“It is my duty to declare the winner,” EC Chairperson Lydia Mensah declared.',
      '“Guidance stays cautious,” Norrland Chief Financial Officer Ida Berg said in a call, Bloomberg reported.',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Lydia Mensah', 'Ida Berg']);
    expect(extract(text).mentions.map((m) => m.name)).not.toContain('Norrland Chief Financial');
  });

  it('gives the earlier paragraphs of a quote over several paragraphs the speaker named in its last one', () => {
    const text = [
      'Coach Dan Hale shared the message he gave the players.',
      '“It was about the intensity, 40 minutes of it.',
      '“We changed a couple of things,” he said.',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Dan Hale', 'Dan Hale']);
    expect(extract(text).claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('Dan Hale');
  });

  it('attributes nothing to the subject of a passive verb or to a name before ", said witnesses"', () => {
    const r = extract(
      'Ama Boateng of the Unity Party has been declared winner.\n\nThe court will seize 30 houses from Kofi Tetteh, who was convicted with Esi Owusu, who was sentenced in absentia, said witnesses.',
    );
    // The sentence is the unnamed witnesses' statement, no named person's.
    expect(r.claims.filter((c) => c.kind !== 'figure').map((c) => [c.attributedTo, c.reportedBy])).toEqual([[null, 'witnesses']]);
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo).toBeNull();
  });
});

describe('speakers on real pages, third round (paragraph before, shared subject, embedded quotes)', () => {
  it('gives a quote opening the next paragraph to the speaker of "X praised … and spoke about …"', () => {
    const text = [
      'Coach Glen Harte praised the opposition and spoke about finding answers at half time.',
      '“It was a good battle, we talked about that at the break.',
      '“We played at their pace and that did not work for us.”',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Glen Harte', 'Glen Harte']);
    // A sentence opening with a word, not a name, shares no named subject.
    expect(extract('Police arrested Ruiz and said he would be charged.').claims.map((c) => c.attributedTo)).toEqual([]);
  });

  it('reads a quote opened by ” at a paragraph start after "X said:"', () => {
    const text = 'To the two who spoke out of turn, Tessa Marlow said:\n\n” If I called out every one of you, we would never finish a meeting.”';
    expect(speakers(text)).toEqual([['If I called out every one of you, we would never finish a meeting.', 'Tessa Marlow']]);
  });

  it('gives a short quote inside a sentence the sentence’s source named after it, with a title of three words', () => {
    const text = 'Losing that much in three years “is pretty incredible” and faster than before, said study lead author Clara Penn, a climate scientist.';
    expect(speakers(text)).toEqual([['is pretty incredible', 'Clara Penn']]);
  });

  it('does not give a short quote to a source that reports something else later in the sentence', () => {
    // The words are the subject's, past the age between him and his verb, as they are with no age there.
    const text = 'Tomas Okafor, 56, called for an “orderly and calm” handover after Lena Reyes announced she was leaving.';
    expect(speakers(text)).toEqual([['orderly and calm', 'Tomas Okafor']]);
  });

  it('reads "remarked", "affirmed" and "highlighted" as reporting verbs', () => {
    const text = [
      'President Ana Ruiz met farmers.',
      '“I do not see the reason behind that,” Ruiz remarked when asked.',
      '“She does not need my assurance at all,” she affirmed.',
      '“An action to reinforce our team this year”, highlighted Ruiz at the event.',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('speakers on real pages, fourth round (war reports, studies)', () => {
  it('gives "the military said" no government body named before with another head noun, nor an outlet', () => {
    const text = [
      '(APP - Kestrel Point News) The Health Ministry said the toll rose to 19.',
      'The military said it struck a command centre. “These men planned the attack,” it said.',
      '“The toll reached 26,” the health ministry said. The Israeli military said it had “struck a command centre used by the fighters”.',
    ].join('\n\n');
    expect(extract(text).claims.filter((c) => c.kind !== 'figure').map((c) => [c.kind, c.attributedTo])).toEqual([
      ['statement', 'Health Ministry'],
      // "The military said it struck …": a statement of a speaker named only by its role.
      ['statement', null],
      ['quote', null],
      ['quote', 'Health Ministry'],
      // Named with its demonym, the military is a body of its own.
      ['quote', 'Israeli military'],
    ]);
    // "it said" after a named body's sentence is that body's.
    expect(speakers('The Kelmor Defence Force said it hit a base.\n\n“We destroyed the tunnels,” it said.')).toEqual([['We destroyed the tunnels', 'Kelmor Defence Force']]);
    // A body named with the noun is still the one it stands for, and "the company" the last organisation.
    expect(extract('The Acme Group hired 30 people. The company said 20 more would follow.').claims.map((c) => c.attributedTo)).toEqual([null, 'Acme Group', 'Acme Group']);
  });

  it('gives a sentence to the person opening a chain of "of" and "at" names, not to the body in its middle', () => {
    const r = extract('Study leader Dr. Ana Ruiz of the School of Public Health at Kelmor College London said 380,000 people took part.');
    expect(r.claims.map((c) => [c.kind, c.attributedTo])).toEqual([
      ['statement', 'Ana Ruiz'],
      ['figure', 'Ana Ruiz'],
    ]);
  });

  it('reads "assured" as a reporting verb', () => {
    expect(speakers('The commission met.\n\n“The four results are immaterial,” Ana Ruiz assured.')).toEqual([['The four results are immaterial', 'Ana Ruiz']]);
  });
});

describe('quote boundaries', () => {
  it('does not close a quote at a nested quote of the same style', () => {
    const r = extract('“It helps the towns where the effects (of “Storm Ana”) are seen. But we leave the decision to the mayor,” Jane Okafor said.');
    const quotes = r.claims.filter((c) => c.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ attributedTo: 'Jane Okafor' });
    expect(quotes[0]!.text).toContain('leave the decision to the mayor');
  });
});

describe('quote marks a page lost to "?"', () => {
  const text =
    'Kelmor Telecom on Monday said profit rose. Kelmor?s profit fell 12% in the quarter. ?Too many networks chase too few users. Today, 30% of our revenues come from villages and we reach nearly 40% of them. Growth will come from the villages,? said Anil Rao, managing director, Kelmor Telecom.';

  it('reads a "?" glued to a word start as opening, and ",?" before a space as closing, a quote', () => {
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toMatch(/^Too many networks .* from the villages$/);
    expect(found[0]!.attributedTo).toBe('Anil Rao');
  });

  it('gives the figures inside it to the speaker, and ends the sentence before the lost mark', () => {
    const r = extract(text);
    const by = (value: number) => r.claims.find((c) => c.kind === 'figure' && c.figures[0]!.value === value)!;
    expect(by(30).attributedTo).toBe('Anil Rao');
    expect(by(12).text).toBe('12% in the quarter');
  });

  it('leaves real question marks alone', () => {
    expect(quotes('Why? Nobody knows yet. Is the strike over? Not quite, the union said on Monday.')).toEqual([]);
  });
});

describe('a quote whose closing mark the text lost before its tag', () => {
  it('closes before a paragraph-ending ", <title> <Name> told <X>." and gives the quote, and the "he said" after it, to that name', () => {
    const text =
      '"We are getting different numbers from the clinics, but we have confirmed so far 137 dead, police official Tomas Varn told Ostra Radio.\n\n"The toll could be higher because there are more than 300 wounded," he said.';
    expect(speakers(text).map(([, by]) => by)).toEqual(['Tomas Varn', 'Tomas Varn']);
  });

  it('keeps a quote running on into the next paragraph whole where its last clause is the speaker’s own', () => {
    const text =
      'Ana Ruiz said: "We were told the count was final, as Mayor Tomas Varn said.\n\n"But the clinics kept finding more of the dead every day."';
    const [first] = quotes(text);
    expect(first!.text).toBe('We were told the count was final, as Mayor Tomas Varn said.');
    expect(first!.attributedTo).toBe('Ana Ruiz');
  });
});

describe('a quote inside a sentence closed by ", X said in a report."', () => {
  const before = 'Varn Radio said the toll was low.\n\n';

  it('gives the quote to X, not to the speaker before', () => {
    const text = `${before}"In the most careful estimates" at least 600 people died in the floods, the Kelmor Institute said in a report.`;
    expect(speakers(text)).toEqual([['In the most careful estimates', 'Kelmor Institute']]);
  });

  it('leaves it to the speaker before where X’s verb goes on past the phrase of where it spoke', () => {
    const text = `${before}"In the most careful estimates" at least 600 people died in the floods, the Kelmor Institute said in a report for the council of ministers.`;
    expect(speakers(text)).toEqual([['In the most careful estimates', 'Varn Radio']]);
  });
});

describe('words written on a banner or a placard', () => {
  it('are a slogan, no quote', () => {
    expect(speakers('Ana Ruiz waved to the crowd from a bus with a banner reading "Ostra has won!"')).toEqual([]);
    expect(speakers('Marchers in Varn carried placards that read “Free the Kelmor Nine now” past the court.')).toEqual([]);
  });

  it('leave a quote shouted beside a sign as speech', () => {
    expect(speakers('Ana Ruiz held up a sign and shouted "Ostra has won today!"')).toEqual([['Ostra has won today!', 'Ana Ruiz']]);
  });
});

describe('a second saying after a tag with a participle of speech', () => {
  it('is a quote of its own where it opens with a capital ("they said, adding, “We …”")', () => {
    expect(speakers('“The union is working hard to stop these deaths,” Ana Ruiz said, adding, “We must also find a shared approach.”')).toEqual([
      ['The union is working hard to stop these deaths', 'Ana Ruiz'],
      ['We must also find a shared approach.', 'Ana Ruiz'],
    ]);
  });

  it('stays one quote where the part after the tag goes on in lower case', () => {
    expect(speakers('“The union is working hard to stop these deaths,” Ana Ruiz said, adding, “and we must also find a shared approach.”')).toHaveLength(1);
  });
});
