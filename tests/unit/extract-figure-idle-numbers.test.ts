// Numbers that count nothing reported: ages in brackets after names, stretches of time that only tell how long a state
// has lasted or what is left, an age group, "one reason", a year before the records or events of it, a slogan, an idiom,
// and a count an "if" supposes.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('ages in brackets after full names', () => {
  it('skips the ages of a list of named people and of a name after a title', () => {
    expect(phrases('The dead were named as Ana Pell (61), Tomas Varn (44) and Ilse Kost (29), the police said.')).toEqual([]);
    expect(phrases('Police in Ostra arrested Mr Tomas Varn (52) on Friday.')).toEqual([]);
  });
  it('keeps counts in brackets after places', () => {
    expect(phrases('Deaths were counted in Ostra (12) and Varn (4).')).toEqual(['12', '4']);
    expect(phrases('The worst hit was New Ostra (65).')).toEqual(['65']);
  });
});

describe('stretches of time that tell how long a state has lasted or what is left', () => {
  it('skips a perfect tense "for N years", "dating back", "days left", "another N years" wished and "within just"', () => {
    expect(phrases('Her brother, who had worked for the Varn mine for 18 years, is missing.')).toEqual([]);
    expect(phrases('He has been fighting the charges in Ostra for three years, the court said.')).toEqual([]);
    expect(phrases('“Ostra has a tradition of free markets dating back a hundred years.”')).toEqual([]);
    expect(phrases('“There are only 12 days left before the Varn vote,” he said.')).toEqual([]);
    expect(phrases('The mayor said he needs another four years to finish the Kelmor bridge.')).toEqual([]);
    expect(phrases('More than 300 sheep drowned in Varn within just 48 hours.')).toEqual(['More than 300']);
  });
  it('keeps a sentence served, a planned strike and a passive perfect', () => {
    expect(figure('The editor had been jailed for six years in Varn.', 'six').unit).toBe('years');
    expect(figure('Ostra drivers will strike for three days next month.', 'three').unit).toBe('days');
  });
});

describe('how long a thing lay stored', () => {
  it('skips a passive "stored for N years"', () => {
    expect(phrases('The chlorine drums had been stored for nine years in a Kelmor shed, the inspector said.')).toEqual([]);
    expect(phrases('Grain lay in the Varn silo for four years before the fire.')).toEqual([]);
  });
  it('keeps a passive sentence and an amount stored', () => {
    expect(figure('The clerk had been jailed for seven years in Ostra.', 'seven').unit).toBe('years');
    expect(figure('Some 300 tonnes of grain were stored in the Varn silo.', 'Some 300').unit).toBe('tonnes');
  });
});

describe('an age group', () => {
  it('skips "the 18-29 age group" and "the age group of 35-44 years"', () => {
    expect(phrases('Turnout rose most in the 18-29 age group in Varn.')).toEqual([]);
    expect(phrases('Most of the dead in Ostra belonged to the age group of 35-44 years.')).toEqual([]);
  });
  it('keeps a count of the people of that group', () => {
    expect(phrases('Some 400 people in the 18-29 age group voted in Varn.')).toEqual(['Some 400']);
  });
});

describe('"one reason", a slogan and an idiom', () => {
  it('skips "one reason", "zero hunger" and "three square meals"', () => {
    expect(phrases('Police in Varn said one reason the count rose was that families took their dead home.')).toEqual([]);
    expect(phrases('The Ostra candidate promised zero hunger and free schools.')).toEqual([]);
    expect(phrases('“Families in Kelmor cannot even afford three square meals,” she said.')).toEqual([]);
  });
  it('keeps two reasons given', () => {
    expect(figure('The Varn police gave two reasons for the delay.', 'two').unit).toBe('reasons');
  });
});

describe('a year before the records or events of it', () => {
  it('skips a year after a possessive, "of", or another year', () => {
    expect(phrases("According to Varn Air's 2018 annual financial statements, the airline grew.")).toEqual([]);
    expect(phrases('“We won the 2014 and 2018 elections in Ostra.”')).toEqual([]);
    expect(phrases('Bookings in Varn reached 70% of 2019 figures.')).toEqual(['70%']);
    expect(phrases('Varn Air grew its fleet to 31 jets this year over 2021.')).toEqual(['31']);
  });
  it('keeps a count of people after a possessive', () => {
    expect(figure("Ostra's 2000 workers went on strike.", '2000').unit).toBe('workers');
  });
});

describe('a count an "if" supposes', () => {
  it('skips the count of a clause "if" opens', () => {
    expect(phrases('If seven million voters stay home, the Varn party loses.')).toEqual([]);
    expect(phrases('The party said that if 40,000 voters stay home, it loses.')).toEqual([]);
  });
  it('keeps the count of a question asked "if"', () => {
    expect(phrases('Reporters asked if 30 people had died in Ostra.')).toEqual(['30']);
  });
});

describe('a count of tellers with a relative clause before their verb', () => {
  it('skips "two diplomats who led the talks told the agency"', () => {
    expect(phrases('At least 60 pilgrims died in Ostra, two diplomats who led the talks told the agency.')).toEqual(['At least 60']);
  });
  it('keeps a count of diplomats who are no tellers', () => {
    expect(phrases('Ostra expelled two diplomats who had met the Varn rebels.')).toEqual(['two']);
  });
});

describe('the category of a storm', () => {
  it('skips "category 4" as a reference', () => {
    expect(phrases('Ostra was hit by a category 4 hurricane that killed 30 people.')).toEqual(['30']);
  });
  it('keeps a count of categories', () => {
    expect(phrases('Ostra has three categories of schools.')).toEqual(['three']);
  });
});

describe('a perfect verb of waiting or living right before the time', () => {
  it('skips "I have waited nine months"', () => {
    expect(phrases('“I have waited nine months for a win in Ostra,” the Varn striker said.')).toEqual([]);
  });
  it('keeps a bounded delay someone claims', () => {
    expect(phrases('Farmers in Kelmor had waited more than three years for the promised roads.')).toEqual(['more than three']);
  });
});
