// A row under a place whose own count it does not hold, of the counts every place's row takes, is another row told again.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe('a placeless dispute told again under a place', () => {
  it('shows the dispute once, not again under an earlier attack\'s place', () => {
    const text = [
      'Two bombs have killed at least 15 people in western Kenya, soldiers said.',
      'In a statement on Tuesday, the soldiers said 15 people had died and 40 were hurt. Three farmers said they had buried at least 27 dead.',
      'The last such bombing came in April, when at least 15 people were killed in Varn province, which borders Kenya.',
    ].join(' ');
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Kenya'], ['15 soldiers (unnamed)', '27 three farmers (unnamed)']]]);
  });

  it('keeps a second row whose place has a count of its own in it', () => {
    const text = [
      'Two bombs have killed at least 15 people in western Kenya, soldiers said.',
      'In a statement on Tuesday, the soldiers said 15 people had died and 40 were hurt. Three farmers said they had buried at least 27 dead.',
      'In Varn province, which borders Kenya, at least 11 people were killed, the Varn Courier said.',
    ].join(' ');
    const rows = placedDiscrepancies(text);
    expect(rows).toHaveLength(2);
    expect(rows[1]![2].some((v) => v.startsWith('11 '))).toBe(true);
  });
});
