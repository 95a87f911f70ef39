// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';
import { findDiscrepancies } from '../../src/context/discrepancies';
import { reporterKey } from '../../src/context/toll-sources';
import type { Claim } from '../../src/extract/types';

/** A figure claim of `value` people killed, from a named source or an unnamed reporter. */
const toll = (value: number, attributedTo: string | null, reportedBy: string | null, start: number): Claim => ({
  kind: 'figure',
  text: `${value} killed`,
  attributedTo,
  reportedBy,
  figures: [{ value, comparator: '=', upTo: null, change: null, unit: 'people', about: 'killed', phrase: String(value), span: { start, end: start + 2 } }],
  span: { start, end: start + 9 },
});
const found = (claims: Claim[]) => findDiscrepancies(claims, [], (id) => id).map((d) => d.values.map((v) => [v.value, v.attributedTo, v.reportedBy]));

describe('figures of sources the article does not name', () => {
  it('sets two unnamed reporters that disagree against each other, each with its words', () => {
    const text = 'Authorities said at least 50 people died in the floods. Some news organisations reported that as many as 52 people were killed in the floods.';
    expect(discrepancies(text)).toEqual([['killed', ['50 authorities (unnamed)', '52 some news organisations (unnamed)']]]);
  });

  it('sets a named source against an unnamed reporter', () => {
    const text = 'Police said 30 people were killed in the blast. The Harbour Gazette said 41 people died in the blast.';
    expect(discrepancies(text)).toEqual([['killed', ['30 police (unnamed)', '41 Harbour Gazette']]]);
  });

  it('does not set one reporter against itself, however the article writes it', () => {
    // One source, two values: no disagreement between sources, as for a named source.
    expect(found([toll(30, null, 'Authorities', 0), toll(35, null, 'the authorities', 50)])).toEqual([]);
    expect(found([toll(30, 'Harbour Office', null, 0), toll(35, 'Harbour Office', null, 50)])).toEqual([]);
    // "Some officials" and "officials" are one source too.
    expect(found([toll(30, null, 'some officials', 0), toll(35, null, 'Officials', 50)])).toEqual([]);
  });

  it('keeps values with no source as before: two of them are no disagreement, one beside a reporter is', () => {
    expect(found([toll(30, null, null, 0), toll(35, null, null, 50)])).toEqual([]);
    expect(found([toll(30, null, null, 0), toll(35, null, 'police', 50)])).toEqual([
      [
        [30, null, null],
        [35, null, 'police'],
      ],
    ]);
  });

  it('takes an empty or blank label for no source, and ignores a label beside a named source', () => {
    expect(found([toll(30, null, '', 0), toll(35, null, '  ', 50)])).toEqual([]);
    expect(found([toll(30, 'Harbour Office', 'police', 0), toll(35, 'Harbour Office', null, 50)])).toEqual([]);
    expect(reporterKey('')).toBeNull();
    expect(reporterKey(null)).toBeNull();
    expect(reporterKey('The Authorities')).toBe(reporterKey('authorities'));
    expect(reporterKey('police')).not.toBe('police');
  });

  it("takes a body's report, list or tally for the body itself, one voice in a row", () => {
    expect(reporterKey('the army report')).toBe(reporterKey('the army'));
    expect(reporterKey("the port office's list")).toBe(reporterKey('the port office'));
    // The row keeps one 30 for the coastguard, whose report and whose own words agree, against the mayor's 41.
    expect(found([toll(30, null, 'the coastguard report', 0), toll(30, null, 'the coastguard', 50), toll(41, null, 'the mayor', 90)])).toEqual([
      [
        [30, null, 'the coastguard report'],
        [41, null, 'the mayor'],
      ],
    ]);
    // A word alone is no document of a body.
    expect(reporterKey('report')).not.toBe(reporterKey(''));
  });
});
