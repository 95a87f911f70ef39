// "the former vice president" names another office than "president": the bare head must not take the president.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const speakerOf = (text: string, opening: string) => extract(text).claims.find((c) => c.text.startsWith(opening))?.attributedTo ?? null;

describe('a rank word before an office', () => {
  const loser = 'Ana Ruiz rejected the result on Monday. Ruiz, who was beaten by President Tomas Vell by two million votes, spoke at a rally in Ostra.';

  it('gives "the former vice president" to the one who lost to the president, not to him', () => {
    const text = `${loser} The former vice president called the vote the worst in the history of Varn.`;
    expect(speakerOf(text, 'The former vice president')).toBe('Ana Ruiz');
  });

  it('still gives "the vice president" to the person named with that title', () => {
    const text = 'Vice President Ana Ruiz visited Ostra. President Tomas Vell stayed in Varn. The vice president said the bridge would reopen.';
    expect(speakerOf(text, 'The vice president said')).toBe('Ana Ruiz');
  });

  it('still gives "the president" to the president', () => {
    const text = `${loser} The president said the count was fair.`;
    expect(speakerOf(text, 'The president said')).toBe('Tomas Vell');
  });
});
