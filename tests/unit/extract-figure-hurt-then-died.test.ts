// A participle of harm right after a count's noun says who they were; a perfect "had died" after it in the same clause
// says what befell them: "three miners hurt in the blast had died" counts the dead.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('the hurt who had died', () => {
  it('counts the dead', () => {
    expect(figure('Three miners hurt in the Kelmor blast had died in hospital, officials said.', 'Three').about).toBe('killed');
  });
  it('keeps the hurt taken to hospital', () => {
    expect(figure('Three miners hurt in the Kelmor blast were taken to hospital, officials said.', 'Three').about).toBe('injured');
  });
  it('keeps the whole of the hurt some of whom died', () => {
    expect(figure('Officers said five guards died in Varn, and two of the 30 who were hurt have since died.', '30').about).toBe('injured');
  });
});
