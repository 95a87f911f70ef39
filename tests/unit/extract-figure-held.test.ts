// "held" counts the detained where the sentence is about protests or the police, and nowhere else.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('people held', () => {
  it('"At least 80 people were held after weekend protests" counts the detained; hostages, rallies and a concert hall do not', () => {
    expect(figure('At least 80 people were held after weekend protests in the capital, an official said.', 'At least 80').about).toBe('detained');
    expect(figure('Some 30 people were held hostage by the protesters.', 'Some 30').about).toBeNull();
    expect(figure('About 50 rallies were held after the protests.', 'About 50').about).toBeNull();
    expect(figure('Some 30 people were held in the hall for the concert.', 'Some 30').about).toBeNull();
  });
});
