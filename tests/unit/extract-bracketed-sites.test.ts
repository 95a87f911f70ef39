// Names in brackets after a body's name: a list of its sites is no source, and a short form in brackets does not cut the name it interrupts.
import { describe, expect, it } from 'vitest';
import { nameList } from './extract-source-helpers';

describe('a list of sites in brackets after a body', () => {
  it('makes no source of the towns or the joined list in the brackets', () => {
    const names = nameList('The KGMU runs two wards. KGMU (Lucknow and Barabanki) reported three deaths. KGMU (Lucknow Trauma Centre and Barabanki) has recorded 19 deaths, an official said.');
    expect(names).toContain('KGMU');
    expect(names).not.toContain('Barabanki');
    expect(names.some((n) => n.includes(' and '))).toBe(false);
    // One name in brackets is another body, kept.
    expect(nameList('The Kelmor Relief Fund (Acme Foundation) said 30 homes burned.')).toContain('Acme Foundation');
  });
});

describe('a head word after a short form in brackets', () => {
  it('ends the name the short form abbreviates instead of opening one joined across "and"', () => {
    const names = nameList('Patients went to Vijay Raje Scindia (VRS) Hospital and Queen Mary Nursing College last week.');
    expect(names).toContain('Queen Mary Nursing College');
    expect(names.some((n) => n.startsWith('Hospital'))).toBe(false);
  });
});
