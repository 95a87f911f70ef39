// People a disaster drove from their homes as an event of their own ("displaced"), which two sources may count apart;
// not people the authorities evacuated.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure } from './extract-helpers';

describe('people driven from their homes', () => {
  it('reads displaced, forced from their homes and left homeless as displaced', () => {
    expect(figure('The storm killed nine people and displaced 14,000 in Kelm, officials said.', '14,000').about).toBe('displaced');
    expect(figure('About 8,200 people were forced from their homes by the mudslides.', 'About 8,200').about).toBe('displaced');
    expect(figure('In the Varn hills, 3,100 villagers were left homeless by the quake.', '3,100').about).toBe('displaced');
  });

  it('sets two sources that count the displaced differently in one row', () => {
    const text = 'The river burst its banks and displaced 22,000 people, the Kelm Relief Office said. The Red Lantern Society said 51,000 people had been forced from their homes.';
    expect(discrepancies(text)).toEqual([['displaced', ['22000 Kelm Relief Office', '51000 Red Lantern Society']]]);
  });
});

describe('people moved by the authorities', () => {
  it('leaves the evacuated alone', () => {
    expect(figure('Officials evacuated 2,600 people from the Kelm valley.', '2,600').about).toBeNull();
  });
});
