// `,” said <title> <name>` and `!” cried <name>, 41`: speakers named after the verb behind a title or trade no list reads whole.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('“…,” said <Title> of <Country> <Name>', () => {
  it('gives the quote to the person whose capitalised title names the country he serves', () => {
    const text = 'Polls closed in Varn at six. "We thank every voter in the country for their trust," said President of Varn Tomas Kelmor.';
    expect(quote(text, 'We thank every voter')?.attributedTo).toBe('Tomas Kelmor');
  });
  it('leaves a quote whose verb has no person after the title to no one', () => {
    const text = 'Polls closed in Varn at six. "We thank every voter in the country for their trust," said the President of Varn in a message.';
    expect(quote(text, 'We thank every voter')?.attributedTo ?? null).toBeNull();
  });
});

describe('“…,” said <trade> <Name>, <age>', () => {
  it('gives the quote to a person named by one word, a trade before and an age after', () => {
    const text = 'Queues formed early in Ostra. “We are farmers and we want lower taxes,” said baker Ilse, 58, after leaving the polling station.';
    expect(quote(text, 'We are farmers')?.attributedTo).toBe('Ilse');
  });
  it('does not take a one-word name with no age after it for a speaker', () => {
    const text = 'Queues formed early in the north. “We are farmers and we want lower taxes,” said people in Ostra after leaving the polling station.';
    expect(quote(text, 'We are farmers')?.attributedTo ?? null).toBeNull();
  });
});

describe('“…!” <verb no list knows> <Name>, <age>', () => {
  it('gives an exclamation cut off by an unlisted past verb to the person after it, an age behind the name', () => {
    const text = 'The river rose overnight in Kelmor. “We cannot find the boy anywhere!” cried Mara Kelso, 41, a neighbour in Ostra.';
    expect(quote(text, 'We cannot find')?.attributedTo).toBe('Mara Kelso');
  });
  it('does not read a new sentence after an exclamation as its tag', () => {
    const text = 'The river rose overnight in Kelmor. “We cannot find the boy anywhere!” Searchers from Ostra joined Mara Kelso, 41, at dawn.';
    expect(quote(text, 'We cannot find')?.attributedTo ?? null).toBeNull();
  });
});

describe('“…,” said the <title> <Name> / said its <spokesperson> <Name>', () => {
  it('gives the quote to the person after "its" and a speaker’s noun, not to the noun', () => {
    const text = 'The agency wrote to both ministries on Monday. "We see no sign that the dam is safe," said its spokeswoman Dalia Ferenc.';
    expect(quote(text, 'We see no sign')?.attributedTo).toBe('Dalia Ferenc');
  });
  it('gives the quote to the person after "the" and a capitalised title', () => {
    const text = 'Rioting spread to three towns. "Three officers were hurt and one man died," said the Defence Minister Oskar Pellan, after a visit to the barracks.';
    expect(quote(text, 'Three officers were hurt')?.attributedTo).toBe('Oskar Pellan');
  });
  it('leaves a name that goes on into a clause of its own after "the <title>" to no one', () => {
    const text = 'Rioting spread to three towns. "Three officers were hurt and one man died," said the minister Oskar Pellan had ordered.';
    expect(quote(text, 'Three officers were hurt')?.attributedTo ?? null).toBeNull();
  });
});

describe('“…,” said <determiner> <title> of <portfolio> <Name> on <outlet>', () => {
  it('gives the quote to the person after the title’s portfolio', () => {
    const text = 'Rivers rose in the north. "We still fear that dozens are trapped in the valley," said his minister of Health Oskar Pellan.';
    expect(quote(text, 'We still fear')?.attributedTo).toBe('Oskar Pellan');
  });
  it('gives the quote to the person when the outlet he spoke on closes the tag', () => {
    const text = 'Rivers rose in the north. "We still fear that dozens are trapped in the valley," said the minister Oskar Pellan on Varn Radio.';
    expect(quote(text, 'We still fear')?.attributedTo).toBe('Oskar Pellan');
  });
  it('still leaves a name going on into a clause of its own after the portfolio to no one', () => {
    const text = 'Rivers rose in the north. "We still fear that dozens are trapped in the valley," said his minister of Health Oskar Pellan had warned.';
    expect(quote(text, 'We still fear')?.attributedTo ?? null).toBeNull();
  });
});

describe('“…”, declared <possessive> <title> of <portfolio> <Name> on <outlet>', () => {
  const before = 'Floods hit the Ostra valley.\n\n"Help is coming to every village," said Chancellor Mara Lindqvist in Brussels.\n\n';
  it('gives the quote to the person after the portfolio, and the next "he" to him', () => {
    const text = `${before}Concretely, "we are still searching for twenty people and we must brace for bad news", declared his minister of the interior Tomas Varnsson on radio.\n\n"The count of the dead may climb over the next week," he warned.`;
    expect(quote(text, 'we are still')?.attributedTo).toBe('Tomas Varnsson');
    expect(quote(text, 'The count of the dead')?.attributedTo).toBe('Tomas Varnsson');
  });
  it('leaves a person named after "of" a noun that is no title', () => {
    const text = `${before}Concretely, "we are still searching for twenty people and we must brace for bad news", declared the wife of the late Tomas Varnsson on radio.`;
    expect(quote(text, 'we are still')).toBeDefined();
    expect(quote(text, 'we are still')?.attributedTo ?? null).toBeNull();
  });
});

describe('“…,” said the <title> of <Body> (ACR) in <Place>, <Name>', () => {
  const QUOTE = 'A fire swept through the camp near Dorvik. “We are sending tents and food to every family,”';
  it('gives the quote to the person named after the comma, not to the bare title', () => {
    expect(quote(`${QUOTE} said the Representative of the Kelmor Fund for Children (KFC) in Ostra, Mrs Lotte Varnholm.`, 'We are sending')?.attributedTo).toBe('Lotte Varnholm');
  });
  it('gives it to no person where a place, not a person, follows the comma', () => {
    expect(quote(`${QUOTE} said the Representative of the Kelmor Fund for Children (KFC) in Ostra, Varn.`, 'We are sending')?.attributedTo ?? null).not.toBe('Varn');
  });
});
