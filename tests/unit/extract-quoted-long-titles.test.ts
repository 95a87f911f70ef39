// "…, the report quoted <long title with "of"> NAME as saying": the person quoted says the sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const owner = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.attributedTo ?? null;

describe('a closing "quoted X as saying" with a teller the text does not name', () => {
  it('gives the sentence to the person quoted ("the report quoted X as saying")', () => {
    expect(owner('Eleven porters were in the tunnel when the roof gave way, the report quoted Tomas Varga as saying.', 'Eleven')).toBe('Tomas Varga');
  });
  it('reads a long title with "of" before the name', () => {
    expect(owner('Eleven porters were in the tunnel when the roof gave way, the report quoted Norland County Chief Inspector of Tunnels Tomas Varga as saying.', 'Eleven')).toBe('Tomas Varga');
  });
  it('gives nothing where no person is quoted "as saying"', () => {
    expect(owner('Eleven porters were in the tunnel when the roof gave way, the report quoted the county inspectorate.', 'Eleven')).toBeNull();
  });
});
