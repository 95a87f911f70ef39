// Unnamed reporters described at more length: a count or quantity and an "-ing" word, two groups at one place, a relative
// clause with "which", and a body with what it is "for".
import { describe, expect, it } from 'vitest';
import { figureReporters } from './extract-helpers';

describe('a counted group described by an "-ing" word', () => {
  it('gives the count to "three leading aid groups"', () => {
    expect(figureReporters('Three leading aid groups say militia fighters killed at least 62 villagers in March.')).toEqual(['three leading aid groups', 'three leading aid groups']);
  });
  it('leaves a verb in "-ing" opening no speaker alone', () => {
    expect(figureReporters('Despite beating aid group estimates, the harvest fed only 400 families.')).toEqual([null]);
  });
});

describe('two groups at one place', () => {
  it('gives the count to "students and nurses at a Kelmor clinic"', () => {
    expect(figureReporters('Students and nurses at a Kelmor clinic have told the Ostra Herald at least 35 people died.')).toEqual(['Students and nurses at a Kelmor clinic']);
  });
  it('gives nothing to a pair at a place who were told the count', () => {
    expect(figureReporters('Students and nurses at a Kelmor clinic were told at least 35 people died.')).toEqual([null]);
  });
});

describe('a relative clause with "which" on the subject', () => {
  it('gives both counts to "the police which had initially counted"', () => {
    expect(figureReporters('The police which had initially estimated at least 30,000 on the boulevard later lowered the figure to 12,000.')).toEqual(['the police', 'the police']);
  });
  it('gives nothing to a subject that speaks for no one', () => {
    expect(figureReporters('The dam which had burst on Friday flooded 300 homes.')).toEqual([null]);
  });
});

describe('a body and what it is for', () => {
  it('reads "the state office for flood relief said" opening or closing the sentence', () => {
    expect(figureReporters('The state office for flood relief said at least 19 people drowned.')).toEqual(['the state office for flood relief']);
    expect(figureReporters('A flood swept the delta on Sunday, leaving at least 19 people dead, the state office for flood relief said.')).toEqual(['the state office for flood relief']);
  });
  it('leaves "for" and whom a body serves alone', () => {
    expect(figureReporters('The appeal for the victims of Varn said 19 people drowned.')).toEqual([null]);
  });
});
