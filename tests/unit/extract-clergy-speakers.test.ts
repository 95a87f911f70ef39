import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figure = (text: string, value: number) =>
  extract(text).claims.find((c) => c.kind === 'figure' && c.figures?.some((f) => f.value === value));

describe('clergy speak for the dead they count', () => {
  it('gives "a cleric had said earlier N" to the cleric', () => {
    const text = 'Raiders burned two farms outside Ostra on Sunday. A cleric had said earlier that 70 villagers died.';
    expect(figure(text, 70)?.reportedBy).toBe('a cleric');
  });

  it('reads "a priest in …" after a name as what that person is', () => {
    const text = 'Pastor Ana Lind, a priest in Ostra, said 40 people were buried on Monday.';
    expect(extract(text).mentions.find((m) => m.name.endsWith('Ana Lind'))?.kind).toBe('person');
  });

  it('leaves a sentence about a cleric, who tells nothing, without a reporter', () => {
    const text = 'A cleric was among the 12 people killed in Ostra on Sunday.';
    expect(figure(text, 12)?.reportedBy ?? null).toBeNull();
  });
});
