import { FUNCTION_WORDS, GOVERNMENT_HEADS, ORG_CUES, REPORTING_PARTICIPLES, REPORTING_VERBS, ROLE_HEADS, SPOKESNOUNS, VERB_FILLERS } from './lexicon';
import type { Quote } from './quotes';
import type { Range, Sentence } from './sentences';
import { firstFrom, rangeAt } from './ranges';
import { tokenFrom, type Token } from './tokens';
import type { MentionKind } from './types';

/** An occurrence of a merged mention: which entity, of what kind, with what title. */
export interface Named extends Range {
  entity: number;
  kind: MentionKind;
  role: string | null;
}

type Element = { word: string; start: number; end: number; name?: undefined } | { name: Named; start: number; end: number; word?: undefined };

/** Places and events do not speak; unknown names ("other") may. */
const SPEAKS: ReadonlySet<MentionKind> = new Set(['person', 'organization', 'outlet', 'government', 'other']);
const PRONOUN = /^(he|she|they)$/;
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
/** How many words an apposition may have ("X, a glaciologist at Y who was not involved in the study, said"). */
const APPOSITION_REACH = 16;
/** Words before a reporting verb after a quote: a name and its apposition. */
const AFTER_REACH = 20;
const OPENS_APPOSITION = /^(a|an|the|its|his|her|their|who|which)$/;

