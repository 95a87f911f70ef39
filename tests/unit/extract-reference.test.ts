// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, type Extraction, type Mention } from '../../src/extract';

// The reference article and its gold annotations live outside the repository.
const dir = fileURLToPath(new URL('../../../shared/corpus/seed-chechnya/', import.meta.url));

interface Gold {
  sources: { name: string; aliases: string[]; kind: string }[];
  figures: { value: number; text: string; attributedTo: string }[];
  quotes: { speaker: string; start: string }[];
  discrepancies: { values: { value: number; attributedTo: string }[] }[];
}

const lower = (s: string): string => s.toLowerCase();
const namesOf = (m: Mention): string[] => [m.name, ...m.forms].map(lower);
const stripMarks = (s: string): string => s.replace(/^[\s“”"«»„‘’']+/, '');

let text: string;
let gold: Gold;
let result: Extraction;

beforeAll(() => {
  text = readFileSync(`${dir}article.txt`, 'utf8');
  gold = JSON.parse(readFileSync(`${dir}gold.json`, 'utf8')) as Gold;
  result = extract(text);
});

/** A gold name matches a mention (name or any form) or its aliases, case-insensitively. */
function goldNames(name: string): string[] {
  const source = gold.sources.find((s) => s.name === name);
  return [name, ...(source?.aliases ?? [])].map(lower);
}
const sameSource = (attributedTo: string | null, goldName: string): boolean =>
  attributedTo !== null && goldNames(goldName).includes(lower(attributedTo));

describe('extract() on the reference article', () => {
  it('finds every gold source with precision of at least 0.9', () => {
    const sources = result.mentions.filter((m) => m.kind !== 'place');
    const found = gold.sources.filter((g) => sources.some((m) => namesOf(m).some((n) => goldNames(g.name).includes(n))));
    const falsePositives = sources.filter(
      (m) => !gold.sources.some((g) => namesOf(m).some((n) => goldNames(g.name).includes(n))),
    );
    const recall = found.length / gold.sources.length;
    const precision = (sources.length - falsePositives.length) / sources.length;
    expect(found.map((g) => g.name)).toEqual(gold.sources.map((g) => g.name));
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('gives gold sources the gold kind', () => {
    for (const g of gold.sources) {
      const m = result.mentions.find((x) => namesOf(x).some((n) => goldNames(g.name).includes(n)));
      expect(m?.kind, g.name).toBe(g.kind);
    }
  });

  it('merges the forms of one entity', () => {
    const byName = (name: string): Mention | undefined => result.mentions.find((m) => m.name === name);
    expect(byName('Enrique Torre Molina')?.forms).toEqual(['Enrique Torre Molina', 'Molina']);
    expect(byName('Enrique Torre Molina')?.count).toBe(3);
    expect(byName('Vladimir Putin')).toMatchObject({ count: 3, role: 'Russian President' });
    expect(byName('Chad Griffin')).toMatchObject({ count: 2, role: 'Human Rights Council President' });
    expect(byName('Donald Trump')?.role).toBe('US President');
    expect(byName('BuzzFeed')?.forms).toEqual(['Buzzfeed']);
    for (const m of result.mentions) {
      expect(m.spans).toHaveLength(m.count);
      for (const s of m.spans) expect(m.forms).toContain(text.slice(s.start, s.end));
    }
  });

  it('drops demonyms, months, holidays, generic acronyms and sentence-initial common words', () => {
    const all = result.mentions.flatMap(namesOf);
    for (const word of ['chechen', 'chechens', 'russian', 'april', 'june', 'ramadan', 'lgbtq+', 'reports', 'activists', 'failure', 'others', 'nearly', 'with', 'he', 'i', 'we']) {
      expect(all, word).not.toContain(word);
    }
  });

  it('finds every gold figure with its attribution', () => {
    const figureClaims = result.claims.filter((c) => c.figures.length);
    for (const g of gold.figures) {
      const hit = figureClaims.find(
        (c) => (c.text.includes(g.text) || g.text.includes(c.text)) && c.figures.some((f) => f.value === g.value),
      );
      expect(hit, g.text).toBeDefined();
      expect(sameSource(hit!.attributedTo, g.attributedTo), `${g.text} ← ${hit!.attributedTo}`).toBe(true);
    }
  });

  it('finds every gold quote with its speaker', () => {
    const quotes = result.claims.filter((c) => c.kind === 'quote');
    for (const g of gold.quotes) {
      const q = quotes.find((c) => stripMarks(c.text).startsWith(g.start));
      expect(q, g.start).toBeDefined();
      expect(sameSource(q!.attributedTo, g.speaker), `${g.start} ← ${q!.attributedTo}`).toBe(true);
    }
    expect(quotes).toHaveLength(gold.quotes.length);
  });

  it('marks both killed figures of the discrepancy as about "killed"', () => {
    const [discrepancy] = gold.discrepancies;
    for (const v of discrepancy!.values) {
      const claim = result.claims.find(
        (c) => c.kind === 'figure' && c.figures[0]!.value === v.value && sameSource(c.attributedTo, v.attributedTo),
      );
      expect(claim, `${v.value} by ${v.attributedTo}`).toBeDefined();
      expect(claim!.figures[0]!.about).toBe('killed');
    }
  });

  it('reads comparators and units of the reference figures', () => {
    const figure = (phrase: string) => result.claims.flatMap((c) => c.figures).find((f) => f.phrase === phrase);
    expect(figure('more than 100')).toMatchObject({ value: 100, comparator: '>', unit: 'gay men', about: 'missing' });
    expect(figure('at least three')).toMatchObject({ value: 3, comparator: '>=', unit: null, about: 'killed' });
    expect(figure('Nearly 100')).toMatchObject({ comparator: '~', unit: 'days', about: null });
    expect(figure('Over 100')).toMatchObject({ comparator: '>', unit: 'men', about: 'detained' });
    expect(figure('At least 6')).toMatchObject({ value: 6, comparator: '>=', unit: null, about: 'killed' });
    expect(figure('ten')).toMatchObject({ value: 10, comparator: '=', unit: 'calls' });
    // "June 24" is a date, and "G20" a name.
    expect(result.claims.flatMap((c) => c.figures).map((f) => f.value)).not.toContain(24);
    expect(result.claims.flatMap((c) => c.figures).map((f) => f.value)).not.toContain(20);
  });

  it('keeps every claim and figure text equal to its span', () => {
    for (const c of result.claims) {
      expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
      for (const f of c.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.phrase);
    }
  });

  it('attributes the statements that cite a source', () => {
    const statements = result.claims.filter((c) => c.kind === 'statement');
    // "Activists noted that …" is a statement too, of speakers the article does not name.
    expect(statements.map((s) => s.attributedTo)).toEqual(['All Out', 'Novaya Gazeta', null, 'Enrique Torre Molina']);
    expect(statements[1]!.figures.map((f) => f.value)).toEqual([100, 3]);
  });
});
