// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Figure } from '../../src/extract';

function figures(text: string): Figure[] {
  return extract(text).claims.filter((c) => c.kind === 'figure').map((c) => c.figures[0]!);
}
function only(text: string): Figure {
  const all = figures(text);
  expect(all, text).toHaveLength(1);
  return all[0]!;
}

describe('figures: values', () => {
  it('reads digits with separators, decimals and scale words', () => {
    expect(only('Officials said 2,500 jobs would go.')).toMatchObject({ value: 2500, unit: 'jobs' });
    expect(only('Some 1.2 million people were displaced by the floods.')).toMatchObject({
      value: 1_200_000,
      comparator: '~',
      unit: 'people',
      phrase: 'Some 1.2 million',
    });
  });

  it('reads number words, compounds and "a dozen"', () => {
    expect(only('Twenty-five soldiers were wounded.')).toMatchObject({ value: 25, unit: 'soldiers', about: 'injured' });
    expect(only('They counted three hundred and fifty ballots.')).toMatchObject({ value: 350, unit: 'ballots' });
    expect(only('A dozen protesters were arrested outside the embassy.')).toMatchObject({
      value: 12,
      unit: 'protesters',
      about: 'detained',
    });
  });

  it('reads percentages, money and "half"', () => {
    expect(only('Turnout fell to 38 per cent this year.')).toMatchObject({ value: 38, unit: '%' });
    expect(only('Turnout fell to 38% this year.')).toMatchObject({ value: 38, unit: '%' });
    expect(only('The company lost $4bn last year.')).toMatchObject({ value: 4e9, unit: '$' });
    expect(only('Nearly half of the residents left.')).toMatchObject({ value: 50, unit: '% of the residents', comparator: '~' });
  });
});

describe('figures: comparators', () => {
  const cases: [string, string][] = [
    ['At least 6 were murdered.', '>='],
    ['No fewer than 40 journalists are missing.', '>='],
    ['More than 100 men had vanished.', '>'],
    ['Over 100 men were arrested.', '>'],
    ['Less than 5 stayed behind.', '<'],
    ['Fewer than 10 were freed.', '<'],
    ['At most 12 survived the crossing.', '<='],
    ['Up to 300 migrants drowned.', '<='],
    ['Nearly 100 days have passed.', '~'],
    ['About 30 passengers are missing.', '~'],
    ['Roughly 70 homes burned down.', '~'],
    ['Exactly 42 boats came back.', '='],
  ];
  it.each(cases)('%s → %s', (text, comparator) => {
    expect(only(text).comparator).toBe(comparator);
  });

  it('puts the comparator in the phrase and keeps "with" in the claim text', () => {
    const text = 'Police raided the camp, with at least three of them killed.';
    const claim = extract(text).claims.find((c) => c.kind === 'figure')!;
    expect(claim.text).toBe('with at least three of them killed');
    expect(claim.figures[0]).toMatchObject({ phrase: 'at least three', value: 3, unit: null, about: 'killed' });
  });
});

