// The value and unit of a figure: money, compounds, shares, ranges, number notation and model names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { discrepancies, figure, figures, phrases } from './extract-helpers';

const summary = (text: string) => figures(text).map((f) => `${f.comparator}${f.value}${f.upTo != null ? `-${f.upTo}` : ''} ${f.unit ?? '-'}`);

describe('money with a currency code or sign', () => {
  const r = extract(
    'Sales reached US$3.41 billion in the quarter. Crop damage was estimated at P212.6 million. The bridge cost Rs 300 crore, the port KSh 45 billion and the road ₦900 million. Nurses wore N95 masks.',
  );
  it('reads the amount and keeps the currency as its unit', () => {
    expect(figure(r, 'US$3.41 billion').figure).toMatchObject({ value: 3.41e9, unit: 'US$' });
    expect(figure(r, 'P212.6 million').figure).toMatchObject({ value: 212.6e6, unit: 'P' });
    expect(figure(r, 'Rs 300 crore').figure).toMatchObject({ value: 3e9, unit: 'Rs' });
    expect(figure(r, 'KSh 45 billion').figure).toMatchObject({ value: 45e9, unit: 'KSh' });
    expect(figure(r, '₦900 million').figure).toMatchObject({ value: 900e6, unit: '₦' });
  });
  it('reads every code that the mention side takes for a currency, so an amount is never left without its unit', () => {
    const money = extract('The port cost UGX 120 billion, the airport AED 300 million and the dam Tk 4,500 crore.');
    expect(money.claims.flatMap((c) => c.figures.map((f) => [f.value, f.unit]))).toEqual([
      [120e9, 'UGX'],
      [300e6, 'AED'],
      [45e9, 'Tk'],
    ]);
    expect(money.mentions).toEqual([]);
  });
  it('reads the baht written "Bt" and the ISO codes of other currencies, glued to the amount or spaced from it', () => {
    const money = extract('The Ostra plan costs Bt3 trillion and its first stage Bt45 billion; Varn Bank earned HRK 12.4 million and PLN 80 million.');
    expect(money.claims.flatMap((c) => c.figures.map((f) => [f.value, f.unit]))).toEqual([
      [3e12, 'Bt'],
      [45e9, 'Bt'],
      [12.4e6, 'HRK'],
      [80e6, 'PLN'],
    ]);
    expect(money.mentions.map((m) => m.name).filter((n) => /^(?:Bt|HRK|PLN)/.test(n))).toEqual([]);
  });
  it('never reads a scale word after digits as a number of its own, nor a one-letter code without a scale', () => {
    const values = r.claims.flatMap((c) => c.figures.map((f) => f.value));
    expect(values).not.toContain(1e9);
    expect(values).not.toContain(1e6);
    expect(values).not.toContain(95);
  });
});

describe('the rand\'s one-letter code', () => {
  it('reads "R" glued to a number with decimals as rand: an exchange rate or a price', () => {
    expect(summary('The rand was at R11.4820 to the dollar from R11.5012, then firmed to R11.4410 by noon.')).toEqual(['=11.482 R', '=11.5012 R', '=11.441 R']);
  });
  it('reads a hyphenated scale after a currency ("R48-billion", "$5-million")', () => {
    expect(summary('The utility needs R48-billion to finish the plant.')).toEqual(['=48000000000 R']);
    expect(summary('The fund lent $5-million to the town.')).toEqual(['=5000000 $']);
  });
  it('never reads a road name or "R&D" as money', () => {
    expect(summary('Take the R21 towards the airport. The R2 road is closed after R&D spending rose.')).toEqual([]);
  });
});

