// The worst hurt ("four critically injured") are a part of the injured, no rival count of them.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('a count of the severely hurt', () => {
  it('is not set against another source’s count of all the injured', () => {
    const text =
      'Nine people died and about 30 were injured when a truck hit a market in Ostra, police said.\n\nDoctor Lena Varg said five critically injured patients were flown to Kelmor.';
    expect(discrepancies(text).filter(([about]) => about === 'injured')).toEqual([]);
  });
  it('still meets another count of the injured told plainly', () => {
    const text = 'About 30 people were injured when a truck hit a market in Ostra, police said.\n\nDoctor Lena Varg said 45 people were injured.';
    expect(discrepancies(text).filter(([about]) => about === 'injured')).toHaveLength(1);
  });
});

describe('counts of the injured by their condition', () => {
  it('are parts of the injured, no rivals of another source’s count of all of them', () => {
    const text =
      'More than 40 people were injured when a bus overturned near Kelmor, the Ostra Courier reported.\n\nA total of 44 people were taken to hospital, the Kelmor health office said. Seven were in critical condition; twelve injured passengers were in stable condition.';
    expect(discrepancies(text).filter(([about]) => about === 'injured')).toEqual([]);
  });
  it('still leave a plain count of the injured to meet its rival', () => {
    const text = 'More than 40 people were injured when a bus overturned near Kelmor, the Ostra Courier reported.\n\nThe Kelmor health office said twelve people were injured.';
    expect(discrepancies(text).filter(([about]) => about === 'injured')).toHaveLength(1);
  });
});
