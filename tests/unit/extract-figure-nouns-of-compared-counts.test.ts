// What a bare number counts when its noun is given by the count it is set against, a pair's base, a capacity,
// "others" or a possessive's whole; forecasts of a toll with "will cross" or "risks reaching"; and numbers that are no
// figures: a countdown, a reign's length, a streak of periods and an age range in years.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

const said = (text: string, phrase: string) => {
  const f = figure(text, phrase);
  return [f.comparator, f.value, f.unit, f.about];
};

describe('the noun of a bare count named elsewhere', () => {
  it('"4.5 million passengers …, compared to 3.9 million" counts passengers on both sides', () => {
    const text = 'Kelmor Air carried a record 4.5 million passengers last year, compared to 3.9 million the year before.';
    expect(said(text, '3.9 million')).toEqual(['=', 3900000, 'passengers', null]);
    expect(figure('Varn shipped 1,200 tonnes of grain against 900 in May.', '900').unit).toBe('tonnes');
    // Counter-example: a bare count that is not set against the one before keeps no noun.
    expect(figure('Kelmor Air carried 4.5 million passengers last year and 3.9 million went by rail.', '3.9 million').unit).toBeNull();
  });

  it('a "from N … to M" pair after a subscriber base counts subscribers', () => {
    const text = 'Ostra Telecom’s customer base grew 12 per cent from 1.1 million at the end of 2020 to 1.3 million a year later.';
    expect(figure(text, '1.1 million').unit).toBe('customers');
    expect(figure(text, '1.3 million').unit).toBe('customers');
    // Counter-example: a base that is a place holds no people counted.
    expect(figure('Troops at the Varn air base rose from 200 in May to 300 in June.', '300').unit).toBeNull();
  });

  it('"its stated capacity of 280" counts the capacity', () => {
    expect(figure('The ferry carried about 300 passengers, more than its stated capacity of 280.', '280').unit).toBe('capacity');
    // Counter-example: a noun after the number is what it counts.
    expect(figure('The Ostra stadium has a capacity of 30,000 seats.', '30,000').unit).toBe('seats');
  });

  it('"the capacity is only for 280", "the school population is 900" count the capacity or population named', () => {
    expect(figure('The Varn ward held 300 patients, though its capacity is just for 180.', '180').unit).toBe('capacity');
    expect(figure('Classes were crowded as the school population is 900, Ana Pell said.', '900').unit).toBe('population');
    // Counter-example: a noun after the number is what it counts.
    expect(figure('The town population is 900 people.', '900').unit).toBe('people');
  });

  it('"helped four others survive" counts people, or what the count before counts', () => {
    expect(figure('A fisherman from Ostra swam to shore and helped at least four others survive.', 'at least four').unit).toBe('people');
    expect(figure('Two bridges in Varn collapsed and three others were shut.', 'three').unit).toBe('bridges');
    // The last count of people, not of the raids after it, is what "others" adds to.
    expect(figure('Forty people were killed in two raids in 2019 and 30 others lost their lives in 2020.', '30').unit).toBe('people');
    // Counter-example: a bare count not followed by "others" takes no noun.
    expect(figure('A fisherman from Ostra swam to shore and at least four were rescued.', 'at least four').unit).toBeNull();
  });

  it('"two of the village\'s 100 houses" counts houses', () => {
    expect(figure('Officials said only two of the village’s 100 houses in Kelmor were intact.', 'two').unit).toBe('houses');
    // Counter-example: a possessive with no number of the whole after it picks from no group counted (extract-figure-nouns-elsewhere.test.ts keeps it so).
    expect(figure('Officials said only two of the village’s houses in Kelmor were intact.', 'two').unit).toBeNull();
  });
});

describe('a toll foreseen', () => {
  it('"the death toll will cross 200" is a forecast of the dead', () => {
    const f = figure('At least 40 bodies were recovered in Varn. The death toll will cross 200.', 'cross 200');
    expect([f.about, f.forecast]).toEqual(['killed', true]);
    // Counter-example: a toll that crossed a level is no forecast.
    expect(figure('At least 40 bodies were recovered in Varn. The death toll crossed 200.', 'crossed 200').forecast).toBeUndefined();
  });

  it('"the final toll risks reaching the scale of 5,000" is a forecast of the killed', () => {
    const f = figure('Ostra Watch recorded 940 killings of marchers and warned that the final toll risks reaching the scale of 5,000.', '5,000');
    expect([f.comparator, f.about, f.forecast]).toEqual(['~', 'killed', true]);
    // Counter-example: a toll put at a number is reported, not foreseen.
    expect(figure('Ostra Watch recorded 940 killings of marchers and said the final toll stood at 1,000.', '1,000').forecast).toBeUndefined();
  });
});

describe('numbers that are no figures', () => {
  it('"Six days more to go for the election" is a countdown', () => {
    expect(phrases('Six days more to go for Kelmor’s general election, the party said.')).toEqual([]);
    // Counter-example: days spent are an amount.
    expect(phrases('Six days of talks in Kelmor ended without a deal, the party said.')).toEqual(['Six']);
  });

  it('"ruled the country for nearly three decades" is a reign\'s length', () => {
    expect(phrases('She ruled Varn for nearly three decades until 1994.')).toEqual([]);
    expect(phrases('The party has been in power for 30 years.')).toEqual([]);
    // Counter-example: a prison term is an amount that may be checked.
    expect(phrases('The court in Varn jailed him for nearly three decades.')).toEqual(['nearly three']);
  });

  it('"three consecutive quarters of growth" is a streak', () => {
    expect(phrases('Ostra Telecom saw three consecutive quarters of growth.')).toEqual([]);
    // Counter-example: a count of quarters with no streak stays.
    expect(phrases('Ostra Telecom reported losses in three quarters.')).toEqual(['three']);
  });

  it('"aged between 20 and 25 years" is an age range', () => {
    expect(phrases('Witnesses in Varn said the attacker, aged between 20 and 25 years, wore a beard.')).toEqual([]);
    // Counter-example: a range of years of a sentence is a term.
    expect(phrases('The court in Varn gave him between 20 and 25 years in prison.')).toEqual(['between 20 and 25']);
  });
});