describe('where the counted noun ends', () => {
  it('stops before a verb with its particle or an adverb after a plural noun', () => {
    expect(figure('As many as 412 relief camps set up by the state hold evacuees.', 'As many as 412').unit).toBe('relief camps');
    expect(figure('Around 730 houses completely ruined by the water.', 'Around 730').unit).toBe('houses');
    expect(figure('He has 5 family members.', '5').unit).toBe('family members');
  });
  it('reads past a lower-case "new" as past "more", but not the "New" of a name', () => {
    expect(figure('The agency reported 14 new confirmed cases.', '14').unit).toBe('confirmed cases');
    expect(figure('Five New Zealand players were hurt.', 'Five').unit).toBe('New Zealand players');
  });
  it('takes the plural head that closes a run of capitalised words', () => {
    expect(figure('Eight National Disaster Relief Teams were sent.', 'Eight').unit).toBe('teams');
  });
  it('reads on to the plural head after three lower-case words that hold no plural', () => {
    expect(figure('A letter from three rural mental health charities reached the Varn council.', 'three').unit).toBe('rural mental health charities');
  });
  it('keeps three words that end in their plural', () => {
    expect(figure('Ostra sent three small wooden boats to the Kelmor coast.', 'three').unit).toBe('small wooden boats');
  });
});

describe('compounds, shares and lists', () => {
  it('reads a number before "-point", "-seat" or "-magnitude" as a figure of that unit', () => {
    expect(figure('The mayor holds a nearly five-point advantage.', 'nearly five')).toMatchObject({ value: 5, comparator: '~', unit: 'points' });
    expect(figure('Both polls show a one-point lead.', 'a one')).toMatchObject({ value: 1, unit: 'point' });
    expect(figure('The 6.4-magnitude tremor hit at dawn.', '6.4')).toMatchObject({ value: 6.4, unit: 'magnitude', change: null });
    expect(figure('The coalition won a two-seat majority.', 'a two').unit).toBe('seats');
  });
  it('leaves out compounds that name a kind of thing or an age', () => {
    expect(figures('The council set out a 10-point plan. A 34-year-old man was charged. She scored a three-point shot.')).toEqual([]);
  });
  it('reads "N in (every) M" as one share in percent', () => {
    const shares = figures('Seven in every 10 tenants rent privately, and one in four lives alone.');
    expect(shares.map((f) => [f.value, f.unit, f.phrase])).toEqual([
      [70, '%', 'Seven in every 10'],
      [25, '%', 'one in four'],
    ]);
  });
  it('does not read two counts joined by "in" as a share when the second counts time', () => {
    // "in 10 days" is the stretch the count was made in, no figure of its own (extract-not-figures.test.ts).
    expect(figures('The crew made 3 in 10 days.').map((f) => [f.value, f.unit])).toEqual([[3, null]]);
  });
  it("reads a poll's split after a verb of leading as its two shares, with no change", () => {
    const split = figures('Early ballots favour the mayor, with Ortiz leading 58/40 and Lund up 55/41.');
    expect(split.map((f) => [f.value, f.unit, f.phrase, f.change])).toEqual([
      [58, '%', '58', null],
      [40, '%', '40', null],
      [55, '%', '55', null],
      [41, '%', '41', null],
    ]);
  });
  it('reads no split in dates, codes or shares that add up to more than a whole', () => {
    expect(figures('The desk is open 24/7 and the vote was on 12/6.')).toEqual([]);
    expect(figures('Ortiz leading 70/40 in the count.').map((f) => f.value)).not.toContain(70);
  });
  it('keeps a written "one" that ends a list of counts of the same thing', () => {
    const list = figures('Kestrel District reported 14 cases, Lowmoor 6, and Fenby one case.');
    expect(list.map((f) => [f.value, f.unit])).toEqual([
      [14, 'cases'],
      [6, null],
      [1, 'case'],
    ]);
    expect(figure('Clinics saw 12 cholera and typhoid cases, and Fenby one case.', 'one').unit).toBe('case');
    expect(figures('One case was the first of its kind.')).toEqual([]);
  });
});

