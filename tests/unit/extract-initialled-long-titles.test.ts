// `,” UN High Commissioner for Refugees Ana Ruiz said`: a body's initials opening a long capitalised title before a name; the person speaks, not the body.
import { describe, expect, it } from 'vitest';
import { quoteStarting } from './extract-helpers';

describe('“…,” <INITIALS> <Title> for <Portfolio> <Name> said', () => {
  it('gives the quote to the person, not the body whose initials open the title', () => {
    const text = 'Floods hit the delta again. "At least 90 people drowned in the first week alone," UN High Commissioner for Refugees Anton Brekke said in Ostra.';
    expect(quoteStarting(text, 'At least 90 people')?.attributedTo).toBe('Anton Brekke');
  });
  it('reads initials no list knows as a body’s too', () => {
    const text = 'Floods hit the delta again. "At least 90 people drowned in the first week alone," KDA Deputy Commissioner for Human Rights Anton Brekke said in Ostra.';
    expect(quoteStarting(text, 'At least 90 people')?.attributedTo).toBe('Anton Brekke');
  });
  it('does not skip initials that no title follows', () => {
    const text = 'Floods hit the delta again. "At least 90 people drowned in the first week alone," KDA Relief Fund Anton Brekke said in Ostra.';
    expect(quoteStarting(text, 'At least 90 people')?.attributedTo ?? null).not.toBe('Anton Brekke');
  });
});
