// A figure in the "that" clause of a claim whose maker the words before its noun, or "by" and a name after it, name is that maker's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureSources = (text: string): [number, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => [c.figures[0]!.value, c.attributedTo, c.reportedBy]);

describe('"X rejected <maker> claims that N …": N is the maker’s, not X’s', () => {
  it('gives the count to the words naming the claim’s maker, not to the body rejecting it', () => {
    const text = 'Kelmor Steel rejected dockers union claims that it plans to cut 900 posts at its Varn mill.';
    expect(figureSources(text)).toEqual([[900, null, 'union']]);
  });

  it('reads estimates the same way', () => {
    const text = 'Minister Ana Ruiz disputed charity estimates that 3,000 families had fled the valley.';
    expect(figureSources(text)).toEqual([[3000, null, 'charity']]);
  });

  it('keeps a claim no one is named for out of it', () => {
    const text = 'Minister Ana Ruiz disputed claims that 3,000 families had fled the valley.';
    expect(figureSources(text).map(([, , by]) => by)).not.toContain('claims');
  });

  it('keeps a report the subject makes its own ("said that N") with the subject', () => {
    const text = 'Minister Ana Ruiz said that 3,000 families had fled the valley.';
    expect(figureSources(text)).toEqual([[3000, 'Ana Ruiz', null]]);
  });
});

describe('"the announcement by X that N …": N is X’s', () => {
  it('gives the count to the body named after "by", not to the one reacting to it', () => {
    const text = 'The Kelmor Rail Workers Union said it was shocked at the announcement by Ostra Rail that it would shed 450 staff.';
    expect(figureSources(text)).toEqual([[450, 'Ostra Rail', null]]);
  });

  it('keeps the speaker where "by" names no claim ("was hit by Ostra Rail that …" is no such phrase)', () => {
    const text = 'The Kelmor Rail Workers Union said the town was served by Ostra Rail, which would shed 450 staff.';
    expect(figureSources(text)[0]![1]).not.toBe('Ostra Rail');
  });
});

describe('"<plural noun> estimate that N" is a verb, read by the subject’s rules', () => {
  it('keeps a noun of a claim with no article before its maker as that maker’s verb', () => {
    expect(figureSources('Local traders estimate that 70 stalls burned.')[0]![1]).toBeNull();
    expect(figureSources('Local traders estimate that 70 stalls burned.')[0]![2]).toBe('Local traders');
  });
});

describe('"X dismissed <maker> claims that N …, reiterating that M": M is X’s again', () => {
  it('gives the count after the participle to the one who denied the claim', () => {
    const text = 'Kelmor Steel dismissed union claims that it will cut up to 900 posts, reiterating that the losses will be 450.';
    expect(figureSources(text)).toEqual([[900, null, 'union'], [450, 'Kelmor Steel', null]]);
  });

  it('keeps a count joined to the denied claim with no participle out of the denier’s', () => {
    const text = 'Kelmor Steel dismissed union claims that it will cut up to 900 posts and 450 contracts.';
    expect(figureSources(text).map(([, by]) => by)).not.toContain('Kelmor Steel');
  });
});

describe('a text that opens on "that"', () => {
  it('reads its count with no claim maker instead of throwing', () => {
    expect(figureSources('that 14 ferries had been kept in port.')).toEqual([[14, null, null]]);
    expect(figureSources('Claims that 300 posts would go were denied.')).toEqual([[300, null, null]]);
  });
});