describe('ranges and units', () => {
  it('keeps both ends of a range with decimals and reads a unit in brackets', () => {
    expect(figure('Warming of 1.8-3.9 [degrees Celsius] is likely.', '1.8-3.9')).toMatchObject({ value: 1.8, upTo: 3.9, comparator: '>=', unit: 'degrees Celsius' });
  });
  it('reads the noun after "more" or "other" as the unit', () => {
    expect(figure('If the drought lasts 12 more years, wells will fail.', '12').unit).toBe('years');
    expect(figure('Then 20 more were injured.', '20')).toMatchObject({ unit: null, about: 'injured' });
  });
  it('reads a singular noun joined by "and" to the next one as part of the unit, but not a plural one', () => {
    expect(figure('The agency sent 9,200 search and rescue personnel.', '9,200').unit).toBe('search and rescue personnel');
    expect(figure('Police found 20 people and their dogs.', '20').unit).toBe('people');
    expect(figure('Police found 4 boys and girls.', '4').unit).toBe('boys');
  });
  it('reads no unit in "elsewhere" after a bare count', () => {
    expect(figure('Medics said 30 were hurt in the old town and 12 elsewhere.', '12').unit).toBeNull();
  });
  it('ends a unit where a capitalised word follows a plural noun, but keeps degrees Celsius', () => {
    expect(figure('Crews searched the 300 houses Norland officials marked.', '300').unit).toBe('houses');
    expect(figure('It was 40 degrees Celsius.', '40').unit).toBe('degrees Celsius');
  });
});

describe('ranges written with "to"', () => {
  it('reads "12 to 15 years" as one range from its low end', () => {
    const r = extract('Prosecutors had sought 12 to 15 years in prison.');
    expect(figures(r).map((c) => c.figures[0])).toMatchObject([{ value: 12, comparator: '>=', unit: 'years', phrase: '12 to 15' }]);
  });
  it('reads no figure in a range of ages', () => {
    expect(figures(extract('The survey followed 900 nurses, ages 24 to 61.')).map((c) => c.figures[0]!.value)).toEqual([900]);
  });
  it('gives the low end the scale of the high end ("4 to 6 million")', () => {
    const r = extract('Estimates ranged from 4 to 6 million tonnes.');
    expect(figures(r).map((c) => c.figures[0])).toMatchObject([{ value: 4e6, comparator: '>=' }]);
  });
  it('keeps both ends of a change, in the same scale ("rose from 3 to 4 million")', () => {
    const r = extract('Output rose from 3 to 4 million tonnes.');
    expect(figures(r).map((c) => c.figures[0]!.value)).toEqual([3e6, 4e6]);
  });
  it('keeps an amount of change apart from the level it reached', () => {
    const r = extract('Unemployment rose by 12,000 to 1.4 million.');
    expect(figures(r).map((c) => c.figures[0]!.value)).toEqual([12000, 1.4e6]);
  });
  it('reads "40 pence to 45 pence" (the noun after each end) as one range; a change before it keeps both', () => {
    const r = extract('The chain expects to earn 40 pence to 45 pence per share this half.');
    expect(figures(r).map((c) => c.figures[0])).toMatchObject([{ value: 40, upTo: 45, comparator: '>=', unit: 'pence', phrase: '40 pence to 45' }]);
    expect(figures(extract('Its shares fell 5 pence to 45 pence on Monday.')).map((c) => c.figures[0]!.value)).toEqual([5, 45]);
  });
  it('reads no single number in "one-two" (one or two)', () => {
    expect(figures(extract('She had one-two meetings lined up every day.'))).toEqual([]);
  });
});

