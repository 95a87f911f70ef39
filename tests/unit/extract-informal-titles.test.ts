// Informal news titles ("boss", "head") between a body and a person's name are the person's role.
import { describe, expect, it } from 'vitest';
import { mentionRoles } from './extract-source-helpers';

describe('an informal title after a body, before a name', () => {
  it('gives the person the body and the title as role, and makes the name a person', () => {
    expect(mentionRoles('Shares fell after Acme boss Juan Carlos Ortega Ruiz was upbeat about the result.')).toContainEqual(['Juan Carlos Ortega Ruiz', 'person', 'Acme boss']);
    expect(mentionRoles('Profits rose, Kelmor Group head Ana Lucia Ferreira said.')).toContainEqual(['Ana Lucia Ferreira', 'person', 'Kelmor Group head']);
    // With no body before it, the word is no title.
    expect(mentionRoles('Staff said the boss Juan Ortega had left.')).toEqual([['Juan Ortega', 'person', null]]);
  });
});
