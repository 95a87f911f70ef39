// "One of them, Ana Varga from the OSPT Dockers union, told reporters …": the union's lower-case head closes its name's phrase, so the member before it speaks.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const speaker = (text: string) => extract(text).claims.find((c) => c.text.startsWith('One of'))?.attributedTo;

describe('a member named before her body and its lower-case head', () => {
  it('is the subject of the verb after the comma', () => {
    expect(speaker('One of the strikers, Irma Kalev from the OSPT Dockers union, told reporters the cranes had stopped.')).toBe('Irma Kalev');
  });
  it('is so too where the head is capitalised', () => {
    expect(speaker('One of the strikers, Irma Kalev from the OSPT Dockers Union, told reporters the cranes had stopped.')).toBe('Irma Kalev');
  });
});
