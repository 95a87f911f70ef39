// "…, Kelmor Relief Network agencies reported.": a body's plural noun after its name names the body's branches, which speak for it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"…, United Nations agencies reported."', () => {
  it('gives the count to the body whose agencies report it, after the sentence or before it', () => {
    expect(figure(extract('At least 58 migrants died off Varn on Sunday, United Nations agencies reported.'), 'At least 58').claim.attributedTo).toBe('United Nations');
    expect(figure(extract('United Nations agencies said at least 58 migrants died off Varn on Sunday.'), 'at least 58').claim.attributedTo).toBe('United Nations');
  });
  it('gives nothing to a place whose agencies report', () => {
    expect(figure(extract('Kelmor agencies said at least 58 migrants died off Varn on Sunday.'), 'at least 58').claim.attributedTo ?? null).toBeNull();
  });
});
