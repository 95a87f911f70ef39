import { classAt, UPPER } from './chars';
import { ARTICLES as ARTICLE_LIST, BARE_ARTICLES, COMPANY_NOUNS } from './lexicon';
import type { Quote } from './quotes';
import type { Range, Sentence } from './sentences';
import { firstFrom, rangeAt } from './ranges';
import { DIGIT, type Token } from './tokens';
import type { MentionKind } from './types';
import {
  FUNCTION,
  GOV_HEAD,
  NUMBER_WORD,
  ORG_CUE,
  OUTLET_CUE,
  OUTLET_WORD,
  PLACE_CUE,
  REPORTING_PARTICIPLE,
  REPORTING_VERB,
  PERSON_NOUN,
  ROLE_HEAD,
  ROLE_MODIFIER,
  SPOKESNOUN,
  VERB_FILLER,
  WEEKDAY,
  wordClass,
} from './wordclass';

/** An occurrence of a merged mention: which entity, of what kind, with what title. */
export interface Named extends Range {
  entity: number;
  kind: MentionKind;
  role: string | null;
}

/**
 * A word or a whole name, of the text an attribution is read from. A word is the token itself (its
 * lower-case form and lexicon classes), so that reading a sentence makes no object per word.
 */
type Element = (Token & { name?: undefined }) | NameElement;

/** A name standing for its words; `tokenEnd` is the end of the word that brought it in (its first word there). */
interface NameElement {
  lower: undefined;
  cls: 0;
  name: Named;
  start: number;
  end: number;
  tokenEnd: number;
}

/** End of the word that brought an element in. */
const tokenEndOf = (e: Element): number => (e.name ? e.tokenEnd : e.end);

/** Places and events do not speak; unknown names ("other") may. */
const SPEAKS: ReadonlySet<MentionKind> = new Set(['person', 'organization', 'outlet', 'government', 'other']);
/** What "it" may stand for as a speaker. */
const BODIES: ReadonlySet<MentionKind> = new Set(['organization', 'outlet', 'government']);
const isPronoun = (word: string | undefined): boolean => word === 'he' || word === 'she' || word === 'they';
/** How far back a pronoun looks for the person it stands for. */
const PRONOUN_LOOKBACK = 10;
/** How much text after a closing mark may hold its attribution ("," says Griffin). */
const AFTER_WINDOW = 100;
/** How much text before an opening mark may hold its attribution; also bounds work on garbage input. */
const BEFORE_WINDOW = 400;
/** Longer "sentences" are lists or garbage: not read for sources. */
const MAX_SENTENCE = 2_000;
/** How many words after "according to" may precede the name ("according to a study published in the journal Nature"). */
const ACCORDING_REACH = 8;
/** How many words may stand between "the" and the name or verb after a quote ("the region’s Housing Minister …"). */
const DEFINITE_REACH = 6;
/** How many words an apposition may have ("X, a glaciologist at Y who was not involved in the study, said"). */
const APPOSITION_REACH = 16;
/** Words before a reporting verb after a quote: a name and its apposition. */
const AFTER_REACH = 20;
/** How many words may stand before the verb after a quote that names nobody ("the Israeli military said"). */
const OWN_VERB_REACH = 3;
/** How many words an unnamed subject opening a sentence may have ("The regional weather office said"). */
const SUBJECT_REACH = 4;
/** How many auxiliaries and adverbs may stand between that subject and its verb ("have also"). */
const OWN_VERB_FILLERS = 2;
/** How many words a phrase before the subject after a quote may have ("in both states"). */
const LEADING_REACH = 4;
const OPENS_APPOSITION = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'who', 'which']);

/** Finds who said what: speakers of quotes, sources of sentences, antecedents of pronouns. */
export class Attributor {
  private readonly bySentence: (Element[] | undefined)[] = [];
  /** Source of each sentence, read once (null while it is being read: a pronoun there cannot stand for it). */
  private readonly sources: (number | null | undefined)[] = [];
  private readonly people: ReadonlySet<number>;
  /** The nouns of bodies ("union", "retailer") each entity is named right after, read when first asked. */
  private cues: Map<number, Set<string>> | undefined;

  constructor(
    private readonly text: string,
    private readonly sents: Sentence[],
    private readonly names: Named[],
    private readonly quoted: Range[],
    private readonly tokens: readonly Token[],
  ) {
    this.people = new Set(names.filter((n) => n.kind === 'person').map((n) => n.entity));
  }

  /** Entity that said a quote, from the interruption, the words after it, or its sentence. */
  speakerOf(q: Quote, paraEnd: number, nextOpen: number | null): number | null {
    for (let i = 1; i < q.segments.length; i++) {
      const end = q.segments[i - 1]!.end;
      const found = this.afterQuote(this.elements(end, q.segments[i]!.start), end + 1);
      if (found !== null) return found;
    }
    const limit = Math.min(paraEnd, nextOpen ?? paraEnd, q.close + AFTER_WINDOW);
    const after = this.afterQuote(this.elements(q.close, limit), q.close);
    if (after !== null) return after;
    const sentence = rangeAt(this.sents, q.open);
    const from = Math.max(sentence?.start ?? q.open, q.open - BEFORE_WINDOW);
    const before = this.elements(from, q.open);
    return this.sourceOf(before, 'last') ?? (from === sentence?.start ? this.colonSubject(before, q.open) : null);
  }

  /**
   * `Ruiz interrupted him, giving a lower number: “No, it is 90,000.”`: a quote a colon introduces is
   * the words of the person its sentence opens with, the subject of a verb right after the name.
   */
  private colonSubject(els: Element[], open: number): number | null {
    let colon = open - 1;
    while (colon > 0 && this.text.charCodeAt(colon) === 32) colon--;
    const subject = els[0];
    if (this.text.charCodeAt(colon) !== COLON || !subject || !els[1] || this.punctuatedBetween(subject.end, els[1].start)) return null;
    if (isPronoun(subject.lower)) return this.resolve(subject.start, subject.lower!);
    const verb = els[1].lower;
    return subject.name?.kind === 'person' && verb !== undefined && !(els[1].cls & FUNCTION) && verb.endsWith('ed') ? subject.name.entity : null;
  }

  /**
   * `,” the military said.`: the words right after a quote give it a speaker of its own, even one
   * this text does not name; the speaker of the text before must not stand in for it. A pronoun
   * ("he", "it") stands for that speaker. That speaker, or null.
   */
  reporterAfter(q: Quote, paraEnd: number): Reporter | null {
    const end = Math.min(paraEnd, q.close + AFTER_WINDOW);
    return this.unnamedSubject(this.elements(q.close, end), q.close + 1, end);
  }

  /** "The Israeli military said …", "Officials said …": who sentence `i` opens reporting without naming them, or null. */
  openingReporter(i: number): Reporter | null {
    const s = this.sents[i]!;
    return this.unnamedSubject(this.sentenceElements(i), s.start, s.end);
  }

  /**
   * Who reports sentence `i` without being named: its opening subject ("Officials said …"), the words
   * after "according to" ("…, according to local officials."), or the subject of a verb closing it
   * ("…, police said.", "…, said officials."). For a sentence whose source is not named.
   */
  unnamedReporter(i: number): Reporter | null {
    const s = this.sents[i]!;
    if (s.end - s.start > MAX_SENTENCE) return null;
    const els = this.sentenceElements(i);
    const opening = this.unnamedSubject(els, s.start, s.end);
    if (opening) return opening;
    for (let k = 0; k + 2 < els.length; k++) {
      if (els[k]!.lower !== 'according' || els[k + 1]!.lower !== 'to') continue;
      // The phrase runs to the next punctuation, within ACCORDING_REACH words.
      let last = k + 2;
      while (last + 1 < els.length && last + 1 < k + 2 + ACCORDING_REACH && !this.punctuatedBetween(els[last]!.end, els[last + 1]!.start)) last++;
      return this.reporterEndingAt(els, k + 2, last, s.end);
    }
    return this.closingReporter(els, s.end);
  }

  /**
   * "…, police said." / "…, officials said on Friday." / "…, authorities said, as …" / "…, said
   * officials.": a speaker noun set off by a comma with a reporting verb that closes the sentence or
   * its clause (nothing it reports follows: the end, a comma, or a word opening another clause).
   */
  private closingReporter(els: Element[], until: number): Reporter | null {
    for (let v = 1; v < els.length; v++) {
      if (!(els[v]!.cls & REPORTING_VERB) || !this.closesClause(els, v)) continue;
      let noun = v - 1;
      while (noun > 0 && els[noun]!.cls & VERB_FILLER) noun--;
      // Its report is the words before it ("…, authorities said as rescuers searched for 12 more").
      const found = this.reporterEndingAt(els, 0, noun, Math.min(until, els[v]!.end));
      if (found && this.commaBefore(found.start)) return found;
    }
    // ", said officials.": the verb turned round after a comma, at the end.
    const last = els.length - 1;
    for (let j = last - 1; j >= 0 && j >= last - OWN_VERB_REACH; j--) {
      if (els[j]!.cls & REPORTING_VERB) return this.commaBefore(els[j]!.start) ? this.reporterEndingAt(els, j + 1, last, until) : null;
    }
    return null;
  }

  /** Nothing the verb at els[v] reports follows it: the sentence ends, or "on <weekday>", a comma or a word opening a clause does. */
  private closesClause(els: Element[], v: number): boolean {
    let next = v + 1;
    if (els[next]?.lower === 'on' && (els[next + 1]?.cls ?? 0) & WEEKDAY) next += 2;
    const after = els[next];
    return !after || this.punctuatedBetween(els[next - 1]!.end, after.start) || CLAUSE_OPENERS.has(after.lower);
  }

  /** A comma, then spaces, right before `pos`. */
  private commaBefore(pos: number): boolean {
    return /,\s*$/.test(this.text.slice(Math.max(0, pos - 4), pos));
  }

