// Which event a figure counts when its own clause and the clause after it name different ones, and
// what "the figure" counts after a toll named earlier in its sentence.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a death toll as the subject of the figure', () => {
  it('counts the dead, whatever the next clause says is missing', () => {
    expect(figure('While the official death toll in the valley is only 48, relief groups fear hundreds are missing.', '48').about).toBe('killed');
    expect(figure('The death toll from the landslide stood at 31, and rescuers say dozens are still missing.', '31').about).toBe('killed');
  });
  it('leaves a count of the missing after its own verb as it was', () => {
    expect(figure('The death toll is not known, but 120 people are missing.', '120').about).toBe('missing');
  });
});

describe('"the figure" after a toll named earlier in the sentence', () => {
  it('counts what the toll counted, though a count of the missing follows', () => {
    const text = 'The aid agency set the death toll from the cyclone at 415 while the regional emergency office put the figure at 390 with 57 still missing.';
    expect(figure(text, '390').about).toBe('killed');
    expect(figure(text, '57').about).toBe('missing');
  });
});
