// A toll named with "a" ("a previous toll of 41"), or updated "amid last month's" events, still counts the dead.
import { describe, expect, it } from 'vitest';
import { discrepancies, figures } from './extract-helpers';

describe('a toll named with "a"', () => {
  it('counts the dead where the text names deaths', () => {
    const text = 'At least 20 people were killed in the Kelmor clashes on Sunday. The Varn monitor said the march was bloodily put down, up from a previous toll of 14.';
    const f = figures(text).find((x) => x.value === 14);
    expect(f?.about).toBe('killed');
  });

  it('leaves a toll charged on a road or bridge alone', () => {
    const [f] = figures('Ostra charges a toll of 12 on the new bridge.');
    expect([f!.value, f!.about]).toEqual([12, null]);
  });
});

describe('a toll updated amid last month\'s events', () => {
  it('is the toll of the story\'s own event', () => {
    const [f] = figures("The Varn League now puts its confirmed death toll amid last month's Ostra riots at 218.");
    expect([f!.value, f!.about]).toEqual([218, 'killed']);
  });

  it('still sets apart a toll of an event last month told beside the story\'s own', () => {
    const [f] = figures('The league said that in an ambush near Kelmor last month, 40 guards were killed.');
    expect([f!.value, f!.about]).toEqual([40, null]);
  });
});

describe('a previous toll in the rows', () => {
  it('is an update its source replaced, no rival of the other source\'s count', () => {
    const text = 'Kelmor Watch said at least 50 people were killed in the Varn clashes. “The march was bloodily put down,” Kelmor Watch said, up from a previous toll of 14. The Ostra League said 58 people were killed.';
    expect(discrepancies(text)).toEqual([['killed', ['50 Kelmor Watch', '58 Ostra League']]]);
  });
});