  /**
   * The phrase of words ending at els[last] (none before els[first]) naming a speaker it does not
   * name: a speaker noun, with the determiners, describing words and places right before it and
   * within the same stretch of punctuation ("some news organisations", "a Travis County official");
   * a word that joins ("but", "by", "on") ends it.
   */
  private reporterEndingAt(els: Element[], first: number, last: number, until: number): Reporter | null {
    const noun = els[last]!;
    if (noun.lower === undefined || !isSpeakerNoun(noun.lower)) return null;
    let from = last;
    while (from > first && from > last - REPORTER_REACH && !this.punctuatedBetween(els[from - 1]!.end, els[from]!.start)) {
      const e = els[from - 1]!;
      // "Despite beating analyst estimates": a verb's "-ing" form is no word of the speaker's phrase.
      if (e.name ? e.name.kind !== 'place' && !this.possessed(e) : (e.cls & FUNCTION && !DETERMINERS.has(e.lower) && !QUANTIFIERS.has(e.lower)) || e.lower.endsWith('ing')) break;
      from--;
    }
    return this.reporter(els, from, last, until);
  }

  private reporter(els: Element[], from: number, last: number, until: number): Reporter {
    const words = this.text.slice(els[from]!.start, els[last]!.end);
    // A determiner or the noun alone opening a sentence is capitalised for its place ("Officials",
    // "The military"); an adjective may be capitalised as one of a name ("Pakistani officials").
    const first = els[from]!.lower;
    const common = first !== undefined && (from === last || DETERMINERS.has(first) || QUANTIFIERS.has(first));
    const label = common && /^\p{Lu}(?:\p{Ll}|\s)/u.test(words) ? words[0]!.toLowerCase() + words.slice(1) : words;
    return { label, start: els[from]!.start, end: els[last]!.end, until };
  }

  /**
   * The first words of `els` are a subject of a few words, with no name other than a place or
   * pronoun, ending in a noun of a speaker (military, ministry, governor, officials), and a reporting
   * verb ("The four constituencies recorded …" reports no one). Auxiliaries and adverbs may stand
   * between ("officials have also said"), but not a passive one ("the company was told": it does not
   * speak). That speaker's words, whose report reaches to `end` or to a coordinated clause with a
   * report of its own ("Police said 30 were killed, while officials put the toll at 55").
   */
  private unnamedSubject(els: Element[], from: number, end: number): Reporter | null {
    let noun = -1;
    for (let i = 0; i < els.length; i++) {
      const e = els[i]!;
      if (this.endsSentenceBetween(i === 0 ? from : els[i - 1]!.end, e.start) || isPronoun(e.lower) || e.lower === 'it') return null;
      // "A Travis County official said": a place may describe the speaker; "Ferri's lawyer said": so may
      // the person the speaker is of (where that person is not the source).
      if (e.name) {
        if ((e.name.kind !== 'place' && !this.possessed(e)) || i >= SUBJECT_REACH) return null;
        noun = -1;
        continue;
      }
      if (e.cls & REPORTING_VERB) {
        if (noun < 0 || !isSpeakerNoun(els[noun]!.lower!) || this.passiveBetween(els, noun, i)) return null;
        const found = this.reporterEndingAt(els, 0, noun, end)!;
        // "Despite beating analyst estimates, …": the phrase is the object of a verb's "-ing" form or
        // of a preposition, no subject ("Though researchers concluded" still has one).
        const before = els[els.findIndex((x) => x.start === found.start) - 1];
        if (before?.lower !== undefined && (before.lower.endsWith('ing') || OBJECT_OPENERS.has(before.lower)) && !this.punctuatedBetween(before.end, found.start)) return null;
        const next = nextReport(els, i);
        if (next >= 0) found.until = els[next]!.start;
        return found;
      }
      if (noun >= 0 && e.cls & VERB_FILLER) {
        if (i - noun > OWN_VERB_FILLERS) return null;
      } else if (i >= SUBJECT_REACH) return null;
      else noun = i;
    }
    return null;
  }

  /** A form of "be" among els(from, to): the verb at els[to] is passive. */
  private passiveBetween(els: Element[], from: number, to: number): boolean {
    for (let i = from + 1; i < to; i++) if (PASSIVE_AUXILIARIES.has(els[i]!.lower!)) return true;
    return false;
  }

  /** Source of the information of sentence `i`: "according to X", "X reported that", "…, X said". */
  sourceOfSentence(i: number): number | null {
    const known = this.sources[i];
    if (known !== undefined) return known;
    const s = this.sents[i]!;
    this.sources[i] = null;
    const els = s.end - s.start > MAX_SENTENCE ? null : this.sentenceElements(i);
    const found = els && (this.sourceOf(els, 'first') ?? this.forecaster(els));
    this.sources[i] = found;
    return found;
  }

  /**
   * Clauses of sentence `i` that give the figures in them a source of their own: "…, while the Red
   * Cross put the toll at 55", "…; the Red Cross, 55", "… and the Red Cross at 55", "… and 55
   * according to the Red Cross". Such a clause is joined by a coordinator or a semicolon after a
   * report of the sentence, opens with a named subject and a reporting verb (or a figure the verb of
   * the first clause is left out before), and holds a number: "…, while rescuers searched for 12
   * more" names no one, "but Y said nothing" gives Y no figure. A sentence with no source of its
   * own opening "X put the toll at 30" gives X its first clause. Only clauses that change the
   * source are listed, in text order.
   */
  clauseSources(i: number): ClauseSource[] {
    const s = this.sents[i]!;
    if (s.end - s.start > MAX_SENTENCE) return [];
    const els = this.sentenceElements(i);
    const out: ClauseSource[] = [];
    // The source so far: a clause of the same one changes nothing.
    let last = this.sourceOfSentence(i);
    let reported = false;
    for (let c = 0; c < els.length; c++) {
      const e = els[c]!;
      const coordinator = COORDINATORS.has(e.lower);
      if (c === 0 || (reported && (coordinator || this.hasCharBetween(els[c - 1]!.end, e.start, SEMICOLON)))) {
        const open = coordinator ? c + 1 : c;
        const entity = els[open] && hasCount(els, open) ? this.clauseSubject(els, open, c === 0) : null;
        if (entity !== null && entity !== last && (c > 0 || last === null)) {
          out.push({ start: e.start, from: els[open]!.start, entity });
          last = entity;
        }
      }
      if (e.cls & REPORTING_VERB || isTally(els, c) || (e.lower === 'according' && els[c + 1]?.lower === 'to')) reported = true;
      // "…, her office put out a statement quoting President Ana Ruiz as saying 200 …": what follows is Ruiz's.
      const quoted = QUOTING.has(e.lower) ? this.quotedAs(els, c + 1) : e.lower === 'with' ? this.withSaying(els, c + 1) : null;
      if (quoted !== null && quoted.entity !== last) {
        out.push({ start: e.start, from: quoted.start, entity: quoted.entity });
        last = quoted.entity;
      }
    }
    return out;
  }

