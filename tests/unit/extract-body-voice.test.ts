// A "he" after a body's report stands for the person who spoke for that body, not for a person named since who spoke for someone else.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const SPOKESMAN =
  'The Kelmor Defence Command (KDC) says 60 people died in the raid on Varn.\n\n' +
  'On Thursday, Colonel Tomas Brandt, the director of army information, disclosed this at the Kelmor Defence Command in Ostra.\n\n' +
  'The statement comes after Varn Watch’s country director, Ana Ruiz, confirmed the toll, stating that over 90 people had died.\n\n';

describe('a "he" after a body’s report', () => {
  it('stands for the person who spoke in a sentence naming that body (or its bracketed short form)', () => {
    const r = extract(SPOKESMAN + 'But KDC said 60 people died while 40 others were hurt.\n\nHe explained that 55 of them had been buried.\n\nHe said, “We counted 58 graves ourselves.”');
    expect(figure(r, '55').claim.attributedTo).toBe('Tomas Brandt');
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Tomas Brandt');
    expect(figure(r, 'over 90').claim.attributedTo).toBe('Ana Ruiz');
  });
  it('stays with the person named last where no one named spoke for the body', () => {
    const r = extract('Ana Ruiz said over 90 people had died. The Kelmor Defence Command said 60 people died. He explained that 55 of them had been buried.');
    expect(figure(r, '55').claim.attributedTo).toBe('Ana Ruiz');
  });
});
