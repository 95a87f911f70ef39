// Parts of a total introduced by "Of the N …," and the toll of an earlier disaster named by its year are
// not rival counts of the story's toll.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure } from './extract-helpers';

describe('parts of totals and earlier events', () => {
  it('"Of the 40 wounded, 30 …, six … and four …" lists parts of the 40, not rival counts', () => {
    const text =
      'Police said 40 people were wounded in the clashes. "Of the 40 wounded, 30 were hit by bullets, six were hurt in falls and four were injured by knives," the hospital director said.';
    expect(discrepancies(text)).toEqual([]);
    // A count after ", " with no "Of the" group before it is still compared.
    const other = 'Police said 12 people were killed on Friday. According to the Red Cross, 20 people were killed.';
    expect(discrepancies(other)).toEqual([['killed', ['12 police (unnamed)', '20 Red Cross']]]);
  });

  it('"the 1998 flood that killed about 9,000 people" is the toll of an earlier event', () => {
    const text = 'The storm has killed 85 people, officials said. It is the worst disaster since the 1998 flood that killed about 9,000 people.';
    expect(figure(text, 'about 9,000').about).toBeNull();
    expect(discrepancies(text)).toEqual([]);
  });

  it('"three people were also killed" adds to a toll given before: no rival of it', () => {
    const text =
      'Officials said 40 people were killed in the floods, a district official said. In the neighbouring district of Varn, three people were also killed, said Ola Brand, a local official.';
    expect(figure(text, 'three').about).toBeNull();
    expect(discrepancies(text)).toEqual([]);
  });

  it('a count its source goes on to add "another N" of the same people to is a part of its toll, no rival of a total', () => {
    const lead = 'At least 20 civilians were killed in the raid, residents said. Ana Ruiz, a resident, said the raid began at night.';
    const text = `${lead} Eleven civilians were killed when a strike hit their home, she said. She said another nine civilians had been killed by troops.`;
    expect(discrepancies(text)).toEqual([]);
    // Without the addition, her count is a rival one.
    expect(discrepancies(`${lead} Eleven civilians were killed, she said.`)).toEqual([['killed', ['11 Ana Ruiz', '20 residents (unnamed)']]]);
    // "Another" of other harm adds nothing to the dead.
    expect(discrepancies(`${lead} Eleven civilians were killed and another nine civilians were wounded, she said.`)).toEqual([['killed', ['11 Ana Ruiz', '20 residents (unnamed)']]]);
  });
});