  /**
   * The source a clause opening at els[open] names: "the Red Cross said/estimated/put the toll at",
   * "the Red Cross, 55", "the Red Cross at 55", "55 according to the Red Cross"; only the first
   * of these at the opening of a sentence (`first`), and there only with "put the toll at".
   */
  private clauseSubject(els: Element[], open: number, first: boolean): number | null {
    const opening = els[open]!.lower === 'the' ? open + 1 : open;
    const at = this.titledPerson(els, opening) ?? opening;
    const name = els[at]?.name;
    if (!name || !SPEAKS.has(name.kind)) {
      if (first || !isCount(els[open])) return null;
      for (let k = open + 1; k < els.length && k <= open + 3; k++) {
        if (els[k]!.lower === 'according' && els[k + 1]?.lower === 'to') return this.nameWithin(els, k + 2, ACCORDING_REACH);
      }
      return null;
    }
    const next = els[at + 1];
    if (!next) return null;
    const gap = this.text.slice(name.end, next.start);
    if (!first && (/^,\s+$/.test(gap) ? isCount(next) : next.lower === 'at' && isCount(els[at + 2]))) return name.entity;
    // "the Intelligence Bureau (IB) said": a short form in brackets stands between the name and its verb.
    const short = next.name && /^ \($/.test(gap) && this.text.charCodeAt(next.end) === CLOSE_BRACKET ? next.end + 1 : 0;
    let v = short ? at + 2 : at + 1;
    // "the ministry Wednesday lowered the toll": a weekday may stand before the verb.
    while (v < els.length && els[v]!.cls & (VERB_FILLER | WEEKDAY)) v++;
    const verb = els[v];
    if (!verb || this.punctuatedBetween(short || name.end, verb.start) || PASSIVE_AUXILIARIES.has(els[v - 1]!.lower!)) return null;
    return isTally(els, v) || (!first && verb.cls & REPORTING_VERB) ? name.entity : null;
  }

  /** "(quoting) President Ana Ruiz as saying": the person named from els[at], after a title, before "as saying". */
  private quotedAs(els: Element[], at: number): Named | null {
    const p = this.titledPerson(els, at) ?? at;
    const name = els[p]?.name;
    return name && SPEAKS.has(name.kind) && els[p + 1]?.lower === 'as' && ((els[p + 2]?.cls ?? 0) & REPORTING_PARTICIPLE) !== 0 ? name : null;
  }

  /**
   * "…, with the National Disaster Agency saying (that) 30 …": the body or person named from els[at]
   * (after "the" or a title) right before a reporting participle, where a number follows; else null.
   */
  private withSaying(els: Element[], at: number): Named | null {
    const opening = els[at]?.lower === 'the' ? at + 1 : at;
    const p = this.titledPerson(els, opening) ?? opening;
    const name = els[p]?.name;
    const verb = els[p + 1];
    if (!name || !SPEAKS.has(name.kind) || !verb || !(verb.cls & REPORTING_PARTICIPLE) || this.punctuatedBetween(name.end, verb.start)) return null;
    return hasCount(els, p + 2) ? name : null;
  }

  /**
   * "Brask Police Chief Anton Vell said", "defence counsel Ana Ruiz said", "activist Ana Ruiz said": the
   * index of a person named after a title or a person's noun at els[at] (after a body's name or none), or null.
   */
  private titledPerson(els: Element[], at: number): number | null {
    let j = els[at]?.name && els[at]!.name!.kind !== 'person' ? at + 1 : at;
    const from = j;
    while (j < els.length && j < from + MAX_TITLE_WORDS && els[j]!.lower !== undefined && els[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN | PERSON_NOUN)) j++;
    if (j === from || els[j]?.name?.kind !== 'person' || this.punctuatedBetween(els[at]!.start, els[j]!.start)) return null;
    return j;
  }

  /**
   * "the figure of 288 released by Ostra's health ministry": a participle of publishing right after a
   * figure (its unit's words may stand between) and its agent after "by" give the figure to that
   * agent, not to the sentence's subject ("X said the toll is 400, higher than the 288 released by
   * Y"): the named body, or the words naming one the text does not name. Null where no agent follows.
   */
  agentAfter(i: number, pos: number): Agent | null {
    const els = this.sentenceElements(i);
    let k = firstFrom(els, pos);
    const limit = k + AGENT_REACH;
    while (k < els.length && k <= limit && !AGENT_PARTICIPLES.has(els[k]!.lower!)) k++;
    if (k > limit || els[k + 1]?.lower !== 'by' || this.punctuatedBetween(pos, els[k + 1]!.start)) return null;
    const first = ARTICLES.has(els[k + 2]?.lower ?? '') ? k + 3 : k + 2;
    const name = els[first]?.name;
    // "by Ostra's health ministry": a name owning the noun after it is not the agent; the phrase is.
    if (name && !this.possessed(els[first]!)) return SPEAKS.has(name.kind) ? { entity: name.entity, reporter: null } : null;
    for (let j = first; j < els.length && j <= first + REPORTER_REACH; j++) {
      const e = els[j]!;
      if (j > first && (e.name || this.punctuatedBetween(els[j - 1]!.end, e.start))) return null;
      if (e.lower !== undefined && isSpeakerNoun(e.lower)) return { entity: null, reporter: this.reporter(els, k + 2, j, e.end) };
    }
    return null;
  }

  /** Entity of a "He"/"She" opening sentence `i`, which makes that person the current speaker. */
  pronounSubject(i: number): number | null {
    const s = this.sents[i]!;
    // The first word of the sentence, if it ends within its first 8 characters.
    const first = this.sentenceElements(i)[0];
    return first?.lower !== undefined && first.end <= s.start + 8 && isPronoun(first.lower) && first.start === s.start
      ? this.resolve(first.start, first.lower)
      : null;
  }

  /**
   * The person the pronoun `word` at `pos` stands for: in the nearest sentence that names one, the
   * person it reports ("Responding to Reyes, Okafor said …" — “…,” he said: Okafor), else the first
   * person named. "They" stands for no one: in news it is a group ("researchers … they said", a team
   * "as they conceded twice") far more often than one person, and the named person or body nearest to
   * it is mostly not that group.
   */
  resolve(pos: number, word: string): number | null {
    if (word === 'they') return null;
    const at = firstFrom(this.sents, pos + 1) - 1;
    for (let i = at; i >= 0 && i > at - PRONOUN_LOOKBACK; i--) {
      const s = this.sents[i]!;
      const speaker = i < at ? this.sourceOfSentence(i) : null;
      if (speaker !== null && this.people.has(speaker)) return speaker;
      // In the pronoun's own sentence, only the words before it.
      const end = Math.min(i === at ? pos : s.end, s.start + MAX_SENTENCE);
      const els = end <= s.end ? this.sentenceElements(i) : this.elements(s.start, end);
      for (const e of els) {
        if (tokenEndOf(e) > end) break;
        if (e.name?.kind === 'person') return e.name.entity;
      }
    }
    return null;
  }

  /**
   * The body "it" at `pos` stands for ("…,” it added.", "…, it said."): in the nearest sentence that
   * has one, the body that sentence reports, else the last body it names before `pos`; none where
   * that sentence reports a body it does not name ("The military said …"). A person is no "it";
   * nor is a place or an unknown name, whose "it" is more often a thing.
   */
  private resolveIt(pos: number): number | null {
    const at = firstFrom(this.sents, pos + 1) - 1;
    for (let i = at; i >= 0 && i > at - PRONOUN_LOOKBACK; i--) {
      const speaker = i < at ? this.sourceOfSentence(i) : null;
      if (speaker !== null && !this.people.has(speaker)) return speaker;
      // "The military said it struck a base. “…,” it said.": a body the text does not name.
      if (speaker === null && this.openingReporter(i)) return null;
      let body: number | null = null;
      for (const e of this.sentenceElements(i)) {
        if (tokenEndOf(e) > pos) break;
        if (e.name && BODIES.has(e.name.kind)) body = e.name.entity;
      }
      if (body !== null) return body;
    }
    return null;
  }

  /** Elements of sentence `i` (of its first MAX_SENTENCE characters), read once: sources, pronouns and antecedents ask for them. */
  private sentenceElements(i: number): Element[] {
    let els = this.bySentence[i];
    if (!els) {
      const s = this.sents[i]!;
      els = this.elements(s.start, Math.min(s.end, s.start + MAX_SENTENCE));
      this.bySentence[i] = els;
    }
    return els;
  }

  /** `, Molina wrote.` / `, says Griffin.` / `, he said.` / `, said the minister.` / `, according to X.` */
  private afterQuote(all: Element[], from: number): number | null {
    const els = skipTitle(all, 0);
    const first = els[0];
    // `”. Berit Reiss-Andersen, who chairs …`: a new sentence is not the quote's attribution.
    if (!first || this.endsSentenceBetween(from, first.start)) return null;
    if (first.cls & REPORTING_VERB) return this.objectAfter(els, 0);
    if (first.lower === 'according' && els[1]?.lower === 'to') return this.nameWithin(els, 2, ACCORDING_REACH);
    // `,” the statement added.`: what the last named source issued.
    if (first.lower === 'the' && ISSUED.has(els[1]?.lower) && (els[2]?.cls ?? 0) & REPORTING_VERB) return this.lastSource(first.start);
    // `,” in both states, Tripti Parule, spokeswoman for …, said`: a short phrase set off by commas
    // comes before the subject.
    const phrase = this.leadingPhrase(els);
    if (phrase > 0) return this.afterQuote(els.slice(phrase), els[phrase - 1]!.end);
    const described = this.describedName(els);
    if (described !== null) return described;
    const subject = this.definiteSubject(els);
    const head = els[subject]!;
    // `, Chad Griffin, the group’s president, said.`: a name may carry an apposition before its verb;
    // otherwise only auxiliaries stand between ("and Tom Reed said" is someone else's verb).
    const apposition = head.name !== undefined && /^\s*,/.test(this.text.slice(head.end, head.end + 3));
    for (let i = subject + 1; i < els.length && i < AFTER_REACH; i++) {
      const e = els[i]!;
      if (this.endsSentenceBetween(els[i - 1]!.end, e.start)) break;
      if (e.cls & REPORTING_VERB) return this.subjectBefore(els, i);
      // `,” EC Chairperson Charlotte Osei declared`, `,” opposition lawmaker Ana Ruiz retorted`: a
      // title, and the name after it, stand between too; so does a number in a body's name
      // (`,” Kelmor Fire District 21 Chief Ana Ruiz said`).
      const titled =
        e.cls & (ROLE_HEAD | ROLE_MODIFIER | PERSON_NOUN) ||
        (e.name !== undefined && els[i - 1]!.cls & (ROLE_HEAD | PERSON_NOUN)) ||
        (isCount(e) && els[i - 1]!.name !== undefined && ((els[i + 1]?.cls ?? 0) & ROLE_HEAD) !== 0) ||
        this.inLowerTitle(els, i) ||
        wordsOfTitle(els, i);
      if (!apposition && !(e.cls & VERB_FILLER) && !titled) break;
    }
    return null;
  }

  /**
   * `,” deputy commissioner of police (North) Ravi Mehra said`: a lower-case title goes on through
   * "of" and the body it is of, and a word in brackets after it that says which branch.
   */
  private inLowerTitle(els: Element[], i: number): boolean {
    const e = els[i]!;
    const prev = els[i - 1]!;
    // The name the title ends in.
    if (e.name) return e.name.kind === 'person' && i > 1 && prev.lower !== undefined && !TITLE_LINKS.has(prev.lower) && this.inLowerTitle(els, i - 1);
    if (TITLE_LINKS.has(e.lower) && e.lower !== 'the') return (prev.cls & (ROLE_HEAD | ROLE_MODIFIER)) !== 0;
    if (e.cls & BODY_NOUN) return TITLE_LINKS.has(prev.lower);
    return e.lower !== undefined && this.text.charCodeAt(e.start - 1) === OPEN_BRACKET && this.text.charCodeAt(e.end) === CLOSE_BRACKET && (prev.cls & (BODY_NOUN | ROLE_HEAD)) !== 0;
  }

  /**
   * `,” a senior leader of the Kelmor Union alliance of farm groups, Ana Ruiz, told reporters`: a
   * description of a role, then the person it describes set off by commas, then a reporting verb.
   */
  private describedName(els: Element[]): number | null {
    // An article opens the description of a role before the name it describes ("a senior leader of …, Ana Ruiz,").
    if (!BARE_ARTICLES.has(els[0]!.lower ?? '')) return null;
    let role = false;
    for (let j = 1; j < els.length && j <= APPOSITION_REACH; j++) {
      const e = els[j]!;
      if (this.endsSentenceBetween(els[j - 1]!.end, e.start)) return null;
      if (e.name?.kind === 'person' && /^,\s*$/.test(this.text.slice(els[j - 1]!.end, e.start))) {
        let v = j + 1;
        while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
        const closed = /^,\s*$/.test(this.text.slice(e.end, els[j + 1]?.start ?? e.end));
        return role && closed && ((els[v]?.cls ?? 0) & REPORTING_VERB) !== 0 ? e.name.entity : null;
      }
      if (e.cls & (ROLE_HEAD | PERSON_NOUN | SPOKESNOUN)) role = true;
    }
    return null;
  }

  /** Elements of a phrase opening with a preposition and closed by a comma within LEADING_REACH words, or 0. */
  private leadingPhrase(els: Element[]): number {
    const first = els[0]!;
    if (first.lower === undefined || first.lower === 'the' || isPronoun(first.lower) || !(first.cls & FUNCTION)) return 0;
    for (let j = 1; j < els.length && j <= LEADING_REACH; j++) {
      // "he said, calling on …" is the attribution itself, not a phrase before it.
      if (els[j - 1]!.name || els[j - 1]!.cls & REPORTING_VERB) return 0;
      const gap = this.text.slice(els[j - 1]!.end, els[j]!.start);
      if (gap.includes(',')) return /^,\s+$/.test(gap) ? j : 0;
      if (this.punctuatedBetween(els[j - 1]!.end, els[j]!.start)) return 0;
    }
    return 0;
  }

  /**
   * Where the subject after a quote ends: `,” the Office for National Statistics said`, `,” the
   * region’s Housing Minister Tomas Varga said` and `,” the minister said` open with "the" and a few
   * nouns and names before the verb, whose subject is read as after any name. Index 0 when the words
   * after the quote do not open so; a function word ("the MP for Kent said") means the name there is
   * not the subject.
   */
  private definiteSubject(els: Element[]): number {
    const first = els[0]!.lower;
    if (first !== 'the' && first !== 'a' && first !== 'an') return 0;
    for (let j = 1; j < els.length && j <= DEFINITE_REACH; j++) {
      const e = els[j]!;
      if (e.cls & REPORTING_VERB) return this.punctuatedBetween(els[0]!.end, e.start) ? 0 : j - 1;
      if (e.cls & FUNCTION) return 0;
    }
    return 0;
  }

  /**
   * Finite reporting verbs take the name just before them ("Molina writes that"); participles take
   * the subject of the main clause, its first person ("Griffin has made a request, saying …").
   * Quotes look at the verb nearest to them, sentences at the first one.
   */
  private sourceOf(els: Element[], order: 'first' | 'last'): number | null {
    const last = els.length - 1;
    for (let n = 0; n <= last; n++) {
      const i = order === 'first' ? n : last - n;
      const e = els[i]!;
      if (e.lower === undefined) continue;
      let found: number | null = null;
      if (e.lower === 'according' && els[i + 1]?.lower === 'to') found = this.nameWithin(els, i + 2, ACCORDING_REACH);
      // "A tweet from Ruiz's account said: …": the one who issues a statement or a post speaks in it.
      else if (ISSUED_BY.has(e.lower) && (els[i + 1]?.lower === 'from' || els[i + 1]?.lower === 'by')) found = this.nameWithin(els, i + 2, 3);
      // "The Kelmor police put the figure at 60,000 while …": a tally opening a sentence reports it too.
      else if ((e.cls & REPORTING_VERB && !calledTo(els, i)) || (order === 'first' && isTally(els, i))) {
        const after = this.definiteAfter(els, i);
        if (after > 0) found = this.invertedSubject(els, i) ?? this.definite(els, after);
        else found = this.invertsToNoun(els, i) ? null : this.subjectBefore(els, i) ?? this.invertedSubject(els, i) ?? this.sharedSubject(els, i);
        // "The health ministry in Ostra said 26 died, while the Kelmor army said …": the sentence's
        // first speaker is one it does not name, and a later verb joined to it reports only its own
        // clause. A verb the first one reports ("said it was checking Red Crescent reports that …"),
        // an "according to X" or a verb closing the sentence ("…, the Kelmor Times found.") still names
        // the source.
        if (found === null && order === 'first' && this.unnamedBefore(els, i) && coordinatedReport(els, i)) return null;
      }
      else if (e.cls & REPORTING_PARTICIPLE) found = this.mainSubject(els, i);
      if (found !== null) return found;
    }
    return null;
  }

  /**
   * The subject right before the verb at els[verb] is a noun of a speaker that names no one, with the
   * place that locates it ("the health ministry in Ostra", "officials", "police in Kelmor").
   */
  private unnamedBefore(els: Element[], verb: number): boolean {
    let i = verb - 1;
    while (i >= 0 && els[i]!.cls & VERB_FILLER) i--;
    const last = i;
    i = this.beforeRelative(els, i);
    // Past the comma closing a relative clause, only fillers may stand before the verb.
    const end = i === last ? els[i]?.end ?? 0 : this.text.indexOf(',', els[last]!.end) + 1;
    if (els[i]?.name?.kind === 'place') {
      // "in rebel-held Ostra": a few words may describe the place.
      let link = i - 1;
      while (link > 0 && link >= i - PLACE_REACH && !PLACE_LINKS.has(els[link]!.lower)) link--;
      if (link > 0 && PLACE_LINKS.has(els[link]!.lower)) i = link - 1;
    }
    const e = els[i];
    return e?.lower !== undefined && isSpeakerNoun(e.lower) && !this.punctuatedBetween(end, els[verb]!.start);
  }

  /**
   * "Her party, which staged the march, had said": where els[last] closes a relative clause set off
   * by commas, the index of the noun before it (the clause's subject); else `last`.
   */
  private beforeRelative(els: Element[], last: number): number {
    if (last < 2 || !/^\s*,/.test(this.text.slice(els[last]!.end, els[last]!.end + 2))) return last;
    for (let j = last; j > 0 && j > last - APPOSITION_REACH; j--) {
      if (!this.punctuatedBetween(els[j - 1]!.end, els[j]!.start)) continue;
      const relative = els[j]!.lower === 'which' || els[j]!.lower === 'who';
      return relative && /^,\s*$/.test(this.text.slice(els[j - 1]!.end, els[j]!.start)) ? j - 1 : last;
    }
    return last;
  }

  /**
   * "…, who was sentenced in absentia, said witnesses.": after a comma, a verb whose subject follows it
   * as a plural noun of people (witnesses, officials) leaves nobody named as the source.
   */
  private invertsToNoun(els: Element[], verb: number): boolean {
    // Only "said" turns round so; "told reporters" has its object after it.
    if (els[verb]!.lower !== 'said' && els[verb]!.lower !== 'says') return false;
    const next = els[verb + 1];
    const prev = els[verb - 1];
    if (next?.lower === undefined || !prev || !/,\s*$/.test(this.text.slice(prev.end, els[verb]!.start))) return false;
    return (singularClass(next.lower) & (SPOKESNOUN | PERSON_NOUN)) !== 0 && next.lower.endsWith('s');
  }

  /**
   * "He met the Acme Corp, said the report.": after a comma, "said the <name, or noun of a speaker>"
   * closing its clause has its subject after the verb, so the name before the comma is not the
   * source ("X, a spokeswoman, said the plan failed" is X's). The index of that subject's last
   * element, or 0.
   */
  private definiteAfter(els: Element[], verb: number): number {
    const prev = els[verb - 1];
    if (!prev || els[verb + 1]?.lower !== 'the' || !INVERTING_VERBS.has(els[verb]!.lower!)) return 0;
    if (!/,\s*$/.test(this.text.slice(prev.end, els[verb]!.start))) return 0;
    for (let j = verb + 2; j < els.length && j <= verb + 4; j++) {
      const e = els[j]!;
      if (e.cls & FUNCTION) return 0;
      const after = els[j + 1];
      if (!after || this.punctuatedBetween(e.end, after.start)) return e.name !== undefined || isSpeakerNoun(e.lower) ? j : 0;
    }
    return 0;
  }

  private subjectBefore(els: Element[], verb: number): number | null {
    // "Nana Akufo-Addo … has been declared winner": a passive verb reports nothing of its subject.
    const aux = els[verb - 1]?.lower;
    if (aux !== undefined && PASSIVE_AUXILIARIES.has(aux)) return null;
    if (objectRelative(els, verb)) return null;
    const relative = this.unclosedRelative(els, verb);
    if (relative !== null) return relative;
    for (let i = verb - 1; i >= 0; i--) {
      const e = els[i]!;
      if (e.name) {
        if (isParticiple(els[verb]!.lower) && causedBefore(els, i)) return null;
        const head = this.appositionHead(els, i, verb);
        if (head !== null) return head;
        return this.modifiesOtherNoun(els, i) ? null : this.headOfPhrase(els, i);
      }
      if (isPronoun(e.lower)) return this.resolve(e.start, e.lower);
      // "It said …", "…, it added": "it" reports for a body only with a verb of speech ("It maintains
      // records" is about the body).
      if (e.lower === 'it') return IT_VERBS.has(els[verb]!.lower!) ? this.resolveIt(e.start) : null;
      if (!(e.cls & VERB_FILLER) || this.punctuatedBetween(e.end, els[i + 1]!.start)) {
        const aside = this.asideBefore(els, verb);
        if (aside > 0) return this.subjectBefore([...els.slice(0, aside), ...els.slice(verb)], aside);
        return this.appositionHead(els, i, verb) ?? this.spokesnoun(els, i) ?? this.describedBody(els, i) ?? this.definite(els, i);
      }
    }
    return null;
  }

  /**
   * "Kamal Perera, who was appointed as Minister of Roads said": a relative clause on a person that no
   * comma closes runs up to the verb, whose subject is that person, not a name inside the clause.
   */
  private unclosedRelative(els: Element[], verb: number): number | null {
    for (let j = verb - 1; j > 0 && j >= verb - APPOSITION_REACH; j--) {
      const e = els[j]!;
      if (e.lower === 'who') {
        const person = els[j - 1]!.name;
        return person?.kind === 'person' && /^,\s*$/.test(this.text.slice(els[j - 1]!.end, e.start)) ? person.entity : null;
      }
      if (this.punctuatedBetween(els[j - 1]!.end, e.start)) return null;
    }
    return null;
  }

  /**
   * "Organisers of the rally against the visit of President Ana Ruiz claimed", "Lawyers for Ana
   * Ruiz said": the name at els[at] (after its title and determiner) is the object of a preposition
   * after a lower-case noun, a modifier of the subject and not the subject. The noun speaks for the
   * name only where it is its voice: a spokesperson or a government for anyone ("a spokesman for Ana
   * Ruiz", "the government of President Ruiz"); for a body, also its people, staff, officers or
   * outlets ("officials at the ministry", "a doctor at Kelmor Hospital", "the head of Acme"). "A
   * report by X", "data from X" name their source.
   */
  private modifiesOtherNoun(els: Element[], at: number): boolean {
    let i = at - 1;
    while (i >= 0 && els[i]!.cls & (ROLE_HEAD | ROLE_MODIFIER) && !this.punctuatedBetween(els[i]!.end, els[i + 1]!.start)) i--;
    if (els[i]?.lower !== undefined && ARTICLES.has(els[i]!.lower!)) i--;
    const link = els[i]?.lower;
    const noun = els[i - 1];
    if (link === undefined || !MODIFIER_LINKS.has(link) || noun?.lower === undefined || noun.cls & FUNCTION) return false;
    if (this.punctuatedBetween(noun.end, els[at]!.start)) return false;
    const cls = singularClass(noun.lower);
    // "a spokesman for Ana Ruiz", "the government of President Ruiz": a person's voice too.
    if (noun.lower.startsWith('spokes') || cls & GOV_HEAD) return false;
    return els[at]!.name!.kind === 'person' || !(cls & VOICE || BODY_VOICES.has(noun.lower));
  }

  /**
   * "Coach Glen Williams praised the opposition and spoke about …": a reporting verb after "and"
   * shares the subject the sentence opens with, its last name among titles ("Lions coach Glen
   * Williams"). A sentence opening with a word ("Police arrested Ruiz and said") names none.
   */
  private sharedSubject(els: Element[], verb: number): number | null {
    if (els[verb - 1]?.lower !== 'and') return null;
    let subject: Named | undefined;
    for (let i = 0; i < verb; i++) {
      const e = els[i]!;
      if (e.name) subject = e.name;
      else if (e.lower !== 'the' && !(e.cls & (ROLE_HEAD | ROLE_MODIFIER))) break;
    }
    return subject && SPEAKS.has(subject.kind) ? subject.entity : null;
  }

  /**
   * "Lukas Brenner of RSF said", "Senator Dale Whitcombe of Kansas said", "the Vaccine Confidence
   * Project at the LSHTM found", "the Health Ministry in Gaza said" (a name ends before the place
   * that locates it): the subject is the first name; null when nothing there speaks. The
   * chain is followed to its start: "Dr. Ana Ruiz of the School of Public Health at Imperial College
   * said" is hers, not the school's.
   */
  private headOfPhrase(els: Element[], at: number): number | null {
    let name = els[at]!.name!;
    let i = at - 1;
    let found: Named | undefined = SPEAKS.has(name.kind) ? name : undefined;
    // Each step moves back past at least two elements: linear in the phrase.
    for (;;) {
      if (els[i]?.lower === 'the') i--;
      const link = els[i]?.lower;
      const head = link === 'of' || link === 'at' || link === 'from' || link === 'in' ? els[i - 1]?.name : undefined;
      if (!head || this.punctuatedBetween(head.end, name.start)) break;
      if (SPEAKS.has(head.kind)) found = head;
      name = head;
      i -= 2;
    }
    return found ? found.entity : null;
  }

  /** "Delacroix’s team found", "CPJ researchers counted": a noun right after a name speaks for it. */
  private spokesnoun(els: Element[], at: number): number | null {
    const prev = els[at - 1];
    const cls = els[at]!.cls;
    // "Kestrel television reported", "the Acme group said": the kind of body after its name speaks for it too.
    if (!prev || !(cls & (SPOKESNOUN | OUTLET_CUE | ORG_CUE))) return null;
    const gap = this.text.slice(prev.end, els[at]!.start);
    // "the court’s figures showed": the body the definite noun stands for.
    if (prev.lower !== undefined) return cls & SPOKESNOUN && /^['’]s\s+$/.test(gap) ? this.definite(els, at - 1) : null;
    // "Ferri's lawyer told the court": a person's lawyer, wife or adviser is someone else, who argues
    // what that person may not; a body's lawyers or staff are its voice.
    if (prev.name.kind === 'person' && singularClass(els[at]!.lower!) & PERSON_NOUN && /^['’]s\s+$/.test(gap)) return null;
    return SPEAKS.has(prev.name.kind) && /^(?:['’]s)?\s+$/.test(gap) ? prev.name.entity : null;
  }

  /**
   * "the Ministry, in an official statement, said", "the agency, citing officials, said": where a
   * phrase opening with a preposition (or "citing", "quoting"), set off by commas, stands right before
   * the verb, the index of its first word (the subject is before it), or 0.
   */
  private asideBefore(els: Element[], verb: number): number {
    if (!/^,\s*$/.test(this.text.slice(els[verb - 1]!.end, els[verb]!.start))) return this.issuedAside(els, verb);
    for (let j = verb - 1; j > 0 && j >= verb - ASIDE_REACH; j--) {
      const gap = this.text.slice(els[j - 1]!.end, els[j]!.start);
      if (/^,\s*$/.test(gap)) {
        const w = els[j]!.lower;
        return w !== undefined && ((els[j]!.cls & FUNCTION && !OPENS_APPOSITION.has(w)) || CITING.has(w)) ? j : 0;
      }
      if (this.punctuatedBetween(els[j - 1]!.end, els[j]!.start)) return 0;
    }
    return 0;
  }

  /**
   * "Ana Ruiz in a twitter post on Thursday said": with no commas, only "in" and an article, at most
   * one word, a noun of what a source issues and an optional "on <weekday>" may stand between a name
   * and its verb; the index of "in", or 0.
   */
  private issuedAside(els: Element[], verb: number): number {
    let j = verb - 1;
    if (j > 1 && els[j]!.cls & WEEKDAY && els[j - 1]!.lower === 'on') j -= 2;
    if (!ISSUED_IN.has(els[j]!.lower)) return 0;
    for (let k = j - 2; k >= 1 && k >= j - 3; k--) {
      if (els[k]!.lower !== 'in' || !ARTICLES.has(els[k + 1]!.lower!) || !els[k - 1]!.name) continue;
      return this.punctuatedBetween(els[k - 1]!.end, els[verb]!.start) ? 0 : k;
    }
    return 0;
  }

  /**
   * "The Xinhua news agency reported", "the Sichuan provincial government says": a name, then a few
   * lower-case words ending in a noun of a body, speaks. Not a person's name: "the Biden
   * administration" is not Biden.
   */
  private describedBody(els: Element[], at: number): number | null {
    if (!(els[at]!.cls & BODY_NOUN)) return null;
    for (let i = at - 1; i >= 0 && i >= at - 1 - DESCRIPTOR_REACH; i--) {
      const e = els[i]!;
      if (this.punctuatedBetween(e.end, els[i + 1]!.start)) return null;
      if (e.name) return i < at - 1 && SPEAKS.has(e.name.kind) && e.name.kind !== 'person' ? e.name.entity : null;
      if (!(e.cls & DESCRIPTOR) && !e.lower.endsWith('al')) return null;
    }
    return null;
  }

  /** "the office said", "according to the monitoring mission", "police said": the last body named with that head noun. */
  private definite(els: Element[], at: number): number | null {
    const noun = els[at]!;
    if (noun.lower === undefined || noun.cls & FUNCTION) return null;
    // "police said": a public body's noun with no article opening its phrase stands for the last body named with it.
    if (noun.cls & GOV_HEAD && (at === 0 || this.punctuatedBetween(els[at - 1]!.end, noun.start))) return this.byHead(noun.lower, noun.start, false);
    for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
      const e = els[i]!;
      // "the minister said": a title stands for the last person who had it.
      if (e.lower === 'the' && noun.cls & ROLE_HEAD) return this.byRole(noun.lower, noun.start);
      if (e.lower === 'the') return this.byHead(noun.lower, noun.start, i === at - 1);
      if (e.lower === undefined || e.cls & FUNCTION) return null;
    }
    return null;
  }

  /** The source of the nearest sentence before the one holding `pos` that has one, a few sentences back. */
  private lastSource(pos: number): number | null {
    const at = firstFrom(this.sents, pos + 1) - 1;
    for (let i = at - 1; i >= 0 && i >= at - ISSUER_LOOKBACK; i--) {
      const found = this.sourceOfSentence(i);
      if (found !== null) return found;
    }
    return null;
  }

  /**
   * The most recent organisation or government body whose name has that word ("office" for the
   * Congressional Budget Office); a generic "the company" takes the most recent organisation. Any other
   * body noun ("the coalition", "the group") takes only a body introduced with it: "the coalition said"
   * after a paragraph on NATO may be another coalition, and pinning it on NATO would be wrong.
   * A government noun takes only a body named with it: "the military said" after the Health Ministry
   * is another body. A qualified noun ("the Acme-owned company") may name a body of its own: it too takes only a body named with it.
   */
  private byHead(noun: string, before: number, bare: boolean): number | null {
    const generic = bare && (wordClass(noun) & ORG_CUE) !== 0;
    let fallback: number | null = null;
    for (let i = firstFrom(this.names, before) - 1; i >= 0; i--) {
      const n = this.names[i]!;
      if (n.kind !== 'organization' && n.kind !== 'government' && n.kind !== 'outlet') continue;
      const words = this.text.slice(n.start, n.end).toLowerCase().split(/\s+/);
      if (words.includes(noun) || words.includes(`${noun}s`)) return n.entity;
      if (fallback !== null || !generic || n.kind !== 'organization' || this.attributive(n)) continue;
      if (COMPANY_NOUNS.has(noun) ? !this.describedOtherwise(n, noun) : this.introducedAs(n.entity, noun, before) || this.groupOfCompany(n.entity, noun)) fallback = n.entity;
    }
    return fallback;
  }

  /**
   * The body was named with that noun before `before`: right before it ("the coalition Kelmor Pact") or
   * right after it, also through a hyphened adjective ("the Kelmor group", "the Kelmor-led coalition").
   */
  private introducedAs(entity: number, noun: string, before: number): boolean {
    if (this.cuesOf(entity).has(noun)) return true;
    const after = nounAfterName(noun);
    return this.names.some((m) => m.entity === entity && m.end < before && after.test(this.text.slice(m.end, m.end + noun.length + 16)));
  }

  /**
   * "the trade union Kelmor Workers Union": a body named anywhere right after the noun of another kind of body than
   * the generic `noun` ("the company said") is not the one that noun stands for.
   */
  private describedOtherwise(n: Named, noun: string): boolean {
    const company = COMPANY_NOUNS.has(noun);
    for (const cue of this.cuesOf(n.entity)) if (cue !== noun && !(company && COMPANY_NOUNS.has(cue))) return true;
    return false;
  }

  /** "the computer maker Acme … the group said": a company named with a company's noun is "the group" a business story calls it. */
  private groupOfCompany(entity: number, noun: string): boolean {
    if (noun !== 'group') return false;
    for (const cue of this.cuesOf(entity)) if (COMPANY_NOUNS.has(cue)) return true;
    return false;
  }

  /** The body nouns `entity` is named right after ("the trade union Kelmor Workers Union"). */
  private cuesOf(entity: number): ReadonlySet<string> {
    if (!this.cues) {
      // Read once, for the few generic nouns an article has.
      const cues = new Map<number, Set<string>>();
      for (const m of this.names) {
        const cue = this.tokens[firstFrom(this.tokens, m.start) - 1];
        if (cue && cue.end + 1 === m.start && cue.cls & ORG_CUE) (cues.get(m.entity) ?? cues.set(m.entity, new Set()).get(m.entity)!).add(cue.lower);
      }
      this.cues = cues;
    }
    return this.cues.get(entity) ?? NO_CUES;
  }

  /**
   * "a repeat of the Norvo Tools closure": a name between "the" and a lower-case noun modifies that noun,
   * and is not the company a later "the company said" stands for ("the Acme group", "the Acme board
   * said" are the body itself).
   */
  private attributive(n: Named): boolean {
    const { tokens } = this;
    const next = tokens[firstFrom(tokens, n.end)];
    if (!next || next.capitalised || next.start !== n.end + 1 || next.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB | BODY_NOUN) || next.lower.endsWith('ed')) return false;
    const before = tokens[firstFrom(tokens, n.start) - 1];
    return before !== undefined && before.lower === 'the' && before.end + 1 === n.start;
  }

 /**
   * "Maria Kostas, a spokeswoman for the Coast Guard, said" / "Shelter, a housing charity, said": the
   * words before the verb are an apposition, and the subject is the name it describes.
   */
  private appositionHead(els: Element[], last: number, verb: number): number | null {
    const closed = this.hasCharBetween(els[last]!.end, els[verb]!.start, COMMA);
    for (let i = last - 1; i >= 0 && i >= last - APPOSITION_REACH; i--) {
      const e = els[i]!;
      const next = els[i + 1]!;
      // ", a spokeswoman for …" or a bare title: ", spokeswoman for …", ", executive director of …";
      // a body owning the title (", Acme’s chief executive,"); a person's noun (", mother of Ana,").
      const title = next.cls & (ROLE_HEAD | ROLE_MODIFIER) || this.ownsTitle(els, i + 1);
      const described = next.lower !== undefined && (OPENS_APPOSITION.has(next.lower) || next.cls & PERSON_NOUN);
      // ", Canadian Survivor,": a Title-Case role ending in a person's noun or a title, closed by a comma.
      const titleCased = closed && e.name?.kind === 'person' && next.lower !== undefined && (classAt(this.text, next.start) & UPPER) !== 0 && (els[last]!.cls & (PERSON_NOUN | ROLE_HEAD)) !== 0;
      const opens = (described || title || titleCased) && /^,\s*$/.test(this.text.slice(e.end, next.start));
      // "X, spokesperson of the Y tweeted": a title and its body need no closing comma before the person's verb.
      if (opens) return e.name && SPEAKS.has(e.name.kind) && (closed || (title && e.name.kind === 'person')) ? e.name.entity : null;
      if (!closed && !this.inTitle(els, i + 1)) return null;
    }
    return null;
  }

  /** The name is a possessive: "Ferri's" of "Ferri's lawyer", "Chambers'" of "Chambers' estimate". */
  private possessed(e: Element): boolean {
    const after = this.text.slice(e.end, e.end + 3);
    return /^['’]s\s/.test(after) || (this.text.charCodeAt(e.end - 1) === 115 && /^['’]\s/.test(after));
  }

  /**
   * "beat chief executive Paul Brandt's own estimate of growth of 15 per cent": a figure after a
   * person's forecast in its clause is that person's, not the sentence's source's.
   */
  ownerBefore(i: number, pos: number): number | null {
    const els = this.sentenceElements(i);
    const at = firstFrom(els, pos);
    for (let k = at - 1; k > 0 && k >= at - OWNER_REACH; k--) {
      const e = els[k]!;
      if (this.punctuatedBetween(e.end, k + 1 < at ? els[k + 1]!.start : pos) || e.name) return null;
      if (!FORECAST_NOUNS.has(e.lower)) continue;
      const owner = els[k - 1]!.lower === 'own' ? els[k - 2] : els[k - 1];
      return owner?.name?.kind === 'person' && this.possessed(owner) ? owner.name.entity : null;
    }
    return null;
  }

  /**
   * "He saw revenue growing 16 per cent", "Mr Brandt also raised the company's growth target to 12
   * per cent": a person (or he or she) opening a sentence that forecasts, or sets a forecast, is its
   * source; such a sentence has no reporting verb.
   */
  private forecaster(all: Element[]): number | null {
    // "The Finance Ministry expects": a body's name may open with "the".
    const lead = all[0]?.lower === 'the' && all[1]?.name !== undefined && BODIES.has(all[1].name.kind) ? all.slice(1) : all;
    const els = skipTitle(lead, 0);
    const first = els[0];
    if (!first) return null;
    const body = first.name !== undefined && BODIES.has(first.name.kind);
    const person = first.name?.kind === 'person' || body ? first.name!.entity : isPronoun(first.lower) && first.lower !== 'they' ? this.resolve(first.start, first.lower!) : null;
    if (person === null) return null;
    let v = 1;
    while (v < els.length && els[v]!.cls & VERB_FILLER) v++;
    const verb = els[v];
    if (verb?.lower === undefined || verb.cls & FUNCTION || this.punctuatedBetween(first.end, verb.start)) return null;
    // "The Finance Ministry expects GDP to fall 6 per cent": a body forecasts only by a verb of
    // forecasting ("The bank saw …" may tell its own results).
    if (body) return BODY_FORECAST_VERBS.has(verb.lower) ? person : null;
    if (FORECAST_VERBS.has(verb.lower)) return person;
    for (let k = v + 1; k < els.length && k <= v + OWNER_REACH; k++) {
      if (this.punctuatedBetween(els[k - 1]!.end, els[k]!.start)) return null;
      // "could target the cells" is a verb.
      if (FORECAST_NOUNS.has(els[k]!.lower)) return els[k - 1]!.cls & VERB_FILLER || els[k - 1]!.lower === 'to' ? null : person;
    }
    return null;
  }

  /** els[i] is a name owning the title after it: "Acme’s chief executive". */
  private ownsTitle(els: Element[], i: number): boolean {
    const owner = els[i]!;
    return owner.name !== undefined && this.possessed(owner) && ((els[i + 1]?.cls ?? 0) & (ROLE_HEAD | ROLE_MODIFIER)) !== 0;
  }

  /** A word of a title and the body it is of ("director of the Y"), or a name there. */
  private inTitle(els: Element[], i: number): boolean {
    const e = els[i]!;
    return e.name !== undefined || (e.cls & (ROLE_HEAD | ROLE_MODIFIER)) !== 0 || TITLE_LINKS.has(e.lower);
  }

  /** "…, said Molina." — only after a comma, so "Trump told Putin" stays unattributed to Putin. */
  private invertedSubject(els: Element[], verb: number): number | null {
    const prev = els[verb - 1];
    const start = els[verb]!.start;
    // "‘…,’ said Ana Ruiz, Zenit’s chief executive, noting sales of 5 million": after a quote the
    // sentence opens with, the figures of the words after the speaker are that speaker's too.
    const turned = prev ? /,\s*$/.test(this.text.slice(prev.end, start)) : verb === 0 && AFTER_QUOTE.test(this.text.slice(Math.max(0, start - 4), start));
    return turned ? this.objectAfter(els, verb) : null;
  }

  private objectAfter(all: Element[], verb: number): number | null {
    const els = skipTitle(all, verb + 1);
    const next = els[verb + 1];
    if (!next) return null;
    // `said "Boston Five" veteran Carl Moss`: a nickname in quotation marks is part of the title before the name.
    if (next.name && this.inQuotationMarks(next)) return this.personAfterTitle(els, verb + 2);
    // "said RDC spokesman Omar Hadi", "said a Kelmor Peace Coalition spokesman": a body's
    // title after the verb, and the person it names, if any.
    const body = next.name ? verb + 1 : next.lower !== undefined && ARTICLES.has(next.lower) && els[verb + 2]?.name ? verb + 2 : -1;
    const voice = body > 0 && els[body]!.name!.kind !== 'person' ? this.titledVoice(els, body) : null;
    if (voice !== null) return voice;
    if (next.name) return SPEAKS.has(next.name.kind) ? next.name.entity : null;
    if (isPronoun(next.lower)) return this.resolve(next.start, next.lower);
    const title = els[verb + 2];
    if (next.lower === 'the' && title?.lower !== undefined && title.cls & ROLE_HEAD) return this.byRole(title.lower, title.start);
    // ", stated the Pakistan Bureau of Statistics.": a body named after "the".
    if (next.lower === 'the' && title?.name && title.name.kind !== 'person') return SPEAKS.has(title.name.kind) ? title.name.entity : null;
    // "said political scientist Mariana Queiroz", "said study lead author Claire Parkinson": a
    // lower-case title of up to three words.
    for (let i = verb + 1; i < els.length && i <= verb + 4; i++) {
      const e = els[i]!;
      if (e.name) return e.name.kind === 'person' && !this.punctuatedBetween(els[verb]!.end, e.start) ? e.name.entity : null;
      if (e.cls & FUNCTION) return null;
    }
    return null;
  }

  /** The name at `e` stands between quotation marks, as a nickname does (`"Boston Five" veteran`). */
  private inQuotationMarks(e: Element): boolean {
    return QUOTATION_MARKS.has(this.text.charCodeAt(e.start - 1)) && QUOTATION_MARKS.has(this.text.charCodeAt(e.end));
  }

  /** "veteran Carl Moss": the person named after up to MAX_TITLE_WORDS title words from els[at], or null. */
  private personAfterTitle(els: Element[], at: number): number | null {
    let j = at;
    while (j < els.length && j < at + MAX_TITLE_WORDS && els[j]!.lower !== undefined && els[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN | PERSON_NOUN)) j++;
    const person = els[j]?.name;
    return j > at && person?.kind === 'person' && !this.punctuatedBetween(els[at]!.start, els[j]!.start) ? person.entity : null;
  }

  /**
   * "RDC spokesman Omar Hadi", "a Kelmor Peace Coalition spokesman": the body at els[at]
   * followed by lower-case title words speaks through the person named right after them, or itself
   * where no one is; null when no title follows.
   */
  private titledVoice(els: Element[], at: number): number | null {
    let j = at + 1;
    // "Kelmor Watch's acting Asia director Lena Park": a place may narrow a possessed title.
    const owned = this.possessed(els[at]!);
    const titleWord = (e: Element): boolean => (e.lower !== undefined ? (e.cls & (ROLE_HEAD | ROLE_MODIFIER | SPOKESNOUN)) !== 0 : owned && e.name.kind === 'place');
    while (j < els.length && j <= at + MAX_TITLE_WORDS && titleWord(els[j]!) && !this.punctuatedBetween(els[j - 1]!.end, els[j]!.start)) j++;
    if (j === at + 1) return null;
    const person = els[j]?.name;
    if (person?.kind === 'person' && !this.punctuatedBetween(els[j - 1]!.end, els[j]!.start)) return person.entity;
    const body = els[at]!.name!;
    return SPEAKS.has(body.kind) ? body.entity : null;
  }

  /** "said the minister": the last person named before with that title. */
  private byRole(title: string, before: number): number | null {
    for (let i = this.names.length - 1; i >= 0; i--) {
      const n = this.names[i]!;
      if (n.start < before && n.kind === 'person' && n.role?.toLowerCase().includes(title)) return n.entity;
    }
    return null;
  }

  /**
   * The first person named before els[end], else the first name there that speaks. A pronoun or a
   * reporting verb before any name is the main clause's own subject ("He took a dig at the Ana
   * Ruiz-led government, saying …", "The governor said that everyone, including Minister Ana Ruiz,
   * must speak up, saying …"): a name after it is someone spoken about, not the speaker.
   */
  private mainSubject(els: Element[], end: number): number | null {
    let first: number | null = null;
    for (let i = 0; i < end; i++) {
      const e = els[i]!;
      const name = e.name;
      if (first === null && !name && (isPronoun(e.lower) || e.cls & REPORTING_VERB)) return isPronoun(e.lower) ? this.resolve(e.start, e.lower!) : this.subjectBefore(els, i);
      // "Officials advised Berg to leave, citing …": an unnamed subject acts, and the name after its verb is no subject.
      if (first === null && !name && e.lower !== undefined && isSpeakerNoun(e.lower) && els[i + 1] && !els[i + 1]!.name && !SUBJECT_LINKS.has(els[i + 1]!.lower!)) return null;
      if (!name || !SPEAKS.has(name.kind)) continue;
      if (name.kind === 'person') return name.entity;
      first ??= name.entity;
    }
    return first;
  }

  private nameWithin(els: Element[], from: number, max: number): number | null {
    for (let i = from; i < els.length && i < from + max; i++) {
      const e = els[i]!;
      if (e.name) return SPEAKS.has(e.name.kind) ? e.name.entity : null;
      const stop = i + 1 >= els.length || this.punctuatedBetween(e.end, els[i + 1]!.start);
      if (this.punctuatedBetween(els[i - 1]!.end, e.start)) return null;
      if (stop) return this.definite(els, i);
    }
    return null;
  }

  /** /[.,;:!?—–()]/ in text[from, to). */
  private punctuatedBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (PUNCTUATION.has(this.text.charCodeAt(i))) return true;
    return false;
  }

  /** /[.!?]/ in text[from, to). */
  private endsSentenceBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 46 || c === 33 || c === 63) return true;
    }
    return false;
  }

  /** The code unit `c` in text[from, to); read there only (indexOf would search on to the text's end where it is absent). */
  private hasCharBetween(from: number, to: number, c: number): boolean {
    for (let i = from; i < to; i++) if (this.text.charCodeAt(i) === c) return true;
    return false;
  }

  /** Words and names of text[start, end), outside quotations, a name standing for all its words. */
  private elements(start: number, end: number): Element[] {
    const { tokens, names, quoted } = this;
    const out: Element[] = [];
    let n = firstFrom(names, start);
    // Quoted ranges are sorted and do not overlap: the one holding a word is the first ending after it.
    let q = Math.max(0, firstFrom(quoted, start + 1) - 1);
    for (let k = firstFrom(tokens, start); k < tokens.length && tokens[k]!.end <= end; k++) {
      const t = tokens[k]!;
      while (q < quoted.length && quoted[q]!.end <= t.start) q++;
      if (q < quoted.length && quoted[q]!.start <= t.start) continue;
      while (n < names.length && names[n]!.end <= t.start) n++;
      const name = names[n];
      if (name && name.start <= t.start && t.start < name.end) {
        if (out[out.length - 1]?.name !== name) out.push({ lower: undefined, cls: 0, name, start: name.start, end: name.end, tokenEnd: t.end });
      } else out.push(t);
    }
    return out;
  }
}

