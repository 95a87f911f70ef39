// What a bare number counts when its noun sits elsewhere in the sentence (or the one before), and numbers that
// are no figures: a tenure, a time given to act, a day of the month in brackets, a year naming an event, and the Indian
// grouping of digits.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

const said = (text: string, phrase: string) => {
  const f = figure(text, phrase);
  return [f.comparator, f.value, f.unit, f.about];
};

describe('the noun or event of a bare number named elsewhere', () => {
  it('"the toll could be well over 200" counts the dead where the text names deaths', () => {
    const text = 'A truck bomb killed at least 20 people in Varn. The deputy speaker said the toll could be well over 200.';
    expect(said(text, 'over 200')).toEqual(['>', 200, null, 'killed']);
    // Counter-example: a number that only "could be well over" something names no toll.
    expect(said('A truck bomb killed 20 people in Varn. He said the cost could be well over 200.', 'over 200')[3]).toBeNull();
  });

  it('"a fatality figure of 738" and "Varn\'s official figure of 400" count the dead', () => {
    expect(said('“The group’s 20 April fatality figure of 738 is not inflated,” the group said.', '738')).toEqual(['=', 738, null, 'killed']);
    const text = 'Ostra Aid said at least 6,700 Kelmori were killed after violence broke out. The number is much higher than Varn\'s official figure of 400, reports the Ostra Times.';
    expect(said(text, '400')[3]).toBe('killed');
    // Counter-example: a possessive's figure in a text about no event counts nothing named.
    expect(said('Varn\'s figure of 400 is higher than expected, the bank said of its branches.', '400')[3]).toBeNull();
  });

  it('"claimed the lives of more than 400 protesters" counts the dead', () => {
    expect(said('Kelmori forces have claimed the lives of more than 400 protesters, the report says.', 'more than 400')[3]).toBe('killed');
    expect(said('The report says Kelmori forces have changed the lives of more than 400 protesters.', 'more than 400')[3]).toBeNull();
  });

  it('"the deaths at 4,000, up from 2,000" gives the earlier count of the same event', () => {
    const text = 'A notice board in Ostra estimated the deaths at 4,000 yesterday, up from 2,000 a day before.';
    expect(said(text, '4,000')[3]).toBe('killed');
    expect(said(text, '2,000')[3]).toBe('killed');
    // Counter-example: not after "up from", the second count is no earlier one.
    expect(said('A notice board in Ostra estimated the deaths at 4,000 yesterday, and 2,000 homes were lost.', '2,000')[3]).toBeNull();
  });

  it('"130 of the bodies", "28 of them" after "173 deaths": the group the count picks out', () => {
    expect(said('The chief said 130 of the bodies had been burned beyond recognition.', '130')[2]).toBe('bodies');
    expect(said('The commission says the clash resulted in 173 deaths. It says that 28 of them were security officers.', '28')).toEqual(['=', 28, 'deaths', null]);
    // Counter-examples: a possessive after "of the" is no group; a share naming an event of its own keeps it.
    expect(said("The chief said 13 of the company's plants were closed.", '13')[2]).toBeNull();
    expect(said('Police say 173 people were arrested. They say 28 of them died in custody.', '28')).toEqual(['=', 28, null, 'killed']);
  });

  it('a population: "a population of between 10,000 and 12,000", "25 million out of the nation’s 74 million population"', () => {
    expect(said('One district with a population of between 10,000 and 12,000 was deserted.', 'between 10,000 and 12,000')[2]).toBe('population');
    expect(said('The Kelmori are the biggest group, taking up about 25 million out of the nation’s 74 million population.', 'about 25 million')[2]).toBe('population');
    // Counter-example: a noun of its own after the number is what it counts.
    expect(said('Ostra has a population of 40,000 people.', '40,000')[2]).toBe('people');
  });

  it('"the number of people affected by the floods to 2.3 million" counts people', () => {
    expect(said('The agency put the number of people affected by the floods to 2.3 million.', '2.3 million')[2]).toBe('people');
    expect(said('The number of displaced families rose to 4,000, officials said.', '4,000')[2]).toBe('families');
    // Counter-example: "the number of" with no plural after it names nothing counted.
    expect(said('The number of the beast rose to 4,000, officials said.', '4,000')[2]).toBeNull();
  });

  it('"Out of the 12 districts, we will take eight": the whole opening the sentence is what the count picks out', () => {
    expect(said('Out of the 12 districts, we will surely take eight.', 'eight')[2]).toBe('districts');
    // Counter-example: with no comma closing the whole, the opening is no whole of a later count.
    expect(said('Out of the 12 districts we heard that Ostra took eight.', 'eight')[2]).toBeNull();
  });

  it('"some of the fatalities – about 50 –": a number set off by dashes after a plural counts it', () => {
    expect(said('The names of some of the fatalities – about 50 – are listed as unknown.', 'about 50')[2]).toBe('fatalities');
    expect(said('The names of some of the fatalities, about 50, are listed as unknown.', 'about 50')[2]).toBeNull();
  });
});

describe('numbers that are no figures', () => {
  it('a tenure in a post and the time given to act are no amounts', () => {
    expect(phrases('Kemi Varn retires, having completed three years in this position.')).toEqual([]);
    expect(phrases('The party has 28 days to file a case.')).toEqual([]);
    // Counter-examples: time an action took, and a sentence, stay figures.
    expect(phrases('It took workers 28 days to repair the dam.')).toEqual(['28']);
    expect(phrases('He was jailed for six years in Ostra.')).toEqual(['six']);
  });

  it('"today (13)" is a day of the month; "yesterday (40 people)" still counts', () => {
    expect(phrases('The party expressed its confidence today (13) that its candidate will win.')).toEqual([]);
    expect(phrases('The party said yesterday (40 people) had died.')).toEqual(['40']);
  });

  it('"the 2021 presidential elections" names the vote; "the 2000 election observers" counts people', () => {
    expect(phrases('The ruling aims to keep Varn from contesting the 2021 presidential elections.')).toEqual([]);
    expect(phrases('Police held the 2000 election observers in Ostra.')).toEqual(['2000']);
  });

  it('"3,12,000" in the Indian grouping is one number, 312,000', () => {
    expect(said('More than 3,12,000 Kelmori have fled into Ostra.', 'More than 3,12,000')).toEqual(['>', 312000, 'Kelmori', null]);
    expect(phrases('Scores were 3,12 and 4.')).toEqual(['3', '12', '4']);
  });
});

describe('"minimum" or "maximum" after a number is its bound', () => {
  it('"ten per cent votes, minimum" is at least ten per cent; "a 10 percent minimum wage rise" is exact', () => {
    expect(said('“Our candidate will win by ten per cent votes, minimum. We are sure,” said Varn.', 'ten')[0]).toBe('>=');
    expect(said('Ostra will take 40 people at a maximum, officials said.', '40')[0]).toBe('<=');
    expect(said('Ostra set a 10 percent minimum wage rise.', '10 percent')[0]).toBe('=');
  });
});
