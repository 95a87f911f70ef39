import type { Entity, Pack, PackClaim, Report, Story } from '../src/packs/format';

/**
 * A seeded synthetic knowledge pack for benchmarks: realistic shapes, not real facts (every URL is
 * under the reserved .example domain). Names are drawn from a pseudo-word vocabulary with a Zipf-like
 * distribution, so some words ("common surnames") are shared by thousands of records and most by few,
 * as in real name data; persons get surname and initial aliases, organisations acronyms, outlets
 * "The … Times"-style names with their domains.
 */
export interface SyntheticSizes {
  entities: number;
  claims: number;
  reports: number;
  stories: number;
}

export const BENCH_SIZES: SyntheticSizes = { entities: 100_000, claims: 100_000, reports: 100_000, stories: 5_000 };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka ri mo lan ver sto no pel ga zu bor vin ta sel dra mik os ul hen ba tor ni ev char lu fa ros gen wi del ar ko sa mar ten li ul pra zem'.split(' ');
const ORG_SUFFIX = ['Institute', 'Foundation', 'Council', 'Group', 'Network', 'Alliance', 'Ministry', 'Agency', 'Union', 'Party', 'Committee', 'Watch'];
const OUTLET_SUFFIX = ['Times', 'Post', 'Herald', 'Gazette', 'News', 'Daily', 'Tribune', 'Observer', 'Wire', 'Chronicle'];
const ABOUT = ['killed', 'detained', 'missing', 'injured'];

export function syntheticPack(seed = 42, sizes: SyntheticSizes = BENCH_SIZES): Pack {
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const vocab = new Set<string>();
  while (vocab.size < 30_000) vocab.add(Array.from({ length: 2 + int(3) }, () => SYLLABLES[int(SYLLABLES.length)]).join(''));
  const words = [...vocab];
  // Log-uniform rank: P(rank r) ∝ 1/r, the shape of word and surname frequencies.
  const zipf = () => words[Math.min(words.length - 1, Math.floor(Math.exp(rnd() * Math.log(words.length + 1))) - 1)]!;
  const phrase = (n: number) => Array.from({ length: n }, zipf).join(' ');
  const date = () => `${2000 + int(27)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;

  const entities: Entity[] = [];
  const persons: Entity[] = [];
  const outlets: Entity[] = [];
  for (let i = 0; i < sizes.entities; i++) {
    const roll = rnd();
    const id = `syn:e${i}`;
    const base = { id, domains: [] as string[], ratings: [], source: `https://data.example/entity/${i}` };
    let e: Entity;
    if (roll < 0.45) {
      const first = cap(words[int(2_000)]!);
      const last = cap(zipf());
      const aliases = rnd() < 0.5 ? [last, `${first[0]}. ${last}`] : [`${first[0]}. ${last}`];
      e = { ...base, kind: 'person', name: `${first} ${last}`, aliases, description: `Synthetic person ${i}.`, role: rnd() < 0.2 ? `Minister of ${cap(zipf())}` : undefined };
      persons.push(e);
    } else if (roll < 0.8) {
      const parts = Array.from({ length: 1 + int(3) }, () => cap(zipf()));
      const name = `${parts.join(' ')} ${ORG_SUFFIX[int(ORG_SUFFIX.length)]}`;
      const acronym = name.split(' ').map((w) => w[0]).join('');
      e = { ...base, kind: 'organization', name, aliases: rnd() < 0.6 ? [acronym] : [], description: `Synthetic organisation ${i}.`, founded: 1900 + int(120) };
    } else if (roll < 0.97) {
      const w = cap(zipf());
      const suffix = OUTLET_SUFFIX[int(OUTLET_SUFFIX.length)]!;
      e = { ...base, kind: 'outlet', name: `The ${w} ${suffix}`, aliases: [`${w} ${suffix}`], description: `Synthetic outlet ${i}.`, domains: [`${w.toLowerCase()}-${suffix.toLowerCase()}-${i}.example`], country: 'GB', founded: 1850 + int(170) };
      outlets.push(e);
    } else {
      e = { ...base, kind: 'place', name: `${cap(zipf())} ${cap(zipf())}`, aliases: [], description: `Synthetic place ${i}.` };
    }
    if (e.role === undefined) delete e.role;
    entities.push(e);
  }
  // Every tenth outlet belongs to an organisation (owner chains without cycles: owners are never outlets).
  const organisations = entities.filter((e) => e.kind === 'organization');
  for (let i = 0; i < outlets.length; i += 10) outlets[i]!.owner = organisations[int(organisations.length)]!.id;

  const stories: Story[] = Array.from({ length: sizes.stories }, (_, i) => ({
    id: `syn:s${i}`,
    title: cap(phrase(4)),
    from: date(),
    keywords: Array.from({ length: 3 + int(3) }, () => words[1_000 + int(29_000)]!),
    source: `https://data.example/story/${i}`,
  }));

  const claims: PackClaim[] = Array.from({ length: sizes.claims }, (_, i) => {
    const who = persons[int(persons.length)]!;
    return {
      id: `syn:c${i}`,
      text: `${who.name} said ${phrase(6 + int(10))}.`,
      claimant: who.name,
      date: date(),
      figures: rnd() < 0.3 ? [{ value: 1 + int(1000), comparator: '=' as const, about: ABOUT[int(ABOUT.length)] }] : [],
      entityIds: [who.id],
      storyId: rnd() < 0.3 ? stories[int(stories.length)]!.id : undefined,
      reviews: Array.from({ length: 1 + int(2) }, (_, k) => ({
        publisher: `Checker ${int(50)}`,
        url: `https://factcheck-${k}.example/${i}`,
        date: date(),
        ratingText: ['False', 'Mostly false', 'Half true', 'True', 'Misleading'][int(5)]!,
        verdict: (['false', 'mostly-false', 'mixed', 'true', 'misleading'] as const)[int(5)]!,
      })),
    };
  });
  for (const c of claims) if (c.storyId === undefined) delete c.storyId;

  const reports: Report[] = Array.from({ length: sizes.reports }, (_, i) => ({
    id: `syn:r${i}`,
    url: `https://news.example/${i}`,
    outlet: outlets[int(outlets.length)]!.id,
    title: cap(phrase(6 + int(7))),
    publishedAt: date(),
    storyId: stories[int(stories.length)]!.id,
    entityIds: Array.from({ length: int(4) }, () => entities[int(entities.length)]!.id),
    figures: rnd() < 0.2 ? [{ value: 1 + int(500), comparator: '>=' as const, about: ABOUT[int(ABOUT.length)] }] : [],
  }));

  return {
    format: 'backstory-pack',
    formatVersion: 1,
    pack: { id: 'synthetic-bench', name: 'Synthetic benchmark pack', version: '1.0.0', license: 'CC0', publisher: 'bench/synthetic-pack.ts', created: '2026-01-01' },
    entities,
    claims,
    corrections: [],
    reports,
    stories,
  };
}
