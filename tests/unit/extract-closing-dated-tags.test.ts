// A closing tag whose day stands between the speaker and the verb ("…, officials on Monday said."), as it stands after it.
import { describe, expect, it } from 'vitest';
import { figureReporters } from './extract-helpers';

describe('a day between a closing speaker and the verb', () => {
  it('gives the count to the speaker across "on <weekday>" or "yesterday"', () => {
    expect(figureReporters('Nine climbers died in the avalanche, rescue officials on Monday said.')).toEqual(['rescue officials']);
    expect(figureReporters('Nine climbers died in the avalanche, border police yesterday said.')).toEqual(['border police']);
  });

  it('gives none where a day stands before a verb that reports nothing', () => {
    expect(figureReporters('Nine climbers died in the avalanche, as rescue officials on Monday searched the slope.')).toEqual([null]);
  });
});

describe('a toll brought on after a closing speaker, its words long', () => {
  it('gives the speaker the toll "bringing the death toll in <the outbreak> to"', () => {
    expect(figureReporters('Three patients died of the fever in Ostra, nurses said on Friday, bringing the death toll in this year’s outbreak to 31.')).toEqual(['nurses', 'nurses']);
  });

  it('leaves a count after a "to" of other words to no one', () => {
    expect(figureReporters('Three patients died of the fever in Ostra, nurses said on Friday, raising fears for the clinics and the long road to 31 villages.')).toEqual(['nurses', null]);
  });
});
