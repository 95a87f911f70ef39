/** Kinds a named mention can have. Places are mentions, not sources. */
export type MentionKind = 'outlet' | 'organization' | 'person' | 'government' | 'event' | 'place' | 'other';

/** Half-open character range [start, end) in the article text. */
export interface Span {
  start: number;
  end: number;
}

/** One named thing the article mentions, with every surface form merged. */
export interface Mention {
  /** Canonical (longest, most complete) form, e.g. "Enrique Torre Molina". */
  name: string;
  kind: MentionKind;
  count: number;
  /** Distinct surface forms seen, in order of first appearance. */
  forms: string[];
  /** Role or title seen before the name ("Russian President"), if any. */
  role: string | null;
  /** Where each occurrence is in the text, in text order. */
  spans: Span[];
}

export type Comparator = '=' | '>' | '>=' | '<' | '<=' | '~';

export interface Figure {
  value: number;
  comparator: Comparator;
  /**
   * What is counted ("gay men", "calls", "%"), what is measured ("magnitude", "score" for a game's
   * score such as "2-1", whose value is its first number), or null when the text does not say.
   */
  unit: string | null;
  /** Canonical event the number is about ("killed", "detained"), used to compare figures across sources. */
  about: string | null;
  /** The phrase of the figure, e.g. "at least three". */
  phrase: string;
  span: Span;
}

export interface Claim {
  kind: 'quote' | 'figure' | 'statement';
  text: string;
  /** Canonical name of the mention the claim is attributed to, or null. */
  attributedTo: string | null;
  figures: Figure[];
  span: Span;
}

export interface Extraction {
  mentions: Mention[];
  claims: Claim[];
}

/** Known names (from the cache or a pack) that help classify mentions; extraction works without it. */
export interface Gazetteer {
  /** Looks up a normalised name; returns its kind when known. */
  kindOf(name: string): MentionKind | null;
}
