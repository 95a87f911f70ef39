// One source under several forms: short forms in brackets, "the Ministry", a word of a long name, word orders and aliases.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { byKind, named } from './extract-source-helpers';

/** "kind name forms" of each mention. */
const mentions = (text: string): string[] => extract(text).mentions.map((m) => `${m.kind} ${m.name} ${m.forms.join('|')}`);

describe('short forms in brackets after a body’s name', () => {
  it('merges a short form in brackets after a body’s name whatever its letters, and one spanning a connector', () => {
    expect(named('The Freedom and Progress Party (ÖZP) won. ÖZP leaders cheered.')).toEqual([['Freedom and Progress Party', 'organization', 2]]);
    expect(named('Rain hit the Autonomous Region in Northern Kelmor (ARNK). ARNK schools shut.')).toEqual([['Autonomous Region in Northern Kelmor', 'place', 2]]);
    // "Tehreek-e-Insaf" gives the letters of its parts; a body with a short form in brackets is no person.
    expect(named('The Kelmor Tehreek-e-Adl (KTA) said 5 people left.')).toEqual([['Kelmor Tehreek-e-Adl', 'other', 2]]);
    // A known place in brackets, or a person's name before one, is no alias.
    expect(named('The Labour Party (UK) won.')).toEqual([
      ['Labour Party', 'organization', 1],
      ['UK', 'place', 1],
    ]);
  });
});

describe('"All" opening a body’s name', () => {
  it('keeps a sentence’s opening "All" before words ending in a body’s head, so its initials merge', () => {
    expect(named('All Ostra Airways cancelled 30 flights on Monday. AOA said the storm had closed two airports.')).toEqual([['All Ostra Airways', 'organization', 2]]);
    expect(named('All Varn Radio said the storm had closed two airports.')).toEqual([['All Varn Radio', 'outlet', 1]]);
  });
  it('drops it where a noun of the group follows the head ("All Ostra Party members")', () => {
    expect(named('All Ostra Party members voted for the bill.')).toEqual([['Ostra Party', 'organization', 1]]);
    expect(named('All Kelmor Council staff were sent home.')).toEqual([['Kelmor Council', 'organization', 1]]);
  });
});

describe('short forms written as a word', () => {
  it('merges a word in brackets spelled from the opening letters of each word of the body’s name, not a place in brackets', () => {
    const text = 'The Ostra Democratic Nurses Union (Odnu) has said it would strike. "We will strike," Ana Ruiz, head of Odnu, said.';
    expect(mentions(text)).toContain('organization Ostra Democratic Nurses Union Ostra Democratic Nurses Union|Odnu');
    // A connector may give no letter ("Congress of … (Cokotu)").
    expect(mentions('The Congress of Kelmor Ostran Trade Unions (Cokotu) rejected the offer on Monday. The offer was poor, said Cokotu.')[0]).toMatch(/\|Cokotu$/);
    expect(mentions('The Kelmor Nurses Union (Varna) said it would strike. Varna is a port.')).toContain('other Varna Varna');
  });
});

describe('a body’s head opening a sentence before a noun of people', () => {
  it('is that noun’s modifier, no form of the body the text names', () => {
    expect(mentions('The Ostra Democratic Nurses Union said it would strike. Union negotiators are to meet on Monday.')).toEqual(['organization Ostra Democratic Nurses Union Ostra Democratic Nurses Union']);
  });
});

