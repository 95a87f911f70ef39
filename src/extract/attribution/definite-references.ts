/** What "the company", "police" or "the minister" stands for: the last body or person named with that noun or title; separate because it searches earlier names, not the sentence. */
import { type AttributionContext, type Element, type Named, elements, possessed, punctuatedBetween, sentenceElements } from './context';
import { BODIES, BODY_NOUN, ISSUED, SPEAKS, STUDY_NOUNS } from './words';
import { ASIDE_ADVERBS, COMPANY_NOUNS, MEMBER_BODY_NOUNS, TITLE_SYNONYMS } from '../lexicon';
import { COMMA } from '../chars';
import { firstFrom, rangeAt } from '../ranges';
import { newsAgencyBefore } from './news-agency-references';
import { resolve } from './pronouns';
import { sourceOfSentence } from './sentence-sources';
import { FUNCTION, GOV_HEAD, ORG_CUE, PERSON_NOUN, REPORTING_VERB, ROLE_HEAD, SPOKESNOUN, VERB_FILLER, wordClass } from '../wordclass';

/** "the office said", "according to the monitoring mission", "police said": the last body named with that head noun. */
export function definite(ctx: AttributionContext, els: Element[], at: number): number | null {
  const noun = els[at]!;
  if (noun.lower === undefined || noun.cls & FUNCTION) return null;
  // "The news agency said …": the one outlet the text has named (news-agency-references.ts).
  const agency = noun.lower === 'agency' ? newsAgencyBefore(ctx, els, at) : null;
  if (agency !== null) return agency;
  // "police said": a public body's noun with no article opening its phrase stands for the last body named with it.
  if (noun.cls & GOV_HEAD && (at === 0 || punctuatedBetween(ctx, els[at - 1]!.end, noun.start))) return byHead(ctx, noun.lower, noun.start, null);
  for (let i = at - 1, floor = at - 3; i >= 0 && i >= floor; i--) {
    const e = els[i]!;
    // "the Ostra-based rights group": the place and "-based" are one word of the description.
    if (sitedIn(ctx, els, i)) floor--;
    // "the minister said": a title stands for the last person who had it.
    // "The survey, which covered …, puts X at 51.7 per cent": a study stands for its author named with it before.
    if (e.lower === 'the' && STUDY_NOUNS.has(noun.lower)) return studyAuthorBefore(ctx, noun.lower, noun.start);
    const outlet = e.lower === 'the' && i === at - 1 && noun.lower === 'report' ? reportOutletBefore(ctx, noun.start) : null;
    if (outlet !== null) return outlet;
    if (e.lower === 'the' && i === at - 1 && noun.cls & PERSON_NOUN && !(noun.cls & ROLE_HEAD)) return epithetOf(ctx, noun);
    if (e.lower === 'the' && noun.cls & ROLE_HEAD) return (i === at - 1 ? byInitials(ctx, noun) : null) ?? byTitle(ctx, els, i + 1, at, noun.start) ?? formerHolder(ctx, els, i + 1, at) ?? describedHolder(ctx, els, i + 1, at) ?? titledBefore(ctx, els, i + 1, at) ?? spokesnounOf(ctx, noun, i === at - 1) ?? opponentOf(ctx, els, i + 1, at);
    if (e.lower === 'the') return byHead(ctx, noun.lower, noun.start, i === at - 1 ? 'bare' : describedBodyNoun(ctx, els, i + 1, at) ? 'described' : null) ?? constitutedBody(ctx, els, i + 1, at) ?? (i === at - 1 ? issuerBefore(ctx, noun.lower, noun.start) : null);
    // "the Kelmor health minister": a place narrows the title, naming no one.
    if (e.name?.kind === 'place') continue;
    if (e.lower === undefined || e.cls & FUNCTION) return null;
  }
  return null;
}

/**
 * "A statement from the office of Governor Ana Ruiz said 40 had died. Most died at night, when, according to the statement,
 * “…”": "the statement" (a noun of what is issued) stands for the one a sentence just before brings in as "a statement"
 * and reports; that sentence's source is its issuer. Why: read as no one's, the quote and its counts went to the bare
 * words "the statement" though the issuer had a card. Null where no such sentence stands a few sentences back.
 */
