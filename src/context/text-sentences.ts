import { paragraphs, sentences, type Range, type Sentence } from '../extract/sentences';

/**
 * The text's paragraphs and its sentences as extraction split them, read once per text: findDiscrepancies, figurePlaces and the
 * lead's rules each split the same text again. The last text's only; callers never change the arrays.
 */
export function textSentences(text: string): { readonly paras: readonly Range[]; readonly sents: readonly Sentence[] } {
  if (text !== splitText) {
    splitText = text;
    const paras = paragraphs(text);
    split = { paras, sents: sentences(text, paras) };
  }
  return split;
}
let splitText: string | undefined;
let split: { readonly paras: readonly Range[]; readonly sents: readonly Sentence[] } = { paras: [], sents: [] };