/** Elements at the end of a sentence that may hold the verb of an attribution closing it ("…, said RDC spokesman Ana Ruiz."). */
const CLOSING_REACH = 4;

/** " group", "-led coalition": a body's noun right after its name, one expression per noun (the lexicon's few generic nouns). */
const NOUN_AFTER_NAME = new Map<string, RegExp>();
function nounAfterName(noun: string): RegExp {
  let re = NOUN_AFTER_NAME.get(noun);
  if (!re) NOUN_AFTER_NAME.set(noun, (re = new RegExp(`^(?:-[a-z]+)?\\s+${noun}\\b`, 'i')));
  return re;
}

/** Words that join a second clause with a speaker of its own ("…, while Y said", "…, and Y said"). */
const COORDINATORS: ReadonlySet<string | undefined> = new Set(['and', 'but', 'while', 'whereas']);

/**
 * The next reporting verb after els[from] opens a clause joined to the first by a coordinator, and
 * neither it nor a later one closes the sentence, nor does "according to" follow.
 */
function coordinatedReport(els: Element[], from: number): boolean {
  let joined = false;
  let next = -1;
  for (let i = from + 1; i < els.length; i++) {
    const e = els[i]!;
    if (next < 0 && COORDINATORS.has(e.lower)) joined = true;
    // "… but Y said 300 showed up.": a joined verb with a number after it reports its own clause, whatever closes the sentence.
    if (next < 0 && joined && e.cls & REPORTING_VERB && hasCount(els, i + 1)) return true;
    if ((e.lower === 'according' && els[i + 1]?.lower === 'to') || (i >= els.length - CLOSING_REACH && e.cls & REPORTING_VERB)) return false;
    if (next < 0 && (e.cls & REPORTING_VERB || isTally(els, i))) next = i;
  }
  return next > 0 && joined;
}

