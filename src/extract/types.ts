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
  /** Role or title written before the name ("Russian President") or in an apposition after it (", spokesperson of the ministry,"), if any. */
  role: string | null;
  /** Where each occurrence is in the text, in text order. */
  spans: Span[];
}

export type Comparator = '=' | '>' | '>=' | '<' | '<=' | '~';

/** Which way a figure that states a change went: "rose 5%" is a rise of 5, "a decrease of 0.3%" a fall of 0.3. */
export type Change = 'rise' | 'fall';

export interface Figure {
  /** The number as written, never signed: a fall of 14% has value 14 and change "fall". */
  value: number;
  /**
   * What the words before the number say ("at least" is ">="). A range with no such words ("10-15",
   * "27 to 33") is ">=" its low end, which every value of it satisfies; `upTo` gives its high end.
   */
  comparator: Comparator;
  /** High end of a range ("27 to 33 years": value 27, upTo 33), in the same unit and scale; null for one number. */
  upTo: number | null;
  /**
   * A change and its direction ("fell 14%", "an increase of 0.4%", "up 12%"), or null for a level or a
   * count ("rose to 131" gives the level reached, 131, with no change).
   */
  change: Change | null;
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
  /** Set on a count foreseen, not reported ("the toll could climb to 10,000"): rows of rival counts leave it out. */
  forecast?: true;
}

export interface Claim {
  kind: 'quote' | 'figure' | 'statement';
  text: string;
  /** Canonical name of the mention the claim is attributed to, or null. */
  attributedTo: string | null;
  /**
   * Where `attributedTo` is null: who reports the claim without being named, in the article's words
   * trimmed to their phrase ("authorities", "some news organisations", "a Travis County official");
   * null otherwise.
   */
  reportedBy: string | null;
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
