// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figure, figures } from './extract-helpers';

describe('seventh round: counts that are parts of another count', () => {
  const arrests = [
    'Harbour police have arrested three people over the warehouse fire.',
    'A spokesperson said the team found the first suspect on Monday and later managed to arrest two men near the port. Of the three suspects arrested, two had warrants against them.',
  ].join(' ');

  it('gives no event to a count taken out of a whole written in words ("Of the three suspects arrested, two …")', () => {
    expect(figure(arrests, 'two').about).toBeNull();
  });
  it('gives no event to a smaller count of the same event told before its whole in the next sentence', () => {
    const counts = figures(arrests).filter((f) => f.value === 2);
    expect(counts.map((f) => [f.unit, f.about])).toEqual([
      ['men', null],
      [null, null],
    ]);
  });
  it('keeps the event of the whole and of the first count', () => {
    expect(figures(arrests).filter((f) => f.value === 3).map((f) => f.about)).toEqual(['detained', 'detained']);
  });
  it('keeps the event of a smaller count when the whole after it is another event', () => {
    const other = figures('Guards arrested two men at the gate. Of the five people injured, one remains in hospital.');
    expect(figure('Guards arrested two men at the gate. Of the five people injured, one remains in hospital.', 'two').about).toBe('detained');
    expect(other.find((f) => f.value === 5)?.about).toBe('injured');
  });
  it('gives no event to a count added to one of the same event just before ("additional", "another")', () => {
    const text = 'The ministry reported 412 deaths in the north. A volunteer group counted more than 150 additional deaths in the hills.';
    expect(figure(text, '412').about).toBe('killed');
    expect(figure(text, 'more than 150')).toMatchObject({ about: null, unit: 'deaths', comparator: '>' });
    expect(figure('The flood killed 12 people on Monday, and another 9 died on Tuesday.', '9').about).toBeNull();
  });
  it('keeps the event of "another" count when the count before it is of another event', () => {
    expect(figure('The toll stood at 40 dead with another 75 injured by the evening.', '75').about).toBe('injured');
  });
  it('gives no event to a toll broken down by where it came from', () => {
    expect(figure('Officials said 31 deaths were from the Varna Province.', '31').about).toBeNull();
    expect(figure('Officials said 31 people died in the storm.', '31').about).toBe('killed');
  });
  it("gives no event to a toll of one side's areas or of one place alone", () => {
    expect(figure('The rebel council said 64 people were killed in areas it controls.', '64').about).toBeNull();
    expect(figure('Police said 22 people were killed in the capital alone.', '22').about).toBeNull();
    expect(figure('She was left alone after 22 people were killed.', '22').about).toBe('killed');
  });
  it('gives no event to the object of a place preposition after a toll ("bodies in the 900 homes")', () => {
    const text = 'The death toll is expected to rise as crews search for bodies in the more than 900 homes Norland officials said were flattened.';
    expect(figure(text, 'more than 900')).toMatchObject({ about: null, unit: 'homes' });
    expect(figure('The death toll rose to 85 on Sunday.', '85').about).toBe('killed');
  });
});

describe('seventh round: directions of change', () => {
  it('gives the value named "instead of" another the same change', () => {
    const text = 'March figures were revised to show output falling 0.3 percent instead of 0.6 percent as first reported.';
    expect(figures(text).map((f) => [f.value, f.change])).toEqual([
      [0.3, 'fall'],
      [0.6, 'fall'],
    ]);
  });
  it('keeps both directions of a spread of forecasts', () => {
    const text = 'Forecasts ranged from a 0.2 percent gain to a 1.1 percent decline.';
    expect(figures(text).map((f) => [f.value, f.change])).toEqual([
      [0.2, 'rise'],
      [1.1, 'fall'],
    ]);
  });
  it('reads "make up N per cent" as a share, not a rise, but "up N per cent" still as a rise', () => {
    expect(figure('Women make up about 9 per cent of the drivers.', 'about 9 per cent').change).toBeNull();
    expect(figure('Fares were up 9 per cent in May.', '9 per cent').change).toBe('rise');
  });
});

describe('seventh round: comparators', () => {
  it('reads "as much as" as at most and keeps the rise', () => {
    expect(figure('Sea levels could rise as much as 4 metres.', 'as much as 4')).toMatchObject({ comparator: '<=', change: 'rise', unit: 'metres' });
  });
  it('reads "exceeded", "higher than" and "topped" as more than', () => {
    expect(figure('By noon the queue had exceeded three thousand.', 'exceeded three thousand')).toMatchObject({ value: 3000, comparator: '>' });
    expect(figure('The real count is much higher than 40,000.', 'higher than 40,000').comparator).toBe('>');
    expect(figure('Ticket sales topped 2 million.', 'topped 2 million').comparator).toBe('>');
  });
  it('gives a figure restated in another unit the bound of the first', () => {
    const text = 'Peaks may warm by more than 3 degrees Celsius, or 5.4 degrees Fahrenheit.';
    expect(figures(text).map((f) => [f.comparator, f.value, f.unit])).toEqual([
      ['>', 3, 'degrees Celsius'],
      ['>', 5.4, 'degrees Fahrenheit'],
    ]);
    // A second count of another thing keeps its own comparator.
    expect(figure('More than 30 boats sank, or 12 of the fleet.', '12').comparator).toBe('=');
  });
  it('reads "about" after a passive participle or a noun that takes it as a preposition', () => {
    expect(figure('New leads were received about two other drivers.', 'two')).toMatchObject({ comparator: '=', unit: 'drivers' });
    expect(figure('There were questions about three missing files.', 'three').comparator).toBe('=');
  });
  it('keeps "about" as approximately elsewhere', () => {
    expect(figure('The pollster asked about 1,000 voters.', 'about 1,000').comparator).toBe('~');
    expect(figure('The lake will warm about two more degrees.', 'about two')).toMatchObject({ comparator: '~', unit: 'degrees' });
  });
});

describe('seventh round: compounds, shares and lists', () => {
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
    expect(figures('The crew made 3 in 10 days.').map((f) => f.value)).toEqual([3, 10]);
  });
  it("reads a poll's split after a verb of leading as its leading share, with no change", () => {
    const split = figures('Early ballots favour the mayor, with Ortiz leading 58/40 and Lund up 55/41.');
    expect(split.map((f) => [f.value, f.unit, f.phrase, f.change])).toEqual([
      [58, '%', '58/40', null],
      [55, '%', '55/41', null],
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

describe('seventh round: ranges and units', () => {
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
  it('ends a unit where a capitalised word follows a plural noun, but keeps degrees Celsius', () => {
    expect(figure('Crews searched the 300 houses Norland officials marked.', '300').unit).toBe('houses');
    expect(figure('It was 40 degrees Celsius.', '40').unit).toBe('degrees Celsius');
  });
});

describe('seventh round: spans of time that say when', () => {
  it('drops a few time units before "ago", "earlier", "later" or "away", and a stretch up to now', () => {
    const text =
      'The vote is two weeks away. The firm knew of it three months ago. The quake struck 24 hours earlier. The plant closed over two years ago. Over the last two years the unit moved 300 jobs abroad.';
    expect(figures(text).map((f) => f.value)).toEqual([300]);
  });
  it('keeps a count of time gone by, a stretch ahead and a duration', () => {
    expect(figure('Nearly 100 days ago the strike began.', 'Nearly 100').unit).toBe('days');
    expect(figure('Trains will run late for the next six weeks.', 'six').unit).toBe('weeks');
    expect(figure('If emissions go on for 15 more years, it will be worse.', '15').unit).toBe('years');
  });
});
