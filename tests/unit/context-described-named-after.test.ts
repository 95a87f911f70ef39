// A body the article introduces by description ("a land rights group said …") and names next is one source, one card.
import { describe, expect, it } from 'vitest';
import { articleContextOf } from './described-helpers';

async function shown(text: string) {
  const ctx = await articleContextOf(text);
  return {
    cards: ctx.sources.filter((s) => s.cited).map((s) => s.name),
    counts: ctx.claims.filter((c) => c.kind === 'figure').map((c) => [c.figures[0]!.value, c.attributedTo]),
  };
}

describe('a described body named after', () => {
  it('folds the description into the body named in the next sentence, and credits its count to it', async () => {
    const text = 'A land rights group said on Monday that 40 people died in three days of clashes in Ostra.\n\nThe Ostra Land Rights League added that at least 12 people were still missing.';
    expect(await shown(text)).toEqual({ cards: ['Ostra Land Rights League'], counts: [[40, 'Ostra Land Rights League'], [12, 'Ostra Land Rights League']] });
  });

  it('folds it into a body named paragraphs later that gives its count again', async () => {
    const text = [
      'Soldiers killed 73 miners in the Brask valley last spring, an international labour rights group said on Thursday.',
      'The miners had struck over unpaid wages.',
      'Thousands of their families camped outside the company offices in the regional capital for weeks after the strike began.',
      'The soldiers moved in at dawn on May 4, witnesses told reporters at the time, and the camp was cleared within hours.',
      'In a report released on Thursday, the Kelmor Centre for Labour Rights said the soldiers killed 73 miners.',
    ].join('\n\n');
    expect(await shown(text)).toEqual({ cards: ['Kelmor Centre for Labour Rights'], counts: [[73, 'Kelmor Centre for Labour Rights'], [73, 'Kelmor Centre for Labour Rights']] });
    // Named as far off with a count of another thing only, it is another body.
    const other = await shown(text.replace('the soldiers killed 73 miners', 'at least 15 miners were still missing'));
    expect(other.cards).toEqual(['International labour rights group', 'Kelmor Centre for Labour Rights']);
  });

  it('keeps two cards where the two give different counts of one thing', async () => {
    const text = 'A land rights group said on Monday that 40 people died in three days of clashes in Ostra.\n\nThe Ostra Land Rights League said 25 people died.';
    expect((await shown(text)).cards).toEqual(['Land rights group', 'Ostra Land Rights League']);
  });

  it('keeps two cards where the body named next shares no word of the description', async () => {
    const text = 'A land rights group said on Monday that 40 people died in three days of clashes in Ostra.\n\nThe Kelmor Farmers Union added that at least 12 people were still missing.';
    expect((await shown(text)).cards).toEqual(['Land rights group', 'Kelmor Farmers Union']);
  });

  it('lists the named body’s count once in a row where its description gave it too', async () => {
    const text = 'At least 40 people died in the Kelmor floods, a regional aid group said on Monday.\nAuthorities said 31 people died in the Kelmor floods.\nThe Ostra Aid League said at least 40 people died in the Kelmor floods.\n';
    const ctx = await articleContextOf(text);
    expect(ctx.discrepancies.find((d) => d.about === 'killed')!.values.map((v) => [v.value, v.attributedTo])).toEqual([
      [31, 'Authorities'],
      [40, 'Ostra Aid League'],
    ]);
  });
});
