// Words that look like sources but are none: labels, handles, currency codes, nicknames, products, works and words that are not speech.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figures } from './extract-helpers';
import { kinds, mentionRoles as mentions, named, nameList as names, speakerOf } from './extract-source-helpers';

describe('labels, handles, currency codes and nicknames that are no names', () => {
  it('drops labels, handles and suffixes that are no names', () => {
    expect(named('The Latest on the storm. President Ramon Dela Paz, Jr. declared a state of calamity. The FM @KelmorFM posted it. Profits rose under GAAP rules.')).toEqual([
      ['Ramon Dela Paz', 'person', 1],
    ]);
    expect(kinds(extract('The quake struck 40 kilometers from Mount Kelmor, near San Teodoro.'))).toEqual({ 'Mount Kelmor': 'place', 'San Teodoro': 'place' });
  });

  it('makes no name of a currency code glued to or written before an amount', () => {
    expect(named('Revenue reached US$4.1 billion on Monday of US$2 in fees. Losses came to P512.5 million, PHP3.1 billion, Rs 40 crore, Rs.900, KSh 70 billion, N240 and RM6.')).toEqual([]);
    // The same letters elsewhere are names as before.
    expect(named('The US and the RM party met in Rs Town.').map(([n]) => n)).toEqual(['US', 'RM', 'Rs Town']);
    // "Bt2 trillion", "HRK 9.1 million": the baht's and other ISO codes as well; "Bt" with no amount is left alone.
    expect(named('Ostra will spend Bt2 trillion, Bt17 billion of it this year, and HRK 9.1 million on roads.')).toEqual([]);
    expect(named('Farmers in Varn grow Bt cotton.').map(([n]) => n)).not.toContain('Bt2');
  });

  it('makes no name of a currency code glued to an amount and its short scale, so the banks of a round-up stand alone', () => {
    expect(names('Kelmor Bank grossed N300bn, Varn Trust N296bn and OBK N225bn, followed by Ostra Bank with N396bn and Tamar Bank with N31.5m.')).toEqual([
      'Kelmor Bank',
      'Varn Trust',
      'OBK',
      'Ostra Bank',
      'Tamar Bank',
    ]);
    expect(figures('Varn Trust made N296bn and OBK N225bn.').map((f) => [f.value, f.unit])).toEqual([
      [296e9, 'N'],
      [225e9, 'N'],
    ]);
    // Letters after the digits that are no scale make a model's name, as before.
    expect(names('Kelmor Motors sold the Varn R8s, its new coupe.')).toContain('Varn R8s');
  });

  it('drops a quoted title used as a modifier and a team nicknamed by two colours', () => {
    expect(named('At a “Handa Muna” briefing, Raffy Lomo said 5 died. However the Blue and Whites lost twice.')).toEqual([['Raffy Lomo', 'person', 1]]);
    // A quoted name before a body's cue word or a verb stays a name.
    expect(named('The “Kel Neft” company said output fell. The “Vedo Mir” reported it.').map(([n]) => n)).toEqual(['Kel Neft', 'Vedo Mir']);
  });
});

describe('no card for words that only look like names', () => {
  it('reads "Spanish-language" as an adjective and Telemundo as an outlet', () => {
    expect(mentions('Rosa Diaz told Telemundo, the Spanish-language network, that 40 were missing.')).toEqual([
      ['Rosa Diaz', 'person', null],
      ['Telemundo', 'outlet', null],
    ]);
  });

  it('reads "Independent sources" as no outlet, "The Independent" as one', () => {
    expect(names('Independent sources said 35,000 people had come.')).toEqual([]);
    expect(names('The Independent reported 35,000 people had come.')).toEqual(['Independent']);
  });

  it('reads a capitalised noun before "continued to" as no source', () => {
    const r = extract('Confusion continued to surround the fate of the girl.');
    expect(r.mentions).toEqual([]);
    expect(r.claims).toEqual([]);
  });
});

describe('products', () => {
  it('does not take a name followed by a product noun for a person', () => {
    const text = 'Zenit posted a rise in profit on Thursday thanks to demand for its new Kestrel Nova operating system. "The strength of Nova is driving this," said Ana Ruiz, an analyst.';
    expect(extract(text).mentions.find((m) => m.name === 'Kestrel Nova')?.kind).not.toBe('person');
  });
});

describe('a programme’s label opening paragraphs', () => {
  it('drops a label holding a function word, written only before a colon at paragraph starts, and keeps a transcript’s speaker', () => {
    const r = extract('Ruiz spoke at the rally.\n\nFacts First: The hall was half empty.\n\nJane Ruiz: We filled it.\n\nFacts First: It was not.');
    expect(r.mentions.map((m) => m.name)).toEqual(['Jane Ruiz']);
    // The same words used as a name in the text are kept.
    expect(extract('Facts First: The hall was empty.\n\nThe show Facts First aired it.').mentions.map((m) => m.name)).toEqual(['Facts First']);
  });
});

