// A lead's count that no one is given for, with the number a source gives too, is that source's count told first.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe('an unsourced lead count with a source\'s number', () => {
  const lead = 'Brisk: More than 40 people were killed in an attack by armed men in western Ostra, the UN and the army said.';
  const mission = 'The UN mission, Kelmon, stated that the attack claimed at least 43 lives.';

  it('"more than 40" beside the army\'s "about 40" adds no third value', () => {
    const army = 'The Ostra army reported that "about 40 people were killed with machetes."';
    expect(placedDiscrepancies(`${lead} ${mission} ${army}`)).toEqual([['killed', ['Ostra'], ['40 Ostra army', '43 Kelmon']]]);
  });

  it('beside the army\'s "about 36" it stays', () => {
    const army = 'The Ostra army reported that "about 36 people were killed with machetes."';
    expect(placedDiscrepancies(`${lead} ${mission} ${army}`)).toEqual([['killed', ['Ostra'], ['36 Ostra army', '40 -', '43 Kelmon']]]);
  });
});
