// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figure, figures, phrases } from './extract-helpers';

const abouts = (text: string): string[] => figures(text).map((f) => `${f.value} ${f.about}`);

describe('eleventh round: which event a figure counts', () => {
  it('gives a "from X to Y" pair the event of the number or toll named right before it', () => {
    const text = 'The Ruritanian interior ministry on Monday cut the toll in Sunday’s truck bomb attack on a busy bazaar from 75 to 31 and raised the number of wounded from 30 to 58.';
    expect(abouts(text)).toEqual(['75 killed', '31 killed', '30 injured', '58 injured']);
    expect(abouts('Officials revised the death toll of the storm from 40 to 26.')).toEqual(['40 killed', '26 killed']);
  });

  it('reads a count of the dead and the injured together as a toll of neither', () => {
    expect(figure('“We carried more than 80 people between dead and injured,” the official said.', 'more than 80').about).toBeNull();
    expect(figure('Rescuers said 40 villagers were killed or wounded in the shelling.', '40').about).toBeNull();
    // Two counts, each with its own event, stay apart.
    expect(abouts('Medics said 30 people were killed and 45 injured.')).toEqual(['30 killed', '45 injured']);
  });

  it('reads patients in a critical condition as no count of the deaths named before them', () => {
    expect(figure('He said deaths could climb because 18 people were in critical condition.', '18').about).toBeNull();
  });

  it('reads a toll said right after the count to be of another attack, or of several, as no toll of the story', () => {
    const text = 'Fifty people were killed in three raids on the valley in 2009 and 27 others lost their lives in another car bomb attack in 2010.';
    expect(figure(text, 'Fifty').about).toBeNull();
    expect(figure(text, '27').about).toBeNull();
    // Twin attacks with no year named may be the story's own.
    expect(figure('Forty people were killed in two blasts in the capital on Friday.', 'Forty').about).toBe('killed');
    expect(figure('At least 12 people were killed in the blast on Friday.', 'At least 12').about).toBe('killed');
  });

  it('reads the share of the province that saw the highest number as a part', () => {
    const text = 'Velmora saw the highest number injured, with 120 people injured. Officials said 300 people were injured nationwide.';
    expect(abouts(text)).toEqual(['120 null', '300 injured']);
  });

  it('reads the total of the deadliest month as no toll of one attack', () => {
    expect(figure('The agency said April was the deadliest month for civilians since 2009, with 410 killed.', '410').about).toBeNull();
  });
});

describe('eleventh round: "one" and numbers in names', () => {
  it('keeps "one" before a singular noun of a countable event or vote', () => {
    expect(figure('The bill passed by one vote after a long debate.', 'one').unit).toBe('vote');
    expect(figure('A doctor said one injury was from a rubber bullet.', 'one').unit).toBe('injury');
  });

  it('reads a number closing the name of a ship as an ID, no figure', () => {
    expect(phrases('The crew were taken aboard the Coast Guard Vessel 204 and the Navy Ship 88 overnight.')).toEqual([]);
  });
});
