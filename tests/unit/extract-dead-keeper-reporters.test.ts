// Places that keep the dead (crematoriums, cemeteries, morgues) speak as a hospital does, unnamed.
import { describe, expect, it } from 'vitest';
import { figureReporters } from './extract-helpers';

describe('crematoriums, cemeteries and morgues as unnamed reporters', () => {
  it('gives a count the crematoriums of a district tell to them', () => {
    expect(figureReporters('But crematoriums in the county said that about 640 bodies were burned under the fever rules in June.')).toEqual(['crematoriums in the county']);
  });

  it('gives one the morgues of a city tell to them', () => {
    expect(figureReporters('Morgues in the port city said that 310 bodies arrived last week.')).toEqual(['morgues in the port city']);
  });

  it('leaves a count told of a cemetery, not by it, to no one', () => {
    expect(figureReporters('About 640 bodies were buried at the cemetery in June.')).toEqual([null]);
  });

  it('gives a count to the managers of the morgues and cemetery they work at', () => {
    expect(figureReporters('Three managers of separate morgues and cemetery said that 420 bodies arrived in June.').slice(-1)).toEqual(['three managers of separate morgues and cemetery']);
  });

  it('still reads no speaker in managers of a thing that keeps no dead', () => {
    expect(figureReporters('Three managers of separate warehouses said that 420 boxes arrived in June.').slice(-1)).toEqual([null]);
  });
});
