// "N was announced May 4 by X": a date between the passive participle and "by" keeps X the agent; ", however, …" after it gainsays X.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('a dated passive agent and the clause that gainsays it', () => {
  it('gives the figure to the agent after a month and day', () => {
    const r = extract('The tally of 5,200 was announced May 4 by the Varn Front during a rally.');
    expect(figure(r, '5,200').claim.attributedTo).toBe('Varn Front');
  });
  it('leaves the count of a clause after ", however," with no speaker of its own to no one', () => {
    const r = extract('The tally of 5,200 was announced by the Varn Front, however, the true count is under 900.');
    expect(figure(r, '5,200').claim.attributedTo).toBe('Varn Front');
    expect(figure(r, 'under 900').claim.attributedTo).toBeNull();
  });
  it('keeps the agent where the clause after "however" has no count', () => {
    const r = extract('The tally of 5,200 was announced by the Varn Front, however, it gave no details.');
    expect(figure(r, '5,200').claim.attributedTo).toBe('Varn Front');
  });
});

describe('the clause after ", however," belongs to whoever reports the sentence, not to the agent it gainsays', () => {
  it('gives it to the speaker of the sentence, and the dated agent its own figure', () => {
    const r = extract('Ana Ruiz said the tally of 5,200 was announced May 4 by the Varn Front, however, the true count is under 900.');
    expect(figure(r, '5,200').claim.attributedTo).toBe('Varn Front');
    expect(figure(r, 'under 900').claim.attributedTo).toBe('Ana Ruiz');
  });

  it('gives it to the speaker a colon handed the paragraph to', () => {
    const r = extract('A spokesman for Kelmor Telecom wrote to us:\n\nThe tally of 5,200 was announced by the Varn Front, however, the true count is under 900.');
    expect(figure(r, '5,200').claim.attributedTo).toBe('Varn Front');
    expect(figure(r, 'under 900').claim.attributedTo).toBe('Kelmor Telecom');
  });
});
