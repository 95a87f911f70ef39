// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memoryKnowledge } from '../../src/cache';
import { findStory } from '../../src/context/story';
import type { Pack } from '../../src/packs';

const pack: Pack = {
  format: 'backstory-pack',
  formatVersion: 1,
  pack: { id: 'stories', name: 'Story tests', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-01-01' },
  entities: [],
  claims: [],
  corrections: [],
  reports: [],
  stories: [{ id: 'story:varn-war', title: 'Kelmor invasion of Varn (fictional)', from: '2026-01-01', keywords: ['varn', 'kelmor', 'invasion', 'dovra'], source: 'https://example.org/s' }],
};
const knowledge = memoryKnowledge([pack]);
const storyOf = async (text: string) => (await findStory(text, knowledge))?.id ?? null;

describe('a place told only as a speaker\'s home does not match a story', () => {
  it('leaves a fire in Kelmor off the story of the war in Varn when Varn is only where a blogger is based', async () => {
    expect(await storyOf('Kelmor mourns the 40 victims of the warehouse fire in Ostra. Rumours of a higher toll came from a blogger based in Varn, Kelmor officials said.')).toBeNull();
    expect(await storyOf('Kelmor mourns the 40 victims of the warehouse fire in Ostra, a Varn-based monitor wrote, as Kelmor officials looked for its cause.')).toBeNull();
  });

  it('still matches an article whose event is in the story\'s places', async () => {
    expect(await storyOf('Kelmor shelled a market in Varn on Monday, killing 12 people, a blogger based in Ostra said.')).toBe('story:varn-war');
    expect(await storyOf('Kelmor troops crossed into Varn at dawn, and Varn officials said the invasion had begun.')).toBe('story:varn-war');
  });
});