describe('ranges, units and terms', () => {
  it('reads "3 per cent-7 per cent", each end with its percent sign, as one range', () => {
    expect(figure('Inflation stayed within the bank’s 3 per cent-7 per cent target band.', '3 per cent-7 per cent')).toMatchObject({ value: 3, upTo: 7, unit: '%' });
    expect(figure('Yields moved in a 4%–5.5% band.', '4%–5.5%')).toMatchObject({ value: 4, upTo: 5.5, unit: '%' });
  });
  it('reads cents to dollars as one range in dollars', () => {
    expect(figure('It expects earnings of 52 cents to $1.10 a share.', '52 cents to $1.10')).toMatchObject({ value: 0.52, upTo: 1.1, unit: '$', comparator: '>=' });
    // A change, then the level it reached, stays two figures.
    expect(phrases('Shares rose 52 cents to $31.10.')).toEqual(['52', '$31.10']);
  });

  it('keeps a range across bracketed conversions of its ends', () => {
    const text = 'He saw revenue of $4.45 billion (€3.87 billion) to $4.55 billion (€3.94 billion) in the quarter.';
    expect(figures(text).map((f) => [f.value, f.upTo, f.unit])).toEqual([[4.45e9, 4.55e9, '$']]);
    expect(phrases('Profit was $1.9 billion (€1.38 billion), up from $1.2 billion.')).toEqual(['$1.9 billion', '€1.38 billion', '$1.2 billion']);
  });

  it('keeps "US cents" as the unit', () => {
    expect(figure('The company earned 31 US cents per share.', '31').unit).toBe('US cents');
  });

  it('reads a time compound before a penalty or term as its length', () => {
    expect(figure('The Crown had asked that Dorn receive a five-year suspended prison term.', 'a five')).toMatchObject({ value: 5, unit: 'years' });
    expect(figure('A judge handed him a 30-month jail sentence.', '30').unit).toBe('months');
    expect(phrases('It was a 10-day trip.')).toEqual([]);
  });

  it('reads no term in a time compound before a place of penalty that names an event ("a four-day jail uprising")', () => {
    expect(phrases('A four-day jail uprising in Ostra ended on Monday.')).toEqual([]);
    expect(phrases('Aid workers began a two-day prison visit in Varn.')).toEqual([]);
    // A term stays a term, and a place of penalty closing its phrase is one too.
    expect(figure('Kelmor got a nine-year prison sentence on Friday.', 'a nine')).toMatchObject({ value: 9, unit: 'years' });
    expect(figure('The court gave Dorn a six-year jail for fraud.', 'a six')).toMatchObject({ value: 6, unit: 'years' });
  });

  it('reads a count of inmates or prisoners in a compound before a capacity ("a 900-inmate capacity")', () => {
    expect(figure('The new jail in Ostra opened with a 2,400-inmate capacity.', '2,400')).toMatchObject({ value: 2400, unit: 'inmates' });
    expect(figure('Varn runs a 650-prisoner facility.', '650').unit).toBe('prisoners');
    expect(phrases('A 10-inmate cell block was shut, and a 30-year-old guard quit.')).toEqual(['10']);
  });

  it('counts travellers and crew named together as people, not only the first noun', () => {
    expect(figure('The boat held more than the 310 passengers and crew it was licensed to carry.', '310').unit).toBe('people');
    expect(figure('All 58 crew and passengers were rescued near Varn.', '58').unit).toBe('people');
    expect(figure('The boat held 310 passengers and 12 crew.', '310').unit).toBe('passengers');
  });

  it('gives no count of the missing the noun of a count of bodies before it', () => {
    const text = '"Divers have recovered 17 bodies, and there are 30 missing reports still open," the Ostra governor said.';
    expect(figure(text, '17')).toMatchObject({ unit: 'bodies', about: 'killed' });
    expect(figure(text, '30')).toMatchObject({ unit: null, about: 'missing' });
    // A bare count after a toll of people still counts those people.
    expect(figure('Police said 17 people were killed and 30 injured in Varn.', '30').unit).toBe('people');
  });

  it('reads no count in digits that open an outlet\'s name after a word for an outlet', () => {
    expect(phrases('A witness told private broadcaster 24 Nieuws that the boat sank with 80 people aboard.')).toEqual(['80']);
    expect(phrases('Radio station 90 Plus said the ferry was full.')).toEqual([]);
    // Not after a word for a place, nor before a word in lower case.
    expect(phrases('At the site 12 Ostran soldiers died.')).toEqual(['12']);
    expect(phrases('The broadcaster 30 times aired the clip.')).toEqual(['30']);
  });
});

