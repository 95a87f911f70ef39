// "Chairman, Ostra Airline and Group": a brand's business and the group it heads, named together in a title, are the brand's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('a brand’s business "and Group"', () => {
  it('names the brand, which the article also writes alone, not a cut of the title', () => {
    const found = names('Ostra Airways posted a profit of $12 million. Ostra said fuel cost more. “It was a hard year,” said Ana Ruiz, Chairman, Ostra Airline and Group, on Monday.');
    expect(found).not.toContain('Ostra Airline and Group');
    expect(found).toEqual(expect.arrayContaining(['Ostra Airways', 'Ana Ruiz']));
  });

  it('keeps the name as written where the brand is nowhere named alone', () => {
    expect(names('“It was a hard year,” said Ana Ruiz, Chairman, Kelmor Bank and Group, on Monday.')).toContain('Kelmor Bank and Group');
  });
});
