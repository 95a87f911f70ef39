// Kinds read from a name's own words or from one telling use: a country's central bank, a media company, an outlet credited at a sentence's end, a person who tells an outlet.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds } from './extract-source-helpers';

describe('kinds from the words of a name', () => {
  it('reads "Bank" and a country as that country\'s central bank, a public body', () => {
    expect(kinds(extract('Bank Malaysia said inflation was 3 percent. Bank Malaysia kept its rate.'))).toEqual({ 'Bank Malaysia': 'government' });
  });

  it('reads a name ending in "Media" as a company, no person', () => {
    expect(kinds(extract('Harbour Light Media said profits fell 5 percent.'))['Harbour Light Media']).toBe('organization');
  });
});

describe('kinds from a telling use', () => {
  it('reads an unknown name credited at the end of a sentence as "the X reported" as an outlet', () => {
    expect(kinds(extract('At least 80 people were arrested in the capital, an official said Monday, the ZNA reported.')).ZNA).toBe('outlet');
  });

  it('reads a two-word name that told a known outlet something, past an aside, as a person', () => {
    expect(kinds(extract('"They took him away," Fatoumata Kouyate, in tears, told Reuters.'))['Fatoumata Kouyate']).toBe('person');
  });
});
