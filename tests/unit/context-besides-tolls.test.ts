// "Besides the N dead, M are injured": the dead set apart from counts of another kind are the source's toll (besides-tolls.ts).
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('the dead told "besides" counts of another kind', () => {
  const ministry = "Kelmor's disaster ministry said on Sunday that 1,410 people died in Ostra province in the earthquake.";

  it('sets the dead a spokesman tells besides the injured and the houses against the ministry\'s toll', () => {
    const text = `${ministry} “Besides the 1,425 dead, 900 people are hurt and 700 homes lie in ruins,” said Aron Vell, a government spokesman.`;
    expect(discrepancies(text)).toEqual([['killed', ["1410 Kelmor's disaster ministry (unnamed)", '1425 Aron Vell']]]);
  });

  it('still leaves out the dead set apart from other deaths', () => {
    const text = `${ministry} “Besides the 15 dead in the landslide, 1,425 people died in the quake,” said Aron Vell, a government spokesman.`;
    expect(discrepancies(text)).toEqual([['killed', ["1410 Kelmor's disaster ministry (unnamed)", '1425 Aron Vell']]]);
  });
});
