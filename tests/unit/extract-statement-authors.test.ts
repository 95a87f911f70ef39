// `,” the guards said in a statement by their chief, Tomas Kelmor.`: the one who wrote the statement says the quote.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('a tag saying the quote came in a statement by a named person', () => {
  it('gives the quote to that person, past the place of his title', () => {
    const text = 'The guards in Varn confirmed 19 deaths. “Nineteen people died and four were hurt,” the guards said in a statement by their chief in Varn, Tomas Kelmor.';
    expect(quote(text, 'Nineteen people')?.attributedTo).toBe('Tomas Kelmor');
  });
  it('leaves the quote to the body when the statement names no author', () => {
    const text = 'The guards in Varn confirmed 19 deaths. “Nineteen people died and four were hurt,” the guards said in a statement on Sunday, before Tomas Kelmor arrived.';
    expect(quote(text, 'Nineteen people')?.attributedTo ?? null).toBeNull();
  });
});

describe('a tag whose subject is a statement "from" a named author', () => {
  const BEFORE = 'A ferry sank on the Ostra river on Sunday. Police spokesman Ivo Marsh said divers were searching the banks.\n\n';
  it('gives the quote to the author after the place of his title, not to someone named before', () => {
    const text = `${BEFORE}“Scores of people are feared drowned and many more are missing”, a statement from the Ostra regional Governor Tomas Kelmor said on Monday.`;
    expect(quote(text, 'Scores of people')?.attributedTo).toBe('Tomas Kelmor');
  });
  it('gives no author where the name stands apart from the verb, in a phrase of its own', () => {
    const text = `${BEFORE}“Scores of people are feared drowned and many more are missing”, a statement from the governor's office, which Tomas Kelmor heads, said on Monday.`;
    expect(quote(text, 'Scores of people')?.attributedTo ?? null).not.toBe('Tomas Kelmor');
  });
});

describe('a sentence opening with who signed the text that then speaks', () => {
  const BEFORE = 'Kelmor Rail plans to shut three depots.\n\n';
  it('gives the quote to the signer, past the body of his title', () => {
    const text = `${BEFORE}Signed by Kelmor Rail's managing director, Mr Tomas Varnholm, the memo said: “Under the new plan, some 640 posts will go across all depots by next year.”`;
    expect(quote(text, 'Under the new')?.attributedTo).toBe('Tomas Varnholm');
  });
  it('gives no signer where the text after the opening clause is no text that speaks', () => {
    const text = `${BEFORE}Signed by Kelmor Rail's managing director, Mr Tomas Varnholm, the plan was sent: “Under the new plan, some 640 posts will go across all depots by next year.”`;
    expect(quote(text, 'Under the new')?.attributedTo ?? null).not.toBe('Tomas Varnholm');
  });
});
