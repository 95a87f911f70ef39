// A body named like a title, opened by a capital "A" mid-sentence ("A Road to Justice"), is one name: neither the "A"
// nor its "to" or "for" cut it.
import { describe, expect, it } from 'vitest';
import { nameList } from './extract-source-helpers';

describe('a body named like a title', () => {
  it('keeps "A … to …" whole after a comma, after "of" and after "according to"', () => {
    const text =
      'Two charities, A Road to Justice and the Kelmor Aid Fund, counted 40 dead. Ana Ruiz of A Road to Justice told reporters 12 were children. The fund paid 900 families, according to A Road to Justice.';
    const names = nameList(text);
    expect(names).toContain('A Road to Justice');
    expect(names).not.toContain('Road');
    expect(names).not.toContain('Justice');
    expect(names).toContain('Ana Ruiz');
  });

  it('leaves the article that opens a sentence out of a name', () => {
    expect(nameList('A Kelmor Bank official said 5 branches shut.')).not.toContain('A Kelmor Bank');
  });
});
