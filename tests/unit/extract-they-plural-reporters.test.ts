// "Police said …. They also reported …": "they" stands for an unnamed plural reporter whose noun has no "s" ("police", "staff").
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';
import { extract } from '../../src/extract';

describe('"they" opening a report after "Police said …"', () => {
  it('is the police', () => {
    const text = 'Marchers crossed the old bridge of Ostra at noon.\n\nPolice said 14 people were hurt and 8 officers injured in the scuffles. They also reported 212 arrests.';
    expect(figure(extract(text), '212').claim.reportedBy).toBe('police');
  });
  it('is no one where the sentence before opens with a body of one ("The police union")', () => {
    const text = 'Marchers crossed the old bridge of Ostra at noon.\n\nThe police union said 8 officers were injured in the scuffles. They also reported 212 arrests.';
    expect(figure(extract(text), '212').claim.reportedBy).not.toBe('police');
  });
});
