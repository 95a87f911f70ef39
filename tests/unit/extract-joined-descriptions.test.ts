// Two common nouns joined by "and" at a sentence's start ("Nurses and Union leaders …") are descriptions capitalised by
// their place, no name; so after a dateline that carries the day ("OSTRA, Mar 4 (KNA) -- ").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string): string[] => extract(text).mentions.map((m) => m.name);

describe('two descriptions joined by "and" opening a sentence', () => {
  it('make no name, also right after a dateline with the day', () => {
    const text = 'VARNBY, Mar 4 (KNA) -- Army and Union leaders on Monday disputed the count. The army said 300 marched; the union said 9,000.';
    expect(names(text)).not.toContain('Army and Union');
    expect(names('Army and Union leaders on Monday disputed the count. The army said 300 marched; the union said 9,000.')).not.toContain('Army and Union');
  });

  it('read the first word after such a dateline as capitalised by its place', () => {
    expect(names('VARNBY, Mar 4 (KNA) -- Wheat prices rose on Tuesday, traders said.')).not.toContain('Wheat');
  });

  it('leave a name the lexicon knows with its "and" alone, and a name of no common nouns', () => {
    expect(names('Trinidad and Tobago officials said 3 died.')).toContain('Trinidad and Tobago');
    expect(names('Kelmor Steel and Varnby Mining workers said 30 were laid off.')).not.toContain('Kelmor Steel and Varnby Mining');
    expect(names('Kelmor Steel and Varnby Mining workers said 30 were laid off.').length).toBeGreaterThan(0);
  });
});
