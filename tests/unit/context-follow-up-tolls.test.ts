// A sentence that is only a source and a bare number, right after a toll, is that source's count of the same dead
// (figures/tolls.ts followUpCount), of the toll's place and scope (context/follow-up-tolls.ts followedToll); a body count
// "of" a number counts the dead (figures/tolls.ts deathFigureBefore).
import { describe, expect, it } from 'vitest';
import { figure, placedDiscrepancies } from './extract-helpers';

const story =
  'Gunmen opened fire on a bus station in Dunmore on Sunday, and the city morgue said it had received 21 bodies. ' +
  'In June, a councillor in Kestrel province told reporters that at least 30 people had drowned when a ferry capsized. ' +
  'The coast guard later said eight. A regional radio station said 17.';

describe('follow-up counts after a toll', () => {
  it('reads the bare numbers of the sources that follow a toll as counts of its dead', () => {
    expect(figure(story, 'eight').about).toBe('killed');
    expect(figure(story, '17').about).toBe('killed');
  });

  it('sets the follow-up counts against the toll they follow, at its place, not the story place', () => {
    expect(placedDiscrepancies(story)).toEqual([['killed', ['Kestrel'], ['8 the coast guard (unnamed)', '17 a regional radio station (unnamed)', '30 a councillor in Kestrel province (unnamed)']]]);
  });

  it('leaves a number that tells more than a count with no event', () => {
    const text = 'At least 30 people drowned when a ferry capsized off Kestrel, officials said. The coast guard later said eight boats had searched the bay.';
    expect(figure(text, 'eight').about).toBeNull();
  });

  it('leaves a bare number after a sentence that names no event with none', () => {
    const text = 'The council met in Kestrel on Monday to discuss the budget. The mayor later said eight.';
    expect(figure(text, 'eight').about).toBeNull();
  });
});

describe('a body count of a number', () => {
  it('reads a body count "of" a number a few words on as a count of the dead', () => {
    const text = 'Hours of gunfire in Dunmore ended with an official body count on Monday of a puzzling three.';
    expect(figure(text, 'three').about).toBe('killed');
  });
});