describe('figures: units, events and clauses', () => {
  it('takes the counted noun phrase, or null when there is none', () => {
    expect(only('More than 100 gay men had vanished.').unit).toBe('gay men');
    expect(only('At least 6 were murdered.').unit).toBeNull();
    expect(only('We got ten calls reporting detentions.').unit).toBe('calls');
  });

  it('maps the clause verb to a canonical event', () => {
    expect(only('At least 12 people died in the fire.').about).toBe('killed');
    expect(only('Officers detained 40 people overnight.').about).toBe('detained');
    expect(only('About 30 passengers were still missing.').about).toBe('missing');
    expect(only('Forty people were injured.').about).toBe('injured');
    expect(only('The council approved 40 new homes.').about).toBeNull();
  });

  it('does not lend one figure’s event to the next figure of the clause', () => {
    const [a, b] = figures('Twenty-five soldiers were wounded and 350 civilians fled.');
    expect(a!.about).toBe('injured');
    expect(b!.about).toBeNull();
  });

  it('ends the claim text at a dash, a semicolon or the sentence end', () => {
    const text = 'The paper said more than 100 men had vanished—with at least three of them killed; 6 more fled.';
    const claims = extract(text).claims.filter((c) => c.kind === 'figure');
    expect(claims.map((c) => c.text)).toEqual(['more than 100 men had vanished', 'with at least three of them killed', '6 more fled']);
    for (const c of claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });
});

describe('figures: what is not a figure', () => {
  it('skips dates, years, times, ordinals, references and numbers inside names', () => {
    expect(figures('The talks resume on June 24 at 10:30 in Geneva.')).toEqual([]);
    expect(figures('The ceasefire was signed on 5 May 2017 in Minsk.')).toEqual([]);
    expect(figures('In 1998 it was the first and second time, as shown on page 7.')).toEqual([]);
    expect(figures('The G20 met as COVID-19 spread, the 3rd wave, said a 34-year-old aide.')).toEqual([]);
    expect(figures('No one was told about it.')).toEqual([]);
  });

  it('reads digits glued to a whole word by a lost space ("that14 people"), not a name or code ("G20", "MH17")', () => {
    expect(only('Data from the Varn agency indicated that14 people had been hospitalised.')).toMatchObject({ value: 14, unit: 'people' });
    expect(only('Officials in Ostra said14 people were missing.')).toMatchObject({ value: 14, unit: 'people' });
    expect(figures('The G20 summit in Varn met as COVID19 spread and MH17 and F16 jets flew over Kelmor.')).toEqual([]);
    // The word must be whole, and the digits end with a space.
    expect(figures('Ostra engineers ran the kelmor14 model, and the Varn files stayed that14.')).toEqual([]);
  });

  it('still counts a four-digit number that counts something', () => {
    expect(only('In 1998, more than 2000 people were detained.')).toMatchObject({ value: 2000, comparator: '>', unit: 'people' });
  });
});

describe('figures: attribution', () => {
  it('takes the source of the sentence: "X reported that", "according to X", ", X said"', () => {
    const text =
      'Reuters reported that about 30 passengers were missing.\n\n' +
      'At least 12 people were killed, according to the Hellenic Coast Guard.\n\n' +
      'Nearly 200 homes were destroyed, Maria Kostas said.\n\n' +
      'Some 40 boats sank.';
    const byValue = new Map(extract(text).claims.filter((c) => c.kind === 'figure').map((c) => [c.figures[0]!.value, c.attributedTo]));
    expect(byValue.get(30)).toBe('Reuters');
    expect(byValue.get(12)).toBe('Hellenic Coast Guard');
    expect(byValue.get(200)).toBe('Maria Kostas');
    expect(byValue.get(40)).toBeNull();
  });

  it('gives a quoted figure to the speaker and lists it in the quote claim', () => {
    const { claims } = extract('“We lost 14 colleagues in a single week,” said Dr Amal Haddad.');
    const quote = claims.find((c) => c.kind === 'quote')!;
    const figure = claims.find((c) => c.kind === 'figure')!;
    expect(quote.attributedTo).toBe('Amal Haddad');
    expect(quote.figures.map((f) => f.value)).toEqual([14]);
    expect(figure).toMatchObject({ attributedTo: 'Amal Haddad', text: '14 colleagues in a single week' });
  });
});

describe('ranges, participle units, ages and float scales (eval defects)', () => {
  const figs = (text: string) => extract(text).claims.filter((c) => c.kind === 'figure').map((c) => c.figures[0]!);

  it('reads "10-15 people" as at least 10 people, and a score "3-2" as no range', () => {
    expect(figs('He said 10-15 people were still missing.').map((f) => [f.value, f.comparator, f.unit])).toEqual([[10, '>=', 'people']]);
    expect(figs('He said 10–15 were hurt.').map((f) => [f.value, f.comparator])).toEqual([[10, '>=']]);
    expect(figs('They won 3-2 on Saturday.').map((f) => [f.value, f.comparator])).toEqual([[3, '=']]);
  });

  it('keeps a participle before a noun in the unit ("10 wounded soldiers") but not a verb ("6 were murdered")', () => {
    expect(figs('The dead included 10 wounded soldiers.').map((f) => [f.unit, f.about])).toEqual([['wounded soldiers', 'injured']]);
    expect(figs('At least 6 were murdered.').map((f) => f.unit)).toEqual([null]);
  });

  it('skips an age after a name and keeps "only one"', () => {
    expect(figs('Graham Pettifer, 58, admitted fraud.')).toEqual([]);
    expect(figs('He said only one of the plants was ever built.').map((f) => f.value)).toEqual([1]);
  });

  it('gives exact values for scaled decimals', () => {
    expect(figs('Revenue will be $4.1bn this year.').map((f) => f.value)).toEqual([4.1e9]);
  });
});

describe('number words, events and spans of time on real pages', () => {
  const figs = (text: string): Figure[] => figures(text);

  it('joins number words with "and" only after a scale word ("between four and six" is no ten, but a range)', () => {
    expect(figs('The grain stocks will last between four and six months.').map((f) => [f.value, f.upTo])).toEqual([[4, 6]]);
    expect(figs('They counted two thousand and forty ballots.').map((f) => f.value)).toEqual([2040]);
  });

  it('reads "a 12- to 18-metre hull" as one range, the low end\'s hyphen suspended', () => {
    expect(figs('The ferry had a 12- to 18 metre-long hull, the Ostra coastguard said.').map((f) => [f.value, f.upTo])).toEqual([[12, 18]]);
    // No "to" after the hyphen: two numbers, as before.
    expect(figs('The Ostra coastguard listed a 12- and an 18-metre hull.').map((f) => f.upTo)).not.toContain(18);
  });

  it('reads the event after a figure only up to the next figure, unless "or"/"and"/"to" joins them', () => {
    expect(figs('Of the village’s 900 residents, more than 300 were injured.').map((f) => f.about)).toEqual([null, 'injured']);
    expect(figs('Two or three guards were killed.').map((f) => f.about)).toEqual(['killed']);
    expect(figs('Two or 30 guards were killed.').map((f) => f.about)).toEqual(['killed', 'killed']);
  });

  it('counts no event for a span of time, and leaves the event to the count after it', () => {
    const found = figs('Three days after the dam burst and killed at least 40 people, rescuers arrived.');
    expect(found.map((f) => [f.value, f.unit, f.about])).toEqual([
      [3, 'days', null],
      [40, 'people', 'killed'],
    ]);
    expect(figs('One day after the storm killed at least 12 people, the roads reopened.').map((f) => [f.value, f.about])).toEqual([[12, 'killed']]);
  });

  it('gives a figure to a name followed by its kind of outlet or body ("Kestrel television reported")', () => {
    const claims = extract('The private Kestrel television reported a death toll of more than 2,000 in the north.').claims;
    expect(claims.find((c) => c.kind === 'figure')).toMatchObject({ attributedTo: 'Kestrel', figures: [{ value: 2000, comparator: '>' }] });
  });
});


describe('events, halves, magnitudes and verbs after counts (second round of real pages)', () => {
  it('takes the event of a participle right before the figure, and not of one after it', () => {
    expect(figures('The quake struck the valley, killing about 1,900 people and injuring 4,000.').map((f) => [f.value, f.about])).toEqual([
      [1900, 'killed'],
      [4000, 'injured'],
    ]);
    expect(figures('At least 30 died, five of them drowning when their boat sank.').map((f) => [f.value, f.about])).toEqual([
      [30, 'killed'],
      [5, 'killed'],
    ]);
  });

  it('reads "and a half" into the number', () => {
    expect(figures('Sugar reserves will last five and a half months, and oil 2 and a half months.').map((f) => [f.value, f.unit])).toEqual([
      [5.5, 'months'],
      [2.5, 'months'],
    ]);
  });

  it('reads a hyphenated "seven-and-a-half percent" as 7.5 %, not a compound adjective before a noun', () => {
    expect(figures('Her share could fall to just seven-and-a-half percent in Varn.').map((f) => [f.value, f.unit])).toEqual([[7.5, '%']]);
    expect(figures('A seven-and-a-half-hour flight left Varn with 40 passengers.').map((f) => [f.value, f.unit])).toEqual([[40, 'passengers']]);
  });

  it('reads a number before a singular "quake" or after "magnitude" as a magnitude, not a count', () => {
    expect(figures('The magnitude 6 aftershock and a 7.6 quake were followed by 12 aftershocks.').map((f) => [f.value, f.unit])).toEqual([
      [6, 'magnitude'],
      [7.6, 'magnitude'],
      [12, 'aftershocks'],
    ]);
  });

  it('ends the counted noun at "out" and at an irregular past tense, and reads "lost their lives" as deaths', () => {
    // The 52 counts no "out": it takes the noun of the whole it is taken out of.
    expect(figures('Only 52 out of 259 seats changed hands.').map((f) => f.unit)).toEqual(['seats', 'seats']);
    expect(only('At least 22 people lost their lives in the storm.')).toMatchObject({ unit: 'people', about: 'killed' });
    expect(only('Some 300 residents fled the town.')).toMatchObject({ unit: 'residents' });
  });
});

describe('dates with an abbreviated month (new real pages)', () => {
  it('does not count the day after "Aug." or "Oct."', () => {
    expect(figures('The period ended Aug. 31, and polls were held on Oct. 11 with eight candidates.').map((f) => f.value)).toEqual([8]);
  });
});

describe('scores of games (third round of real pages)', () => {
  it('reads a score as one figure with the unit "score", not a range or a count', () => {
    expect(figures('After a 0-1 loss, the 2-0 win helped.').map((f) => [f.value, f.comparator, f.unit, f.phrase])).toEqual([
      [0, '=', 'score', '0-1'],
      [2, '=', 'score', '2-0'],
    ]);
    expect(figures('The Lions defeated Port United 2-1 to stay top, and were level at 1-1 at the break.').map((f) => [f.unit, f.phrase])).toEqual([
      ['score', '2-1'],
      ['score', '1-1'],
    ]);
    // A range of people stays a range; a score owns no event of its clause.
    expect(only('He said 10-15 people were still missing.')).toMatchObject({ comparator: '>=', unit: 'people', about: 'missing' });
    expect(only('They won 3-2 and nobody was hurt.')).toMatchObject({ unit: 'score', about: null });
  });
});

describe('dates in brackets after a weekday (third round of real pages)', () => {
  it('does not count the day of the month written in brackets after its weekday', () => {
    expect(figures('The president met all 38 ministers on Tuesday (26) at the palace.').map((f) => f.value)).toEqual([38]);
    expect(figures('Officials said (26) were hurt.').map((f) => f.value)).toEqual([26]);
  });
});

describe('events of counts in war reports and arrests (fourth round of real pages)', () => {
  it('gives a verb right before a count its event, and not to the count before that verb', () => {
    expect(figures('Shelling had killed two people and injured eight others.').map((f) => [f.value, f.about])).toEqual([
      [2, 'killed'],
      [8, 'injured'],
    ]);
  });

  it('does not give a count of several the event of a verb in the singular after it', () => {
    expect(figures('A man suspected of shooting two officers has been arrested.').map((f) => [f.value, f.about])).toEqual([[2, null]]);
    expect(figures('Police said 12 people were arrested.').map((f) => [f.value, f.about])).toEqual([[12, 'detained']]);
  });
});

describe('rates and risks in health reports (fourth round of real pages)', () => {
  it('does not read a "death risk" or "death rate" as deaths', () => {
    expect(figures('Taking health advice cuts death risk 34%. The death rate fell 5%. Floods caused 12 deaths.').map((f) => [f.value, f.about])).toEqual([
      [34, null],
      [5, null],
      [12, 'killed'],
    ]);
  });
});
