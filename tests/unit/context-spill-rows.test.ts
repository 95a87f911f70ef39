// Two sources' amounts of one oil spill ("the operator said 900 barrels leaked", "the regulator put it at 4,000 barrels") make a
// row, as two counts of the dead do; an amount in another unit, a rate of the leak or one source's own figures make none.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { findDiscrepancies } from '../../src/context/discrepancies';
import { discrepancies, figure, placedDiscrepancies } from './extract-helpers';

describe('amounts spilled', () => {
  it('reads an amount of oil let out in a spill as spilled', () => {
    expect(figure('Harlow Petroleum said about 900 barrels of crude leaked from its pipeline near Ostra.', 'about 900').about).toBe('spilled');
    expect(figure('The coast guard said 70 tonnes of fuel oil spilled into the harbour.', '70').about).toBe('spilled');
  });

  it('leaves a rate of the leak and an amount no spill is named for alone', () => {
    expect(figure('Engineers said about 20 barrels of crude leaked every hour from the pipeline.', 'about 20').about).toBeNull();
    expect(figure('The refinery near Ostra processes 90,000 barrels of crude, the company said.', '90,000').about).toBeNull();
  });

  it('sets two sources’ amounts of one spill side by side, under its unit', () => {
    const text =
      'Harlow Petroleum said about 900 barrels of crude leaked from its pipeline near Ostra on Sunday. The Ostra Environment Agency said on Monday that more than 4,000 barrels of crude had spilled into the river.';
    expect(discrepancies(text)).toEqual([['spilled', ['900 Harlow Petroleum', '4000 Ostra Environment Agency']]]);
    const r = extract(text);
    expect(findDiscrepancies(r.claims, [], (id) => id, r.mentions, text)[0]!.unit).toBe('barrels');
  });

  it('makes no row of amounts told in two units, nor of one source’s own amounts', () => {
    const units =
      'Harlow Petroleum said about 900 barrels of crude leaked from its pipeline near Ostra on Sunday. The Ostra Environment Agency said on Monday that more than 400 tonnes of crude had spilled into the river.';
    expect(discrepancies(units)).toEqual([]);
    const own =
      'Harlow Petroleum said about 900 barrels of crude leaked from its pipeline near Ostra on Sunday. On Monday Harlow Petroleum said 1,200 barrels had spilled in all.';
    expect(discrepancies(own)).toEqual([]);
  });

  it('reads a country that qualifies a firm as no place of its count', () => {
    const text =
      'Harlow Petroleum said 900 barrels of crude leaked into the Tesk estuary. But a study by the independent Canada pipeline safety firm Brandt Loewe says 20,000 barrels flooded into the Tesk estuary.';
    expect(placedDiscrepancies(text)).toEqual([['spilled', [], ['900 Harlow Petroleum', '20000 Brandt Loewe']]]);
    // A country the count is told of is its place still.
    const placed = text.replace('flooded into the Tesk estuary.', 'flooded into rivers in Canada.');
    expect(placedDiscrepancies(placed)).toEqual([['spilled', ['Canada'], ['900 Harlow Petroleum', '20000 Brandt Loewe']]]);
  });
});
