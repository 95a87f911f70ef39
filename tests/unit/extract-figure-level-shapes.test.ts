// Shapes of a figure's level, noun and event: a range with its noun twice, an earlier level compared to, kinds of people
// listed, a total of another group, a participle before a name.
import { describe, expect, it } from 'vitest';
import { figure, figures, phrases } from './extract-helpers';

describe('levels and nouns', () => {
  it('joins "between 4,000 tonnes and 9,000 tonnes" into one range; not two amounts joined by "and" alone', () => {
    expect(figure('The audit found that between 4,000 tonnes and 9,000 tonnes of grain rotted in Varn.', 'between 4,000 tonnes and 9,000')).toMatchObject({ value: 4000, upTo: 9000, unit: 'tonnes' });
    expect(phrases('The audit found 4,000 tonnes and 9,000 tonnes of grain in Varn.')).toEqual(['4,000', '9,000']);
  });
  it('reads a dated level after "lower than" as exact, and keeps "lower than" a bound elsewhere', () => {
    expect(figure('Turnout in Varn was lower than 410,000 recorded last year.', 'lower than 410,000').comparator).toBe('=');
    expect(figure('Turnout in Varn was lower than 410,000.', 'lower than 410,000').comparator).toBe('<');
  });
  it('counts people in "men, women and children"; keeps "boys and girls" as boys', () => {
    expect(figure('About 250 men, women and children sailed on the Varn ferry.', 'About 250').unit).toBe('people');
    expect(figure('Police found 4 boys and girls.', '4').unit).toBe('boys');
  });
  it('reads no toll in a total its clause gives to refugees, and keeps a total of the dead', () => {
    expect(figures('Guards counted 12 dead as a fresh wave in refugee numbers brought the total to about 380,000.').map((f) => f.about)).toEqual(['killed', null]);
    expect(figures('Guards counted 12 dead on Monday, which took the total to 40.').map((f) => f.about)).toEqual(['killed', 'killed']);
  });
  it('reads the plural after a participle and a name ("10 confirmed Ebola deaths")', () => {
    expect(figure('Ostra has had 14 confirmed Ebola deaths.', '14').unit).toBe('confirmed Ebola deaths');
    expect(figure('Ostra said 14 confirmed Kelmor was safe.', '14').unit).toBeNull();
  });
});
