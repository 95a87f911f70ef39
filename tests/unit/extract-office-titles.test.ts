// Titles of offices named by what they do ("Civil Surgeon", "Relief Coordinator", "Administration Head") before a name.
import { describe, expect, it } from 'vitest';
import { mentionRoles } from './extract-source-helpers';

describe('an office title glued before a name', () => {
  it('makes the name a person and the title its role', () => {
    expect(mentionRoles('Ten people died, Ostra Civil Surgeon Kelvo Varnik said.')).toContainEqual(['Kelvo Varnik', 'person', 'Ostra Civil Surgeon']);
    expect(mentionRoles('National Flood Relief Coordinator Ana Lucia Dorn said 40 homes were lost.')).toContainEqual(['Ana Lucia Dorn', 'person', 'National Flood Relief Coordinator']);
    expect(mentionRoles('Ostra Regional Military Administration Head Kelvo Varnik reported that ten people died.')).toContainEqual(['Kelvo Varnik', 'person', 'Ostra Regional Military Administration Head']);
  });

  it('keeps "Head" a word of a name where no body stands before it or no full name after it', () => {
    const roles = mentionRoles('Staff at Head Office said the Kelmor Head Start scheme had grown.');
    expect(roles.map(([name]) => name)).toContain('Kelmor Head Start');
    expect(roles.some(([, kind]) => kind === 'person')).toBe(false);
  });

  it('reads an ombudsman as a title: before a name, and owning an office', () => {
    expect(mentionRoles('Ombudsman Kelvo Varnik said 12 people died.')).toContainEqual(['Kelvo Varnik', 'person', 'Ombudsman']);
    expect(mentionRoles('The Ombudsman’s Office has confirmed 27 deaths in Ostra.').map(([name]) => name)).toContain('Ombudsman’s Office');
  });
});
