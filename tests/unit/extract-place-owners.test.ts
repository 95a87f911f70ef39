// "Kelmora's mayor Abdi Yusuf": the name that owns a mayor is the town the mayor is of, no body that speaks through him.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const kindOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.kind;

describe('a possessive name before "mayor"', () => {
  it('is a place', () => {
    expect(kindOf("Nine stalls burned down at the old market of Varnesk. Varnesk's mayor Idris Olow Hassan toured the market on Monday, saying the city would rebuild.", 'Varnesk')).toBe('place');
  });
  it('leaves a name owning a spokesman no place', () => {
    expect(kindOf("Nine stalls burned down at the old market of Varnesk. Varnesk's spokesman Idris Olow Hassan toured the market on Monday, saying the city would rebuild.", 'Varnesk')).not.toBe('place');
  });
});
