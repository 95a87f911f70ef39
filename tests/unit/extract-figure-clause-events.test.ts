// Which event a figure counts when its own clause and the clause after it name different ones, and
// what "the figure" counts after a toll named earlier in its sentence.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a death toll as the subject of the figure', () => {
  it('counts the dead, whatever the next clause says is missing', () => {
    expect(figure('While the official death toll in the valley is only 48, relief groups fear hundreds are missing.', '48').about).toBe('killed');
    expect(figure('The death toll from the landslide stood at 31, and rescuers say dozens are still missing.', '31').about).toBe('killed');
  });
  it('counts the dead where a source puts the death toll at the figure, whatever the next clause says is missing', () => {
    expect(figure('The Ostra mayor put the death toll at 26 and said it could climb, since several people were still missing on Monday.', '26').about).toBe('killed');
  });
  it('leaves a count of the missing after its own verb as it was', () => {
    expect(figure('The death toll is not known, but 120 people are missing.', '120').about).toBe('missing');
  });
});

describe('"the figure" after a toll named earlier in the sentence', () => {
  it('counts what the toll counted, though a count of the missing follows', () => {
    const text = 'The aid agency set the death toll from the cyclone at 415 while the regional emergency office put the figure at 390 with 57 still missing.';
    expect(figure(text, '390').about).toBe('killed');
    expect(figure(text, '57').about).toBe('missing');
  });
});

describe('a part set off by commas between a count and its verb', () => {
  it('reads the verb after ", including …," as the count\'s own', () => {
    expect(figure('The army said in a statement that eight rebels, including two foreigners, and one soldier were killed in the raid.', 'eight').about).toBe('killed');
    expect(figure('Police in Ostra said 30 people, including 12 women, were killed.', '30').about).toBe('killed');
  });
  it('does not reach past the part to another count\'s verb', () => {
    expect(figure('Of its 900 residents, including 40 children, 300 were injured.', '900').about).toBeNull();
  });
});

describe('a bracket closed before the figure', () => {
  it('is an aside in the figure\'s clause: "The death toll … on Friday night (Nov 3) climbed to at least 69"', () => {
    expect(figure('The death toll after a strong quake struck Ostra on Friday night (Nov 3) climbed to at least 69.', 'at least 69').about).toBe('killed');
  });

  it('still starts a clause after it where a figure stands before it', () => {
    const text = 'At least 21 have been killed by Typhoon Ruby (international name Kelmor) in Varn, but the official death toll of the Ostra council remained at two.';
    expect(figure(text, 'two').about).toBe('killed');
  });

  it('still starts a clause where the bracket stays open', () => {
    expect(figure('The death toll was given (police counted 12 bodies in Varn) by the mayor.', '12').about).toBe('killed');
  });
});

describe('a bracketed word after the figure\'s noun', () => {
  it('ends no clause: "one herder (a guide) drowned" counts the drowned, as without the bracket', () => {
    const text = 'Three soldiers and one herder (a guide) drowned in the Varn river.';
    expect([figure(text, 'Three').about, figure(text, 'one').about]).toEqual(['killed', 'killed']);
  });
  it('still ends a clause at a bracket that holds counts', () => {
    expect(figure('Ostra had 40 casualties (12 dead) before the storm killed more.', '40').about).toBe(null);
  });
});

describe('counts that break down or add to a count', () => {
  it('gives counts in a bracket right after a count and its noun that noun ("90 civilian casualties (30 killed, 60 injured)")', () => {
    const text = 'The storm left 90 civilian casualties (30 killed, 60 injured) in Ostra.';
    expect([figure(text, '30').unit, figure(text, '60').unit]).toEqual(['civilian casualties', 'civilian casualties']);
    expect(figure('The storm left 90 civilian casualties (mostly in Varn) and 12 dead in Ostra.', '12').unit).toBe(null);
  });
  it('reads "N others, including M children, were wounded" as N people wounded, not of the part named before', () => {
    const text = 'At least 60 people, including 20 children, were killed and 45 others, including 9 children, were wounded in Varn.';
    expect([figure(text, '45').unit, figure(text, '45').about]).toEqual(['people', 'injured']);
    expect(figure('Four soldiers were killed and 45 others were wounded in Varn.', '45').unit).toBe('soldiers');
  });
});
