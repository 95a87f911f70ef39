// A claim only a description reports ("local news outlets said 14") is credited to the card that description has.
import { describe, expect, it } from 'vitest';
import { articleContextOf } from './described-helpers';

/** Each figure claim of the context as [its first words, attributedTo, reportedBy]. */
async function credits(text: string) {
  const ctx = await articleContextOf(text);
  return ctx.claims.filter((c) => c.kind === 'figure').map((c) => [c.text.split(' ').slice(0, 2).join(' '), c.attributedTo, c.reportedBy]);
}

describe('claims credited to the card of the description that reports them', () => {
  it('credits a count to the described card its reporter has, keeping the words', async () => {
    const text = 'A fire swept through a market in Ostra on Monday. Local news outlets said 14 people died in the blaze.';
    expect(await credits(text)).toEqual([['14 people', 'Local news outlets', 'Local news outlets']]);
    // Words that have no card stay no one's: "the figures" are no source.
    expect(await credits('A fire swept through a market in Ostra on Monday. The figures showed 14 people died in the blaze.')).toEqual([['14 people', null, 'the figures']]);
  });

  it('credits "the government" to the named government whose card holds it', async () => {
    const text = "Clashes near the Brask mine killed at least three people, the government said Thursday.\n\nThe clashes came as Varn's government agreed to talks with the miners.";
    const ctx = await articleContextOf(text);
    expect(ctx.sources.map((s) => s.name)).toEqual(["Varn's government"]);
    expect(ctx.claims.filter((c) => c.kind === 'figure').map((c) => [c.attributedTo, c.reportedBy])).toEqual([["Varn's government", 'the government']]);
  });

  it('credits the rows’ values as their claims are credited', async () => {
    const text = 'Authorities said at least 40 people died in the Kelmor floods.\nSome news organisations reported that 47 people were killed in the Kelmor floods.\n';
    const ctx = await articleContextOf(text);
    const killed = ctx.discrepancies.find((d) => d.about === 'killed')!;
    expect(killed.values.map((v) => [v.value, v.attributedTo, v.reportedBy])).toEqual([
      [40, 'Authorities', 'authorities'],
      [47, 'Some news organisations', 'some news organisations'],
    ]);
  });

  it('gives "the same source" no card and credits its claim to the source told just before', async () => {
    const text = 'The Ostra Farmers League said 30 families had lost their homes to the flood.\n\nAccording to the same source, the river rose two metres in one night.';
    const ctx = await articleContextOf(text);
    expect(ctx.sources.map((s) => s.name)).toEqual(['Ostra Farmers League']);
    expect(ctx.claims.filter((c) => c.reportedBy === 'the same source').map((c) => c.attributedTo)).toEqual(['Ostra Farmers League', 'Ostra Farmers League']);
    // With no source told before it, the words stay no one's, and still no card.
    const alone = await articleContextOf('According to the same source, 30 families had lost their homes to the flood.');
    expect(alone.sources).toEqual([]);
    expect(alone.claims.filter((c) => c.reportedBy === 'the same source').map((c) => c.attributedTo)).toEqual([null, null]);
  });
});
