// Company names that open with digits glued to letters ("3M", "7-Eleven"): names where a verb of saying or a company's noun says so.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const names = (text: string) => extract(text).mentions.map((m) => m.name);
const kindOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.kind;
const ownerOf = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.attributedTo;

describe('a name opening with digits', () => {
  it('reads digits glued to letters with an inner capital as a name before a verb of saying, and credits its counts', () => {
    const text = 'Seed bank 48forMore noted that 2,300 samples had thawed in the outage.';
    expect(names(text)).toContain('48forMore');
    expect(ownerOf(text, '2,300')).toBe('48forMore');
    const opening = '48forMore revealed on Friday that 1.2 million of its members were affected.';
    expect(ownerOf(opening, '1.2 million')).toBe('48forMore');
  });

  it('reads one after a company’s noun, and every later use of the same word as that name', () => {
    const text = 'Meal kit firm 9toDine has shut two kitchens. Later, 9toDine confirmed that 140 staff were laid off.';
    expect(names(text)).toEqual(['9toDine']);
    expect(ownerOf(text, '140')).toBe('9toDine');
  });

  it('reads a word of digits and one capital, or digits hyphened to a capitalised word, before a verb of saying', () => {
    expect(ownerOf('4K said that 900 jobs would go at its plant.', '900')).toBe('4K');
    expect(kindOf('4K said that 900 jobs would go at its plant.', '4K')).toBe('organization');
    expect(ownerOf('On Monday, 8-Twelve said 45 stores were shut by the flood.', '45')).toBe('8-Twelve');
  });

  it('makes an ordinal opening capitalised words that a verb of saying follows the first word of the name', () => {
    expect(names('21st Harbour Films said 12 releases would slip.')).toEqual(['21st Harbour Films']);
    expect(kindOf('21st Harbour Films said 12 releases would slip.', '21st Harbour Films')).not.toBe('person');
    // Only that use: a standard's letters opening a body's name make no other use of them a name.
    expect(names('5G Forum said 40 masts were up, while the 5G rollout went on.')).toEqual(['5G Forum']);
  });

  it('leaves plain numbers, units and dates alone', () => {
    expect(names('The 5G operator said 10 masts fell, and the 3D maker Kelvo said 5 printers broke.')).toEqual(['Kelvo']);
    expect(names('In the 1990s the city grew, and 23 people said at 10am that 2nd place was fair.')).toEqual([]);
    expect(names('On July 4th Ana Ruiz said 40 people came.')).toEqual(['Ana Ruiz']);
    expect(names('On the 4th Ruiz said 40 people came.')).toEqual(['Ruiz']);
  });
});
