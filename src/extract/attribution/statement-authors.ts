/** Tags that name who wrote the statement a quote comes from: `,” the guards said in a statement by their chief, Tomas Varn.` */
import { type AttributionContext, type Element, endsSentenceBetween, hasCharBetween, punctuatedBetween } from './context';
import { REPORTING_VERB, VERB_FILLER } from '../wordclass';
import { ISSUED, ISSUED_TEXTS, SPEAKS } from './words';
import { COMMA } from '../chars';
import { BARE_ARTICLES } from '../lexicon';

/**
 * `,” the guards said in a statement by their chief in Varn, Tomas Varn.`: a tag whose verb of speech says
 * the words came in a statement "by" or "from" someone, naming that person at the end of the sentence, gives
 * the quote to the person who wrote it; the body he speaks for only issued it. `els` are the words after
 * the quote; the person's entity, or null.
 */
export function statementAuthor(ctx: AttributionContext, els: Element[]): number | null {
  const from = authorOfSubject(ctx, els);
  if (from !== null) return from;
  const verb = els.findIndex((e, k) => k < MAX_SUBJECT_WORDS && (e.cls & REPORTING_VERB) !== 0);
  if (verb < 0 || els[verb + 1]?.lower !== 'in' || (els[verb + 2]?.lower !== 'a' && els[verb + 2]?.lower !== 'the') || !ISSUED.has(els[verb + 3]?.lower)) return null;
  const by = els[verb + 4]?.lower;
  if (by !== 'by' && by !== 'from') return null;
  for (let j = verb + 5; j < els.length && j <= verb + 5 + AUTHOR_REACH; j++) {
    const e = els[j]!;
    if (endsSentenceBetween(ctx, els[j - 1]!.end, e.start)) return null;
    // The place or body of the author's title ("its spokesperson in Varn") comes before his name.
    if (e.name?.kind === 'person') return j === els.length - 1 || /^\s*[.]/.test(ctx.text.slice(e.end, e.end + 2)) ? e.name.entity : null;
  }
  return null;
}

/**
 * `”, a statement from the Ostra regional Governor Tomas Varn said on Monday.`: a tag whose subject is a statement "from" or
 * "by" someone gives the quote to that author, the last name before the verb (a person after the place of his title, or a
 * body); the statement only carries the words. Why: read as no one's, the quote took no speaker though the author had a card.
 */
function authorOfSubject(ctx: AttributionContext, els: Element[]): number | null {
  if (!BARE_ARTICLES.has(els[0]?.lower ?? '') || !ISSUED.has(els[1]?.lower) || (els[2]?.lower !== 'from' && els[2]?.lower !== 'by')) return null;
  let author = -1;
  for (let j = 3; j < els.length && j <= 3 + AUTHOR_REACH; j++) {
    const e = els[j]!;
    if (punctuatedBetween(ctx, els[j - 1]!.end, e.start)) return null;
    if (e.name) author = j;
    else if (e.cls & REPORTING_VERB) break;
  }
  const name = els[author]?.name;
  if (name === undefined || !SPEAKS.has(name.kind) || name.kind === 'place') return null;
  let v = author + 1;
  while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
  return (els[v]?.cls ?? 0) & REPORTING_VERB && !punctuatedBetween(ctx, name.end, els[v]!.start) ? name.entity : null;
}

/**
 * "Signed by Kelmor Rail's managing director, Mr Tomas Varnholm, the memo said: “…”": a sentence opening with who signed (or
 * wrote) the text that then says what it says gives that text's words to the person named last in the opening clause, right
 * before its comma; the text only carries them. Why: "the memo" is no speaker, and the quote and its counts went to no one.
 * `els` are the sentence's words; the person's entity, or null.
 */
export function signerOfText(ctx: AttributionContext, els: Element[]): number | null {
  if (!SIGNING.has(els[0]?.lower) || els[1]?.lower !== 'by') return null;
  for (let j = 2; j < els.length && j <= 2 + AUTHOR_REACH + 1; j++) {
    const e = els[j]!;
    if (e.name?.kind !== 'person') continue;
    const text = els[j + 1];
    if (text === undefined || !hasCharBetween(ctx, e.end, text.start, COMMA)) return null;
    return BARE_ARTICLES.has(text.lower ?? '') && SIGNED_TEXTS.has(els[j + 2]?.lower) && (els[j + 3]?.cls ?? 0) & REPORTING_VERB ? e.name.entity : null;
  }
  return null;
}

/** Participles opening a sentence with who put a text out under their name. */
const SIGNING: ReadonlySet<string | undefined> = new Set(['signed', 'written']);
/** Texts a person signs, which say what the signer says ("the memo said", "the letter states"). */
const SIGNED_TEXTS: ReadonlySet<string | undefined> = new Set([...ISSUED, ...ISSUED_TEXTS, 'memo', 'letter', 'note']);

/** Most words before the verb of the tag ("the state police"). */
const MAX_SUBJECT_WORDS = 5;
/** Most words of the author's title before his name ("its spokesperson in the state"). */
const AUTHOR_REACH = 6;