/** Words that tie a speaker's noun to a name, which is then part of the subject ("officials of Acme", "police in Ostra"). */
const SUBJECT_LINKS: ReadonlySet<string | undefined> = new Set(['of', 'from', 'at', 'in', 'for', 'with', 'and']);

/** Prepositions whose object may look like a speaker's phrase ("despite analyst estimates"). */
const OBJECT_OPENERS = new Set(['despite', 'of', 'with', 'without', 'for', 'by', 'from', 'against', 'beyond', 'unlike', 'like', 'over', 'under', 'to']);

/** Participles of an aside naming whom a source relays ("the agency, quoting police officials, said"). */
const CITING: ReadonlySet<string> = new Set(['quoting', 'citing']);
/** Verbs that hand what follows to the person named after them ("quoting X as saying"). */
const QUOTING: ReadonlySet<string | undefined> = new Set(['quoting', 'quoted', 'quotes']);

/**
 * Someone a sentence or quote says reports it without naming them: their words as the article writes
 * them, where those are, and where their report ends (`until`, a position in the text).
 */
export interface Reporter extends Range {
  label: string;
  until: number;
}

/** A clause of a sentence with a source of its own: where its words start (its coordinator, if any), where its subject starts, and that source. */
/** Who a figure's "released by" names: a named entity, or a reporter the text does not name. */
export interface Agent {
  entity: number | null;
  reporter: Reporter | null;
}

