// `“…,” according to a military statement.`: an unnamed source after "according to" right after a quote speaks for it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const quoteBy = (text: string, start: string): [string | null, string | null] => {
  const c = extract(text).claims.find((x) => x.kind === 'quote' && x.text.startsWith(start))!;
  return [c.attributedTo, c.reportedBy];
};

describe('a quote followed by "according to" an unnamed source', () => {
  it('gives the quote to that source, not to the speaker before it', () => {
    const text = 'Colonel Ana Ruiz said the road was closed. “A gunman walked into the crowd and opened fire,” according to a military statement. Ruiz said the area was sealed.';
    expect(quoteBy(text, 'A gunman')).toEqual([null, 'a military statement']);
  });

  it('keeps the quote with a named source after "according to", and with a speaker tag before it', () => {
    expect(quoteBy('Colonel Ana Ruiz said the road was closed. “A gunman walked into the crowd,” according to Ruiz.', 'A gunman')).toEqual(['Ana Ruiz', null]);
    expect(quoteBy('Colonel Ana Ruiz said the road was closed. “A gunman walked into the crowd,” she said, according to Varn media.', 'A gunman')).toEqual(['Ana Ruiz', null]);
  });
});
