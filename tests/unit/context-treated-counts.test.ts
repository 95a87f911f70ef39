// A count of people treated is of the living: no toll of the dead, whatever words of death stand near it (extract/figures/cared-for.ts).
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('counts of people treated', () => {
  const tolls = 'At least 300 pilgrims have died during the pilgrimage, according to diplomats. The Varn embassy said 250 pilgrims had died.';

  it('leaves out "reported treating more than 1,500 pilgrims" from the row of the dead', () => {
    const text = `${tolls} The Ostra authorities reported treating more than 1,500 pilgrims suffering from heat stroke, but have given no word on the dead.`;
    expect(discrepancies(text)).toEqual([['killed', ['250 -', '300 diplomats (unnamed)']]]);
  });

  it('leaves out "1,500 pilgrims were treated"', () => {
    const text = `${tolls} More than 1,500 pilgrims were treated for heat stroke, the Ostra authorities said, without a count of the dead.`;
    expect(discrepancies(text)).toEqual([['killed', ['250 -', '300 diplomats (unnamed)']]]);
  });

  it('keeps dead bodies admitted to a hospital, a count of the dead', () => {
    const text = `${tolls} The director of the Ostra hospital said 320 dead bodies were admitted since Friday.`;
    expect(discrepancies(text)).toEqual([['killed', ['250 -', '300 diplomats (unnamed)', '320 Ostra hospital']]]);
  });
});
