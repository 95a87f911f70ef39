// "…, the source said, bringing the toll to 15": the toll a participle after a closing tag carries on is that speaker's report too.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureBy = (text: string, value: number): [string | null, string | null] => {
  const c = extract(text).claims.find((x) => x.kind === 'figure' && x.figures[0]!.value === value)!;
  return [c.attributedTo, c.reportedBy];
};

describe('a toll brought on after an unnamed closing tag', () => {
  it('gives the toll of ", bringing the toll to" to the unnamed speaker of the tag before it', () => {
    expect(figureBy('Three more bodies were found near the river, the source told Kelmor Radio, bringing the toll to at least 12.', 12)).toEqual([null, 'the source']);
    expect(figureBy('Two more miners were found dead in Varn, mine officials said, raising the toll to nine.', 9)).toEqual([null, 'mine officials']);
  });

  it('leaves a figure after another clause outside the tag', () => {
    expect(figureBy('Three more bodies were found near the river, police said, as rescuers searched for 12 more.', 12)).toEqual([null, null]);
    // The count a toll rises "from" was announced by others before.
    expect(figureBy('At least 40 people were killed in Ostra, security sources said, raising the toll sharply from 12 given earlier.', 12)).toEqual([null, null]);
  });
});
