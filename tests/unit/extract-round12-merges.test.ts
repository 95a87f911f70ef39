// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "kind name forms" of each mention. */
const mentions = (text: string): string[] => extract(text).mentions.map((m) => `${m.kind} ${m.name} ${m.forms.join('|')}`);

describe('twelfth round: short forms merged with the one name holding them', () => {
  it('merges "the Ministry" with the one ministry the text names in full, not with one of two', () => {
    const text = 'Kelmor police detained 200 people, announced the Ministry of Internal Affairs of Kelmor. Protests took place in eight cities, and the Ministry pointed out that the arrests were a warning.';
    expect(mentions(text)).toContain('government Ministry of Internal Affairs of Kelmor Ministry of Internal Affairs of Kelmor|Ministry');
    const two = 'The Ministry of Health of Kelmor and the Ministry of Finance of Kelmor met on Monday. The Ministry said the talks went well.';
    expect(extract(two).mentions.some((m) => m.forms.includes('Ministry') && m.forms.length > 1)).toBe(false);
  });

  it('merges a word inside a long personal name, used alone, with that one name, not with one of two', () => {
    const text = 'Dewan Rakyat Speaker Datuk Ridzuan Hasnul Rahman called the vote. "The motion is carried by a simple majority of members," said Ridzuan.';
    expect(mentions(text)).toContain('person Datuk Ridzuan Hasnul Rahman Datuk Ridzuan Hasnul Rahman|Ridzuan');
    const two = 'Datuk Ridzuan Hasnul Rahman and Datuk Ridzuan Amin Tahir met on Monday. "The motion is carried," said Ridzuan.';
    expect(extract(two).mentions.some((m) => m.forms.includes('Ridzuan') && m.forms.length > 1)).toBe(false);
  });
});
