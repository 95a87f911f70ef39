// A count the text sets against a toll is of that toll's group; parts told beside it ("in the past month alone", "25 of those
// people") stay out of the row (toll-groups.ts, toll-scopes.ts, those-parts.ts).
import { describe, expect, it } from 'vitest';
import { discrepancyRows as rows } from './extract-helpers';

const toll = 'Commander Tomas Kelm said 120 people had died in the marches.';
const compared = 'He said the toll was lower than the figure given by the Ostra Monitor, which has recorded that 150 protesters were killed.';

describe('martyrs are the dead', () => {
  it('sets a count of martyrs against another source’s count of people killed', () => {
    const text = 'Commander Tomas Kelm said about 120 martyrs had died in the clashes. The Ostra Monitor said 150 people were killed in the clashes.';
    expect(rows(text)).toEqual(['killed: ~120 by Tomas Kelm | =150 by Ostra Monitor']);
  });
});

describe('a count set against a toll', () => {
  it('is a count of that toll, whatever group its noun names', () => {
    expect(rows(`${toll} ${compared}`)).toEqual(['killed: =120 by Tomas Kelm | =150 by Ostra Monitor']);
  });

  // A larger count of the protesters, even uncompared, is a rival of the toll of everyone (toll-groups.ts victimsAsEveryone); a
  // smaller one may be a part of it.
  it('keeps a smaller count of protesters the text does not compare apart from the toll of everyone', () => {
    expect(rows(`${toll} The Ostra Monitor has recorded that 90 protesters were killed.`)).toEqual([]);
  });

  it('leaves out a count of one week "alone"', () => {
    const text = `${toll} ${compared} In the past month alone, it added, 30 marchers died.`;
    expect(rows(text)).toEqual(['killed: =120 by Tomas Kelm | =150 by Ostra Monitor']);
  });

  it('leaves out a count picked out of "those people" the toll before counts', () => {
    const text = `${toll} The Ostra Monitor said 150 people were killed. It said 90 of those people died near the border.`;
    expect(rows(text)).toEqual(['killed: =120 by Tomas Kelm | =150 by Ostra Monitor']);
  });

  it('keeps a count of the dead picked out of "those people" who were injured', () => {
    const text = 'Police said 300 people were injured in the blast and three of those people later died. Doctors at the Varn hospital said five people died.';
    expect(rows(text)).toEqual(['killed: =3 by police | =5 by Varn hospital']);
  });
});
