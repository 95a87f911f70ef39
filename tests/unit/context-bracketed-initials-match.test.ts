// @vitest-environment node
// Initials the text gives a longer name in brackets ("Kelmor People's Army (KPA)") are that name's: they match no outlet
// that bears the same initials.
import { describe, expect, it } from 'vitest';
import { memoryKnowledge } from '../../src/cache';
import { matchSources } from '../../src/context/sources';
import type { Mention, MentionKind } from '../../src/extract/types';
import type { Pack } from '../../src/packs';

const pack: Pack = {
  format: 'backstory-pack',
  formatVersion: 1,
  pack: { id: 'initials', name: 'Initials tests', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-01-01' },
  entities: [
    { id: 'outlet:kpa', kind: 'outlet', name: 'Kelmor Press Agency', aliases: ['KPA'], description: 'A fictional wire.', domains: [], ratings: [], source: 'https://example.org/kpa' },
  ],
  claims: [],
  corrections: [],
  reports: [],
  stories: [],
};
const knowledge = memoryKnowledge([pack]);
const mention = (name: string, kind: MentionKind, forms: string[]): Mention => ({ name, kind, count: forms.length, forms, role: null, spans: [{ start: 0, end: name.length }] });

describe('initials of a longer name', () => {
  it('match no outlet of another kind that bears them', async () => {
    const [match] = await matchSources([mention('Kelmor People’s Army', 'other', ['Kelmor People’s Army', 'KPA'])], knowledge);
    expect(match!.entity).toBeNull();
  });

  it('still match the outlet where the name is the outlet’s kind, or the initials stand alone', async () => {
    const [own] = await matchSources([mention('Kelmor Press Agncy', 'outlet', ['Kelmor Press Agncy', 'KPA'])], knowledge);
    expect(own!.entity?.id).toBe('outlet:kpa');
    const [alone] = await matchSources([mention('KPA', 'other', ['KPA'])], knowledge);
    expect(alone!.entity?.id).toBe('outlet:kpa');
  });
});
