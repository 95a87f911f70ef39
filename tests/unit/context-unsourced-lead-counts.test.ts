// A lead's count that no one is given for, with the number a source gives too, is that source's count told first.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe('an unsourced lead count with a source\'s number', () => {
  const lead = 'Brisk: More than 40 people died when armed men raided a camp in western Ostra, the UN and the army said.';
  const mission = 'Kelmon, the UN mission, stated that the raid claimed at least 43 lives.';

  it('"more than 40" beside the army\'s "about 40" adds no third value', () => {
    const army = 'The Ostra army said "about 40 people were killed with machetes."';
    expect(placedDiscrepancies(`${lead} ${mission} ${army}`)).toEqual([['killed', ['Ostra'], ['40 Ostra army', '43 -']]]);
  });

  it('beside the army\'s "about 36" it stays', () => {
    const army = 'The Ostra army said "about 36 people were killed with machetes."';
    expect(placedDiscrepancies(`${lead} ${mission} ${army}`)).toEqual([['killed', ['Ostra'], ['36 Ostra army', '40 -', '43 -']]]);
  });
});