function issuerBefore(ctx: AttributionContext, noun: string, pos: number): number | null {
  if (!ISSUED.has(noun)) return null;
  const at = firstFrom(ctx.sents, pos + 1) - 1;
  for (let i = at - 1; i >= 0 && i >= at - ISSUER_REACH; i--) {
    const els = sentenceElements(ctx, i);
    const k = els.findIndex((e) => e.lower === noun);
    if (k > 0 && (els[k - 1]!.lower === 'a' || els[k - 1]!.lower === 'an')) return sourceOfSentence(ctx, i);
  }
  return null;
}

/** How many sentences back "the statement" looks for the one that brought it in. */
const ISSUER_REACH = 2;

/**
 * The author of the last "<noun> by X" ("the latest survey by the Kelmor Institute"), "<noun> of X" ("a poll of
 * the Brask firm") or "X's <noun>" ("the Brask poll") in the paragraph before `before` or its own, or null.
 */
function studyAuthorBefore(ctx: AttributionContext, noun: string, before: number): number | null {
  // "The poll was carried out in May": the details of a study may come two paragraphs after what it found.
  const reach = paragraphStart(ctx, paragraphStart(ctx, before));
  const by = new RegExp(`\\b${noun}s?\\s+(?:by|of)\\s+(?:the\\s+)?$`, 'i');
  const owning = new RegExp(`^(?:['’]s?)?\\s+${noun}s?\\b`, 'i');
  for (let i = firstFrom(ctx.names, before) - 1; i >= 0 && ctx.names[i]!.start >= reach; i--) {
    const n = ctx.names[i]!;
    if (!SPEAKS.has(n.kind)) continue;
    if (by.test(ctx.text.slice(Math.max(0, n.start - noun.length - 12), n.start)) || owning.test(ctx.text.slice(n.end, n.end + noun.length + 4))) return n.entity;
  }
  return null;
}

/**
 * "According to a report in the weekly Varn Courier, … . The report stated that 40 …": "the report" stands for the
 * outlet a report was "in" (or "by") in its paragraph or the one before, whatever body that report spoke of since
 * (the government whose count it set against its own). That outlet, or null.
 */
function reportOutletBefore(ctx: AttributionContext, before: number): number | null {
  const reach = paragraphStart(ctx, before);
  for (let i = firstFrom(ctx.names, before) - 1; i >= 0 && ctx.names[i]!.start >= reach; i--) {
    const n = ctx.names[i]!;
    if (n.kind === 'outlet' && REPORT_IN.test(ctx.text.slice(Math.max(0, n.start - REPORT_IN_CHARS), n.start))) return n.entity;
  }
  return null;
}

/** "a report in the Marathi weekly ", "a report published by the ": up to three words of the outlet's kind between. */
const REPORT_IN = /\breport\s+(?:published\s+|carried\s+)?(?:in|by)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$/i;
const REPORT_IN_CHARS = 60;

/**
 * "the tech giant said", "the vast Kelmorian conglomerate said": a company's noun (or a member body's, or a kind of body's) after plain words
 * that only describe it stands for the company as "the company" does. A hyphened participle
 * ("the Acme-owned company") or a word of relation ("the parent company", "the rival firm") may
 * name another company, and a name among the words names that one.
 */
function describedBodyNoun(ctx: AttributionContext, els: Element[], from: number, noun: number): boolean {
  // "the 15-nation bloc", "the regional alliance": a body of members is described so too.
  // "the rights group", "the UN agency": a body described by its kind, where that body spoke (see spoke()).
  const head = els[noun]!.lower!;
  const company = COMPANY_NOUNS.has(head) || MEMBER_BODY_NOUNS.has(head);
  if (!company && !KIND_NOUNS.has(head)) return false;
  for (let k = from; k < noun; k++) {
    // "the Ostra-based rights group": where a body sits describes it too, and names no other.
    if (sitedIn(ctx, els, k)) {
      k++;
      continue;
    }
    const w = els[k]!.lower;
    if (w === undefined || els[k]!.cls & FUNCTION || OTHER_COMPANY.has(w) || /-[a-z]+ed$/.test(w)) return false;
    // "the militant group" may be one the text never named: a kind of body only by the words of its cause.
    if (!company && !CAUSE_WORDS.has(w)) return false;
  }
  return true;
}

