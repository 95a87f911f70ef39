// "In addition, …" / "Moreover, …" with no speaker of its own goes on with the report of the sentence before.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureBy = (text: string, value: number): [string | null, string | null] => {
  const c = extract(text).claims.find((x) => x.kind === 'figure' && x.figures[0]!.value === value)!;
  return [c.attributedTo, c.reportedBy];
};

describe('a sentence that adds to the report before it', () => {
  it('gives its figures to the source of the sentence before, in its paragraph', () => {
    const text = 'Ana Ruiz, a spokeswoman for the Ostra relief agency, said 412 people had died. In addition, there were 930 people injured and 57 still missing.';
    expect(figureBy(text, 930)).toEqual(['Ana Ruiz', null]);
    expect(figureBy(text, 57)).toEqual(['Ana Ruiz', null]);
    expect(figureBy('Ana Ruiz said 412 people had died. Moreover, 930 people were injured.', 930)).toEqual(['Ana Ruiz', null]);
  });

  it('keeps a speaker of its own, and reaches no sentence of another paragraph', () => {
    expect(figureBy('Ana Ruiz said 412 people had died. In addition, 930 people were injured, the agency said.', 930)).toEqual([null, 'the agency']);
    expect(figureBy('Ana Ruiz said 412 people had died.\n\nIn addition, 930 people were injured.', 930)).toEqual([null, null]);
    // "In addition to" opens no sentence that adds to the report.
    expect(figureBy('Ana Ruiz said 412 people had died. In addition to the dead, 930 people were injured.', 930)).toEqual([null, null]);
  });
});
