// Counts kept "since" a past time run up to now: they are the story's own toll, not another event's.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a count kept since last month', () => {
  it('keeps the event of a number of people killed "since last month" that has risen', () => {
    const f = figure('The number of marchers and guards killed in Kelmor since last month has risen to 212, a rights panel said on Monday.', '212');
    expect(f.unit).toBe('marchers');
    expect(f.about).toBe('killed');
  });
  it('still reads a toll told of an event of last month as another event', () => {
    expect(figure('Varn was shelled last month and 40 people were killed.', '40').about).toBeNull();
  });
});