/** A place's name and "-based" after it at els[k] ("Ostra-based"). */
function sitedIn(ctx: AttributionContext, els: Element[], k: number): boolean {
  const place = els[k]!;
  return place.name?.kind === 'place' && els[k + 1]?.lower === 'based' && ctx.text.charCodeAt(place.end) === HYPHEN && els[k + 1]!.start === place.end + 1;
}

const HYPHEN = 45;

/**
 * "The Kelmor Rights Commission reported … “…,” the state-funded body said": "body" after words that say only how a public body
 * is set up or what it stands for ("state-funded", "independent", "statutory", "rights") stands for the nearest government body
 * or organisation named before that spoke (a reporting verb right after its name). Why: read as no one's, the quote went to
 * the description and the named body's count came out twice. Not "the industry body", "the trade body": a kind of body that
 * may be another than the one that spoke.
 */
function constitutedBody(ctx: AttributionContext, els: Element[], from: number, noun: number): number | null {
  if (els[noun]!.lower !== 'body' || from === noun) return null;
  for (let k = from; k < noun; k++) {
    const w = els[k]!.lower;
    if (w === undefined || !(CONSTITUTED.has(w) || CONSTITUTED_PARTICIPLE.test(w))) return null;
  }
  const at = els[noun]!.start;
  for (let i = firstFrom(ctx.names, at) - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    if ((n.kind === 'government' || n.kind === 'organization') && ctx.names.some((m) => m.entity === n.entity && m.start < at && spoke(ctx, m))) return n.entity;
  }
  return null;
}
/** Words that say how a public body is set up or what it stands for. */
const CONSTITUTED: ReadonlySet<string> = new Set(['independent', 'statutory', 'constitutional', 'rights', 'human', 'national', 'public', 'official', 'oversight', 'watchdog']);
/** "state-funded", "government-run", "publicly-owned": who funds or runs it, in lower case (no name's: "the Acme-owned body"). */
const CONSTITUTED_PARTICIPLE = /^(?:state|government|publicly|public|federally|federal|crown|parliament)-(?:funded|run|backed|owned|appointed|mandated|sponsored)$/;

/** Nouns of a body's kind that a described one ("the rights group", "the aid agency") may stand for. */
const KIND_NOUNS: ReadonlySet<string> = new Set(['group', 'agency', 'charity', 'watchdog', 'organisation', 'organization']);

/** Words of a body's cause that describe an aid, rights or monitoring body ("the rights group", "the aid agency"). */
const CAUSE_WORDS: ReadonlySet<string> = new Set(['rights', 'human', 'aid', 'humanitarian', 'relief', 'advocacy', 'monitoring', 'medical', 'health', 'refugee', 'migration', 'environmental', 'conservation', 'charity']);

/**
 * "Ostra International said on Monday … In a new report, the rights group said": the body named right
 * before a verb of speech is the one the text speaks of, which a described kind of body stands for.
 */
function spoke(ctx: AttributionContext, n: Named): boolean {
  const next = ctx.tokens[firstFrom(ctx.tokens, n.end)];
  return next !== undefined && next.start === n.end + 1 && (next.cls & REPORTING_VERB) !== 0;
}

/** Words that set a company apart from the one the text speaks of. */
const OTHER_COMPANY = new Set(['other', 'another', 'rival', 'parent', 'sister', 'former', 'new', 'holding', 'same', 'private', 'state']);

/**
 * "“…,” the former premier added": a title someone held before, which no one named holds, describes
 * a person the text already speaks of, as "he" would; that person, or null.
 */
function formerHolder(ctx: AttributionContext, els: Element[], from: number, noun: number): number | null {
  let former = false;
  for (let k = from; k < noun; k++) former ||= els[k]!.lower === 'former';
  if (!former) return null;
  const at = els[noun]!.start;
  // "Tomas Kelmor, the former minister, …": the person the text first described so, where its roles missed it.
  const described = new RegExp(`^,\\s+(?:the\\s+|a\\s+)?former\\b[^,.;]{0,40}\\b${els[noun]!.lower}\\b`, 'i');
  for (let i = firstFrom(ctx.names, at) - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    if (n.kind === 'person' && described.test(ctx.text.slice(n.end, n.end + DESCRIPTION_REACH))) return n.entity;
  }
  return resolve(ctx, at, 'he');
}