/** Finds who said what: speakers of quotes, sources of sentences, antecedents of pronouns. */
export class Attributor {
  constructor(
    private readonly text: string,
    private readonly sents: Sentence[],
    private readonly names: Named[],
    private readonly quoted: Range[],
    private readonly tokens: readonly Token[],
  ) {}

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
    return this.sourceOf(this.elements(from, q.open), 'last');
  }

  /** Source of a sentence's information: "according to X", "X reported that", "…, X said". */
  sourceOfSentence(s: Range): number | null {
    if (s.end - s.start > MAX_SENTENCE) return null;
    return this.sourceOf(this.elements(s.start, s.end), 'first');
  }

  /** Entity of a sentence-initial "He"/"She", which makes that person the current speaker. */
  pronounSubject(s: Range): number | null {
    const first = this.elements(s.start, Math.min(s.end, s.start + 8))[0];
    return first?.word !== undefined && PRONOUN.test(first.word) && first.start === s.start ? this.resolve(first.start) : null;
  }

  /** The person a pronoun at `pos` stands for: the subject (first person named) of the nearest sentence that has one. */
  resolve(pos: number): number | null {
    const at = firstFrom(this.sents, pos + 1) - 1;
    for (let i = at; i >= 0 && i > at - PRONOUN_LOOKBACK; i--) {
      const s = this.sents[i]!;
      const end = Math.min(i === at ? pos : s.end, s.start + MAX_SENTENCE);
      const person = this.elements(s.start, end).find((e) => e.name?.kind === 'person');
      if (person?.name) return person.name.entity;
    }
    return null;
  }

  /** `, Molina wrote.` / `, says Griffin.` / `, he said.` / `, said the minister.` / `, according to X.` */
  private afterQuote(all: Element[], from: number): number | null {
    const els = skipTitle(all, 0);
    const first = els[0];
    // `”. Berit Reiss-Andersen, who chairs …`: a new sentence is not the quote's attribution.
    if (!first || /[.!?]/.test(this.text.slice(from, first.start))) return null;
    if (first.word !== undefined && REPORTING_VERBS.has(first.word)) return this.objectAfter(els, 0);
    if (first.word === 'according' && els[1]?.word === 'to') return this.nameWithin(els, 2, ACCORDING_REACH);
    // `, Chad Griffin, the group’s president, said.`: a name may carry an apposition before its verb;
    // otherwise only auxiliaries stand between ("and Tom Reed said" is someone else's verb).
    const apposition = first.name !== undefined && /^\s*,/.test(this.text.slice(first.end, first.end + 3));
    for (let i = 1; i < els.length && i < AFTER_REACH; i++) {
      const e = els[i]!;
      if (/[.!?]/.test(this.text.slice(els[i - 1]!.end, e.start))) break;
      if (e.word !== undefined && REPORTING_VERBS.has(e.word)) return this.subjectBefore(els, i);
      if (!apposition && (e.word === undefined || !VERB_FILLERS.has(e.word))) break;
    }
    return null;
  }

  /**
   * Finite reporting verbs take the name just before them ("Molina writes that"); participles take
   * the subject of the main clause, its first person ("Griffin has made a request, saying …").
   * Quotes look at the verb nearest to them, sentences at the first one.
   */
  private sourceOf(els: Element[], order: 'first' | 'last'): number | null {
    const indexes = els.map((_, i) => i);
    if (order === 'last') indexes.reverse();
    for (const i of indexes) {
      const e = els[i]!;
      if (e.word === undefined) continue;
      let found: number | null = null;
      if (e.word === 'according' && els[i + 1]?.word === 'to') found = this.nameWithin(els, i + 2, ACCORDING_REACH);
      else if (e.word === 'statement' && /^(from|by)$/.test(els[i + 1]?.word ?? '')) found = this.nameWithin(els, i + 2, 3);
      else if (REPORTING_VERBS.has(e.word)) found = this.subjectBefore(els, i) ?? this.invertedSubject(els, i);
      else if (REPORTING_PARTICIPLES.has(e.word)) found = this.mainSubject(els.slice(0, i));
      if (found !== null) return found;
    }
    return null;
  }

  private subjectBefore(els: Element[], verb: number): number | null {
    for (let i = verb - 1; i >= 0; i--) {
      const e = els[i]!;
      if (e.name) {
        return this.appositionHead(els, i, verb) ?? this.headOfPhrase(els, i);
      }
      if (PRONOUN.test(e.word)) return this.resolve(e.start);
      if (!VERB_FILLERS.has(e.word) || this.punctuatedBetween(e.end, els[i + 1]!.start)) {
        return this.appositionHead(els, i, verb) ?? this.spokesnoun(els, i) ?? this.definite(els, i);
      }
    }
    return null;
  }

  /**
   * "Lukas Brenner of RSF said", "Senator Dale Whitcombe of Kansas said", "the Vaccine Confidence
   * Project at the LSHTM found": the subject is the first name; null when nothing there speaks.
   */
  private headOfPhrase(els: Element[], at: number): number | null {
    const name = els[at]!.name!;
    let i = at - 1;
    if (els[i]?.word === 'the') i--;
    const head = /^(of|at|from)$/.test(els[i]?.word ?? '') ? els[i - 1]?.name : undefined;
    if (head && SPEAKS.has(head.kind) && !this.punctuatedBetween(head.end, name.start)) return head.entity;
    return SPEAKS.has(name.kind) ? name.entity : null;
  }

  /** "Delacroix’s team found", "CPJ researchers counted": a noun right after a name speaks for it. */
  private spokesnoun(els: Element[], at: number): number | null {
    const prev = els[at - 1];
    const noun = els[at]!.word;
    if (!prev || noun === undefined || !SPOKESNOUNS.has(noun)) return null;
    const gap = this.text.slice(prev.end, els[at]!.start);
    // "the court’s figures showed": the body the definite noun stands for.
    if (prev.word !== undefined) return /^['’]s\s+$/.test(gap) ? this.definite(els, at - 1) : null;
    return SPEAKS.has(prev.name.kind) && /^(?:['’]s)?\s+$/.test(gap) ? prev.name.entity : null;
  }

  /** "the office said", "according to the monitoring mission": the last body named with that head noun. */
  private definite(els: Element[], at: number): number | null {
    const noun = els[at]!.word;
    if (noun === undefined || FUNCTION_WORDS.has(noun)) return null;
    for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
      const w = els[i]!.word;
      if (w === 'the') return this.byHead(noun, els[at]!.start);
      if (w === undefined || FUNCTION_WORDS.has(w)) return null;
    }
    return null;
  }

  /**
   * The most recent organisation or government body whose name has that word ("office" for the
   * Congressional Budget Office); a generic "the company"/"the group" takes the most recent organisation.
   */
  private byHead(noun: string, before: number): number | null {
    const generic = ORG_CUES.has(noun) || GOVERNMENT_HEADS.has(noun);
    let fallback: number | null = null;
    for (let i = firstFrom(this.names, before) - 1; i >= 0; i--) {
      const n = this.names[i]!;
      if (n.kind !== 'organization' && n.kind !== 'government' && n.kind !== 'outlet') continue;
      const words = this.text.slice(n.start, n.end).toLowerCase().split(/\s+/);
      if (words.includes(noun) || words.includes(`${noun}s`)) return n.entity;
      if (fallback === null && generic && (n.kind === 'organization') === ORG_CUES.has(noun)) fallback = n.entity;
    }
    return fallback;
  }

 /**
   * "Maria Kostas, a spokeswoman for the Coast Guard, said" / "Shelter, a housing charity, said": the
   * words before the verb are an apposition, and the subject is the name it describes.
   */
  private appositionHead(els: Element[], last: number, verb: number): number | null {
    if (!/,/.test(this.text.slice(els[last]!.end, els[verb]!.start))) return null;
    for (let i = last - 1; i >= 0 && i >= last - APPOSITION_REACH; i--) {
      const e = els[i]!;
      const opens = /^,\s*$/.test(this.text.slice(e.end, els[i + 1]!.start)) && OPENS_APPOSITION.test(els[i + 1]!.word ?? '');
      if (opens) return e.name && SPEAKS.has(e.name.kind) ? e.name.entity : null;
    }
    return null;
  }

  /** "…, said Molina." — only after a comma, so "Trump told Putin" stays unattributed to Putin. */
  private invertedSubject(els: Element[], verb: number): number | null {
    const prev = els[verb - 1];
    if (!prev || !/,\s*$/.test(this.text.slice(prev.end, els[verb]!.start))) return null;
    return this.objectAfter(els, verb);
  }

  private objectAfter(all: Element[], verb: number): number | null {
    const els = skipTitle(all, verb + 1);
    const next = els[verb + 1];
    if (!next) return null;
    if (next.name) return SPEAKS.has(next.name.kind) ? next.name.entity : null;
    if (PRONOUN.test(next.word)) return this.resolve(next.start);
    const title = els[verb + 2];
    if (next.word === 'the' && title?.word !== undefined && ROLE_HEADS.has(title.word)) return this.byRole(title.word, title.start);
    // "said political scientist Mariana Queiroz": a lower-case title of up to three words.
    for (let i = verb + 1; i < els.length && i <= verb + 3; i++) {
      const e = els[i]!;
      if (e.name) return e.name.kind === 'person' && !this.punctuatedBetween(els[verb]!.end, e.start) ? e.name.entity : null;
      if (FUNCTION_WORDS.has(e.word)) return null;
    }
    return null;
  }

  /** "said the minister": the last person named before with that title. */
  private byRole(title: string, before: number): number | null {
    for (let i = this.names.length - 1; i >= 0; i--) {
      const n = this.names[i]!;
      if (n.start < before && n.kind === 'person' && n.role?.toLowerCase().includes(title)) return n.entity;
    }
    return null;
  }

  private mainSubject(els: Element[]): number | null {
    const names = els.filter((e) => e.name && SPEAKS.has(e.name.kind));
    return (names.find((e) => e.name!.kind === 'person') ?? names[0])?.name?.entity ?? null;
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

  private punctuatedBetween(from: number, to: number): boolean {
    return /[.,;:!?—–()]/.test(this.text.slice(from, to));
  }

  /** Words and names of text[start, end), outside quotations, a name standing for all its words. */
  private elements(start: number, end: number): Element[] {
    const out: Element[] = [];
    let n = firstFrom(this.names, start);
    for (let k = tokenFrom(this.tokens, start); k < this.tokens.length && this.tokens[k]!.end <= end; k++) {
      const t = this.tokens[k]!;
      if (rangeAt(this.quoted, t.start)) continue;
      while (n < this.names.length && this.names[n]!.end <= t.start) n++;
      const name = this.names[n];
      if (name && name.start <= t.start && t.start < name.end) {
        if (out[out.length - 1]?.name !== name) out.push({ name, start: name.start, end: name.end });
      } else out.push({ word: t.lower, start: t.start, end: t.end });
    }
    return out;
  }
}

/** Drops a title word standing before a name at `at` ("Mr" in "Mr Putin said"): the name is split from it. */
function skipTitle(els: Element[], at: number): Element[] {
  const title = els[at]?.word;
  return title !== undefined && ROLE_HEADS.has(title) && els[at + 1]?.name ? [...els.slice(0, at), ...els.slice(at + 1)] : els;
}
