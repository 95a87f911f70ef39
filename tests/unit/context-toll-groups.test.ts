// Tolls of different areas, groups of people, sides and events are not set against each other.
import { describe, expect, it } from 'vitest';
import { memoryKnowledge } from '../../src/cache';
import { articleContext } from '../../src/context';
import { discrepancies, discrepancyRows, figure } from './extract-helpers';

describe('tolls of different areas', () => {
  const areas = [
    'Nearly 2,000 people had been killed across Chile and Peru by Tuesday.',
    "Chile's Civil Protection Agency said the death toll rose to 1,350.",
    'The government of Peru said 410 people were killed in areas it controls.',
  ].join(' ');

  it('does not compare tolls whose sentences name different places', () => {
    expect(discrepancies(areas)).toEqual([]);
  });

  it('without the text, reads the places of the claims that hold the figures', () => {
    const placedAfter = areas.replace('The government of Peru said 410 people were killed in areas it controls.', 'Officials said 410 people were killed in Peru.');
    expect(discrepancies(placedAfter, false)).toEqual([]);
  });

  it('compares tolls that name the same place', () => {
    const text = 'The Valdivia Herald said 30 people were killed in Chile. The Civil Protection Agency said 45 people were killed in Chile.';
    expect(discrepancies(text)).toEqual([['killed', ['30 Valdivia Herald', '45 Civil Protection Agency']]]);
  });

  it('compares a toll that names a place with one that names none', () => {
    const text = 'The Valdivia Herald said 30 people were killed in Chile. The Civil Protection Agency said 45 people were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['30 Valdivia Herald', '45 Civil Protection Agency']]]);
  });

  it('reads the place where officials sit as theirs, not as where the toll was counted', () => {
    const text = 'The health ministry said 60 people had died in the blast. Officials in Varn province said the revised death toll was 45, though officials in Ostra said the toll could be 30.';
    expect(discrepancies(text).map(([about, values]) => [about, values.length])).toEqual([['killed', 3]]);
  });

  it('reads the area of officials who release "the new toll", and the country owning it, as theirs', () => {
    const text = [
      'Floods in Kelmor have killed 90 people, the national police said.',
      "Relief officials in Kelmor's Varn province, which took the worst of the rain, released the new toll hours after Interior Minister Ana Pell gave a provisional toll of 55.",
    ].join(' ');
    // The minister's 55 is of the whole country, as the police's 90 is.
    expect(discrepancies(text)).toEqual([['killed', ['55 Ana Pell', '90 the national police (unnamed)']]]);
    // Told by officials who say where their dead were, the count is of their area, a part of the country's toll.
    const own = text.replace('released the new toll hours after Interior Minister Ana Pell gave a provisional toll of 55', 'said their own count of 55 dead came from the province');
    expect(discrepancies(own)).toEqual([]);
  });

  it("reads a place owning a title as the office's, not as where the toll was counted", () => {
    const text = [
      "Chile's president, Ana Robles, flew to the coast as the death toll from the storm reached at least 120.",
      'The Valdivia Herald said more than 150 people had died in Biobio.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['120 -', '150 Valdivia Herald']]]);
    expect(discrepancies(text.replace("Chile's president, Ana Robles, flew", 'Rescuers flew across Chile'))).toEqual([]);
  });

  it('reads a toll with no place before its breakdown by places as their sum, not a rival of one place', () => {
    const text = [
      'Officials said 40 people were killed this week in floods in northern Chile.',
      'The Valdivia Herald said the death toll from the storm stands at 95.',
      'Eight people died in Peru, 20 were killed in Bolivia and at least 60 in Chile.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // Followed by a sentence of one place, the toll is still compared.
    expect(discrepancies(text.replace(/Eight people died in Peru, .*$/, 'Rescuers searched the hills.'))).toEqual([['killed', ['40 officials (unnamed)', '95 Valdivia Herald']]]);
  });

  it("reads a figure's sentence as extraction splits it: 'Dr.' does not end it before the place", () => {
    const text = 'Officials in Valdora said 40 people were killed. In Norland the hospital chief, Dr. Lin Ito, said 55 people were killed.';
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('the sidebar reads the places of the whole sentence', () => {
  it('sees a place named before an unattributed toll, which its claim does not hold', async () => {
    const text = 'The Valdivia Herald said 30 people were killed in Chile. In Peru, 410 people were killed.';
    expect(discrepancies(text, false)).toHaveLength(1);
    const page = {
      url: 'https://news.example/2026/11/27/quake',
      detection: { isArticle: true, site: null, reason: 'test' },
      article: { title: 'Quake', byline: [], publishedAt: null, siteName: null, lang: 'en', canonicalUrl: null, text },
    };
    expect((await articleContext(page, memoryKnowledge([]))).discrepancies).toEqual([]);
  });
});

describe('tolls of different groups of people', () => {
  const groups = [
    'Airstrikes on two camps in Veldra killed 28 people on Tuesday, including several civilians, officials said.',
    'Most of the 28 killed were fighters, said Interior Ministry spokesman Taro Velk.',
    'But Mira Sands, a lawmaker from Veldra, said at least seven civilians died.',
    'The Ruritania-led coalition said three civilians were killed.',
  ].join(' ');

  it('sets counts of civilians only against counts of civilians, not against the toll of all', () => {
    expect(discrepancies(groups)).toEqual([['killed', ['3 -', '7 Mira Sands']]]);
  });

  it('does not set a count taken out of a named group against the toll', () => {
    const text = 'Police said 20 people were killed in the fire. Medics treated four women, and the chief medic Lea Dorn said two of the women died.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets two counts of people against each other', () => {
    const text = 'Police said 20 people were killed in the fire. The Harbour Gazette said 26 people died.';
    expect(discrepancies(text)).toEqual([['killed', ['20 police (unnamed)', '26 Harbour Gazette']]]);
  });

  it('still sets counts of the same group against each other', () => {
    const text = 'The army said 12 soldiers were killed in the ambush. The Harbour Gazette said 19 soldiers died.';
    expect(discrepancies(text)).toEqual([['killed', ['12 the army (unnamed)', '19 Harbour Gazette']]]);
  });
});

describe('each side counting its own people', () => {
  it('does not set two parties’ counts of their own detained members against each other', () => {
    const text = [
      '“Police have detained 2,000 of our members since Monday,” a leader of the Green Union, Oren Tal, told reporters.',
      'The Harbour Party’s chairman Ivo Brandt said: “About 900 of our party workers were arrested this week.”',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets two sources’ counts of the same detainees against each other', () => {
    const text = 'Police said 2,000 protesters were detained on Monday. The Harbour Gazette said 2,600 protesters were detained.';
    expect(discrepancies(text)).toEqual([['detained', ['2000 police (unnamed)', '2600 Harbour Gazette']]]);
  });
});

describe('a side disputing the toll with its own count', () => {
  it('sets the count of its own fighters that a side gives against the toll it disputes', () => {
    const text = [
      'Army spokesman Aron Vell said at least 24 rebels were killed in the clashes.',
      'A rebel spokesman disputed the official death toll, saying only two of their fighters were killed.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['2 a rebel spokesman (unnamed)', '24 Aron Vell']]]);
    // Not disputing it, the side counts its own people only.
    expect(discrepancies(text.replace('disputed the official death toll, saying', 'said'))).toEqual([]);
  });
});

describe('shares and earlier disasters are not rival tolls', () => {
  it('does not set the worst-hit area’s toll or an earlier quake’s toll against the whole', () => {
    const text = [
      'The Norland Disaster Agency said 800 people had died.',
      'Velm province was worst hit, with a confirmed death toll of 500.',
      'It is the deadliest quake since the 1931 Ostra earthquake, which killed more than 3,000 people.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('does not set a crash dated by its month and year, or by its year, against the story’s toll', () => {
    const text = [
      'At least 30 people were killed when a ferry capsized on Lake Oru on Sunday, police said.',
      'In March 2019, 44 people died when another ferry sank on the same lake.',
      'In 2011, 61 people drowned in a storm there.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    expect(figure(text, '44').about).toBeNull();
  });

  it('still reads a toll after an opening phrase that is no date ("In Velm, …")', () => {
    const text = 'Police said 30 people were killed. In Velm, 44 people died, the Harbour Gazette said.';
    expect(figure(text, '44').about).toBe('killed');
  });

  it('still sets a second toll of the same quake against the agency’s', () => {
    const text = 'The Norland Disaster Agency said 800 people had died. The Harbour Gazette said 950 people were killed in the quake.';
    expect(discrepancies(text)).toEqual([['killed', ['800 Norland Disaster Agency', '950 Harbour Gazette']]]);
  });
});

describe('tolls of other events and single cases are no rival tolls', () => {
  it('keeps a toll of one incident named by its day apart from the others’ tolls and their total', () => {
    const text = [
      'The Ostra police raised the number of dead in Tuesday’s car bomb attack on the port to five, from four.',
      'The total number of people killed in the two attacks is now 41.',
      'The toll on the ferry was cut from 44 to 36.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets two counts of the incident named by its day against each other', () => {
    const text = 'The Ostra police put the number of dead in Tuesday’s bomb attack at 12. The Harbour Gazette said the number of dead in Tuesday’s bomb attack was 15.';
    expect(discrepancies(text)).toEqual([['killed', ['12 Ostra police', '15 Harbour Gazette']]]);
  });

  it('does not set a province’s toll against the nation’s', () => {
    // "West Velm" is read as a name, so the area is known only by "province of".
    const text = [
      'Authorities said the death toll from the floods in Norland had reached 310.',
      'Giving a toll for the whole province of Velm, West Velm Regional Disaster Agency spokesman Tomas Rell said 74 people had died.',
      'West Velm’s Oru district was worst hit.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('does not set the toll of an attack months before against the story’s toll', () => {
    const text = 'Police spokesman Ado Lemu said 15 people were killed in the attack. In a related incident, the village of Tesk was raided two months ago and 60 people were killed.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('does not set the toll of a storm a year before against the story’s toll', () => {
    const text = 'Aid Watch said at least 3,000 people were killed by the floods. Cyclone Ilsa struck the Varn coast a year ago killing at least 700 people.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('does not set one death of a list against the toll', () => {
    const text = 'Aid Watch said at least 80 people were killed. The Harbour Gazette said one person died after inhaling smoke, another after being beaten.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('shows a community leader’s count of bodies against the police toll', () => {
    const text = 'Village head Musa Kanti said residents had counted 30 lifeless bodies. Police spokesman Ado Lemu said only 15 people were killed in the attack.';
    expect(discrepancies(text)).toEqual([['killed', ['15 Ado Lemu', '30 Musa Kanti']]]);
  });

  it('sets a mayor’s count of corpses against the officials’ toll of people', () => {
    const text = 'At least 42 people died in a jail fire in Ostra, officials said. Mayor Dana Rusk said on radio that 29 corpses had been found.';
    expect(discrepancies(text)).toEqual([['killed', ['29 Dana Rusk', '42 officials (unnamed)']]]);
  });

  it('reads "put the number at" as a count of the people its sentence counted first', () => {
    const text =
      'Nearly 300 suspected arms smugglers and couriers have been killed in army raids along the border this year, the army says, but aid groups put the figure at 520.';
    expect(discrepancies(text)).toEqual([['killed', ['300 the army (unnamed)', '520 aid groups (unnamed)']]]);
    // A bare count with no "the number" told back is still one of everyone, no rival of the smugglers' count.
    expect(discrepancies(text.replace('put the figure at 520', 'counted 520 killed'))).toEqual([]);
  });

  it('keeps a count of corpses of one group apart', () => {
    const text = 'At least 42 people died in a jail fire in Ostra, officials said. Mayor Dana Rusk said 29 guards were among the corpses found.';
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('a period’s total beside one day’s toll', () => {
  it('keeps the toll since a date apart from one day’s count', () => {
    const text =
      "The interior ministry reported at least four deaths from Friday's riots in the port. " +
      'Counts of the dead since the unrest began on March 3 differ, with more than 80 killed by most estimates.';
    expect(discrepancyRows(text)).toEqual([]);
  });

  it('still sets two totals of the same period against each other', () => {
    const text =
      'Since the unrest began in March, more than 80 people have been killed, the interior ministry said. ' +
      'A rights group said 140 people had been killed since the unrest began in March.';
    expect(discrepancyRows(text).map((row) => row.split(':')[0])).toEqual(['killed']);
  });
});

describe('the toll of another event told with its own date', () => {
  it('does not set the toll of a collapse dated by its calendar day against the story’s toll', () => {
    const text =
      'Officials said 300 people died in the crush at the shrine on Thursday. ' +
      'A spokesman, Idris Kamal, said some were among the 87 people who were killed when a bridge fell near the shrine on 4 May.';
    expect(discrepancyRows(text)).toEqual([]);
  });
});

describe('the toll of an earlier event named by its year as the subject', () => {
  it('does not set it against the story’s toll', () => {
    const text =
      'Officials said 90 pilgrims died in the crush on Friday, while a doctor said more than 300 had died. ' +
      'Barriers were built after a crush in 1998 killed 1,200 people.';
    expect(discrepancyRows(text)).toEqual(['killed: =90 by officials | >300 by a doctor']);
  });
});

describe('tolls of two clauses set side by side', () => {
  const combined = 'The combined death toll of the floods in Chile and Peru has reached about 90, officials told reporters.';
  const contrast = 'While about 60 people have so far died in northern Chile, as many as 30 people have died in the southern state of Peru over the past week.';

  it("gives each clause's toll the place of its own clause, not of the whole sentence", () => {
    expect(discrepancies(`${contrast} The Valdivia Herald said 45 people were killed in Chile.`)).toEqual([['killed', ['45 Valdivia Herald', '60 -']]]);
    expect(discrepancies(`${contrast} The Valdivia Herald said 60 people were killed in Chile and 30 in Peru.`)).toEqual([]);
  });

  it('splits the clauses at a "while" with no comma before it', () => {
    const parts = 'Ana Ruiz, a local official in Ostra, told the Varn Times that at least 34 people had been killed in her district while in neighbouring Kelmor district, police official Bo Lund said at least 35 deaths had been reported.';
    expect(discrepancies(parts)).toEqual([]);
    // One place in both clauses: still two counts of one toll.
    const rivals = 'Ostra official Ana Ruiz said at least 34 people had been killed in Ostra district while police official Bo Lund said at least 45 deaths had been reported in Ostra district.';
    expect(discrepancies(rivals)).toEqual([['killed', ['34 Ana Ruiz', '45 Bo Lund']]]);
  });

  it('reads a toll "in the state" told by a body named for one state as that state\'s toll', () => {
    const told = 'According to an official of the Peru State Disaster Authority, the death toll in the state has reached 30.';
    expect(discrepancies(`${combined} ${contrast} ${told}`)).toEqual([]);
    expect(discrepancies(`${combined} ${told}`)).toEqual([]);
    // The same body still disagrees with another count of its own state.
    expect(discrepancies(`${told} The Lima Courier said 45 people died in Peru.`)).toEqual([['killed', ['30 Peru State Disaster Authority', '45 Lima Courier']]]);
  });
});

describe('a count of nationals as the toll of all', () => {
  it('sets "killed 30 Canadians" against another source\'s toll of the same attack', () => {
    const text = 'A car bomb killed 30 Canadians in Ostra on Sunday, Ostra police said. The Kelmor army put the death toll at 12.';
    expect(discrepancies(text)).toEqual([['killed', ['12 Kelmor army', '30 Ostra police']]]);
  });

  it('still reads nationals among the dead as a part of the toll', () => {
    const text = 'A car bomb killed 30 people in Ostra on Sunday, including three Canadians, Ostra police said.';
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('the toll of one day\'s worst incident', () => {
  const text = [
    'Two car bombs killed 40 people in Ostra on Sunday, police said.',
    'The Kelmor army put the death toll at 16.',
    'In Sunday’s worst attack, a bomber drove into a market, killing at least 30 people and injuring 50, police said.',
    'The Kelmor army said the bomb was hidden in a van; it put the toll at ten dead and eight wounded.',
  ].join(' ');

  it('sets each source\'s count of the worst attack against the other\'s, apart from the day\'s totals', () => {
    expect(discrepancies(text)).toEqual([
      ['killed', ['16 Kelmor army', '40 police (unnamed)']],
      ['killed', ['10 Kelmor army', '30 police (unnamed)']],
      ['injured', ['8 Kelmor army', '50 police (unnamed)']],
    ]);
  });

  it('reads a count whose sentence names no incident told before as the day\'s toll', () => {
    const plain = text.replace('The Kelmor army said the bomb was hidden in a van; it put', 'The Kelmor army later put');
    expect(discrepancies(plain)).toEqual([['killed', ['10 Kelmor army', '16 Kelmor army', '40 police (unnamed)']]]);
  });
});

describe('a party’s own count told again', () => {
  const text = [
    "The toll of the pilgrimage disaster rose as Ostra announced 212 of its pilgrims died in the crush a week ago.",
    'Dara Quell, a health ministry spokesman, said on Friday that the ministry still stood by its count of 530 dead in Tarsen.',
    'The state news agency ONA released the names of the 212 pilgrims whose deaths it had confirmed at Tarsen.',
  ].join('\n\n');
  it('is a count of its own people, no rival of the toll of everyone', () => {
    expect(discrepancies(text)).toEqual([]);
  });
  it('still leaves another number of the same people a rival', () => {
    const other = text.replace('released the names of the 212 pilgrims whose deaths it had confirmed', 'said 480 pilgrims had died');
    expect(discrepancies(other).map(([about, values]) => [about, values.map((v) => v.split(' ')[0])])).toEqual([['killed', ['480', '530']]]);
  });
});

describe('a count of the people who were inside', () => {
  const text = [
    'At least 30 people were killed when a mine flooded in Kelmor, officials said.',
    'Accounts differed on the number of miners who were underground at the time.',
    'The Ostra Tribune put the figure at about 250; union leaders said there were 90.',
  ].join('\n\n');
  it('is no toll of the dead', () => {
    expect(discrepancies(text)).toEqual([]);
  });
  it('still meets the toll when the figure put is that of the dead', () => {
    const dead = text.replace('the number of miners who were underground at the time', 'the number of miners who died');
    expect(discrepancies(dead)).toHaveLength(1);
  });
});