describe('words that are not speech', () => {
  it('reads no speaker in "get X declared void" (a causative, not a declaration)', () => {
    const r = extract('Campaigners are trying to get all of the Kestrel Water Act declared void.');
    expect(r.claims).toEqual([]);
  });
  it('reads no quote in the title of a work with a byline or after "the article"', () => {
    const r = extract('In the feature "Rivers run dry across the valley" by Tomas Varga, a date was wrong. The article "Where the bridges used to be" misnamed a town.');
    expect(r.claims.filter((c) => c.kind === 'quote')).toEqual([]);
  });
  it('still reads a quote that speech punctuation closes before a "by"', () => {
    const r = extract('"We will hold the line," Tomas Varga said, standing by the gate.');
    expect(speakerOf(r, 'We will hold')).toBe('Tomas Varga');
  });
  it('reads no page number after "p." as a figure', () => {
    const r = extract('The error was in a letter (Letters, 4 Mar., p. 212).');
    expect(figures(r)).toEqual([]);
  });
});

describe('descriptors before a company’s or an agency’s noun', () => {
  it('reads no name in a capitalised field before a lower-case company noun', () => {
    expect(kinds(extract('Kelmorix had a bad day. Shares of the Internet router maker fell 30%.'))).toEqual({});
    // The article writes the word in lower case too: it is a common noun, capitalised or not.
    expect(kinds(extract('Ostra builds software. Shares of the Software company fell.'))).toEqual({});
    // A name before the noun stays a name.
    expect(kinds(extract('Shares of the Kelmor phone maker fell 30%.'))).toEqual({ Kelmor: 'organization' });
  });

  it('gives a demonym before "news agency" no card where the agency’s name follows', () => {
    expect(kinds(extract('"It is grim," an official told Austrian news agency KNX on Monday.'))).toEqual({ KNX: 'outlet' });
    // With no name after it the country's agency stays the source.
    expect(kinds(extract('"It is grim," an official told the Afghan news agency.'))).toEqual({ 'Afghan news agency': 'outlet' });
  });
});

describe('period labels', () => {
  it('reads a quarter’s or a half’s label of a fiscal year as no name', () => {
    expect(kinds(extract('Profit rose to Rs 40 crore in Q3FY12 from Rs 31 crore in Q2FY12. Sales fell in H1FY12.'))).toEqual({});
  });
});

describe('plural nouns of a field and time zones', () => {
  it('makes no source of a sentence-initial plural noun of people by their field', () => {
    expect(names('Geologists say such a slip caused the collapse.')).toEqual([]);
    expect(names('Historians said the fort fell in a day.')).toEqual([]);
  });

  it('makes no name of a time zone after a clock time', () => {
    expect(names('The tremor at 4:12 a.m. EDT showed up as a magnitude 2.1 event at stations in Ostra, said spokesman Tomas Reve.')).toEqual(['Ostra', 'Tomas Reve']);
  });
});

describe('a plural noun after two names is no reporting verb (issue #3)', () => {
  const statementSources = (text: string): (string | null)[] => extract(text).claims.filter((c) => c.kind === 'statement').map((c) => c.attributedTo);

  it('reads "in Kelmor’s Ostra and Brask states last week" as states, not as Brask stating', () => {
    const text = 'The army brought aid to thousands of people who had fled to high ground in Kelmor’s Ostra and Brask states last week.';
    expect(statementSources(text)).toEqual([]);
  });

  it('still reads "states" after one name as its verb', () => {
    expect(statementSources('The Ostra Relief Agency states that 40 villages were cut off.')).toEqual(['Ostra Relief Agency']);
  });
});

describe('a body’s head word alone before a title', () => {
  it('is part of the title, not a source, whether the title is capitalised or not', () => {
    expect(mentions('Rain fell on Monday. The minister spoke on the lines of Assembly speaker Ravi Kant Mehta, who had put the toll at 500.')).toEqual([['Ravi Kant Mehta', 'person', 'Assembly speaker']]);
    expect(mentions('However, Union Home Minister Ravi Kant Mehta on Saturday put the toll at 900.')).toEqual([['Ravi Kant Mehta', 'person', 'Union Home Minister']]);
  });
});

describe('a market’s generic name', () => {
  it('"the Stock Exchange" alone names no source, but stays a form of the one exchange the text names', () => {
    expect(names('According to the figures released to the Stock Exchange, costs rose 5 per cent.')).toEqual([]);
    expect(extract('The Kelmor Stock Exchange said shares rose 5 per cent. The Stock Exchange opened late.').mentions.map((m) => m.forms)).toEqual([['Kelmor Stock Exchange', 'Stock Exchange']]);
  });
});