describe('number notation', () => {
  it('"about 2,5 million voters": a comma before one digit and a scale word is a decimal comma', () => {
    expect(summary('The party said about 2,5 million voters may take part in the vote.')).toEqual(['~2500000 voters']);
    // Thousands keep their commas, and a comma before one digit without a scale word is no decimal.
    expect(summary('The bank lent 2,500 million dollars.')).toEqual(['=2500000000 dollars']);
    expect(summary('They met 4,5 times.').some((f) => f.startsWith('=4.5'))).toBe(false);
  });

  it('"losing the Tests 1-4", "drew the three-match series 2-2": a score after the games played, no range or count', () => {
    expect(summary('After losing the Tests 1-4, the visitors rallied.')).toEqual(['=1 score']);
    expect(summary('The hosts drew the three-match series 2-2 on Friday.')).toEqual(['=2 score']);
  });
});

describe('a number closing a model name', () => {
  it('"two million Walkman 200 players", "its Walkman 200 player" count no 200, while "Nairobi 17 cases" still counts', () => {
    expect(summary('The firm sold two million Walkman 200 players last year.')).toEqual(['=2000000 players']);
    expect(summary('Losses shrank at its Walkman 200 player unit.')).toEqual([]);
    expect(summary('The ministry confirmed 31 cases, Nairobi 17 cases and Mombasa six.')).toContain('=17 cases');
  });
});

describe('counted nouns stop at a preposition', () => {
  it('"41 stayed behind bars": a verb and its place, so no unit', () => {
    expect(figure('Prison officials said 41 stayed behind bars after the riot.', '41').unit).toBeNull();
  });

  it('"some 60 people along with dozens of cars": the people are counted', () => {
    expect(figure('Some 60 people along with dozens of cars were aboard the ferry.', 'Some 60').unit).toBe('people');
  });
});

describe('sizes and capacities in hyphenated compounds', () => {
  it('"a 250-tonne barge" is 250 tonnes; "a 35-passenger boat" 35 passengers; "a 300-bed clinic" 300 beds', () => {
    expect([figure('The 250-tonne barge ran aground near the port.', '250').value, figure('The 250-tonne barge ran aground near the port.', '250').unit]).toEqual([250, 'tonnes']);
    expect(figure('It was a 35-passenger boat, the coast guard said.', '35').unit).toBe('passengers');
    expect(figure('A 300-bed clinic opened in the capital.', '300').unit).toBe('beds');
  });

  it('"the 61-member council" counts 61 members; "a 9,000-strong march" counts the march by its strength', () => {
    expect(figure('The 61-member council met on Monday.', '61')).toMatchObject({ value: 61, unit: 'members' });
    expect(figure('Students led a 9,000-strong march through Varn.', '9,000')).toMatchObject({ value: 9000, unit: 'march' });
  });

  it('"the 140-man-strong Varn group", "the 20,000-strong Ostra-led forces": the strength of the noun after it', () => {
    expect(figure('The 140-man-strong Varn group attacked the Kelmor post.', '140')).toMatchObject({ value: 140, unit: 'Varn group' });
    expect(figure('Some of the 20,000-strong Ostra-led coalition forces were nearby.', '20,000')).toMatchObject({ value: 20000, unit: 'Ostra-led coalition forces' });
    expect(figure('A 300-member-strong police unit arrived in Kelmor.', '300')).toMatchObject({ value: 300, unit: 'police unit' });
  });

  it('a capacity is no count of the dead beside it', () => {
    const text = 'A 25-passenger minibus overturned, killing nine, police said. Local media said 11 were killed.';
    expect(figure(text, '25').about).toBeNull();
    expect(discrepancies(text)).toEqual([['killed', ['9 police (unnamed)', '11 Local media (unnamed)']]]);
  });
});