/**
 * "The losing candidate of the opposition Kelmor Party, Tomas Varn, … The opposition leader said": a
 * title no one named holds, whose words before its noun ("opposition") described a person where the
 * text named them, stands for that person where "he" would too; that person, or null.
 */
function describedHolder(ctx: AttributionContext, els: Element[], from: number, noun: number): number | null {
  const words: string[] = [];
  for (let k = from; k < noun; k++) if (els[k]!.lower !== undefined) words.push(els[k]!.lower!);
  if (words.length === 0) return null;
  const at = els[noun]!.start;
  const person = resolve(ctx, at, 'he');
  if (person === null) return null;
  for (const n of ctx.names) {
    if (n.start >= at) break;
    if (n.entity !== person) continue;
    const sent = rangeAt(ctx.sents, n.start);
    const before = ctx.text.slice(Math.max(sent?.start ?? 0, n.start - DESCRIPTION_BEFORE), n.start).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u);
    if (words.every((w) => before.includes(w))) return person;
  }
  return null;
}

/**
 * "The Minister of Health and Welfare, Tomas Varn, said … President Ana Ruiz … the health minister said": a title
 * with words before its noun stands for the person named last with all those words and the noun just before the
 * name, in any order, where no role was read for that person. That person, or null.
 */
function titledBefore(ctx: AttributionContext, els: Element[], from: number, noun: number): number | null {
  const words: string[] = [];
  for (let k = from; k <= noun; k++) if (els[k]!.lower !== undefined) words.push(els[k]!.lower!);
  if (words.length < 2) return null;
  const at = els[noun]!.start;
  for (let i = firstFrom(ctx.names, at) - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    if (n.kind !== 'person' || n.role != null) continue;
    const sent = rangeAt(ctx.sents, n.start);
    const before = ctx.text.slice(Math.max(sent?.start ?? 0, n.start - DESCRIPTION_BEFORE), n.start).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u);
    if (words.every((w) => before.includes(w))) return n.entity;
  }
  return null;
}

/** How far before a name its description ("The losing candidate of the opposition Kelmor Party") may reach. */
const DESCRIPTION_BEFORE = 80;

/**
 * `… a vote his rival Ana Ruiz called rigged. … The opposition leader has dared the court: “…”`: "the opposition" and a
 * title between els[from] and els[at] stand for the person the text last named as someone's opponent or rival. That
 * person's entity, or null.
 */
function opponentOf(ctx: AttributionContext, els: Element[], from: number, at: number): number | null {
  if (!els.slice(from, at).some((e) => e.lower === 'opposition')) return null;
  let found: number | null = null;
  for (let k = 0; k < ctx.names.length && ctx.names[k]!.start < els[at]!.start; k++) {
    const n = ctx.names[k]!;
    if (n.kind === 'person' && OPPONENT_BEFORE.test(ctx.text.slice(Math.max(0, n.start - OPPONENT_REACH), n.start))) found = n.entity;
  }
  return found;
}

/** A person's noun of a rival right before a name ("his opponent", "rival"). */
const OPPONENT_BEFORE = /\b(?:opponent|rival|challenger)\s+$/;
const OPPONENT_REACH = 12;

/**
 * "An Ostra Bank spokesperson told reporters: “…” … “…,” the spokesperson said.": a bare "the spokesperson"
 * (`bare`: right after "the") is the body's unnamed voice the text last introduced as "a <body> spokesperson",
 * and speaks for that body. Its entity, or null; a place's ("a Kelmor spokesman") stands for no one.
 */
function spokesnounOf(ctx: AttributionContext, noun: Element, bare: boolean): number | null {
  if (!bare || !(noun.cls & SPOKESNOUN)) return null;
  const after = new RegExp(`^\\s+${noun.lower}\\b`);
  for (let i = firstFrom(ctx.names, noun.start) - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    if (!after.test(ctx.text.slice(n.end, n.end + noun.lower!.length + 2))) continue;
    return n.kind !== 'place' && /\ban?\s+$/i.test(ctx.text.slice(Math.max(0, n.start - 4), n.start)) ? n.entity : null;
  }
  return null;
}

/**
 * "Ana Ruiz, a lawyer for the families, … “…,” said the lawyer": "the" and a person's noun alone stand for the
 * person the text called so after the name (", a lawyer"), else for the person a "he" would stand for, where the
 * sentence just before names them ("Ruiz noted that … ¶ “…,” said the lawyer"): an epithet for the one
 * just spoken of. Not a noun of kin ("said the mother"), which names someone else's relative. That person, or null.
 */
