// "The police in Highland State said …": the name after "in" places the speaker described before it; it is not the speaker.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"The police in Highland State have confirmed 19 deaths"', () => {
  const text = 'The police in Highland State have confirmed 19 deaths in the riots. Highland State has been tense for weeks.';

  it('gives the count to the police placed there, not to the name of the state', () => {
    const claim = figure(extract(text), '19').claim;
    expect(claim.attributedTo ?? null).toBeNull();
    expect(claim.reportedBy).toBe('the police in Highland State');
  });
  it('keeps a named body after "in" as the speaker it is', () => {
    expect(figure(extract('Officials in the Varn Council said 12 people died in the flood.'), '12').claim.attributedTo).toBe('Varn Council');
  });
});
