import type { verdicts } from '../format';

type Verdict = (typeof verdicts)[number];

// Fact-checkers word their ratings freely; these cover the common English scales (PolitiFact,
// Snopes, Full Fact, AFP, the Washington Post's Pinocchios). First match wins, so "mostly false" is
// tested before "false" and "not true" before "true".
const RULES: [RegExp, Verdict][] = [
  [/\bmostly (false|inaccurate|incorrect)\b|\bthree pinocchios\b/, 'mostly-false'],
  [/\bmostly (true|accurate|correct)\b|\bone pinocchio\b/, 'mostly-true'],
  [/\bhalf[- ]true\b|\bmixture\b|\bmixed\b|\bpartly (true|false)\b|\bpartially\b|\btwo pinocchios\b/, 'mixed'],
  [/\bmisleading\b|\bmissing context\b|\bout of context\b|\bdistort|\bexaggerat|\bcherry/, 'misleading'],
  [/\bunproven\b|\bunsupported\b|\bunverified\b|\bno evidence\b|\bunsubstantiated\b|\bcan'?t be verified\b/, 'unproven'],
  [/\bpants on fire\b|\bfalse\b|\bfake\b|\bnot true\b|\buntrue\b|\bincorrect\b|\binaccurate\b|\bwrong\b|\bhoax\b|\bfabricated\b|\bfour pinocchios\b/, 'false'],
  [/\btrue\b|\bcorrect\b|\baccurate\b|\bgeppetto checkmark\b/, 'true'],
];

/**
 * The normalised verdict of a review from its rating text, or from a numeric rating on the
 * publisher's own scale when the text says nothing we know ("other" when neither does).
 */
export function normaliseVerdict(ratingText: string, numeric?: { value: number; best: number; worst: number }): Verdict {
  const t = ratingText.toLowerCase();
  for (const [re, verdict] of RULES) if (re.test(t)) return verdict;
  if (numeric && numeric.best !== numeric.worst) {
    const share = (numeric.value - numeric.worst) / (numeric.best - numeric.worst);
    if (share >= 0 && share <= 1) return share >= 0.9 ? 'true' : share >= 0.65 ? 'mostly-true' : share > 0.35 ? 'mixed' : share > 0.1 ? 'mostly-false' : 'false';
  }
  return 'other';
}
