// A body named with the language it speaks in ("Ostra News in Spanish reported …") is the subject of its verb.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"Ostra News in Spanish then reported five dead"', () => {
  it('gives the counts to the outlet before "in" and its language', () => {
    const r = extract('Ostra News in Spanish then reported five people died in the shelling, and eight rockets were launched.');
    expect(figure(r, 'five').claim.attributedTo).toBe('Ostra News');
    expect(figure(r, 'eight').claim.attributedTo).toBe('Ostra News');
  });
  it('reads a body of "the" with its language as well', () => {
    expect(figure(extract('The Varn Service in French said 12 people died in the fire.'), '12').claim.attributedTo).toBe('Varn Service');
  });
  it('gives nothing to an outlet whose viewers speak', () => {
    expect(figure(extract('Viewers of Ostra News in Arabic said five people were killed in the strike.'), 'five').claim.attributedTo ?? null).toBeNull();
  });
});
