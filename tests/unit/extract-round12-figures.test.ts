// Round 12: the event a figure counts, named outside the figure's own clause.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure } from './extract-helpers';

describe('round 12: the event named before a quoted number', () => {
  it('\'the number of people arrested was “at least 300.”\' counts the arrested; a quote not opening with the number does not', () => {
    const text = 'City police told reporters that the number of people arrested was “at least 300.” The rally went on.';
    expect(figure(text, 'at least 300').about).toBe('detained');
    const later = 'Police said the number of people arrested was “high, with 300 buses sent.” The rally went on.';
    expect(figure(later, '300').about).toBeNull();
  });

  it('the police count and "the final tally of those detained" by a monitor are two tolls that disagree', () => {
    const text =
      'Riga police told the LETA news agency that the number of people detained was “more than 400.” But the final tally of those detained in Riga was 650, according to the monitoring group Civic Watch.';
    expect(discrepancies(text)).toEqual([['detained', ['400 Riga police', '650 Civic Watch']]]);
  });
});

describe('round 12: the counted noun past an event word', () => {
  it('"41 missing people" counts people; "all the 18 confirmed dead" has no unit "confirmed"', () => {
    const missing = figure('"There are now 41 missing people," the mayor said.', '41');
    expect([missing.unit, missing.about]).toEqual(['people', 'missing']);
    const dead = figure('Officials said all the 18 confirmed dead were from the capital.', '18');
    expect([dead.unit, dead.about]).toEqual([null, 'killed']);
  });
});
