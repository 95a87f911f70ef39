// A lower-case particle of more than two letters ("dos", "das") inside a long Portuguese or Spanish name keeps it one name.
import { describe, expect, it } from 'vitest';
import { nameList } from './extract-source-helpers';

describe('a particle inside a long name', () => {
  it('keeps a five-word name with "dos" one name, merged with its later short form', () => {
    expect(nameList('Relief chief Manuel Antonio Pereira dos Santos Lima told journalists 9 had died. Later Santos Lima said more.')).toEqual(['Manuel Antonio Pereira dos Santos Lima']);
  });
});
