// "the premier said": a title's synonym stands for the person named with the other title ("Prime Minister Ana Ruiz").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const quoteSpeaker = (text: string): string | null => extract(text).claims.find((c) => c.kind === 'quote')?.attributedTo ?? null;
const QUOTE = '“Our first year in office has been a hard one,” the premier said.';

describe('"the premier" after a quote', () => {
  it('is the person named as Prime Minister before', () => {
    expect(quoteSpeaker(`Prime Minister Ana Ruiz spoke in the Ostra parliament on Monday. ${QUOTE}`)).toBe('Ana Ruiz');
  });
  it('is no one where no one is named with either title', () => {
    expect(quoteSpeaker(`Finance Minister Ana Ruiz spoke in the Ostra parliament on Monday. ${QUOTE}`)).toBeNull();
  });
});
