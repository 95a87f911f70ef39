/** Who speaks in "Mr Varn, while quoting a letter by Ana Ruiz, a farmer, said …": the name opening the sentence, not one in the aside; its own file because the aside's names would otherwise read as the verb's subject. */
import { type AttributionContext, type Element, endsSentenceBetween, possessed } from './context';
import { classAt, LOWER } from '../chars';
import { HONORIFICS } from '../lexicon';
import { REPORTING_VERB } from '../wordclass';

/** `Mr Varn, while quoting …, said, “…”`, `…, told reporters: “…”`: asideSubjectAt for the verb (and its object) right before the quote opening at `open`. */
export function asideSubject(ctx: AttributionContext, els: Element[], open: number): number | null {
  const last = els.length - 1;
  if (last < 0 || !/^\s*[,:]?\s*$/.test(ctx.text.slice(els[last]!.end, open))) return null;
  let v = last;
  while (v > 0 && v > last - OBJECT_WORDS && !(els[v]!.cls & REPORTING_VERB)) v--;
  return asideSubjectAt(ctx, els, v);
}

/** Most words of the object between the verb and the quote ("told Ostra Radio"). */
const OBJECT_WORDS = 3;

/** `Mr Varn, while quoting …, said the boat was full.`: asideSubjectAt for the sentence's first verb of speech after a comma. */
export function asideSpeaker(ctx: AttributionContext, els: Element[]): number | null {
  for (let v = 3; v < els.length; v++) {
    if (els[v]!.cls & REPORTING_VERB && /^\s*,\s*$/.test(ctx.text.slice(els[v - 1]!.end, els[v]!.start))) return asideSubjectAt(ctx, els, v);
    if (els[v]!.cls & REPORTING_VERB && DASH_GAP.test(ctx.text.slice(els[v - 1]!.end, els[v]!.start))) return dashedAsideSubject(ctx, els, v);
  }
  return null;
}

/**
 * `Mr Varn, while reading out a letter from one Ana Ruiz, a baker in the town, said …`: a person's name opening the
 * sentence (maybe behind a courtesy title), then a comma and an aside opening with a conjunction of time or a participle,
 * closed by a comma right before the verb of speech at els[v]: the name is that verb's subject, and the person speaks.
 * The names inside the aside are whom the speaker quotes or answers, not the speaker.
 */
function asideSubjectAt(ctx: AttributionContext, els: Element[], v: number): number | null {
  const k = HONORIFICS.has(els[0]?.lower ?? '') ? 1 : 0;
  const name = els[k]?.name;
  const opener = els[k + 1];
  const verb = els[v]!;
  if (name?.kind !== 'person' || possessed(ctx, els[k]!) || opener?.lower === undefined || v < k + 3 || !(verb.cls & REPORTING_VERB)) return null;
  if (!/^\s*,\s*$/.test(ctx.text.slice(name.end, opener.start)) || !(ASIDE_OPENERS.has(opener.lower) || bodyAside(els, k + 1) || (opener.lower.endsWith('ing') && classAt(ctx.text, opener.start) & LOWER))) return null;
  if (!/^\s*,\s*$/.test(ctx.text.slice(els[v - 1]!.end, verb.start))) return null;
  return endsSentenceBetween(ctx, name.end, verb.start) ? null : name.entity;
}

/**
 * `Ana Ruiz, of the dockers' union in Ostra, said …`: "of the" opens an aside naming the body the person is of (and
 * where); its place is no speaker.
 */
const bodyAside = (els: Element[], of: number): boolean => els[of]!.lower === 'of' && els[of + 1]?.lower === 'the';

/** Conjunctions of time that open an aside between a subject and its verb ("Varn, while …, said"). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['while', 'after', 'before', 'when', 'though', 'although', 'despite', 'upon']);

/**
 * `The mayor of Varn, Ana Ruiz – who has led the town since 2019 – said 40 homes had burned.`: a person named right before
 * a dash, and an aside closed by a second dash right before the verb of speech at els[v], is that verb's subject; the aside
 * holds no person of its own (one owning a noun, "Ruiz's camp", is no subject). The person's entity, or null.
 * `But the Kelmor Research Institute -- hardly a friend of Ruiz's camp -- said it counted 90,000`: so is a body so named.
 */
function dashedAsideSubject(ctx: AttributionContext, els: Element[], v: number): number | null {
  for (let j = v - 1; j > 0 && j >= v - DASHED_ASIDE_WORDS; j--) {
    if (els[j]!.name?.kind === 'person' && !possessed(ctx, els[j]!)) return null;
    if (!DASH_GAP.test(ctx.text.slice(els[j - 1]!.end, els[j]!.start))) continue;
    const name = els[j - 1]!.name;
    return name && DASHED_SUBJECTS.has(name.kind) && !possessed(ctx, els[j - 1]!) && !endsSentenceBetween(ctx, name.end, els[v]!.start) ? name.entity : null;
  }
  return null;
}

/** Kinds of a name that an aside between dashes may follow as the subject: a person or a body. */
const DASHED_SUBJECTS: ReadonlySet<string> = new Set(['person', 'organization', 'outlet', 'government']);

/** The gap of a dash setting off an aside: an en or em dash, or a hyphen with spaces around it, or two (as plain-text wires write a dash). */
const DASH_GAP = /^\s*[–—]\s*$|^\s+--?\s+$/;

/** Most words of an aside between dashes ("– the head of the village council where the boat sank –"). */
const DASHED_ASIDE_WORDS = 16;
