// “…,” said a <noun of one person> (surnamed X). “…,” he said. ¶ “…”: the unnamed person the tag describes goes on speaking.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('“…,” he said after a quote an unnamed person’s tag closed', () => {
  it('stands for that person, not for a name the tag holds', () => {
    const text =
      'Rescuers dug through the night in Dorvik.\n\n"The whole street shook for a minute," said a bus driver surnamed Orlen, pointing at the old Varn Tomas mill.\n\n"Every window on our side of the road broke at once," he said.';
    expect(quote(text, 'Every window on our side')?.reportedBy).toBe('a bus driver');
    expect(quote(text, 'Every window on our side')?.attributedTo).toBeNull();
  });
  it('keeps a named speaker’s "he" where the tag names the person', () => {
    const text =
      'Rescuers dug through the night in Dorvik.\n\n"The whole street shook for a minute," said bus driver Tomas Orlen, pointing at the old mill.\n\n"Every window on our side of the road broke at once," he said.';
    expect(quote(text, 'Every window on our side')?.attributedTo).toBe('Tomas Orlen');
  });
});

describe('a quote paragraph with no tag after an unnamed person’s quote paragraph', () => {
  it('goes on in that person’s words', () => {
    const text =
      'Rescuers dug through the night in Dorvik.\n\n"The whole street shook for a minute," said a bus driver surnamed Orlen. "Then came the dust."\n\n"Nobody on the corner could see their own hands for an hour."';
    expect(quote(text, 'Nobody on the corner')?.reportedBy).toBe('a bus driver');
  });
  it('does not where a sentence of someone else closes that paragraph', () => {
    const text =
      'Rescuers dug through the night in Dorvik.\n\n"The whole street shook for a minute," said a bus driver surnamed Orlen. Police said four people were hurt.\n\n"Nobody on the corner could see their own hands for an hour."';
    expect(quote(text, 'Nobody on the corner')?.reportedBy).not.toBe('a bus driver');
  });
});