function epithetOf(ctx: AttributionContext, noun: Element): number | null {
  if (KIN_NOUNS.has(noun.lower!)) return null;
  const described = new RegExp(`^,\\s+(?:the\\s+|an?\\s+)?[^,.;]{0,40}\\b${noun.lower}\\b`, 'i');
  for (let i = firstFrom(ctx.names, noun.start) - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    if (n.kind === 'person' && described.test(ctx.text.slice(n.end, n.end + DESCRIPTION_REACH))) return n.entity;
  }
  // The one "he" would stand for, where the sentence just before names them and they spoke before it ("Ana Ruiz,
  // 34, died at the scene. “…,” said the driver": the driver is someone else).
  const at = firstFrom(ctx.sents, noun.start + 1) - 1;
  const prev = ctx.sents[at - 1];
  const person = prev === undefined ? null : resolve(ctx, noun.start, 'he');
  if (person === null || !spokeBefore(ctx, person, at - 1)) return null;
  for (let k = firstFrom(ctx.names, prev!.start); k < ctx.names.length && ctx.names[k]!.start < prev!.end; k++) if (ctx.names[k]!.entity === person) return person;
  return null;
}

/** `person` is the source of one of the sentences before sentence `i`, a few back. */
function spokeBefore(ctx: AttributionContext, person: number, i: number): boolean {
  for (let j = i; j >= 0 && j > i - SPOKE_LOOKBACK; j--) if (sourceOfSentence(ctx, j) === person) return true;
  return false;
}
/** How many sentences back the person an epithet stands for must have spoken. */
const SPOKE_LOOKBACK = 6;
/** Nouns of kin, which name a relative of someone else, no epithet of the one spoken of. */
const KIN_NOUNS: ReadonlySet<string> = new Set(['mother', 'father', 'son', 'daughter', 'wife', 'husband']);

/** How far after a name its description "…, the former health minister," may reach. */
const DESCRIPTION_REACH = 60;

/**
 * "the health minister said": the last person whose title has the words els[from..noun] ("health
 * minister", a place among them left out), else the last with the noun alone ("minister").
 */
function byTitle(ctx: AttributionContext, els: Element[], from: number, noun: number, before: number): number | null {
  const words: string[] = [];
  for (let k = from; k <= noun; k++) if (els[k]!.lower !== undefined) words.push(els[k]!.lower!);
  const head = els[noun]!.lower!;
  const full = words.length > 1 ? byRole(ctx, words.join(' '), before) : null;
  // "the former vice president" is no president: a rank word makes another office, and the bare head would take the president.
  return full ?? (words.some((w) => OTHER_OFFICE.has(w)) ? null : byRole(ctx, head, before));
}
/** Words before an office's noun that make it another office ("vice president", "deputy minister"). */
const OTHER_OFFICE: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'associate', 'junior', 'shadow', 'under']);

/**
 * The most recent organisation or government body whose name has that word ("office" for the
 * Congressional Budget Office); a generic "the company" takes the most recent organisation. Any other
 * body noun ("the coalition", "the group") takes only a body introduced with it: "the coalition said"
 * after a paragraph on NATO may be another coalition, and pinning it on NATO would be wrong.
 * A government noun takes only a body named with it: "the military said" after the Health Ministry
 * is another body. A qualified noun ("the Acme-owned company") may name a body of its own: it too takes only a body named with it.
 * A described company ("the tech giant") reads back only to the paragraph before its own.
 */