describe('what ends the counted noun', () => {
  it('a weekday, an adverb of how often or "overall" is no part of the unit', () => {
    expect(figure('The storm killed at least 40 people Tuesday, the governor said.', 'at least 40').unit).toBe('people');
    expect(figure('Shelling killed 12 villagers early Sunday, the mayor said.', '12').unit).toBe('villagers');
    expect(figure('Some 1,200 workers die yearly in mine accidents in Tarnia.', 'Some 1,200').unit).toBe('workers');
    expect(figure('The ministry counted 52 deaths overall.', '52').unit).toBe('deaths');
  });
  it('"overnight" says when a count changed, no noun of it', () => {
    expect(figure('The number of cases has grown by a thousand overnight.', 'a thousand')).toMatchObject({ value: 1000, change: 'rise', unit: null });
    expect(figure('Recorded deaths rose by more than 300 overnight to 1,842.', 'more than 300').unit).toBeNull();
  });
  it('a length keeps its measure: "just under one metre long" is less than one metre', () => {
    expect(figure('The crack in the old town dam is just under one metre long.', 'just under one')).toMatchObject({ value: 1, comparator: '<', unit: 'metre' });
  });
  it('"had a magnitude of 6.8" is a magnitude, which takes no event named later', () => {
    expect(figure('The quake, which had a magnitude of 6.8, brought down homes and villagers were buried under rubble.', '6.8')).toMatchObject({ unit: 'magnitude', about: null });
  });
  it('a magnitude named after the number ("a 6.1 magnitude tremor", "5.9 on the Richter scale") is a magnitude, not the unit of the toll before it', () => {
    expect(figure('Monday\'s 6.1 magnitude tremor cut roads around Ostra.', '6.1')).toMatchObject({ unit: 'magnitude' });
    expect(figure('At least 40 people died in Varn in the quake, which measured 5.9 on the Richter scale.', '5.9')).toMatchObject({ unit: 'magnitude', about: null });
    // A number before some other scale keeps its own reading.
    expect(figure('At least 40 people died in Varn, where the river stood 5.9 on the gauge.', '5.9').unit).not.toBe('magnitude');
  });
});

describe('a bare count after a toll in its sentence', () => {
  it('counts the toll\'s people: "Nine rebels died in the clash while three were killed by shelling"', () => {
    expect(figure('Nine rebels died in the clash while three were killed by shelling, the army said.', 'three').unit).toBe('rebels');
  });

  it('not after a count of no event ("two raids … and 30 others lost their lives") nor across "of"', () => {
    // Not the raids' noun: "others" adds to the last count of people (extract-figure-nouns-of-compared-counts.test.ts).
    expect(figure('Forty people were killed in two raids in 2019 and 30 others lost their lives in a bombing in 2020.', '30').unit).toBe('people');
    expect(figure('Twelve miners were trapped and four of them died, officials said.', 'four').unit).toBeNull();
  });

  it('keeps "while an official put the figure at 15" in the group of the count it disputes', () => {
    const text = 'Ana Pell, a village elder, said 14 civilians were killed in the raid, while a district official put the figure at 15.';
    expect(figure(text, '15').unit).toBe('civilians');
    expect(discrepancies(text)).toEqual([['killed', ['14 Ana Pell', '15 a district official (unnamed)']]]);
  });
});

describe('the noun after "such"', () => {
  it('"more than 400 such letters" counts letters', () => {
    expect(figure('Archivists found more than 400 such letters in the attic.', 'more than 400').unit).toBe('letters');
  });
});