export interface ClauseSource {
  start: number;
  from: number;
  entity: number;
}

/** A number written in digits or words. */
const isCount = (e: Element | undefined): boolean => e?.lower !== undefined && ((e.shape & DIGIT) !== 0 || (e.cls & NUMBER_WORD) !== 0);

/** A number at or after els[from]. */
function hasCount(els: Element[], from: number): boolean {
  for (let i = from; i < els.length; i++) if (isCount(els[i])) return true;
  return false;
}

/** Verbs that revise a count, giving the new one: "lowered the toll from 89 to 42", "raised the number of wounded". */
const REVISING_VERBS = ['lowered', 'lowers', 'raised', 'raises', 'revised', 'revises', 'updated', 'updates'];
/** Verbs that give a toll as a figure: "put the toll at 55", "gave a death toll of 55", "puts its estimate at". */
const TALLY_VERBS: ReadonlySet<string | undefined> = new Set(['put', 'puts', 'placed', 'places', 'gave', 'gives', ...REVISING_VERBS]);
const TALLY_NOUNS: ReadonlySet<string | undefined> = new Set(['toll', 'tally', 'count', 'number', 'figure', 'estimate', 'total']);
/** How many words the noun of a tally may stand after its verb ("put the death toll"). */
const TALLY_REACH = 3;

