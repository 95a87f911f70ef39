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

// "…, X said. Nine were in critical condition": a bare count as subject breaks down the count the tag gave X.
describe('a sentence whose subject is a bare count after a closing tag', () => {
  it('gives the parts of the count before to that sentence\'s source', () => {
    const text = 'A total of 48 hikers were rescued from the ridge, the Brask Herald said. Seven were in critical condition and six were treated at the scene.';
    expect(figureBy(text, 7)).toEqual(['Brask Herald', null]);
    expect(figureBy('Some 48 hikers were rescued, the Brask Herald said. Seven of them remain in hospital.', 7)).toEqual(['Brask Herald', null]);
  });
  it('keeps a speaker of its own, and reaches no sentence of another paragraph', () => {
    expect(figureBy('A total of 48 hikers were rescued, the Brask Herald said. Seven were in critical condition, a hospital official said.', 7)).toEqual([null, 'a hospital official']);
    expect(figureBy('A total of 48 hikers were rescued, the Brask Herald said.\n\nSeven were in critical condition.', 7)).toEqual([null, null]);
  });
});
