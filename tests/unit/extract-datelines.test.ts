// @vitest-environment node
// The one reader of a wire's dateline (src/extract/datelines.ts): each shape it knows, the lines it must refuse, and what
// the callers that once kept patterns of their own now read through it.
import { describe, expect, it } from 'vitest';
import { extract, readDateline, type DatelineOptions } from '../../src/extract';
import type { Span } from '../../src/extract/types';

/** The dateline's parts as the words they span, and where the story goes on. */
function parts(text: string, from = 0, options?: DatelineOptions) {
  const d = readDateline(text, from, options);
  if (!d) return undefined;
  const words = (s: Span | undefined) => (s === undefined ? undefined : text.slice(s.start, s.end));
  return {
    place: words(d.place),
    regions: d.regions.map(words),
    date: words(d.date),
    credit: words(d.credit),
    separator: d.separator,
    story: text.slice(d.end, d.end + 12),
  };
}

describe('the shapes of a dateline', () => {
  it('reads a place in capitals, its region after the comma, the wire in brackets and the dash', () => {
    expect(parts('VARNO, Kelmor (KNA) — Two ferries sank on Monday.')).toEqual({
      place: 'VARNO',
      regions: ['Kelmor'],
      date: undefined,
      credit: 'KNA',
      separator: 'dash',
      story: 'Two ferries ',
    });
    expect(parts('DRESK — Rain closed the pass.')).toMatchObject({ place: 'DRESK', regions: [], separator: 'dash', story: 'Rain closed ' });
    expect(parts('ST. DRESK VALE: – Rain closed the pass.')).toMatchObject({ place: 'ST. DRESK VALE', separator: 'dash', story: 'Rain closed ' });
  });

  it('reads a place in title case with its date before a colon', () => {
    expect(parts('Velmar, 3 May 2024: Police closed the bridge.')).toMatchObject({ place: 'Velmar', date: '3 May 2024', separator: 'colon', story: 'Police close' });
    expect(parts('Velmar: Police closed the bridge.')).toMatchObject({ place: 'Velmar', separator: 'colon' });
  });

  it('reads the day, the typed dashes and a date the page dropped, leaving its comma', () => {
    expect(parts('VARNO, Mar 4 (KNA) -- Aid workers arrived.')).toMatchObject({ place: 'VARNO', date: 'Mar 4', credit: 'KNA', separator: 'dash', story: 'Aid workers ' });
    expect(parts('VARNO, Dec. 8 -- Aid workers arrived.')).toMatchObject({ date: 'Dec. 8', credit: undefined });
    expect(parts('VARNO,  (Kelmor Wire) – Aid workers arrived.')).toMatchObject({ place: 'VARNO', credit: 'Kelmor Wire', story: 'Aid workers ' });
  });

  it('reads the region in brackets before a date, and the wire after it', () => {
    expect(parts('Tarsk (Kelmor State) [Varnia], May 1 (KNA): Rain fell.')).toMatchObject({
      place: 'Tarsk',
      regions: ['Kelmor State', 'Varnia'],
      date: 'May 1',
      credit: 'KNA',
      separator: 'colon',
    });
    expect(parts('TARSK (Ravia, Kelmor), May 2 — It rained.')).toMatchObject({ place: 'TARSK', regions: ['Ravia, Kelmor'], date: 'May 2' });
  });

  it('reads the wire set between slashes after the date', () => {
    expect(parts('VARNO, March 3. /KNA/. Rain fell all night.')).toMatchObject({ place: 'VARNO', date: 'March 3', credit: 'KNA', separator: 'slash', story: 'Rain fell al' });
  });

  it('reads a dateline set whole in brackets, its date first and the outlet last', () => {
    expect(parts('( March 3, 2024, Tarsk, Kelmor Herald) Heavy rain fell.')).toMatchObject({
      place: 'Tarsk',
      date: 'March 3, 2024',
      credit: 'Kelmor Herald',
      separator: 'bracket',
      story: 'Heavy rain f',
    });
    expect(parts('( 3 March 2024, Kelmor Herald) Heavy rain fell.')).toMatchObject({ place: undefined, credit: 'Kelmor Herald' });
  });

  it('reads the dateline of a later line where asked from its start, and keeps the opening apart', () => {
    const text = 'Heavy rain fell.\nVARNO (KNA) — Two ferries sank.';
    expect(parts(text, text.indexOf('VARNO'))).toMatchObject({ place: 'VARNO', credit: 'KNA' });
    expect(parts(text)).toBeUndefined();
  });

  it('refuses a place in title case where only capitals are asked for', () => {
    expect(parts('Velmar — Rain fell.', 0, { capitals: true })).toBeUndefined();
    expect(parts('VELMAR — Rain fell.', 0, { capitals: true })).toMatchObject({ place: 'VELMAR' });
  });
});

describe('lines that are no dateline', () => {
  it('refuses a sentence, a name with no separator after it, and a bracketed date with no year', () => {
    for (const text of [
      'Ana Ruiz said — at length — that rain fell.',
      'The minister said: the bridge is shut.',
      'VARNO (KNA) Officials said the bridge is shut.',
      'In Varno, 30 died — officials said so.',
      '( March 3, Tarsk, Kelmor Herald) Heavy rain fell.',
      'VARNO —Rain fell.',
      'varno — rain fell.',
      '30 people died — officials said.',
    ]) {
      expect(parts(text), text).toBeUndefined();
    }
  });
});

describe('what the callers read through the one reader', () => {
  const kinds = (text: string) => Object.fromEntries(extract(text).mentions.map((m) => [m.name, m.kind]));

  it('credits the wire in brackets after the region, as after a date', () => {
    expect(kinds('VARNO, Kelmor (KNA) — Floods killed 30 people in the north, the health ministry said on Monday.')['KNA']).toBe('outlet');
    expect(kinds('VARNO, Mar 4 (KNA) — Floods killed 30 people in the north, the health ministry said on Monday.')['KNA']).toBe('outlet');
  });

  it('reads the word after a colon and a dash as the story’s first, no name', () => {
    expect(kinds('VARNO: – Floods killed 30 people in the north, the health ministry said on Monday.')).not.toHaveProperty('Floods');
  });

  it('reads the unnamed speakers after a dateline typed with "--" after its credit', () => {
    const reporters = extract('VARNO, Mar 4 (KNA) -- Provincial officials said 30 people died.')
      .claims.filter((c) => c.kind === 'figure')
      .map((c) => c.reportedBy);
    expect(reporters).toEqual(['Provincial officials']);
  });
});