/** els[v] is a verb that gives a toll: a noun of a tally follows within a few words. */
function isTally(els: Element[], v: number): boolean {
  if (!TALLY_VERBS.has(els[v]!.lower)) return false;
  for (let i = v + 1; i < els.length && i <= v + TALLY_REACH; i++) if (TALLY_NOUNS.has(els[i]!.lower)) return true;
  return false;
}

/**
 * `,” Kelmor Party floor leader Ana Ruiz said`: lower-case words before a title that stands right
 * before a person's name ("floor", "parliamentary party") are words of that title.
 */
function wordsOfTitle(els: Element[], i: number): boolean {
  for (let j = i; j < els.length && j < i + MAX_TITLE_WORDS; j++) {
    const e = els[j]!;
    if (e.lower === undefined || e.cls & (FUNCTION | REPORTING_VERB)) return false;
    if (e.cls & ROLE_HEAD) return els[j + 1]?.name?.kind === 'person';
  }
  return false;
}

/** Most title words in a row before a name ("Lt. Col." in "said Lt. Col. Ana Ruiz"). */
const MAX_TITLES = 3;

/**
 * Drops the title words standing before a name at `at` ("Mr" in "Mr Putin said", "Lt. Col." in
 * "said Lt. Col. Ana Ruiz"): the name is split from them, and their full stops end no sentence.
 */
