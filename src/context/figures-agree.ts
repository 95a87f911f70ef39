/** A number, or a range from `value` to `upTo`: what two figures compare. Pack figures may leave `upTo` out. */
export interface Amount {
  value: number;
  upTo?: number | null;
  /** "~" (about) and "<" (almost) mark a rounded number; other comparators are not weighed. */
  comparator?: string;
}

/** How far a rounded number may be from the count it rounds: "nearly 100" is 99 or 97, not 80. */
export const ROUNDING = 0.05;
const isRounded = (a: Amount): boolean => (a.comparator === '~' || a.comparator === '<') && a.upTo == null && a.value > 0;
/**
 * `exact` is what the rounded number `rounded` says in round terms ("nearly 100" and 99): near it, and
 * no farther than one step of its last digit ("about 19,500" rounds to hundreds: 19,136 is another count).
 */
function roundsTo(rounded: Amount, exact: Amount): boolean {
  if (!isRounded(rounded) || exact.upTo != null) return false;
  const gap = Math.abs(rounded.value - exact.value);
  return gap <= rounded.value * ROUNDING && gap <= lastDigitStep(rounded.value);
}
/**
 * The plain count `exact` lies past the round bound `bound` and near it (BOUND_ROUNDING): "at
 * least 100" and 103 give the same figure; "at least 12" and 20 do not (a reader would see two tolls).
 */
function boundsTo(bound: Amount, exact: Amount): boolean {
  // Only a plain count: "at least 50" and "as high as 52" are two tolls.
  if (bound.upTo != null || exact.upTo != null || bound.value <= 0 || (exact.comparator !== undefined && exact.comparator !== '=')) return false;
  const above = bound.comparator === '>=' || bound.comparator === '>';
  const below = bound.comparator === '<=';
  if (!(above ? exact.value >= bound.value : below && exact.value <= bound.value)) return false;
  const gap = Math.abs(bound.value - exact.value);
  return gap <= bound.value * BOUND_ROUNDING && gap <= lastDigitStep(bound.value);
}
/**
 * Two bounds on one side and near each other, as close as a bound is to the count just past it: "more than a dozen
 * injured" and "more than 13 injured" tell one figure two ways; "at least 50" and "at least 80" are two tolls.
 */
function sameSideBounds(a: Amount, b: Amount): boolean {
  if (a.upTo != null || b.upTo != null || a.value <= 0 || b.value <= 0) return false;
  const lower = (c: string | undefined) => c === '>=' || c === '>';
  if (!(lower(a.comparator) && lower(b.comparator)) && !(a.comparator === '<=' && b.comparator === '<=')) return false;
  const low = Math.min(a.value, b.value);
  const gap = Math.abs(a.value - b.value);
  return gap <= low * BOUND_ROUNDING && gap <= lastDigitStep(low);
}
/** "More than 60 missing" is sixty-odd: 64 is the same figure, told exactly (twice what a rounded number may be off by). */
const BOUND_ROUNDING = 2 * ROUNDING;
/** 100 for 19,500, 10 for 250, 1 for 37 or 2.5. */
function lastDigitStep(value: number): number {
  let step = 1;
  while (Number.isInteger(value / (step * 10)) && step < value) step *= 10;
  return step;
}

/**
 * Two figures agree when their numbers or ranges meet: "27 to 33 years" agrees with 30 and with
 * "30 to 40", not with 35. Comparators are not weighed: "at least 21" and 2 disagree, as a reader
 * reading both would say, except that a rounded number ("nearly 100", "about 3.25 million") agrees
 * with the count it rounds (99, 3,270,662), and a round bound ("at least 100") with a count just past
 * it (103): both sources give the same figure, as do two near bounds on one side (sameSideBounds).
 */
export function agree(a: Amount, b: Amount): boolean {
  if (passes(a, b) || passes(b, a)) return false;
  return (a.value <= (b.upTo ?? b.value) && b.value <= (a.upTo ?? a.value)) || roundsTo(a, b) || roundsTo(b, a) || boundsTo(a, b) || boundsTo(b, a) || sameSideBounds(a, b);
}
/**
 * "The union says the stadium toll has passed 60" and "the police count 60 dead": one source says the count passed the number the other says it
 * stands at, which cannot both be true (the shape of a denial). "At least 60" still agrees with 60.
 */
const passes = (over: Amount, plain: Amount): boolean =>
  over.comparator === '>' && (plain.comparator === undefined || plain.comparator === '=') && over.upTo == null && plain.upTo == null && over.value === plain.value;

/**
 * Two tolls a reader would call reported differently: figures that do not agree, or two ranges that are
 * not the same range. "Between 20,000 and 50,000" and "between 20,000 and 30,000" meet, yet they are two
 * estimates, which the reader wants side by side; a number inside a range is still consistent with it.
 */
export function differ(a: Amount, b: Amount): boolean {
  return !agree(a, b) || (a.upTo != null && b.upTo != null && (a.value !== b.value || a.upTo !== b.upTo));
}

/**
 * The counts an estimate allows: "about 200" is 180 to 220 (ESTIMATE_SPREAD), "almost 100" 90 up to 100, a plain count itself.
 */
function allowed(a: Amount): [low: number, high: number, highOpen: boolean] {
  const high = a.upTo ?? a.value;
  if (a.comparator === '~') return [a.value * (1 - ESTIMATE_SPREAD), high * (1 + ESTIMATE_SPREAD), false];
  if (a.comparator === '<') return [a.value * (1 - ESTIMATE_SPREAD), high, true];
  return [a.value, high, false];
}
/** How far from its number an estimate may be ("about", "almost"): a tenth, twice a rounded number's reach. */
const ESTIMATE_SPREAD = 2 * ROUNDING;
/** Comparators whose counts `allowed` weighs; bounds ("at least", "up to") are left to `agree`: "at least 12" and 20 are two tolls. */
const WEIGHED = new Set(['=', '~', '<']);
/**
 * An estimate and a count (or two estimates) that can both be true: "about 300 were killed" and "322 were killed" tell one toll,
 * which "about 300" and 350 do not. Why: a row sets side by side counts that cannot both be right.
 */
export function bothTrue(a: Amount, b: Amount): boolean {
  // Two ranges are two estimates (differ), however they overlap.
  if (a.upTo != null && b.upTo != null) return false;
  if (!WEIGHED.has(a.comparator ?? '=') || !WEIGHED.has(b.comparator ?? '=')) return false;
  const [la, ha, openA] = allowed(a);
  const [lb, hb, openB] = allowed(b);
  return !(ha < lb || (ha === lb && openA)) && !(hb < la || (hb === la && openB));
}
