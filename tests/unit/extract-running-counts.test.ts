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

describe('a count kept since a time months ago', () => {
  it('keeps the event of deaths counted since the outbreak began months ago', () => {
    expect(figure('Since the fever first struck Kelm more than five months ago, the Ostra ministry has logged only 12 confirmed Kelm fever deaths.', '12').about).toBe('killed');
    expect(figure('Since the fever first struck the hill villages around Kelm more than five months ago, the Ostra health ministry has logged only 12 confirmed fever deaths.', '12').about).toBe('killed');
  });
  it('still reads a toll told months ago as another event', () => {
    expect(figure('Five months ago the Ostra ministry logged 12 fever deaths.', '12').about).toBeNull();
  });
});