function byHead(ctx: AttributionContext, noun: string, before: number, generic: 'bare' | 'described' | null): number | null {
  if (!(wordClass(noun) & ORG_CUE)) generic = null;
  const reach = generic === 'described' ? paragraphStart(ctx, before) : 0;
  let fallback: number | null = null;
  let called: Set<number> | undefined;
  for (let i = firstFrom(ctx.names, before) - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    if (n.kind !== 'organization' && n.kind !== 'government' && n.kind !== 'outlet') continue;
    const words = ctx.text.slice(n.start, n.end).toLowerCase().split(/\s+/);
    if (words.includes(noun) || words.includes(`${noun}s`) || sameBody(words, noun)) return otherUnnamedBody(ctx, noun, words, n.end, before) ? null : n.entity;
    if (fallback !== null || !generic || (n.kind !== 'organization' && n.kind !== 'outlet') || n.start < reach || attributive(ctx, n) || recipient(ctx, i)) continue;
    // "The Ostra Rights News Agency said … However, the group added …": a body named as an outlet is
    // "the group" only where the text has just called it so.
    if (n.kind === 'outlet') {
      if ((called ??= bodiesCalledSo(ctx, noun, before)).has(n.entity)) fallback = n.entity;
      continue;
    }
    if (objectOfOtherSubject(ctx, n)) return null;
    if (COMPANY_NOUNS.has(noun) ? !describedOtherwise(ctx, n, noun) : introducedAs(ctx, n.entity, noun, before) || groupOfCompany(ctx, n.entity, noun) || (called ??= bodiesCalledSo(ctx, noun, before)).has(n.entity) || (generic === 'described' && (memberBody(ctx, n.entity, noun) || (KIND_NOUNS.has(noun) && spoke(ctx, n))))) fallback = n.entity;
  }
  return fallback;
}

/**
 * "the Ministry of Interior said … Health ministry officials revised the toll … 792 were hurt, the ministry said":
 * a body of that noun the text describes but does not name, between the named one's words (`words`, ending at
 * `from`) and `before`, is the nearer one "the ministry" stands for; a describing word of the name's own
 * ("the interior ministry") is the named body again.
 */
function otherUnnamedBody(ctx: AttributionContext, noun: string, words: readonly string[], from: number, before: number): boolean {
  // Only public bodies: "the hospitality and resources company" is most often the named company described again.
  if (!(wordClass(noun) & GOV_HEAD)) return false;
  const described = new RegExp(`([\\p{L}-]+)\\s+${noun}\\b`, 'gu');
  for (const m of ctx.text.slice(from, before).matchAll(described)) {
    const word = m[1]!.toLowerCase();
    const at = from + m.index!;
    if (!(wordClass(word) & FUNCTION) && !words.includes(word) && word !== noun && rangeAt(ctx.names, at) === undefined) return true;
  }
  return false;
}

/**
 * "the force said" after the Ostra National Police, "the military said" after the Varn army: the noun
 * a story calls such a body by is another than the one in its name. Only these pairs: "the army" is no
 * "Kelmor Support Forces", a militia the text sets against it.
 */
const SAME_BODY: ReadonlyMap<string, readonly string[]> = new Map([
  ['force', ['police', 'constabulary']],
  ['military', ['army']],
  ['army', ['military']],
  // "The Kelmor Audit and Anti-fraud Authority announced … The bureau said": an office that polices officials is called either.
  ['bureau', ['authority', 'commission']],
]);

/** The words of a body's name hold a noun that `noun` calls such a body by. */
function sameBody(words: readonly string[], noun: string): boolean {
  return SAME_BODY.get(noun)?.some((w) => words.includes(w)) ?? false;
}

/**
 * "The Kelmor Watch said the claim was false. The group publishes a daily list …": a sentence opening
 * with "The <noun>" (maybe after an adverb and its comma: "However, the group") right after one the
 * body opens and reports is the text calling that body so; a later "the group said" (before
 * `before`) stands for it too. The body may be described before its name ("The Varn-based Kelmor Watch").
 * The entities the text calls so, read once for all the names a noun is tried on.
 */
function bodiesCalledSo(ctx: AttributionContext, noun: string, before: number): Set<number> {
  const { sents, tokens } = ctx;
  const called = new Set<number>();
  for (let i = 1; i < sents.length && sents[i]!.start < before; i++) {
    let k = firstFrom(tokens, sents[i]!.start);
    if (ASIDE_ADVERBS.has(tokens[k]?.lower ?? '') && ctx.text.charCodeAt(tokens[k]!.end) === COMMA) k++;
    if (tokens[k]?.lower !== 'the' || tokens[k + 1]?.lower !== noun || tokens[k + 1]!.start > before) continue;
    const j = openerBefore(ctx, i);
    const opener = sentenceElements(ctx, j);
    let first = opener[0]?.lower === 'the' ? 1 : 0;
    if (BASED.has(opener[first + 1]?.lower) && ctx.text.slice(opener[first]!.end, opener[first + 1]!.start) === '-') first += 2;
    const entity = opener[first]?.name?.entity;
    if (entity !== undefined && sourceOfSentence(ctx, j) === entity) called.add(entity);
  }
  return called;
}

