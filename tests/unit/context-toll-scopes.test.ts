// A toll's own clause may scope it to one day, one town or district, several areas or another event:
// such a toll is a part of the story's total, or another toll, not a rival count of it.
import { describe, expect, it } from 'vitest';
import { discrepancies, placedDiscrepancies } from './extract-helpers';

describe('tolls scoped to a day', () => {
  it('reads a count before "taking the death toll to" as an increment of that total', () => {
    const text = [
      'Police spokesman Aron Vell said four people drowned in Kelmar province, taking the death toll to 88.',
      'The Ostra Daily said 88 people have died in the floods.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('reads a count before "bringing the toll from <what it is of> to" as an increment of that total', () => {
    const text = 'Coast guard chief Ana Pell said 31 people had died in the storms. Late on Monday six people died in a mudslide, pushing the toll from the fortnight of storms to 37, Varn Radio said.';
    // The six are what was added; the 37 is the radio's total, a rival of the chief's 31.
    expect(discrepancies(text)).toEqual([['killed', ['31 Ana Pell', '37 Varn Radio']]]);
    // A clause that reaches no toll leaves the six a count of their own.
    const own = text.replace('pushing the toll from the fortnight of storms to 37', 'one of 37 slides that week');
    expect(discrepancies(own)).toEqual([['killed', ['6 Varn Radio', '31 Ana Pell']]]);
  });

  it('reads a count before a sentence "With this, the death toll … rose to" as an increment of that total', () => {
    const text = [
      'Nine people were killed in clashes between farmers and police in Ostra.',
      'With this, the death toll in the weeklong unrest rose to 40.',
      'Varn Radio said 40 people were killed in the unrest.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // A sentence that tells no rise of the toll leaves the count a rival.
    expect(discrepancies(text.replace('With this, the death toll in the weeklong unrest rose to 40.', 'Curfews were imposed in Ostra.'))).toEqual([['killed', ['9 -', '40 Varn Radio']]]);
  });

  it('reads a part a quote sums into "So the toll comes to" a larger number as no rival of the sum', () => {
    const text = [
      '"We have pulled out 14 bodies and 9 people are still unaccounted for. So the toll comes to 23 as of today," district chief Ilse Varga said.',
      'The Kelm Courier said at least 60 people had drowned.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['23 Ilse Varga', '60 Kelm Courier']]]);
    // With no sum after it, the bodies pulled out stay a count of their own.
    expect(discrepancies(text.replace('So the toll comes to 23 as of today', 'So the search goes on today'))).toEqual([['killed', ['14 Ilse Varga', '60 Kelm Courier']]]);
  });

  it('reads a count before "making it 70" as a step between two counts, not a toll', () => {
    const text = [
      'The Ostra Daily said 90 people were killed in the blast.',
      'Aron Vell said 71 were in hospital, after which one person died, making it 70.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // "making it" that sets no number leaves the count a toll.
    const deadliest = text.replace('71 were in hospital, after which one person died, making it 70', '85 people died, making it the deadliest blast this year');
    expect(discrepancies(deadliest)).toEqual([['killed', ['85 Aron Vell', '90 Ostra Daily']]]);
  });

  it('reads a count of the day an event "took place" on, "when" it struck, as that day\'s count', () => {
    const text = [
      'The governor Lena Varn said the clashes have killed more than 30 people in Kelmar province.',
      'The worst fighting took place on Sunday, when 18 people died in the village of Ostra, the Ostra Daily said.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // A count that no day scopes stays a rival of the total.
    expect(discrepancies(text.replace('The worst fighting took place on Sunday, when 18', 'In the worst fighting, 18'))).toEqual([
      ['killed', ['18 Ostra Daily', '30 Lena Varn']],
    ]);
  });

  it('reads a count set off by a weekday as that day\'s count, not a rival of the total', () => {
    const text = [
      'The Ostra Daily said the floods have killed 90 people in Kelmar province.',
      'At least 9 people died in Kelmar province, mostly in landslides, on Tuesday, police spokesman Aron Vell said.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('reads a count its clause opens with "in the last 24 hours" or "during the night" as that window\'s count', () => {
    const text = [
      'The Ostra Daily said the fighting has killed 90 people in Kelmar province.',
      'Provincial officials reported that in the last 24 hours three people had died in Kelmar province.',
      'In Kelmar province, shells struck the village of Varn during the night, killing two people, governor Aron Vell said.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // A toll word between makes the count the running total: a rival again.
    const running = 'The Ostra Daily said 90 people were killed in the fighting. In the last 24 hours the death toll rose to 120, governor Aron Vell said.';
    expect(discrepancies(running)).toEqual([['killed', ['90 Ostra Daily', '120 Aron Vell']]]);
    const reached = 'The Ostra Daily said 90 people were killed in the fighting. Deaths rose by 30 overnight to 120, governor Aron Vell said.';
    expect(discrepancies(reached)).toEqual([['killed', ['90 Ostra Daily', '120 Aron Vell']]]);
  });

  it('still compares a count whose weekday is the story\'s own day', () => {
    const text = 'The Ostra Daily said 90 people were killed in the blast on Tuesday. Police spokesman Aron Vell said 70 people were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['70 Aron Vell', '90 Ostra Daily']]]);
  });
});

describe('tolls of another month\'s event and of one site', () => {
  it('reads a toll in a sentence "In <month>," opens as an earlier event\'s', () => {
    const text = [
      'A senior official said 45 people were killed in the blasts in Ostra on Friday.',
      'Police officer Aron Vell said he could confirm 36 deaths.',
      'In March, over 300 people died in two bombings in Ostra.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['36 Aron Vell', '45 a senior official (unnamed)']]]);
  });

  it('reads a toll in a sentence told as of last month as an earlier event\'s', () => {
    const text = [
      'A car bomb killed at least 22 people in Ostra on Monday, police officials said.',
      'The Varn military put the toll at nine.',
      'The car bombings of two Ostra grain stores last month killed almost 90 people, and a raid on a Kelmish convoy near Kelm killed more than 40.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['9 Varn military', '22 police officials (unnamed)']]]);
    // Last month told in a sentence before leaves the count the story's: a rival.
    const after = 'A car bomb killed at least 22 people in Ostra on Monday, police officials said. Markets were bombed last month. The Varn military said 60 people were killed by the car bomb.';
    expect(discrepancies(after)).toEqual([['killed', ['22 police officials (unnamed)', '60 Varn military']]]);
  });

  it('reads the dead "at the market" or "near the station" as one site\'s part of the toll', () => {
    const text = [
      'A senior official said 45 people were killed in the blasts in Ostra on Friday.',
      '"At least 15 people, a porter among them, died near the station. At the market, at least 21 died. So my count is 45 dead," Major Aron Vell said.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // The dead "at the scene" are the whole attack's: a rival count.
    const scene = 'A senior official said 45 people were killed in the blasts in Ostra on Friday. "At the scene, at least 21 died," Major Aron Vell said.';
    expect(discrepancies(scene)).toEqual([['killed', ['21 Aron Vell', '45 a senior official (unnamed)']]]);
  });
});

describe('tolls of several areas and of one town or district', () => {
  it('reads a toll "in three provinces" as a total that holds one province\'s toll', () => {
    const text = [
      'Storms have killed at least 70 people in three provinces, the Ostra Daily said.',
      'In Kelmar province, the death toll rose to 48, officials said.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('reads a toll of a town named by its kind as that town\'s part of the overall toll', () => {
    const text = [
      'Mudslides have killed 300 people, the Ostra Daily said.',
      'In Varnholt, a hill town north of the capital, 120 deaths have been confirmed.',
      'In the nearby town of Castel Brun, at least 95 bodies have been recovered.',
      'Police spokesman Aron Vell said more than 350 people had died.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['300 Ostra Daily', '350 Aron Vell']]]);
  });

  it('reads counts after "Among the dead in …," as parts of that toll', () => {
    const text = [
      'Floods have killed about 80 people in Kelmar, the Ostra Daily said.',
      'Among the dead in Kelmar, 21 people died in the hills, while 12 died in the valley, and 9 died on the coast, relief official Mara Dent said.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('tolls told place by place', () => {
  it('reads "the toll in <place> rose to …, with that in <place> …" as one place\'s part of the whole', () => {
    const text = [
      'A bad batch of palm spirit has killed 60 people across Ostra since Friday, the Kelm Courier said.',
      'The toll from the spirit has climbed to 71, the Ostra health ministry said in its Tuesday bulletin.',
      'This came after the toll in Varn rose to 29 on Tuesday, with that in Tarsen rising from four to 12.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['60 Kelm Courier', '71 Ostra health ministry']]]);
  });

  it('still sets a place\'s toll told alone against another source\'s toll of that place', () => {
    const text = 'The toll in Varn rose to 29 on Tuesday, the Kelm Courier said. The Ostra health ministry said 35 people had died in Varn.';
    expect(discrepancies(text)).toEqual([['killed', ['29 Kelm Courier', '35 Ostra health ministry']]]);
  });
});

describe('tolls of a separate event', () => {
  it('does not set the toll of "a separate attack" against the story\'s', () => {
    const text = [
      'Gunmen killed 40 people in the village of Tarn, police spokesman Aron Vell said.',
      'A separate attack on a nearby market killed at least 15.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });
  it('does not set a count told "in another incident" after it against the story\'s toll', () => {
    const text = [
      'At least 20 people were killed in shelling of Ostra, the Varn Civil Agency said.',
      'A Tarn clinic also told reporters that one person had been killed by army gunfire in another incident near Dresk, in a zone the army does not hold.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([]);
    // Told of no other incident, the count stays a rival.
    expect(placedDiscrepancies(text.replace(' in another incident', ''))).toEqual([['killed', ['Dresk'], ['1 -', '20 Varn Civil Agency']]]);
  });
});

describe('tolls of a whole conflict', () => {
  it('does not set the toll "in the uprising" against one massacre\'s counts', () => {
    const text = [
      'Police spokesman Aron Vell said 40 people were killed in the raid on Tarn.',
      'The Ostra Daily said 70 people were killed in the raid.',
      'Activists say more than 9,000 people have been killed in the uprising, most of them civilians.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['40 Aron Vell', '70 Ostra Daily']]]);
  });

  it('still sets two counts of the war itself against each other', () => {
    const text = [
      'Activists say more than 9,000 people have been killed in the uprising.',
      'The Kelmor government says 4,000 people have died in the uprising.',
    ].join(' ');
    expect(discrepancies(text)).toHaveLength(1);
  });
  it('reads a count another source gives in a clause joined to a war\'s total as a count of the war', () => {
    const market = 'Shelling of the market in Varn killed 12 people, the town council said.';
    const war = 'The Kelmor Monitor has counted at least 6,100 civilians killed during the war, while local officials said their own tally stood at 7,900 dead.';
    expect(discrepancies(`${market} ${war}`)).toEqual([['killed', ['6100 Kelmor Monitor', '7900 local officials (unnamed)']]]);
    // Told in a sentence of its own, with no period named, the count is no count of the war.
    const apart = war.replace(', while local officials said', '. Local officials said');
    expect(discrepancies(`${market} ${apart}`)).not.toContainEqual(['killed', ['6100 Kelmor Monitor', '7900 local officials (unnamed)']]);
  });

  it('does not set the toll "since the truce took hold" against one day\'s count', () => {
    const text = [
      'At least 20 people were killed in shelling of Ostra on Monday, the Varn Civil Agency said.',
      'The Kelmor Health Ministry said 250 people have been killed in Ostra since the truce took hold.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    expect(discrepancies(text.replace('since the truce took hold', 'since the ceasefire came into effect'))).toEqual([]);
    // With no period, the two counts are rivals.
    expect(discrepancies(text.replace(' since the truce took hold', ''))).toEqual([['killed', ['20 Varn Civil Agency', '250 Kelmor Health Ministry']]]);
  });
});

describe('a rival of a total since a day', () => {
  it('sets a toll that a sentence opening on "But" puts at a count against the total since a day told before it', () => {
    const text = [
      'Police said four people died in clashes in Ostra on Friday, while the march organisers counted six dead.',
      'The number of people killed since the marches began on May 2 stands at 31, officials said.',
      'But the Varn Rights League has put the toll at over 50.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([
      ['killed', ['4 police (unnamed)', '6 the march organisers (unnamed)']],
      ['killed', ['31 officials (unnamed)', '50 Varn Rights League']],
    ]);
    // Not set against the total, the league's toll is one more of Friday's.
    const day = text.replace('But the Varn Rights League has put', 'The Varn Rights League has put');
    expect(discrepancies(day)).toEqual([['killed', ['4 police (unnamed)', '6 the march organisers (unnamed)', '50 Varn Rights League']]]);
  });
});

describe('a "since" of the speaker, not of the count', () => {
  const police = 'Police spokesman Aron Vell said 31 people were killed when the bridge in Ostra collapsed.';

  it('sets a count told by a subject "who has run the port since 2015" against the toll', () => {
    const text = `${police} The Harbour Board, which has run the port since 2015, said 24 people died when the bridge fell.`;
    expect(discrepancies(text)).toEqual([['killed', ['24 Harbour Board', '31 Aron Vell']]]);
  });

  it('still reads "since" after the clause as the period the count covers', () => {
    const text = `${police} The Harbour Board, which runs the port, said 240 people have died on the river since 2015.`;
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('counts of others', () => {
  it('does not set a count of "others" killed besides someone against the toll', () => {
    const text = [
      'Police spokesman Aron Vell said 40 people were killed in the attack.',
      'A village elder, Tomas Reed, said the imam was killed while two others were killed at the gate.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });
  it('does not set a count with others added to it in its clause against the total they make', () => {
    const text = [
      'Nineteen people died when a lorry hit a crowded minibus near Varn, police spokesman Aron Vell said.',
      'Fire chief Tomas Reed said 16 people died at the scene and three others died in hospital.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('tolls of places listed one by one', () => {
  it('keeps each listed place’s count apart from the others and from the total, and sets two counts of one place against each other', () => {
    const text = [
      'The brew has killed 41 people in the state, police said.',
      'According to the health office, Ostra recorded 30 deaths, Varn 8 and Kelm 3 while villagers said 50 deaths in Ostra, 12 in Varn and 3 in Kelm.',
    ].join(' ');
    // Ostra's 30 against the villagers' 50 for Ostra: the state's 41 and the other places' counts stay out.
    expect(discrepancies(text).map(([about, values]) => [about, values.map((v) => v.split(' ')[0])])).toEqual([['killed', ['30', '50']]]);
  });
  it('reads the first count of the first sentence, told of a village, as the story\'s toll', () => {
    const text = 'Raiders killed at least 85 people in Tarvo village, the Ostra Red Cross said. A local lawmaker, Aron Vell, had earlier said 20 to 25 bodies were found.';
    expect(discrepancies(text)).toEqual([['killed', ['20 Aron Vell', '85 Ostra Red Cross']]]);
    // Told after the story's opening, the village's count is a part of the whole.
    const later = `Raiders attacked farms across the north on Sunday. ${text}`;
    expect(discrepancies(later)).toEqual([]);
    // "including 20 in Tarvo village": the first sentence tells the village's part of a wider toll, which the police's count of the
    // village does not rival.
    const part = 'Raiders killed at least 85 people across the north, including 20 in Tarvo village, the Ostra Red Cross said. Police said 26 people were killed in Tarvo village.';
    expect(discrepancies(part)).toEqual([]);
  });
  it('keeps a village’s count apart from the total', () => {
    const text = 'At least nine people died after drinking the brew, police said. Villagers said 14 people died in Tarvo village, four in villages near Ostra.';
    expect(discrepancies(text)).toEqual([]);
  });
});

describe('parts of a total and tolls of an earlier day', () => {
  it('does not set a count with others added after "while" against the total they make', () => {
    const text = [
      'Some four dozen people died in the air raids on the camp near Varn, while 13 others were killed at two other sites.',
      'The officials said all 61 killed were rebels.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // With no others added, the two counts are still rivals.
    expect(discrepancies(text.replace(', while 13 others were killed at two other sites', ''))).toHaveLength(1);
  });

  it('does not set "five other rebels" killed elsewhere against the toll', () => {
    const text = [
      'Army spokesman Aron Vell said troops killed six rebels in a raid.',
      'The Kelmor Agency said five other rebels died in clashes elsewhere in the valley.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    expect(discrepancies(text.replace('five other rebels', 'five rebels'))).toHaveLength(1);
  });

  it('does not set a toll told as the news of a day before against the story\'s', () => {
    const text = [
      'Police spokesman Aron Vell said 21 rebels were killed in clashes on Friday.',
      'The clashes came a day after officials said 61 rebels died in air raids.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    expect(discrepancies(text.replace('The clashes came a day after officials said', 'Officials said'))).toHaveLength(1);
  });
});

describe('tolls of one valley, of the whole nation and of one hospital', () => {
  it('reads a toll "in the Ostra Valley" as the valley\'s share, no rival of the nation\'s toll', () => {
    const text = [
      'The Kelmor Times said 90 people have died in the floods in Varn.',
      'The Varn Ministry of Home Affairs said 70 people had died.',
      'At least 25 people have died in the Ostra Valley, where damage is worst.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['70 Varn Ministry of Home Affairs', '90 Kelmor Times']]]);
  });

  it('still compares two sources\' tolls of the same valley', () => {
    const text = 'The Kelmor Times said 25 people died in the Ostra Valley. Police said 31 people died in the Ostra Valley.';
    expect(discrepancies(text)).toEqual([['killed', ['25 Kelmor Times', '31 police (unnamed)']]]);
  });

  it('reads a toll "nationwide" as the nation\'s, no rival of one region\'s count', () => {
    const text = [
      'At least 25 people have died in Ostra province, the governor Lena Varn said.',
      'The Kelmor Times said 90 people have died nationwide.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('reads those a hospital received dead as that hospital\'s share, no rival of the toll', () => {
    const text = [
      'The death toll has passed 150, Ostra authorities said.',
      'The Varn district hospital had seen about 100 patients, doctor Ana Kelm said, though around 10 were already dead on arrival.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
  });

  it('reads a count a hospital\'s specialist confirms right after the hospital reported treating the wounded as its share', () => {
    const text = [
      'The death toll in the unrest rose to 30, the Ostra Daily said.',
      'Kelm General Hospital reported treating dozens of wounded protesters. Trauma surgeon Ana Varn confirmed that two people were killed.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // With no sentence of the hospital receiving the wounded before it, the surgeon's count stays a rival.
    expect(discrepancies(text.replace('Kelm General Hospital reported treating dozens of wounded protesters. ', ''))).toEqual([
      ['killed', ['2 Ana Varn', '30 Ostra Daily']],
    ]);
  });

  it('still compares a toll a hospital\'s doctor gives for the whole event', () => {
    const text = 'The death toll has passed 150, Ostra authorities said. Ana Kelm, a doctor at the hospital, said 120 people were killed in the floods.';
    expect(discrepancies(text)).toEqual([['killed', ['120 Ana Kelm', '150 -']]]);
  });
});

describe('the dead recovered from some of the sites of one building', () => {
  const text = 'At least 70 people died when a hotel collapsed in Varn, the city council said.\n\nRescue workers told the Ostra Post that 52 bodies had so far been found in two of the wings.';
  it('are a part of its toll, no rival of it', () => {
    expect(discrepancies(text)).toEqual([]);
  });
  it('still meet the toll when counted over the whole building', () => {
    expect(discrepancies(text.replace(' in two of the wings', ''))).toHaveLength(1);
  });
});

describe('a toll of the year so far', () => {
  const weekend = 'At least 96 people were shot dead in Tarsen over the weekend, the Kelmor Monitor said. The Ostra Courier said at least 70 people were killed over the weekend.';

  it('keeps a year total taken to a number apart from the weekend counts', () => {
    const text = `${weekend} The Kelmor Monitor said the killings took the toll in Tarsen this year to 2,300.`;
    expect(discrepancies(text)).toEqual([['killed', ['70 Ostra Courier', '96 Kelmor Monitor']]]);
  });

  it('keeps a count of those killed so far this year apart', () => {
    const text = `${weekend} The Kelmor Monitor said 2,300 people had been killed in Tarsen so far this year.`;
    expect(discrepancies(text)).toEqual([['killed', ['70 Ostra Courier', '96 Kelmor Monitor']]]);
  });

  it('keeps a count of those who died, with a place between the verb and "so far this year", apart', () => {
    const text = `${weekend} The Varn Herald said 2,300 people had died on the sea crossing to Varn so far this year.`;
    expect(discrepancies(text)).toEqual([['killed', ['70 Ostra Courier', '96 Kelmor Monitor']]]);
  });

  it('still sets a count of the deadliest attack this year against its rival', () => {
    const text = 'The deadliest attack this year killed 40 people in Tarsen, the Kelmor Monitor said. The Ostra Courier said 52 people died in the attack.';
    expect(discrepancies(text)).toEqual([['killed', ['40 Kelmor Monitor', '52 Ostra Courier']]]);
  });
});

describe('a count of one of several boats', () => {
  const total = 'The coastguard says 30 people have died and 12 are missing after three boats sank off Varn.';

  it('keeps the share of the second or another boat out of the total\'s row', () => {
    expect(discrepancies(`${total} Fishermen told the agency that another four people drowned and two went missing when the second boat overturned near the reef.`)).toEqual([]);
    expect(discrepancies(`${total} Fishermen told the agency that five people drowned when another fishing boat sank near the reef.`)).toEqual([]);
  });

  it('still sets a count told of "a boat" against the total', () => {
    expect(discrepancies(`${total} Fishermen told the agency that 45 people drowned when a boat overturned near the reef.`).map(([about]) => about)).toEqual(['killed']);
  });
});
