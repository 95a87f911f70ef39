// A share written in words ("nearly half of the index") names its whole after it, which the figure's unit keeps.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure, figures } from './extract-helpers';

describe('a share in words keeps its whole in the unit', () => {
  it('reads "nearly half of the index" as about 50 % of the index', () => {
    expect(figure('Fuel makes up nearly half of the Varn price index, the bureau said.', 'nearly half')).toMatchObject({ value: 50, comparator: '~', unit: '% of the Varn price index' });
  });
  it('reads the whole after a bare "the", after "of their", and of a noun for an amount', () => {
    expect(figure('Nearly half the houses in Kelmor were destroyed, officials said.', 'Nearly half').unit).toBe('% of the houses');
    expect(figure('The Ostra glaciers could lose more than half of their remaining ice by 2060.', 'more than half').unit).toBe('% of their remaining ice');
    expect(figure('Officials cut by more than half the number of reported victims in Varn.', 'more than half').unit).toBe('% of the number of reported victims');
    expect(figure('Over two thirds of voters in Varn turned out, officials said.', 'Over two thirds')).toMatchObject({ value: 66.7, unit: '% of voters' });
    expect(figure("More than half of Ostra's coastal districts had voted by noon.", 'More than half').unit).toBe("% of Ostra's coastal districts");
  });
  it('ends the whole at its plural head, before the verb', () => {
    expect(figure('Nearly half of the Kelmor miners left, the union said.', 'Nearly half').unit).toBe('% of the Kelmor miners');
  });
  it('keeps "%" for a share in digits or in words of percent, and for a share of a pronoun', () => {
    expect(figure('Fuel makes up 45 percent of the Kelmor price index, the bureau said.', '45 percent').unit).toBe('%');
    expect(figures('Half of them were children, Ostra police said.').map((f) => f.unit)).toEqual(['%']);
  });
  it('makes no toll of a share of a group: half of the soldiers killed is no count of 50 soldiers', () => {
    expect(discrepancies('Half of the soldiers in Varn were killed, the army said. At least 40 soldiers were killed in Varn, the Ostra Red Cross said.')).toEqual([]);
  });
});
