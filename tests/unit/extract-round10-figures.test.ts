// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figure, figures, phrases } from './extract-helpers';

describe('tenth round: tolls of other events and counts that are no toll', () => {
  it('gives the toll of another event told beside the story’s own no event', () => {
    const text = 'Police said 12 people died in the raid on Orvo. In a related incident, a nearby town, Tesk, was raided three months ago and 40 people were killed.';
    expect(figure(text, '12').about).toBe('killed');
    expect(figure(text, '40').about).toBeNull();
    expect(figure('In another attack, gunmen killed nine farmers near Lusk.', 'nine').about).toBeNull();
  });

  it('reads one case of a list of single deaths as no toll', () => {
    const text = 'Medics said 12 people died in the clashes. It said one person reportedly died after inhaling smoke, another after being stabbed.';
    expect(figures(text).map((f) => `${f.value} ${f.about}`)).toEqual(['12 killed']);
  });

  it('reads a count that is the subject of a verb of speech as the speakers, not the dead', () => {
    const text = 'Three fishermen told Reuters that the death toll had risen to 20.';
    expect(figure(text, 'Three')).toMatchObject({ unit: 'fishermen', about: null });
    expect(figure(text, '20').about).toBe('killed');
    // A toll "reported", or "said to" be, keeps its event.
    expect(figure('Officials listed 12 deaths reported in Lusk.', '12').about).toBe('killed');
    expect(figure('At least 20 people said to have died in the blast.', 'At least 20').about).toBe('killed');
  });
});

describe('tenth round: tolls without a kill verb beside the number', () => {
  it('reads bodies counted as the dead', () => {
    expect(figure('“We have counted 25 lifeless bodies so far,” the village head said.', '25').about).toBe('killed');
    expect(figure('Rescuers counted 14 charred bodies in the bus.', '14').about).toBe('killed');
  });

  it('reads a quoted toll and "the figure of" a toll as counts of the dead', () => {
    const text = 'Doctors Without Borders said the death toll “appears to be at least 210” — higher than the figure of 150 released by the interior ministry.';
    expect(figure(text, 'at least 210').about).toBe('killed');
    expect(figure(text, '150').about).toBe('killed');
  });
});

describe('tenth round: bounds and directions', () => {
  it('reads "or less" and "or more" after a number and its noun', () => {
    expect(figure('His lawyers hoped for three years or less in jail.', 'three').comparator).toBe('<=');
    expect(figure('The board wants 40 members or more.', '40').comparator).toBe('>=');
    // "or" before another number is no bound.
    expect(figure('Two or three guards were hurt.', 'Two').comparator).toBe('=');
  });

  it('reads "exceed" as more than, also quoted, and "will not exceed" as at most', () => {
    expect(figure('Prosecutors said the term should “clearly exceed” six years.', 'exceed” six')).toMatchObject({ comparator: '>', value: 6, unit: 'years' });
    expect(figure('The fee will not exceed 20 percent.', 'exceed 20 percent').comparator).toBe('<=');
  });

  it('keeps a forecast with "exceed" a forecast, with no event', () => {
    expect(figure('Officials said the toll could exceed 1,000 dead.', 'exceed 1,000')).toMatchObject({ comparator: '>', about: null });
  });

  it('reads a fall "by" an amount past a list in the object', () => {
    expect(figure('Aspirin cuts the risk of migraine, cluster headaches or tension pain, by 30 percent, the trial found.', '30 percent').change).toBe('fall');
  });

  it('reads ages after a noun for people as no figures', () => {
    expect(phrases('The trial enrolled men over 55, women over 60 and smokers over 40 years old.')).toEqual([]);
    expect(figure('Police said over 55 men were held.', 'over 55').comparator).toBe('>');
  });

  it('reads "over" a span of time after a passive verb as the span, not more than it', () => {
    expect(figure('The survey was conducted over six years in 14 countries.', 'over six')).toMatchObject({ comparator: '=', value: 6, unit: 'years' });
    expect(figure('He waited over six years.', 'over six').comparator).toBe('>');
  });
});

describe('tenth round: ranges, units and terms', () => {
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
});
