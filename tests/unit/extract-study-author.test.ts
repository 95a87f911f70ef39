// A survey, poll or study "by X" is X's: what it finds, and the figures of "The survey …" after it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { byKind } from './extract-source-helpers';
import { figure } from './extract-helpers';

describe('a study by a named author', () => {
  it('gives "…, with the latest survey by X, predicting that …" to X', () => {
    const r = extract('Polls put Tomas Brandt ahead, with the latest survey by the Kelmor Institute, predicting that he will win 52% of the vote.');
    expect(byKind(r, 'statement')).toEqual(['Kelmor Institute']);
    expect(figure(r, '52%').claim.attributedTo).toBe('Kelmor Institute');
  });
  it('gives the figures of a sentence opening "The survey" to the author named with it before', () => {
    const text = 'Polls put Tomas Brandt ahead, with the latest survey by the Kelmor Institute, predicting that he will win.\n\nThe survey, which covered 100 districts, puts Brandt at 51.7 per cent.';
    expect(figure(extract(text), '51.7 per cent').claim.attributedTo).toBe('Kelmor Institute');
  });
  it('leaves a study named with no finding of its own, and "the survey" with no author before, to no one', () => {
    expect(figure(extract('Tomas Brandt doubted a poll by the Kelmor Institute that gave him 40%.'), '40%').claim.attributedTo).toBeNull();
    expect(figure(extract('Rain fell in Varn.\n\nThe survey, which covered 100 districts, puts Brandt at 51.7 per cent.'), '51.7 per cent').claim.attributedTo).toBeNull();
  });
});
