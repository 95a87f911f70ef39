// An unnamed source told once with its describing words and once by its head noun alone gives one count once; a day that opens
// the sentence is no word of the source.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { placedDiscrepancies } from './extract-helpers';

describe('an unnamed source told twice', () => {
  it('drops the day opening the sentence from the source\'s label', () => {
    const r = extract('A flood hit Ostra. On Tuesday district officials told the Varn Herald only 9 people had died.');
    expect(r.claims.find((c) => c.kind === 'figure')?.reportedBy).toBe('district officials');
    // A day set off by a comma was already no word of it.
    const comma = extract('A flood hit Ostra. On Tuesday, district officials said 9 people had died.');
    expect(comma.claims.find((c) => c.kind === 'figure')?.reportedBy).toBe('district officials');
  });

  it('lists the same count once when the shorter label is the fuller one\'s head noun', () => {
    const text =
      'A flood hit Ostra. On Tuesday district officials told the Varn Herald only 9 people had died. Counts given by officials to other papers ranged from 9 dead to more than 60 dead.';
    expect(placedDiscrepancies(text)).toEqual([['killed', [], ['9 district officials (unnamed)', '60 officials (unnamed)']]]);
  });

  it('keeps the same count of two different unnamed sources apart', () => {
    const text = 'A flood hit Ostra. District officials said 9 people had died. Witnesses said 9 people had died, while aid workers put the toll at 60.';
    expect(placedDiscrepancies(text)).toEqual([['killed', [], ['9 District officials (unnamed)', '9 witnesses (unnamed)', '60 aid workers (unnamed)']]]);
  });
});