describe('short forms merged with the one name holding them', () => {
  it('merges "the Ministry" with the one ministry the text names in full, not with one of two', () => {
    const text = 'Kelmor police detained 200 people, announced the Ministry of Internal Affairs of Kelmor. Protests took place in eight cities, and the Ministry pointed out that the arrests were a warning.';
    expect(mentions(text)).toContain('government Ministry of Internal Affairs of Kelmor Ministry of Internal Affairs of Kelmor|Ministry');
    const two = 'The Ministry of Health of Kelmor and the Ministry of Finance of Kelmor met on Monday. The Ministry said the talks went well.';
    expect(extract(two).mentions.some((m) => m.forms.includes('Ministry') && m.forms.length > 1)).toBe(false);
  });

  it('merges a word inside a long personal name, used alone, with that one name, not with one of two', () => {
    const text = 'Dewan Rakyat Speaker Datuk Ridzuan Hasnul Rahman called the vote. "The motion is carried by a simple majority of members," said Ridzuan.';
    expect(mentions(text)).toContain('person Datuk Ridzuan Hasnul Rahman Datuk Ridzuan Hasnul Rahman|Ridzuan');
    const two = 'Datuk Ridzuan Hasnul Rahman and Datuk Ridzuan Amin Tahir met on Monday. "The motion is carried," said Ridzuan.';
    expect(extract(two).mentions.some((m) => m.forms.includes('Ridzuan') && m.forms.length > 1)).toBe(false);
  });
});

describe('short forms of bodies', () => {
  it('takes a short form in brackets after "<Head> of <Place>" as that body, whatever its letters', () => {
    const r = extract('The governor of the Central Bank of Kelmor (RBK), Ana Ruiz, spoke on Monday. The RBK said rates were 4.1%.');
    expect(r.mentions.map((m) => `${m.kind} ${m.name}`)).toEqual(['organization Central Bank of Kelmor', 'person Ana Ruiz']);
    expect(r.claims.at(-1)?.attributedTo).toBe('Central Bank of Kelmor');
  });
});

describe('a ministry in both word orders, a surname-first short form and an alias', () => {
  it('merges a ministry in both word orders, a surname-first short form and a "better known as" alias', () => {
    const ministry = extract('The Ministry of Water confirmed the outbreak. The Water Ministry has since sent teams. The Ministry said more would follow.');
    expect(ministry.mentions.map((m) => [m.name, m.count])).toEqual([['Ministry of Water', 3]]);
    const lim = extract('Transport Minister Lim Boon Teck said 4,000 trips were made. The board is working on it, said Mr Lim.');
    expect(lim.mentions.map((m) => [m.name, m.count])).toEqual([['Lim Boon Teck', 2]]);
    expect(byKind(lim, 'statement')).toEqual(['Lim Boon Teck', 'Lim Boon Teck']);
    const alias = extract('The rescue group Kelmor Civil Rescue, better known as the Blue Vests, counted 20 deaths. The Blue Vests said it was still digging.');
    expect(alias.mentions.map((m) => [m.name, m.kind, m.count])).toEqual([['Kelmor Civil Rescue', 'organization', 3]]);
    // A given name is no family name written first, but the only full name opening with it takes it as a first name.
    expect(extract('Tomas Ruiz Lee spoke first. Later Tomas arrived.').mentions.map((m) => [m.name, m.count])).toEqual([['Tomas Ruiz Lee', 2]]);
  });
});

