// A sentence that opens on the number's noun ("The provisional tally stood at …") goes on with the count before it.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a tally named right after a count', () => {
  it('takes the event of the sentence before when it names none of its own', () => {
    expect(figure('At least 60 miners had died in Kelmor. The provisional tally stood at 83.', '83').about).toBe('killed');
    expect(figure('Some 30 marchers were arrested in Varn. The preliminary count stood at 41 by Friday.', '41').about).toBe('detained');
  });
  it('takes no event where the sentence before counts things of no event', () => {
    expect(figure('Floods hit Ostra on Monday. Three bridges were washed away. The provisional tally stood at 83.', '83').about).toBeNull();
  });
});
