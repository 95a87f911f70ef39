/**
 * Words of Arabic names written in lower case inside them: the article's assimilated forms before a capitalised word
 * ("Hizb ut-Kelmor", "Jamaat ul-Varn") and "wa" ("and") between two words of the name ("Nusrat ul-Varn wa al-Ostra").
 * Their lower case would end the name, cutting it in two.
 */
import type { Token } from '../tokens';

/**
 * "ul-Varn", "ut-Kelmor", "ud-Ostra": the article's forms joined by a hyphen to a capitalised word. The hyphen after the
 * article's two or three letters is read first: most words have none there.
 */
export const isArticledWord = (t: Token): boolean => (t.text.charCodeAt(2) === 45 || t.text.charCodeAt(3) === 45) && ARTICLED.test(t.text);
const ARTICLED = /^(?:ul|ut|ud|ur|us|un|ush|uz|el|ad|ar|as|at|an|az|ash)-\p{Lu}\p{Ll}/u;

/** "wa" between two words of the name, one of them with the article ("ul-Varn wa Ostra", "Varn wa al-Ostra"). */
export const isArabicAnd = (t: Token, before: Token, after: Token | undefined): boolean =>
  t.text === 'wa' && after !== undefined && (before.capitalised || isArticledWord(before)) && (after.capitalised || isArticledWord(after)) && [before, after].some(hasArticle);
const hasArticle = (t: Token): boolean => isArticledWord(t) || /^(?:al|el)-/i.test(t.text);