function skipTitle(els: Element[], at: number): Element[] {
  let end = at;
  while (end < at + MAX_TITLES && (els[end]?.cls ?? 0) & ROLE_HEAD && !els[end]!.name) end++;
  return end > at && els[end]?.name ? [...els.slice(0, at), ...els.slice(end)] : els;
}

/**
 * "seeking to get all of Obamacare declared void", "had the law declared unconstitutional": a name
 * after a verb of causing or wanting, with only determiners between, is the object of a passive
 * participle, not the subject of a reporting verb.
 */
function causedBefore(els: Element[], name: number): boolean {
  for (let i = name - 1; i >= 0 && i >= name - 4; i--) {
    const w = els[i]!.lower;
    if (w === undefined) return false;
    if (CAUSATIVES.has(w)) return true;
    if (!DETERMINERS.has(w)) return false;
  }
  return false;
}

/**
 * "Ana Ruiz, who the police say was shot": the verb's subject ("the police") follows "who", which
 * is its object; the person before "who" says nothing. Only the words right before the verb are read.
 */
function objectRelative(els: Element[], verb: number): boolean {
  for (let j = verb - 1; j > 0 && j >= verb - OWN_VERB_REACH; j--) {
    if (els[j]!.lower !== 'who') continue;
    const next = els[j + 1]!;
    return j + 1 < verb && (next.name !== undefined || ARTICLES.has(next.lower ?? '') || isPronoun(next.lower));
  }
  return false;
}

/** "a rally Ana Ruiz had called to protest graft": "called to" with a verb after it calls a meeting, not words. */
const calledTo = (els: Element[], verb: number): boolean => (els[verb]!.lower === 'called' || els[verb]!.lower === 'calls') && els[verb + 1]?.lower === 'to';

/** A past participle ("declared", "told"): "saw Putin announce" keeps Putin the speaker. */
const isParticiple = (w: string | undefined): boolean => w !== undefined && (w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w));
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['said', 'told', 'written', 'shown', 'found', 'known', 'thought']);
const CAUSATIVES: ReadonlySet<string> = new Set('get gets got gotten getting have has had having want wants wanted wanting see sees saw seen seeing'.split(' '));
const DETERMINERS: ReadonlySet<string> = new Set('the a an all of both this that these those its his her their'.split(' '));

/** Class bits of a word together with those of its singular ("officials", "witnesses"). */
function singularClass(word: string): number {
  const singular = word.endsWith('es') ? wordClass(word.slice(0, -2)) | wordClass(word.slice(0, -1)) : word.endsWith('s') ? wordClass(word.slice(0, -1)) : 0;
  return wordClass(word) | singular;
}

/** Nouns that name who speaks without naming them: "the military", "officials", "the governor". */
const SPEAKER_NOUN = SPOKESNOUN | PERSON_NOUN | GOV_HEAD | ORG_CUE | OUTLET_CUE | ROLE_HEAD;
/** Speaker nouns of no class of the lexicon: "authorities" are a government's people, not a body's name. */
const SPEAKER_WORDS: ReadonlySet<string> = new Set(['authority', 'authorities']);
const isSpeakerNoun = (word: string): boolean => SPEAKER_WORDS.has(word) || (singularClass(word) & SPEAKER_NOUN) !== 0;
/** Most words before the noun of an unnamed speaker's phrase ("some local news organisations"). */
const REPORTER_REACH = 4;
/** Words that open a clause after a report closing its own ("…, authorities said as rescuers searched …"). */
const CLAUSE_OPENERS: ReadonlySet<string | undefined> = new Set(['as', 'after', 'while', 'when', 'because', 'since', 'but', 'and', 'adding', 'citing']);
/** Words of quantity that open a speaker's phrase ("some news organisations", "many officials"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'several', 'other', 'most', 'few', 'one', 'two', 'three']);

/**
 * Where a report by an unnamed speaker whose verb is els[verb] ends: at a coordinator before another
 * reporting or tally verb ("…, while officials put the toll at 55"), or -1 where it runs on.
 */
function nextReport(els: Element[], verb: number): number {
  let joined = -1;
  for (let i = verb + 1; i < els.length; i++) {
    const e = els[i]!;
    // The coordinator nearest the verb: "30 were killed and 12 hurt, while officials said …".
    if (COORDINATORS.has(e.lower)) joined = i;
    if (joined >= 0 && (e.cls & REPORTING_VERB || isTally(els, i))) return joined;
  }
  return -1;
}

/** Prepositions that place a body ("the health ministry in Ostra", "police from Kelmor"). */
const PLACE_LINKS: ReadonlySet<string | undefined> = new Set(['in', 'of', 'at', 'from']);
/** How many words before a place may describe it ("in rebel-held Ostra"). */
const PLACE_REACH = 3;
/** Prepositions that join a modifier to a noun ("relatives of", "lawyers for", "the protest against"). */
const MODIFIER_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'against', 'with', 'about', 'at', 'on', 'to', 'over', 'behind']);
/** Nouns of those who speak for a body they are "of" or "at": its officials, staff, experts, officers, outlets. */
const VOICE = SPOKESNOUN | PERSON_NOUN | ROLE_HEAD | ROLE_MODIFIER | GOV_HEAD | ORG_CUE | OUTLET_CUE;
const BODY_VOICES: ReadonlySet<string> = new Set(['head', 'heads', 'source', 'sources']);
const ARTICLES: ReadonlySet<string> = new Set(ARTICLE_LIST);
/** Nouns of one kind of body, a company: "the company said" may stand for "the retailer Acme". */
const NO_CUES: ReadonlySet<string> = new Set();
/** Most lower-case title words between a body and the person they name ("deputy chief spokesman"). */
const MAX_TITLE_WORDS = 3;

/** Nouns of a body that a name and its descriptors may head ("news agency", "provincial government"). */
const BODY_NOUN = OUTLET_CUE | ORG_CUE | GOV_HEAD;
/**
 * Words that describe a body between its name and its noun: "news", "county", "state", "wire", or
 * an adjective in "-al" ("provincial", "national", "official").
 */
const DESCRIPTOR = OUTLET_WORD | OUTLET_CUE | ORG_CUE | PLACE_CUE | ROLE_MODIFIER;
/** How many descriptor words may stand between a name and the noun of its body. */
const DESCRIPTOR_REACH = 2;

/** How many words an aside before a verb may have ("in an official statement to reporters"). */
const ASIDE_REACH = 6;
/** What a source issues, standing for it as the subject of a reporting verb ("the statement added"). */
const ISSUED: ReadonlySet<string | undefined> = new Set(['statement', 'tweet', 'post', 'release']);
/** What a source says in, between its name and its verb ("X in a statement said"). */
/** What a source issues "from" or "by" it ("a statement from the ministry"); no "release" ("his release from prison"). */
const ISSUED_BY: ReadonlySet<string> = new Set(['statement', 'tweet', 'post']);
const ISSUED_IN: ReadonlySet<string | undefined> = new Set([...ISSUED, 'interview', 'message', 'video', 'speech', 'letter', 'briefing']);
/** How many sentences back "the statement" looks for its issuer. */
const ISSUER_LOOKBACK = 3;

/** Words that join a title to its body ("spokesperson of the Y", "director at Z"). */
const TITLE_LINKS: ReadonlySet<string | undefined> = new Set(['of', 'for', 'at', 'the']);

/** Verbs that turn round after a comma with a definite subject ("…, said the ministry."); "told the court" has an object. */
const INVERTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'stated', 'announced', 'added', 'reported']);

/** Forms of "be" that make a reporting verb after them passive ("was told", "has been declared"). */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** The end of a quote the sentence opens with, right before a verb turned round after it (`,’ said`). */
const AFTER_QUOTE = /[,!?]['’"”]\s*$/;

/** " “ ” ‘ ’ ' */
const QUOTATION_MARKS: ReadonlySet<number> = new Set([34, 0x201c, 0x201d, 0x2018, 0x2019, 39]);
const COMMA = 44;
const COLON = 58;
const OPEN_BRACKET = 40;
const CLOSE_BRACKET = 41;
const SEMICOLON = 59;
const PUNCTUATION = new Set([...'.,;:!?—–()'].map((c) => c.charCodeAt(0)));
/** Participles of publishing a figure, whose "by" names its source ("the toll released by the ministry"). */
const AGENT_PARTICIPLES: ReadonlySet<string> = new Set(['released', 'issued', 'given', 'reported', 'provided', 'published', 'announced', 'compiled', 'cited']);
/** Words of a figure's unit that may stand between it and that participle ("288 deaths reported by"). */
const AGENT_REACH = 2;
/** Nouns of a forecast, whose owner gives the figures of it ("Brandt's own estimate of 15 per cent"). */
const FORECAST_NOUNS: ReadonlySet<string | undefined> = new Set(['estimate', 'estimates', 'forecast', 'forecasts', 'target', 'targets', 'guidance', 'outlook', 'projection', 'projections']);
/** Verbs of a forecast, whose subject gives its figures ("He saw revenue growing 16 per cent"). */
const FORECAST_VERBS: ReadonlySet<string> = new Set(['saw', 'sees', 'forecast', 'forecasts', 'predicts', 'projected', 'projects', 'expects']);
/** Verbs by which a body (not a person) opening a sentence forecasts its figures. */
const BODY_FORECAST_VERBS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'predicts', 'predicted', 'projects', 'projected', 'expects']);
/** How many words may stand between a forecast's noun and its figure, or its verb and noun ("estimate in May of revenue growth in a range of"). */
const OWNER_REACH = 10;
/** Verbs whose subject "it" is a body speaking ("It said …", "…,” it added."). */
const IT_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'stated', 'reported', 'announced', 'estimated', 'concluded', 'found', 'warned', 'noted', 'confirmed']);
