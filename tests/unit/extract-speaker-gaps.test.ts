// Subjects a few words away from their reporting verb: a title whose closing comma is left out, and asides between name and verb.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('a closing "X, the … spokesman said" with no comma before the verb', () => {
  it('gives the clause before it to the named person, not to a person named earlier', () => {
    const r = extract('Governor Tomas Brandt said the raid began at night. Nine soldiers and four police were killed in the battle, Ana Kelmor, the provincial governor’s spokesman said.');
    expect(figure(r, 'Nine').claim.attributedTo).toBe('Ana Kelmor');
    expect(figure(r, 'four').claim.attributedTo).toBe('Ana Kelmor');
  });
  it('leaves a name with no comma before it as the object of the clause before', () => {
    const r = extract('Police freed Ana Kelmor, the governor’s spokesman said, and 30 people were later released.');
    expect(figure(r, '30').claim.attributedTo).not.toBe('Ana Kelmor');
  });
});
