// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const kindOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.kind;

describe('twelfth round: the kind of a name', () => {
  it('makes a name after a lower-case physician noun a person', () => {
    const text = 'The study leader, cardiologist Wanjiru Okafor from the University of Kelmor Medical Center, noted that no other drug works as well.';
    expect(kindOf(text, 'Wanjiru Okafor')).toBe('person');
  });

  it('makes a name that is no person\'s, after "as reported by", an outlet, and keeps a person there a person', () => {
    expect(kindOf('As reported by KELMOR.AZ, the drug cut cholesterol by half.', 'KELMOR.AZ')).toBe('outlet');
    expect(kindOf('The drug works, as reported by Ana Ruiz of the Kelmor Times.', 'Ana Ruiz')).toBe('person');
  });

  it('makes no source of a sentence-initial plural abstract noun before a verb', () => {
    const r = extract('Observations showed that the result held after one year. Investigations found that the drug worked.');
    expect(r.mentions).toEqual([]);
    expect(r.claims.map((c) => c.attributedTo)).toEqual([]);
  });

  it('makes a name before "police official" a place', () => {
    expect(kindOf('Five people died, a senior Kelmor Ostra police official said.', 'Kelmor Ostra')).toBe('place');
  });

  it('makes a congress named after no country a party, and keeps a country\'s congress a government', () => {
    const text = 'Members of the Rashtriya Lok Congress walked out, while the Peruvian Congress met.';
    expect(kindOf(text, 'Rashtriya Lok Congress')).toBe('organization');
    expect(kindOf(text, 'Peruvian Congress')).toBe('government');
  });
});
