// `,” <plain title> <Name>, <apposition>, told <outlet>`: a titled person whose apposition stands between name and verb speaks.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('“…,” <title words> <Name>, <apposition>, told <outlet>', () => {
  it('gives the quote to the titled person past the apposition', () => {
    const text = 'River levels rose again overnight.\n\n"The worst of the water has yet to reach the valley," flood risk engineer Mirela Dostal, one of the writers of the survey, told Ostra Radio.';
    expect(quote(text, 'The worst of the water')?.attributedTo).toBe('Mirela Dostal');
  });
  it('does not give it to the person where the words after the apposition are no verb of speech', () => {
    const text = 'River levels rose again overnight.\n\n"The worst of the water has yet to reach the valley," flood risk engineer Mirela Dostal, one of the writers of the survey, the report added.';
    expect(quote(text, 'The worst of the water')?.attributedTo).not.toBe('Mirela Dostal');
  });
});
