// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memoryKnowledge } from '../../src/cache';
import { articleContext } from '../../src/context';
import { groupSources } from '../../src/context/source-groups';
import type { Pack } from '../../src/packs';

// One fictional event the packs know, so a known name only mentioned keeps a card, under "Also named".
const pack: Pack = {
  format: 'backstory-pack',
  formatVersion: 1,
  pack: { id: 'cited', name: 'Cited tests', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-01-01' },
  entities: [
    { id: 'event:ostra-summit', kind: 'event', name: 'Ostra Summit', aliases: [], description: 'A fictional yearly meeting.', domains: [], ratings: [], source: 'https://example.org/ostra-summit' },
  ],
  claims: [],
  corrections: [],
  reports: [],
  stories: [],
};
const knowledge = memoryKnowledge([pack]);

async function groups(text: string) {
  const url = 'https://news.example/a';
  const ctx = await articleContext(
    { url, detection: { isArticle: true, site: null, reason: 'test' }, article: { title: 'T', byline: [], publishedAt: null, siteName: null, lang: 'en', canonicalUrl: url, text } },
    knowledge,
  );
  const { cards, known, alsoNamed } = groupSources(ctx);
  return { cards: cards.map((s) => s.name), known: known.map((s) => s.name), alsoNamed: alsoNamed.map((s) => s.name) };
}

describe('cited and only-named sources', () => {
  it('gives a card to whoever a claim is attributed to, and lists a name nothing is attributed to on one line', async () => {
    const { cards, alsoNamed } = await groups(
      'Kelmor Soft said its profit rose 12% in the year to March. The wounded were taken to Varn General Hospital on Monday. Dana Holt watched the vote in the capital.',
    );
    expect(cards).toEqual(['Kelmor Soft']);
    expect(alsoNamed).toEqual(['Varn General Hospital', 'Dana Holt']);
  });

  it('gives a card to the body a cited person speaks for, named in an apposition, after "of" or in a title', async () => {
    const { cards, alsoNamed } = await groups(
      '“The year was hard,” said Anna Varn, director of finance at the Kelmor Water Authority. A Varn Police spokesman, Ana Ruiz, said 3 were missing. Sara Lind of the Ostra Farmers Union said the rain was late. Dana Holt, a member of the Kelmor Party, watched the vote.',
    );
    expect(cards).toEqual(expect.arrayContaining(['Anna Varn', 'Kelmor Water Authority', 'Varn Police', 'Ana Ruiz', 'Sara Lind', 'Ostra Farmers Union']));
    // Dana Holt is cited for nothing, so neither is her party.
    expect(alsoNamed).toEqual(['Dana Holt', 'Kelmor Party']);
  });

  it('gives no card to the party a cited leader leads, and keeps one for the body a spokesman speaks for', async () => {
    const { cards, alsoNamed } = await groups('Kelmor Unity Party (KUP) leader Ana Ruiz said the vote was won. Ostra Farmers Union spokesman Bo Lund said 3 farms flooded.');
    expect(cards).toEqual(expect.arrayContaining(['Ana Ruiz', 'Bo Lund', 'Ostra Farmers Union']));
    expect(alsoNamed).toContain('Kelmor Unity Party');
  });

  it('gives no card to a name an "and" joins to the title of a cited person', async () => {
    const { cards, alsoNamed } = await groups('It is the eve of the Kelmor Open and festival director Ana Ruiz said 40 teams had entered.');
    expect(cards).toEqual(['Ana Ruiz']);
    expect(alsoNamed).toEqual(['Kelmor Open']);
  });

  it('gives a source card to an outlet only mentioned, and a card apart, not counted as a source, to a known name only mentioned', async () => {
    const { cards, known, alsoNamed } = await groups('The story ran in the Ostra Times on Monday. Leaders met at the Ostra Summit. Rain fell on the Kelmor Rovers.');
    expect(cards).toEqual(['Ostra Times']);
    expect(known).toEqual(['Ostra Summit']);
    expect(alsoNamed).toEqual(['Kelmor Rovers']);
    // Cited, the known name is a source like any other.
    const cited = await groups('The Ostra Summit said 40 leaders had come.');
    expect(cited.cards).toEqual(['Ostra Summit']);
    expect(cited.known).toEqual([]);
  });

  it('gives a card to the subject of a verb of speech whose claim went elsewhere', async () => {
    const { cards } = await groups('State media said the reports were false, with the Kelmor Defence Council saying no aircraft had flown that day.');
    expect(cards).toContain('Kelmor Defence Council');
    // A passive, a verb the subject need not speak with, or another subject after a comma: no card.
    const none = await groups('Kelvo Varnik was declared the winner on Monday. The Kelmor Festival concluded without a fight. Dana Holt, Ana Ruiz said, had left.');
    expect(none.cards).toEqual(['Ana Ruiz']);
  });

  it('gives a card to the subject of a pledge or of a revised figure, whose own words they are', async () => {
    const { cards } = await groups(
      'Addressing crowds in the north, Kelvo Varnik pledged to reopen the mines. The Kelmor Finance Board has revised its inflation forecast from 2.4% to 2.9%.',
    );
    expect(cards).toEqual(expect.arrayContaining(['Kelvo Varnik', 'Kelmor Finance Board']));
    // A verb that says nothing of the subject's words: no card.
    const none = await groups('Addressing crowds in the north, Kelvo Varnik toured the mines. The Kelmor Finance Board has moved its offices to Ostra.');
    expect(none.cards).toEqual([]);
  });

  it('gives a card to every person an outlet quoted before "as saying", not only the first', async () => {
    const { cards } = await groups(
      'The Ostra Times quoted Ana Ruiz, a Varn school teacher; and Bo Lund, a farmer who helped search the river; as saying that at least 90 fishermen were killed.',
    );
    expect(cards).toEqual(expect.arrayContaining(['Ana Ruiz', 'Bo Lund']));
    // "as saying" in the next sentence is no quotation of the person quoted before it: no card.
    const none = await groups('The Ostra Times quoted Ana Ruiz at length. Her neighbour Bo Lund was remembered as saying little.');
    expect(none.cards).not.toContain('Ana Ruiz');
  });

  it('gives a card to a body whose authorities report', async () => {
    const { cards } = await groups('Kelmor Civil Defence authorities have reported that 30 people died in the quake.');
    expect(cards).toContain('Kelmor Civil Defence');
  });

  it('gives a card to a name listed before a titled speaker who puts a toll', async () => {
    const { cards } = await groups('Earlier, Ostra District Commissioner Kelvo Varnik and Civil Surgeon Ana Lucia Dorn put the death toll at 52.');
    expect(cards).toEqual(expect.arrayContaining(['Kelvo Varnik', 'Ana Lucia Dorn']));
  });

  it('gives no card to an outlet named only inside a speaker’s quotation', async () => {
    const { cards, alsoNamed } = await groups('“Under the new law, the Varn Times can now only print on weekdays,” said Ana Ruiz. The story ran in the Ostra Times.');
    expect(cards).toEqual(expect.arrayContaining(['Ana Ruiz', 'Ostra Times']));
    expect(alsoNamed).toContain('Varn Times');
  });

  it('lists a titled official the article is about on one line, and gives a card to one who speaks', async () => {
    const { cards, alsoNamed } = await groups('Protesters marched against President Bo Lund on Monday. Interior Minister Ana Ruiz said 40 people were detained.');
    expect(cards).toEqual(['Ana Ruiz']);
    expect(alsoNamed).toEqual(['Bo Lund']);
  });

  it('gives a card to every name listed with the speaker before the verb, and to none listed elsewhere in the claim', async () => {
    const listed = await groups('Election observers from the Kelmor Development Community (KDC), as well as the Commonwealth and the European Union, said the vote was fair.');
    expect(listed.cards).toEqual(['Kelmor Development Community', 'Commonwealth', 'European Union']);
    const talks = await groups('Talks between the Varn Party and the Kelmor Union ended on Monday, the Kelmor Union said.');
    expect(talks).toEqual({ cards: ['Kelmor Union'], known: [], alsoNamed: ['Varn Party'] });
  });

  it('reads no title in "met" or "and" between a name and a cited person', async () => {
    const { cards, alsoNamed } = await groups('Kelmor Union (KU) lawmaker Bo Lund said 3 died. Ana Ruiz met Bo Lund on Monday. Sara Lind and Bo Lund left the hall.');
    expect(cards).toEqual(['Kelmor Union', 'Bo Lund']);
    expect(alsoNamed).toEqual(['Ana Ruiz', 'Sara Lind']);
  });
});

describe('speakers listed with "along with" and bodies able to confirm', () => {
  it('cites a titled person listed "along with" the speaker and another titled person', async () => {
    const g = await groups('Trade Minister Bo Lund along with Health Minister Ana Ruiz and Roads Minister Tarvo Eskel said the roads would reopen on Monday.');
    expect(g.cards).toEqual(expect.arrayContaining(['Bo Lund', 'Ana Ruiz', 'Tarvo Eskel']));
    // Someone met "along with" another is no speaker.
    expect((await groups('Ana Ruiz met Bo Lund along with Tarvo Eskel in Ostra on Monday, the Varn Herald reported.')).cards).not.toContain('Bo Lund');
  });

  it('cites a body that "were able to confirm" a count', async () => {
    const g = await groups('The Varn Herald reported on Monday that the Department of Rural Works (DRW) were able to confirm three more bodies.');
    expect(g.cards).toContain('Department of Rural Works');
    expect((await groups('The Varn Herald reported on Monday that the Department of Rural Works (DRW) were able to reopen eight roads.')).cards).not.toContain('Department of Rural Works');
  });
});

describe('names a report cites outright', () => {
  it('cites the body after "citing" and the person a title after "according to" names', async () => {
    const g = await groups('The Varn Herald reported 12 dead, citing the Kelmor Health Ministry in the capital. According to Ostra Bank’s chief financial officer, Ivo Dasko, the bank hopes to grow.');
    expect(g.cards).toEqual(expect.arrayContaining(['Kelmor Health Ministry', 'Ivo Dasko']));
    // An incident cited as an example is no source.
    expect((await groups('Ana Ruiz said the claims were false, citing the Dorrava incident as an example.')).cards).not.toContain('Dorrava');
  });
});

describe('the place of an unnamed body', () => {
  it('does not cite the place a cited member’s provincial council sits in', async () => {
    const g = await groups('“Thirty were killed,” said Ivo Kessan, a member of Dorrava provincial council. Ana Ruiz, a member of the Varn Health Board, said 3 died.');
    expect(g.cards).not.toContain('Dorrava');
    // A named body the member speaks for stays cited.
    expect(g.cards).toContain('Varn Health Board');
  });
});

describe('a body in the capitalised title of a cited person', () => {
  it('gives a card to the body a press secretary speaks for, her title set in capitals', async () => {
    const { cards } = await groups('Earlier, Varnese Defense Ministry Press Secretary Ana Ruiz announced that a Kelmor unit had been destroyed.');
    expect(cards).toEqual(expect.arrayContaining(['Varnese Defense Ministry', 'Ana Ruiz']));
  });

  it('gives none to a party whose capitalised chairman speaks', async () => {
    const { cards, alsoNamed } = await groups('Kelmor Unity Party Chairman Ana Ruiz said the vote was won.');
    expect(cards).toContain('Ana Ruiz');
    expect(cards).not.toContain('Kelmor Unity Party');
    expect(alsoNamed).toContain('Kelmor Unity Party');
  });
});

describe('names the news is about, not sources', () => {
  it('gives no card to a company only written as posting its own results, past the opening paragraph', async () => {
    const { cards, alsoNamed } = await groups(
      'Ostra Holdings reported a profit of $90 million for the year.\n\nVarn Telecom posted a profit of $40 million, up 8 percent from $37 million. Kelmor Mill’s revenue grew 5 percent to $12 million. Tarsa Foods said its profit rose 3 percent to $9 million.',
    );
    expect(cards).toEqual(expect.arrayContaining(['Ostra Holdings', 'Tarsa Foods']));
    expect(alsoNamed).toEqual(expect.arrayContaining(['Varn Telecom', 'Kelmor Mill']));
  });

  it('keeps the card of the company whose results open the article, and of one another verb of telling cites', async () => {
    const { cards } = await groups('Varn Telecom posted a profit of $40 million last year.\n\nKelmor Mills posted a loss of $3 million, chief executive Ana Ruiz said.');
    expect(cards).toEqual(expect.arrayContaining(['Varn Telecom', 'Kelmor Mills']));
  });

  it('gives no card to a journalist who only asked a question', async () => {
    const { cards, alsoNamed } = await groups('The debate grew tense when moderator Bo Lund asked candidate Ana Ruiz about the rumours of bribes.\n\n“We offered nothing,” Ruiz said.');
    expect(cards).toEqual(['Ana Ruiz']);
    expect(alsoNamed).toEqual(['Bo Lund']);
  });
});

describe('a list of names is no apposition', () => {
  it('gives no card to a name listed after a cited person', async () => {
    const { cards, alsoNamed } = await groups('Candidates Ana Ruiz, Bo Lund, Eva Varn and Ivo Dasko met in Ostra on Sunday. Ana Ruiz said the count was late.');
    expect(cards).toEqual(['Ana Ruiz']);
    expect(alsoNamed).toEqual(expect.arrayContaining(['Bo Lund', 'Eva Varn', 'Ivo Dasko']));
  });

  it('still cites the body a title between commas names', async () => {
    const { cards } = await groups('“The harvest was poor,” said Ana Ruiz, President, Kelmor Farmers Union.');
    expect(cards).toEqual(expect.arrayContaining(['Ana Ruiz', 'Kelmor Farmers Union']));
  });
});

describe('a party in a politician’s title', () => {
  it('gives no card to the party of a cited candidate or officer, and one to the party whose spokeswoman speaks', async () => {
    const { cards, alsoNamed } = await groups(
      'Kelmor People’s Party candidate Ana Ruiz said the count was late. Bo Lund, secretary of the Ostra Labour Party, said four polling stations had closed. Varn Green Party spokeswoman Eva Varn said the vote was fair.',
    );
    expect(cards).toEqual(expect.arrayContaining(['Ana Ruiz', 'Bo Lund', 'Varn Green Party', 'Eva Varn']));
    expect(alsoNamed).toEqual(expect.arrayContaining(['Kelmor People’s Party', 'Ostra Labour Party']));
  });
});

describe('a party known by its initials', () => {
  it('gives no card to initials the text calls a party, named in a cited leader’s title; one to a union whose president speaks', async () => {
    const { cards, alsoNamed } = await groups('KUC president Ana Ruiz said the count was late. Ruiz said the KUC was the one party able to win. Bo Lund, president of the Ostra Farmers Union, said prices would rise.');
    expect(cards).toEqual(expect.arrayContaining(['Ana Ruiz', 'Ostra Farmers Union', 'Bo Lund']));
    expect(alsoNamed).toContain('KUC');
  });
});

describe('an outlet that only aired the event', () => {
  it('gives no card to the channel a debate aired on, whose journalist only asked; keeps one for a channel a speaker told', async () => {
    const { cards, alsoNamed } = await groups(
      'The candidates met in a debate aired Thursday on channel Varn Vision.\n\nThe mood soured when Varn Vision journalist Bo Lund asked candidate Ana Ruiz about the bribes.\n\n“We offered nothing,” Ruiz told the Kelmor Herald.',
    );
    expect(cards).toEqual(expect.arrayContaining(['Ana Ruiz', 'Kelmor Herald']));
    expect(alsoNamed).toContain('Varn Vision');
  });
});

describe('a scholar’s employer and one member’s body', () => {
  it('gives no card to the institute of a quoted researcher, nor to the body of one member or one of its leaders', async () => {
    const { cards, alsoNamed } = await groups(
      '“Turnout will be low,” Kelmor Institute for Policy Studies (KIPS) researcher Bo Lund told reporters on Monday.\n\nThe boat sank fast, said Eva Dorr, a member of the search crew of Varn Aid, a private group.\n\nThe huts were burned, said Ana Ruiz, a leader of the Ostra Home Guard.',
    );
    expect(cards).toEqual(expect.arrayContaining(['Bo Lund', 'Eva Dorr', 'Ana Ruiz']));
    expect(alsoNamed).toEqual(expect.arrayContaining(['Kelmor Institute for Policy Studies', 'Varn Aid', 'Ostra Home Guard']));
  });
  it('keeps a card for the body whose spokeswoman speaks', async () => {
    const { cards } = await groups('The huts were burned, said Ana Ruiz, a spokeswoman for the Ostra Home Guard.');
    expect(cards).toEqual(expect.arrayContaining(['Ana Ruiz', 'Ostra Home Guard']));
  });
});

describe('sorrow and comfort tell nothing', () => {
  it('gives no card to leaders who only expressed grief and assured help', async () => {
    const { cards, alsoNamed } = await groups(
      'The bus fell into a canal on Monday, killing 27 people, Varn police said.\n\nPrime Minister Bo Lund and Kelmor Chief Minister Ana Ruiz had expressed their deep grief at the crash and assured the bereaved of every help.',
    );
    expect(cards).toContain('Varn police');
    expect(alsoNamed).toEqual(expect.arrayContaining(['Bo Lund', 'Ana Ruiz']));
  });
  it('keeps a card for a leader who also tells what happened', async () => {
    const { cards } = await groups('The bus fell into a canal on Monday.\n\nKelmor Chief Minister Ana Ruiz expressed her grief over the accident and said 30 people had been hurt.');
    expect(cards).toContain('Ana Ruiz');
  });
});

describe('the publisher’s own live page', () => {
  it('gives no card to an outlet named only as the owner of the live updates the reader is on', async () => {
    const { cards, alsoNamed } = await groups('Ana Ruiz and Bo Lund met for their only debate on Friday.\n\nRead on for the Kelmor Post’s live coverage of the debate.\n\nRuiz said the tax would fall.');
    expect(cards).toContain('Ana Ruiz');
    expect(alsoNamed).toContain('Kelmor Post');
  });
  it('keeps a card for an outlet that reported', async () => {
    const { cards } = await groups('Ana Ruiz and Bo Lund met for their only debate on Friday, the Kelmor Post reported.');
    expect(cards).toContain('Kelmor Post');
  });
});

describe('a follower named by the creed', () => {
  it('gives no card to “the Varnist” a claim went to', async () => {
    const { cards } = await groups('Ana Ruiz and Bo Lund met on Sunday for the last debate.\n\nThe Varnist accused Lund of lying about the debt.');
    expect(cards).not.toContain('Varnist');
  });
  it('keeps a card for the same kind of word written as a name', async () => {
    const { cards } = await groups('The storm hit Ostra on Sunday. Kelmorist said on Monday that 12 people died.');
    expect(cards).toContain('Kelmorist');
  });
});

describe('a chairman in lower case', () => {
  it('gives no card to the alliance whose chairman speaks, as with a capitalised Chairman', async () => {
    const { cards, alsoNamed } = await groups('Kelmor Alliance (KA) chairman Ana Ruiz claimed that the vote was a verdict on the government.');
    expect(cards).toContain('Ana Ruiz');
    expect(alsoNamed).toContain('Kelmor Alliance');
  });
  it('keeps a card for the alliance whose spokesman speaks', async () => {
    const { cards } = await groups('Kelmor Alliance (KA) spokesman Bo Lund claimed that the vote was a verdict on the government.');
    expect(cards).toEqual(expect.arrayContaining(['Bo Lund', 'Kelmor Alliance']));
  });
});

describe('names listed after the one a source cue opens with', () => {
  it('cites each name of the list, though the claim went to the first', async () => {
    const { cards, alsoNamed } = await groups('As per Kelmor Radio, The Ostrawaddy, and Varn Free Press, 50 people died in the air raid.');
    expect(cards).toEqual(['Kelmor Radio', 'Ostrawaddy', 'Varn Free Press']);
    expect(alsoNamed).toEqual([]);
  });

  it('cites no name set after the first as an apposition or as words of its name', async () => {
    const apposed = await groups('Prices rose 2 per cent, according to Kelmor Stat, the Ostrawaddy Union’s statistics office.');
    expect(apposed.cards).toEqual(['Kelmor Stat']);
  });

  it('cites no name the claim only tells of after the list', async () => {
    const { cards, alsoNamed } = await groups('As per Kelmor Radio, 50 people died in the air raid near Ostrawaddy and Brask.');
    expect(cards).toEqual(['Kelmor Radio']);
    expect(alsoNamed).not.toContain('Kelmor Radio');
  });
});

describe('a person whose quoted stance follows her name', () => {
  it('cites her beside the spokesman who relays it', async () => {
    const { cards } = await groups('Kelmor Secretary-General Ana Ruiz “strongly condemns the attack on civilians”, according to a statement by her spokesman Bo Lund.');
    expect(cards).toEqual(['Ana Ruiz', 'Bo Lund']);
  });

  it('cites no one a quotation opening a new sentence follows', async () => {
    const { cards } = await groups('Crowds in Ostra cheered Ana Ruiz on Monday. “Shame” was the word on every placard, Bo Lund said.');
    expect(cards).not.toContain('Ana Ruiz');
  });
});
