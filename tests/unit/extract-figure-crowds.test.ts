// The size of a crowd as an event of its own ("crowd"), which police and organisers count apart: marching, protesting,
// turning out, a turnout, attending or joining a rally, "a crowd of"; not an election's turnout, nor a share or an amount.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('counts of a crowd', () => {
  it('reads marching, turning out and taking part as a crowd', () => {
    expect(figure('The police said 7,500 teachers marched through Varn on Monday.', '7,500').about).toBe('crowd');
    expect(figure('Organisers said 22,000 people had turned out in Ostra.', '22,000').about).toBe('crowd');
    expect(figure('Police said 4,000 demonstrators took part.', '4,000').about).toBe('crowd');
  });

  it('reads a turnout, a crowd of and attending a rally as a crowd', () => {
    expect(figure('In Kelmor the farmers claimed a turnout of 18,000.', '18,000').about).toBe('crowd');
    expect(figure('A crowd of 9,000 filled the square in Varn.', '9,000').about).toBe('crowd');
    expect(figure('About 3,200 attended the Saturday climate rally in Ostra, the union said.', 'About 3,200').about).toBe('crowd');
  });

  it('reads gathering and a crowd put at a count as a crowd, told by whoever put it', () => {
    expect(figure('The union said 15,000 pensioners gathered outside the Kelm assembly.', '15,000').about).toBe('crowd');
    const { claim, figure: f } = figure(extract('The Ostra Police put the crowd at about 6,500.'), 'about 6,500');
    expect([f.about, claim.attributedTo]).toEqual(['crowd', 'Ostra Police']);
  });

  it('gives a bare rival count the crowd of the count before it', () => {
    expect(figure('Police said 6,000 nurses marched in Varn, while the nurses union claimed 45,000.', '45,000').about).toBe('crowd');
  });
});

describe('counts that are no crowd', () => {
  it('leaves an election turnout alone, as a share or as voters', () => {
    expect(figure('Turnout in the Ostra election was 64 percent, the commission said.', '64 percent').about).toBeNull();
    expect(figure('Some 95,000 voters turned out in Kelmor on Sunday.', 'Some 95,000').about).toBeNull();
    expect(figure('In the referendum, 88,000 people turned out in Varn.', '88,000').about).toBeNull();
  });

  it('reads what befell people a relative clause says had marched as their event', () => {
    expect(figure('At least 14 students who had marched to the ministry were wounded, doctors in Varn said.', 'At least 14').about).toBe('injured');
    expect(figure('Police said 2,500 people who gathered in the square were peaceful.', '2,500').about).toBe('crowd');
  });

  it('leaves amounts and things that rallied or turned out to be something alone', () => {
    expect(figure('Shares in the Varn bank rallied 6% on Friday.', '6%').about).toBeNull();
    expect(figure('The 40 crates turned out to be empty.', '40').about).toBeNull();
    expect(figure('About 300 delegates attended the trade conference in Ostra.', 'About 300').about).toBeNull();
    expect(figure('Inspectors gathered 120 water samples near Kelm.', '120').about).toBeNull();
  });
});