/**
 * "Kelmor Aid said 9 died on a second boat. The boat reached Ostra on Tuesday. ¶ The agency says …": the sentence before
 * sentence `i` that may open with the body "The <noun>" calls so, past one sentence between that reports nothing and names
 * no body (what happened to the boat). Why: the body's report was read as two sentences, and "the agency" went to no one.
 */
function openerBefore(ctx: AttributionContext, i: number): number {
  const between = sentenceElements(ctx, i - 1);
  // "Police said 30 were held." reports, though it names no body: the noun after it is not carried past it.
  const told = i > 1 && sourceOfSentence(ctx, i - 1) === null && !between.some((e) => (e.name !== undefined && BODIES.has(e.name.kind)) || (e.cls & REPORTING_VERB) !== 0);
  return told && sourceOfSentence(ctx, i - 2) !== null ? i - 2 : i - 1;
}

/** The second half of a hyphened word placing a body ("Varn-based", "US-funded"), standing before its name. */
const BASED: ReadonlySet<string | undefined> = new Set(['based', 'funded', 'backed', 'registered']);

/** Start of the paragraph before the one holding `pos` (or of that one when it is the first). */
function paragraphStart(ctx: AttributionContext, pos: number): number {
  const { sents } = ctx;
  let k = Math.max(0, firstFrom(sents, pos + 1) - 1);
  const para = sents[k]!.para - 1;
  while (k > 0 && sents[k - 1]!.para >= para) k--;
  return sents[k]!.start;
}

/**
 * "Toshiko has sold its stake in engineering giant Kone …, the firm said": a company named after
 * another business that opens the sentence as its subject (whatever kind its name was given) is not
 * the one "the firm" stands for; which one it is, is left unsaid rather than guessed.
 */
function objectOfOtherSubject(ctx: AttributionContext, n: Named): boolean {
  const sent = rangeAt(ctx.sents, n.start);
  if (!sent) return false;
  const els = elements(ctx, sent.start, n.start);
  for (let k = 0; k + 1 < els.length; k++) {
    const m = els[k]!.name;
    if (!m || m.entity === n.entity || (m.kind !== 'organization' && m.kind !== 'other') || possessed(ctx, els[k]!)) continue;
    const next = els[k + 1]!;
    if (next.lower !== undefined && !punctuatedBetween(ctx, m.end, next.start)) return true;
  }
  return false;
}

/**
 * The body was named with that noun before `before`: right before it ("the coalition Kelmor Pact") or
 * right after it, also through a hyphened adjective ("the Kelmor group", "the Kelmor-led coalition").
 */
function introducedAs(ctx: AttributionContext, entity: number, noun: string, before: number): boolean {
  if (cuesOf(ctx, entity).has(noun)) return true;
  const after = nounAfterName(noun);
  return ctx.names.some((m) => m.entity === entity && m.end < before && after.test(ctx.text.slice(m.end, m.end + noun.length + 16)));
}

/**
 * "the trade union Kelmor Workers Union": a body named anywhere right after the noun of another kind of body than
 * the generic `noun` ("the company said") is not the one that noun stands for.
 */
function describedOtherwise(ctx: AttributionContext, n: Named, noun: string): boolean {
  const company = COMPANY_NOUNS.has(noun);
  for (const cue of cuesOf(ctx, n.entity)) if (cue !== noun && !(company && COMPANY_NOUNS.has(cue))) return true;
  return false;
}

/** "the computer maker Acme … the group said": a company named with a company's noun is "the group" a business story calls it. */
function groupOfCompany(ctx: AttributionContext, entity: number, noun: string): boolean {
  if (noun !== 'group') return false;
  for (const cue of cuesOf(ctx, entity)) if (COMPANY_NOUNS.has(cue)) return true;
  return false;
}

/**
 * "the regional body Kelmor Pact … the 15-nation bloc said": a body of members named with one such
 * noun is the one another of them, described, stands for (a bare "the coalition" may be another).
 */
