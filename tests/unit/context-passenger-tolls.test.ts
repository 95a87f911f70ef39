// The passengers of a boat or a plane are everyone its wreck struck: their count meets a count of people.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('passengers counted as everyone', () => {
  it('sets "58 passengers were missing" against "41 people are still missing"', () => {
    const text = 'Deputy prefect Aron Vell said 41 people are still missing after the ferry capsized on the Ostra river. The Varn Courier said 58 passengers were missing.';
    expect(discrepancies(text)).toEqual([['missing', ['41 Aron Vell', '58 Varn Courier']]]);
  });

  it('still keeps a group of its own ("children") apart from the passengers', () => {
    const text = 'Deputy prefect Aron Vell said 14 children are still missing after the ferry capsized on the Ostra river. The Varn Courier said 58 passengers were missing.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('gives no toll to passengers thought "missing" who "might in fact be safe", nor to a count "originally" listed', () => {
    const text = [
      'Varn authorities said on Tuesday that four passengers of the sunken barge who were feared missing might in fact be safe.',
      'Harbour staff originally counted 11 people as missing. The seven now counted as missing include two deckhands.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // Not said to be safe, the authorities' four missing are a rival of the seven.
    const missing = text.replace(' who were feared missing might in fact be safe', ' are still missing');
    expect(discrepancies(missing).map(([about]) => about)).toEqual(['missing']);
  });
});