describe('a title and the first word of a name', () => {
  it('joins a first word written after a title to the only full name opening with it ("Mr Karim", "sheikh Hamad")', () => {
    const karim = extract('Opposition leader Karim Ostrani said turnout was high. Mr Karim also said the coalition condemns the violence.');
    expect(karim.mentions.map((m) => [m.name, m.count])).toEqual([['Karim Ostrani', 2]]);
    expect(byKind(karim, 'statement')).toEqual(['Karim Ostrani', 'Karim Ostrani']);
    const hamad = extract('Fuel costs fell, Varn Air chief Sheikh Hamad bin Kelmor al-Ostri told reporters. "It has been a good year," sheikh Hamad said.');
    expect(hamad.mentions.filter((m) => m.kind === 'person').map((m) => [m.name, m.count])).toEqual([['Hamad bin Kelmor al-Ostri', 2]]);
    expect(hamad.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Hamad bin Kelmor al-Ostri');
  });
  it('joins none where two full names open with the word', () => {
    const two = extract('Tomas Varn and Tomas Kelmor spoke first. Mr Tomas said the vote was fair.');
    expect(two.mentions.map((m) => m.name)).toEqual(['Tomas Varn', 'Tomas Kelmor', 'Tomas']);
    // Without a title the only full name opening with the word still takes it, as a first name.
    expect(extract('Karim Ostrani spoke first. Later Karim arrived.').mentions.map((m) => [m.name, m.count])).toEqual([['Karim Ostrani', 2]]);
  });
});

describe('a company and the group named after it', () => {
  it('keeps a name written before a company’s noun apart from "<Name> Group", and reads it as a company', () => {
    const r = extract(
      'Varnair airlines, the largest carrier in the region, said Thursday it posted a surge in profit. Net profit hit 3.3 billion dirhams, the company announced. Fuel costs fell, Varnair chief Tomas Kelmor told reporters. Varnair Group as a whole saw revenues rise 13 percent. The group will give a dividend "similar to last year," it said.',
    );
    expect(r.mentions.map((m) => [m.name, m.kind])).toEqual([
      ['Varnair', 'organization'],
      ['Tomas Kelmor', 'person'],
      ['Varnair Group', 'organization'],
    ]);
    expect(byKind(r, 'statement')).toEqual(['Varnair', 'Tomas Kelmor']);
  });
  it('still merges the one word with the group where nothing calls it a company', () => {
    expect(extract('Varnair said profits rose. Varnair Group employs 500 people.').mentions.map((m) => [m.name, m.count])).toEqual([['Varnair Group', 2]]);
  });
});

describe('a surname after a shorter form of the full name', () => {
  it('joins the full name the shorter form joined, not a group of its own', () => {
    const r = extract(
      'The rally was led by former prime minister Amadou Sekou Bah. "We will march," Bah said. "We are here to stop Mr Sekou Bah," an officer said. A week later Bah alleged that police had tried to kill him.',
    );
    expect(r.mentions.map((m) => [m.name, m.count])).toEqual([['Amadou Sekou Bah', 4]]);
  });
});

describe('a town and its city hall', () => {
  it('keeps the town before a title apart from the town\'s "City Hall", which is no person', () => {
    const r = extract('A board in Ostrava City Hall put the deaths at 4,000. Later, Ostrava Mayor Alfred Romualdez said the toll was for the region. The City Hall toll was the first count.');
    const hall = r.mentions.find((m) => m.name === 'Ostrava City Hall');
    expect(hall?.kind).not.toBe('person');
    expect(hall?.forms).not.toContain('Ostrava');
  });
});

describe('a surname shared by two full names', () => {
  it('joins the one last named in its own right, not one written since only as an owner', () => {
    const r = extract(
      'The chief election commissioner Tariq Aman Rostami dismissed complaints. “There is no stain,” Rostami said. Every party other than Farid Rostami’s Unity Party complained. “The vote was fair,” Rostami said.',
    );
    expect(r.claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo)).toEqual(['Tariq Aman Rostami', 'Tariq Aman Rostami']);
  });

  it('still joins the latest full name where both were named in their own right', () => {
    const r = extract('Tariq Aman Rostami said the count was over. Farid Rostami said it was not. “It is far from over,” Rostami said.');
    expect(r.claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo)).toEqual(['Farid Rostami']);
  });

  it('does not take a full name the speaker uses inside the quotation as the latest for the surname after it', () => {
    const r = extract(
      'The party said its candidate Farid Rostami would win.\n\nParty chief Tariq Aman Rostami said the vote was near.\n\n“We will win seven provinces under a government of Farid Rostami,” said Rostami.',
    );
    expect(r.claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo)).toEqual(['Tariq Aman Rostami']);
    // Named outside the quotation last, the other one still takes it.
    const outside = extract('Party chief Tariq Aman Rostami said the vote was near.\n\nFarid Rostami said: “We will win seven provinces.” Later Rostami said more.');
    expect(outside.claims.filter((c) => c.kind === 'statement' && c.text.startsWith('Later')).map((c) => c.attributedTo)).toEqual(['Farid Rostami']);
  });

  it('keeps the surname for the namesake it already stood for, in a paragraph after the other was named', () => {
    const lead = 'Prime Minister Tariq Aman Rostami spoke at a rally in Varn on Monday. Rostami’s speech mocked the opposition.';
    const r = extract(`${lead} Kelmor Governor Farid Rostami had asked for an apology.\n\nRostami asked the crowd about their hopes. “The vote will be ours,” Rostami said.`);
    expect(r.claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo)).toEqual(['Tariq Aman Rostami']);
    expect(r.mentions.find((m) => m.name === 'Farid Rostami')?.count).toBe(1);
    // In the paragraph that names the other namesake, the surname is still that one's.
    const same = extract(`${lead}\n\nKelmor Governor Farid Rostami had asked for an apology. “The vote will be ours,” Rostami said.`);
    expect(same.claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo)).toEqual(['Farid Rostami']);
    // A surname not yet used for the first namesake goes to the latest one named.
    const unused = extract('Prime Minister Tariq Aman Rostami spoke at a rally in Varn.\n\nKelmor Governor Farid Rostami had asked for an apology.\n\n“The vote will be ours,” Rostami said.');
    expect(unused.claims.filter((c) => c.kind === 'quote').map((c) => c.attributedTo)).toEqual(['Farid Rostami']);
  });
});

