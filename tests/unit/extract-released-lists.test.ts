// A body that releases a list of a count reports it: "released an updated list of 212", its subject maybe dated "on Friday
// evening"; a later clause "a day after Gov. X had announced that …" keeps its own count; "<body>'s news release said" speaks for the body.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const owner = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.attributedTo ?? null;

describe('"The Dravia Relief Board released an updated list of 212"', () => {
  it('gives the listed count to the body, past a word of when the list was made', () => {
    expect(owner('The Dravia Relief Board released an updated list of 212 people still unaccounted for.', '212')).toBe('Dravia Relief Board');
  });
  it('passes a weekday and a part of the day between the subject and its verb', () => {
    expect(owner('The Dravia Relief Board on Monday night released an updated list of 212 people still unaccounted for.', '212')).toBe('Dravia Relief Board');
  });
  it('gives a count of a later clause after "after" and an abbreviated title to its own speaker', () => {
    const text = 'The Dravia Relief Board said 212 people were unaccounted for, two days after Sen. Ilse Marr had announced that the number would drop to about 30.';
    expect(owner(text, '212')).toBe('Dravia Relief Board');
    expect(owner(text, 'about 30')).toBe('Ilse Marr');
  });
  it('reads the release as the report the later clause is set after', () => {
    const text = 'The Dravia Relief Board released an updated list of 212 people unaccounted for, two days after Sen. Ilse Marr had announced that the number would drop to about 30.';
    expect(owner(text, '212')).toBe('Dravia Relief Board');
    expect(owner(text, 'about 30')).toBe('Ilse Marr');
  });
  it('reads no list in one printed by no one that releases counts', () => {
    expect(owner('The Dravia Herald published an updated list of 212 schools.', '212')).toBeNull();
  });
});

describe('"the board\'s news release said 90"', () => {
  it('speaks for the body named or referred to before it', () => {
    expect(owner("The Dravia Relief Board's news release said 90 people were found.", '90')).toBe('Dravia Relief Board');
    expect(owner("The Dravia Relief Board met on Monday. The board's press release said 90 people were found.", '90')).toBe('Dravia Relief Board');
  });
  it('gives nothing to a release no body owns', () => {
    expect(owner('A news release said 90 people were found.', '90')).toBeNull();
  });
});
