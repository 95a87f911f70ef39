// A tag closing a sentence ("…, according to X", "…, X reported", "…, X said, quoting Y") passes on a report; where the
// sentence has a subject of its own that reports, or the tag names whom it quotes, that one is the source, not the relay.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('an unnamed subject that reports, then a closing relay tag', () => {
  it('keeps "Farm groups estimated that …, according to figures in <paper>" for the farm groups', () => {
    const r = extract('Farm groups estimated that more than 9,000 tractors jammed the ring road around Dorvik, according to figures printed by the Halden Courier newspaper.');
    const { claim } = figure(r, 'more than 9,000');
    expect(claim.attributedTo ?? null).toBeNull();
    expect(claim.reportedBy).toBe('Farm groups');
  });
  it('keeps "Local officials said …, <agency> reported" for the officials', () => {
    const r = extract('Local officials said 14 climbers were still missing on the glacier, Halden Press reported.');
    const claim = r.claims.find((c) => c.kind === 'statement')!;
    expect(claim.attributedTo ?? null).toBeNull();
    expect(claim.reportedBy?.toLowerCase()).toBe('local officials');
  });
  it('leaves the paper the source where no one else reports in the sentence', () => {
    const r = extract('More than 9,000 tractors jammed the ring road around Dorvik, according to figures printed by the Halden Courier newspaper.');
    expect(figure(r, 'More than 9,000').claim.attributedTo).toBe('Halden Courier');
  });
  it('leaves the tag the source where the subject only acts ("have kept up their raids")', () => {
    const r = extract('Border officials have kept up their raids on the camps, according to the Halden Courier.');
    expect(r.claims.find((c) => c.kind === 'statement')?.attributedTo).toBe('Halden Courier');
  });
});

describe('"…, <agency> said, quoting <person>"', () => {
  it('gives the sentence to the person the agency quotes', () => {
    const r = extract('Thirty-one divers were brought up safely, Halden Press said, quoting Marek Osso, head of the harbour rescue unit.');
    expect(r.claims.find((c) => c.kind === 'statement')?.attributedTo).toBe('Marek Osso');
  });
  it('keeps the agency where the one quoted is not named', () => {
    const r = extract('Thirty-one divers were brought up safely, Halden Press said, quoting a harbour official.');
    expect(r.claims.find((c) => c.kind === 'statement')?.attributedTo).toBe('Halden Press');
  });
});

describe('"<speakers> quoting <others> reported that …"', () => {
  it('gives the report to the unnamed speakers who quote, not to the body named in the "quoting" phrase', () => {
    const r = extract('Provincial papers quoting senior engineers from the Water Board reported that the dam could hold for another week.');
    const claim = r.claims.find((c) => c.kind === 'statement')!;
    expect(claim.attributedTo ?? null).toBeNull();
    expect(claim.reportedBy).toBe('Provincial papers');
  });
  it('gives it to a named outlet that quotes', () => {
    const r = extract('Halden Radio quoting senior engineers from the Water Board reported that the dam could hold for another week.');
    expect(r.claims.find((c) => c.kind === 'statement')?.attributedTo).toBe('Halden Radio');
  });
  it('leaves the body its report where no one quotes it', () => {
    const r = extract('Senior engineers from the Water Board reported that the dam could hold for another week.');
    expect(r.claims.find((c) => c.kind === 'statement')?.attributedTo).toBe('Water Board');
  });
});

describe('"It put the toll at N, <agency> said" after an unnamed body opens the sentence before', () => {
  const before = 'The flood relief office in Sorn, however, would not back the count in a call with Halden Press.';
  it('gives the toll to the body "it" stands for, not to the agency that relays it', () => {
    const r = extract(`${before} It put the death toll at 27, Halden Press said.`);
    const { claim } = figure(r, '27');
    expect(claim.attributedTo ?? null).toBeNull();
    expect(claim.reportedBy).toBe('the flood relief office');
  });
  it('leaves the agency the source where the body before is named beside its noun', () => {
    const r = extract('The relief agency, the Sorn Flood Authority, had a lower count on Monday. However, it said 27 were still missing.');
    expect(figure(r, '27').claim.attributedTo).toBe('Sorn Flood Authority');
  });
  it('keeps a toll with no "it" for the agency that gives it', () => {
    const r = extract(`${before} The death toll stood at 27, Halden Press said.`);
    expect(figure(r, '27').claim.attributedTo).toBe('Halden Press');
  });
});

describe('"<body> has increased the estimated size … to N, <outlet> reported"', () => {
  it('gives the raised estimate to the body that raised it, not to the outlet that relays it', () => {
    const r = extract('The Sorn Port Authority has increased the estimated volume of its fuel spill to over 2,400 barrels, the Halden Courier reported.');
    expect(figure(r, 'over 2,400').claim.attributedTo).toBe('Sorn Port Authority');
  });
  it('leaves the outlet the count where the body only acts on the amount ("increased output")', () => {
    const r = extract('The Sorn Port Authority has increased fuel shipments to over 2,400 barrels a day, the Halden Courier reported.');
    expect(figure(r, 'over 2,400').claim.attributedTo).toBe('Halden Courier');
  });
});