describe('a company’s ampersand initials, its ticker and a hospital named after its town', () => {
  it('joins the ticker in brackets after "Co." and the initials joined by "&" to the company', () => {
    expect(named('Kelmor & Ostra Co. (KO) said on Thursday its profit rose 12 percent. K&O makes soap. K&O said sales rose.')).toEqual([
      ['Kelmor & Ostra Co', 'organization', 3],
    ]);
  });

  it('makes no name of a ticker after its exchange in brackets', () => {
    expect(named('Kelmor & Ostra Co. (NYSE: KL) said its profit rose 5 percent.')).toEqual([['Kelmor & Ostra Co', 'organization', 1]]);
  });

  it('keeps a town apart from the hospital named after it', () => {
    expect(named('Nine bodies were kept in the Ostrava Hospital’s morgue. Ostrava district is calm. In Ostrava, 3 people died.')).toEqual([
      ['Ostrava Hospital', 'organization', 1],
      ['Ostrava', 'place', 2],
    ]);
  });
});

describe('a place whose name opens a body’s name', () => {
  it('keeps a place apart from the body named after it with a place noun ("Kelmor State … Authority")', () => {
    const text = 'Floods hit the northern state of Ostravia this week. At least 40 people died in Ostravia, according to the Ostravia State Disaster Management Authority (OSDMA). Rescue teams reached Ostravia on Monday.';
    expect(mentions(text)).toEqual([
      'place Ostravia Ostravia',
      'government Ostravia State Disaster Management Authority Ostravia State Disaster Management Authority|OSDMA',
    ]);
  });
});

describe('a company’s initials without its legal suffix', () => {
  it('merges "KE" into "Kelmor Electric Co."', () => {
    const r = extract('Kelmor Electric Co., the largest maker of turbines, said profit rose. KE said sales fell 5 percent. KE shares rose.');
    expect(r.mentions.find((m) => m.name === 'Kelmor Electric Co')?.forms).toEqual(['Kelmor Electric Co', 'KE']);
  });
});

describe('a place that opens a party’s name before a possessive', () => {
  it('keeps "Ostrava" used alone apart from "Ostrava People’s Party (OPP)"', () => {
    const r = extract("Security forces in Ostrava fired. The Ostrava People's Party (OPP) said 4 were hurt. Ostrava held its vote in 2010.");
    expect(r.mentions.find((m) => m.name === "Ostrava People's Party")?.forms).toEqual(["Ostrava People's Party", 'OPP']);
  });
});