function memberBody(ctx: AttributionContext, entity: number, noun: string): boolean {
  if (!MEMBER_BODY_NOUNS.has(noun)) return false;
  for (const cue of cuesOf(ctx, entity)) if (MEMBER_BODY_NOUNS.has(cue)) return true;
  return false;
}

/** The body nouns `entity` is named right after ("the trade union Kelmor Workers Union"). */
function cuesOf(ctx: AttributionContext, entity: number): ReadonlySet<string> {
  if (!ctx.cues) {
    // Read once, for the few generic nouns an article has.
    const cues = new Map<number, Set<string>>();
    for (const m of ctx.names) {
      const cue = ctx.tokens[firstFrom(ctx.tokens, m.start) - 1];
      if (cue && cue.end + 1 === m.start && cue.cls & ORG_CUE) (cues.get(m.entity) ?? cues.set(m.entity, new Set()).get(m.entity)!).add(cue.lower);
    }
    ctx.cues = cues;
  }
  return ctx.cues.get(entity) ?? NO_CUES;
}

/**
 * "In a statement to the Kelmor Stock Exchange (KSE), the company reported …": a body a statement or
 * a filing is made to (ctx.names[i], or the name its bracketed short form follows) receives it; "the
 * company" is the one that made it.
 */
function recipient(ctx: AttributionContext, i: number): boolean {
  const n = ctx.names[i]!;
  const full = ctx.names[i - 1];
  const named = full?.entity === n.entity && /^\s*\($/.test(ctx.text.slice(full.end, n.start)) ? full : n;
  return RECIPIENT_BEFORE.test(ctx.text.slice(Math.max(0, named.start - 40), named.start));
}

const RECIPIENT_BEFORE = /\b(?:statement|filing|notice|notification|disclosure|letter|submission)s?\s+(?:to|with)\s+(?:the\s+)?$/i;

/**
 * "a repeat of the Norvo Tools closure": a name between "the" and a lower-case noun modifies that noun,
 * and is not the company a later "the company said" stands for ("the Acme group", "the Acme board
 * said" are the body itself).
 */
function attributive(ctx: AttributionContext, n: Named): boolean {
  const { tokens } = ctx;
  const next = tokens[firstFrom(tokens, n.end)];
  if (!next || next.capitalised || next.start !== n.end + 1 || next.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB | BODY_NOUN) || next.lower.endsWith('ed')) return false;
  const before = tokens[firstFrom(tokens, n.start) - 1];
  return before !== undefined && before.lower === 'the' && before.end + 1 === n.start;
}

/**
 * "said the CM", "the PM said": a title's initials in capitals stand for the last person named
 * before `word` whose title has them ("Chief Minister Ana Ruiz"); null where the word is no
 * initials or no one's title has them.
 */
export function byInitials(ctx: AttributionContext, word: Element): number | null {
  const letters = ctx.text.slice(word.start, word.end);
  if (!/^[A-Z]{2,4}$/.test(letters)) return null;
  for (let i = firstFrom(ctx.names, word.start) - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    if (n.kind === 'person' && n.role && initialsOf(n.role) === letters) return n.entity;
  }
  return null;
}

/** The capitals opening the words of a title: "Chief Minister" → "CM". */
const initialsOf = (role: string): string => role.split(/\s+/).map((w) => w[0] ?? '').join('');

/** "said the minister", "the premier said": the last person named before with that title or its synonym ("Prime Minister"). */
export function byRole(ctx: AttributionContext, title: string, before: number): number | null {
  const synonym = TITLE_SYNONYMS.get(title) ?? title;
  for (let i = ctx.names.length - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    const role = n.role?.toLowerCase();
    if (n.start < before && n.kind === 'person' && role !== undefined && (role.includes(title) || role.includes(synonym))) return n.entity;
  }
  return null;
}

/** " group", "-led coalition": a body's noun right after its name, one expression per noun (the lexicon's few generic nouns). */
const NOUN_AFTER_NAME = new Map<string, RegExp>();
function nounAfterName(noun: string): RegExp {
  let re = NOUN_AFTER_NAME.get(noun);
  if (!re) NOUN_AFTER_NAME.set(noun, (re = new RegExp(`^(?:-[a-z]+)?\\s+${noun}\\b`, 'i')));
  return re;
}

/** The body nouns of an entity never named right after one. */
const NO_CUES: ReadonlySet<string> = new Set();
