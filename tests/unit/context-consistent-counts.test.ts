// A row sets side by side counts that cannot both be true: a bound or an estimate that a count meets tells the same toll.
import { describe, expect, it } from 'vitest';
import { discrepancyRows } from './extract-helpers';

describe('counts that can both be true', () => {
  const lead = 'More than twenty passengers died when a bus left the road near Tarsk on Monday.';

  it('reads an unsourced "more than twenty" beside officials\' 27 as one toll', () => {
    const later = 'Road safety officials in Tarsk said 27 people had died in the crash.';
    expect(discrepancyRows(`${lead} ${later}`)).toEqual([]);
  });

  it('keeps the row when the count is far past the bound', () => {
    const later = 'Road safety officials in Tarsk said 48 people had died in the crash.';
    expect(discrepancyRows(`${lead} ${later}`)).toHaveLength(1);
  });

  it('keeps the row when the bound is of an exact number ("more than 23")', () => {
    const later = 'Road safety officials in Tarsk said 27 people had died in the crash.';
    expect(discrepancyRows(`${lead.replace('twenty', '23')} ${later}`)).toHaveLength(1);
  });

  it('reads "about 300" and 322 as one toll (within a tenth)', () => {
    const text = 'The Varn Red Cross said about 300 people were killed in the floods. The interior ministry said 322 people were killed in the floods.';
    expect(discrepancyRows(text)).toEqual([]);
  });

  it('sets "about 300" against 350', () => {
    const text = 'The Varn Red Cross said about 300 people were killed in the floods. The interior ministry said 350 people were killed in the floods.';
    expect(discrepancyRows(text)).toHaveLength(1);
  });

  it('reads "almost 500" and 462 as one toll, not 410', () => {
    const told = (n: number) => `The Kelmor health ministry said almost 500 people died in the heatwave. A league of hospitals in Kelmor said ${n} people died in the heatwave.`;
    expect(discrepancyRows(told(462))).toEqual([]);
    expect(discrepancyRows(told(410))).toHaveLength(1);
  });
});