describe('a company’s word for itself ("The Group", "the Company")', () => {
  it('joins the one company the text names by its legal form', () => {
    expect(named('Kelmor Holdings PLC reported a record year. The Group’s net profit rose by 12 percent to Rs. 3 million.')).toEqual([['Kelmor Holdings PLC', 'organization', 2]]);
    expect(named('Varn Foods Ltd said sales fell. The Company expects 8 new stores next year.')).toEqual([['Varn Foods Ltd', 'organization', 2]]);
  });
  it('joins the company named first when it is named more often than any other', () => {
    const text = 'Kelmor Holdings PLC posted a record year. Kelmor Holdings PLC sold its stake in Varn Foods Ltd. The Group’s net profit rose by 12 percent.';
    expect(named(text)).toEqual([
      ['Kelmor Holdings PLC', 'organization', 3],
      ['Varn Foods Ltd', 'organization', 1],
    ]);
  });
  it('names no one when no company is named, or two are as often', () => {
    expect(named('The Group’s net profit rose by 12 percent to Rs. 3 million.')).toEqual([]);
    expect(named('Kelmor Holdings PLC and Varn Foods Ltd reported profits. The Group’s net profit rose by 12 percent.').map((n) => n[0])).toEqual(['Kelmor Holdings PLC', 'Varn Foods Ltd']);
  });
  it('still joins a company whose name ends in the word ("Ostra Group")', () => {
    expect(named('Ostra Group said profit rose. The Group’s net profit rose by 12 percent.')).toEqual([['Ostra Group', 'organization', 2]]);
  });
});

describe('a part of a long name used alone', () => {
  it('merges a double-barrelled surname’s first part into the person, not into a namesake of the whole', () => {
    expect(named('Ana Kell-Marsden, the chairman, spoke first. “Sales grew,” Kell said.')).toEqual([['Ana Kell-Marsden', 'person', 2]]);
    // A body's hyphenated word is no surname: "Kelmor" stays a name of its own.
    expect(named('Ostra Kelmor-Dar said 5 left. Kelmor said 3 stayed.').map((n) => n[0])).toContain('Kelmor');
  });

  it('merges a surname used alone without its Arabic article into the person', () => {
    expect(named('Varn official Tamir al-Kelmi accused Ostra of new attacks. “We are ready,” Kelmi said.')).toContainEqual(['Tamir al-Kelmi', 'person', 2]);
    // A longer name that opens with the stem stays a name of its own.
    expect(named('Varn official Tamir al-Kelmi accused Ostra of new attacks. “We are ready,” Kelmi Group said.').map((n) => n[0])).toContain('Kelmi Group');
  });

  it('merges "the Observatory" into the one body whose head it is, before its connector', () => {
    expect(named('The Varnish Observatory for Civil Rights said 11 people died. The Observatory said 4 more were hurt.')).toEqual([['Varnish Observatory for Civil Rights', 'organization', 2]]);
    // "the Government" names any government, so it does not join the one named.
    expect(named('The Varnish Government of Kelmor said 11 people died. The Government said 4 more were hurt.').map((n) => n[2])).not.toContain(2);
  });
});

describe('the Arabic article with a hyphen or a space', () => {
  it('merges "Al-Varna" into "Al Varna TV" and "El-Dorra" into "El Dorra"', () => {
    expect(named('Al-Varna reported the strike. Al Varna TV said 40 died.')).toEqual([['Al Varna TV', 'outlet', 2]]);
    expect(named('El-Dorra said the port was shut. El Dorra added that 3 ships left.').map((n) => n[2])).toEqual([2]);
    // Another name after the article is another body.
    expect(named('Al-Varna reported the strike. Al Dorra TV said 40 died.').map((n) => n[0])).toEqual(['Al-Varna', 'Al Dorra TV']);
  });
});