describe('ranges with thousands separators', () => {
  it('reads both ends of "4,000-7,000", also at the end of a sentence', () => {
    expect(summary('The mayor had put the toll at 4,000-7,000.')).toEqual(['>=4000-7000 -']);
  });
  it('reads a spaced range once, not its high end again', () => {
    expect(summary('Between 20 - 30 families fled.')).toEqual(['>=20-30 families']);
  });
});

describe('adverbs, directions and references around a unit', () => {
  it('reads past an adverb before the event word to the noun', () => {
    expect(figure('Four seriously injured miners were flown out.', 'Four')).toMatchObject({ unit: 'miners', about: 'injured' });
  });
  it('ends a length at a direction after it', () => {
    expect(figure('The van rolled some 300 feet down a slope.', 'some 300').unit).toBe('feet');
  });
  it('reads a length after a reference word as a figure', () => {
    expect(summary('The flood cut a channel 40 miles (64km) long.')).toContain('=40 miles');
    // A number that names the channel is still no figure.
    expect(summary('The match is on channel 40 tonight.')).toEqual([]);
  });
});

describe('the naira\'s one-letter code', () => {
  it('reads "N" glued to decimals after "to" as naira', () => {
    expect(summary('The dividend per share rose to N41.75 this year.')).toEqual(['=41.75 N']);
  });
  it('never reads "N95" as money', () => {
    expect(summary('Stocks of N95 masks ran out.')).toEqual([]);
  });
});

describe('an event adjective between the number and its noun', () => {
  it('counts the bodies after "dead" and keeps them the dead', () => {
    const f = figure('Local papers said more than 40 dead bodies are still to be named by the coroner.', 'more than 40');
    expect(f.unit).toBe('bodies');
    expect(f.about).toBe('killed');
  });
});

describe('a name of capitalised words before the counted noun', () => {
  it('keeps a name whose first word ends like a participle ("Red")', () => {
    expect(figure('An army of 9,000 Red Crescent volunteers worked through the night.', '9,000').unit).toBe('Red Crescent volunteers');
  });
  it('still ends the noun at a participle in capitals', () => {
    expect(figure('TRAIN CRASH: 40 KILLED IN VARN', '40').unit).toBeNull();
  });
});

describe('nouns written apart from the number', () => {
  it('keeps the digits of a model name after its hyphen in the noun', () => {
    expect(figure('Soldiers recovered four K-16 rifles in Ostra, Ana Pell said.', 'four').unit).toBe('K-16 rifles');
    expect(figure('Ostra has 30 state-run schools.', '30').unit).toBe('state-run schools');
  });
  it('reads a plural noun phrase in quote marks right after the number as its noun, not a quoted verb', () => {
    expect(figure('The army said its troops came under fire from 30 “heavily armed lawless elements” in Ostra.', '30').unit).toBe('heavily armed lawless elements');
    expect(figure('Ana Pell said 30 “were killed” in Ostra.', '30').unit).toBeNull();
  });
  it('gives a bare count of a list by place the noun of the count before it, also where that count names no event', () => {
    const text = 'Ana Pell said 88 victims’ bodies were lying at a local trauma centre, 27 at Ostra Hospital and one at a clinic in Varn.';
    expect([figure(text, '27').unit, figure(text, 'one').unit]).toEqual(['victims’ bodies', 'victims’ bodies']);
    expect(figure('Kelmor sold 88 cars in Ostra, 27 at Varn.', '27').unit).toBeNull();
  });
});

describe('a number a "figure" is said to be', () => {
  it('counts what the figure is of, named after "of" or earlier in its sentence', () => {
    expect(figure('About the casualties, we heard from the Ostra elders, and the figure they gave was close to 80.', 'close to 80').unit).toBe('casualties');
    expect(figure('The figure of victims given by Varn police was 80.', '80').unit).toBe('victims');
    // A figure of no casualties has no noun to take.
    expect(figure('Kelmor sales rose, and the figure it gave was 80.', '80').unit).toBeNull();
  });
});
