// "One officer, who declined to be named, said: “…”": a passive in the clause set off on the noun is not the verb's.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const LEAD = 'Kelmor spokesman Tomas Varn confirmed the raid had happened.\n\n';

describe('an unnamed speaker with a relative clause set off by commas', () => {
  it('says the quote even where the clause is passive ("not to be named")', () => {
    const q = quote(LEAD + 'One officer, who declined to be named, said: "Some people died, but how many we cannot say."', 'Some people died');
    expect(q?.attributedTo).toBeNull();
    expect(q?.reportedBy).toBe('one officer');
  });
  it('still reads no speaker where the passive is the subject\'s own verb ("was told")', () => {
    const q = quote(LEAD + 'One officer was told: "Some people died, but how many we cannot say."', 'Some people died');
    expect(q?.reportedBy ?? null).not.toBe('one officer');
  });
});
