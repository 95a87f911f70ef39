// A count "estimated by" someone is theirs, and a superlative's "most" between a count and its passive verb takes no reach.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const reporter = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.reportedBy ?? null;

describe('"the 25,000 estimated by the union"', () => {
  const text = 'The council counted 6,000 marchers against the 25,000 estimated by the union.';
  it('gives the count estimated by an agent to that agent, the other to the subject', () => {
    expect(reporter(text, '25,000')).toBe('the union');
    expect(reporter(text, '6,000')).toBe('the council');
  });
  it('leaves a count estimated with no agent to the sentence\'s source', () => {
    expect(reporter('The 25,000 estimated in the spring turned out too high, the union said.', '25,000')).toBe('the union');
  });
});

describe('"the four most recent deaths were confirmed by officials"', () => {
  it('reaches the agent past a superlative', () => {
    expect(reporter('The four most recent deaths were confirmed by officials on Tuesday.', 'four')).toBe('officials');
  });
  it('keeps the reach for a plain adjective', () => {
    expect(reporter('The four latest deaths were confirmed by officials on Tuesday.', 'four')).toBe('officials');
  });
});
