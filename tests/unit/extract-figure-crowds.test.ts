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

  it('reads turning out to do something, showing up, a bare "attended" and people brought into the streets as a crowd', () => {
    expect(figure("The union said 2 million people have turned out to jeer the minister's budget.", '2 million').about).toBe('crowd');
    expect(figure('The mayor estimated that about 8,000 people showed up.', 'about 8,000').about).toBe('crowd');
    expect(figure('Organisers said 6,000 people turned up to cheer the team on Sunday.', '6,000').about).toBe('crowd');
    expect(figure('Organisers said that 42,000 people attended, the union said.', '42,000').about).toBe('crowd');
    expect(figure('Police in Ostra estimated that fury over fuel prices drove 60,000 people into the streets on Monday.', '60,000').about).toBe('crowd');
  });

  it('reads protesters a pollster counted as a crowd, whatever words of polling the sentence holds', () => {
    expect(figure('The polling company Varnstat said it counted only 90,000 protesters.', '90,000').about).toBe('crowd');
    expect(figure('Varnstat, a polling firm, said 30,000 people had marched in Ostra.', '30,000').about).toBe('crowd');
  });

  it('reads a rival count set against a crowd\'s, with its own noun, as that crowd', () => {
    expect(figure('Organisers said that 42,000 people attended, while police counted just 6,000 people.', '6,000').about).toBe('crowd');
    expect(figure('The Varn Party, which organized the rally, claimed some 900,000 participants—while the council only counted 80,000.', '80,000').about).toBe('crowd');
  });

  it('reads the numbers a demo\'s counters put or gave as its crowd', () => {
    const text = 'At a union march on Friday, police put numbers at 12,000 while the institute gave a count of 38,500.';
    expect([figure(text, '12,000').about, figure(text, '38,500').about]).toEqual(['crowd', 'crowd']);
    expect(figure("Police estimates put the marchers' numbers at only 20,000, far below the union's figure.", '20,000').about).toBe('crowd');
    expect(figure("At the strike rally in Varn, police put the strikers' number at just 8,000.", '8,000').about).toBe('crowd');
    expect(figure("As night fell on Ostra's main square, the numbers of protesters urging the mayor to quit swelled past 10,000.", 'past 10,000').about).toBe('crowd');
  });

  it('reads participants and attendees of a march as its crowd', () => {
    expect(figure('The Varn Party, which organized the rally, claimed a million participants.', 'a million').about).toBe('crowd');
    expect(figure('Students held a march in Kelm on Sunday. The council put the figure at some 7,000 attendees.', 'some 7,000').about).toBe('crowd');
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

  it('leaves a vote told beside a pollster, a count of other people after a crowd, and a tally or participants of no demo alone', () => {
    expect(figure('The polling firm Varnstat said 61,000 people turned out to vote in Kelmor.', '61,000').about).toBeNull();
    expect(figure('Organisers said 30,000 people rallied in Ostra, while the hospital treated 12 people.', '12').about).toBeNull();
    expect(figure('The auditors gave a count of 4,000 at the Varn depot.', '4,000').about).toBeNull();
    expect(figure('The bank put the number at 40 at its branches in Varn.', '40').about).toBeNull();
    expect(figure("The study's 900 participants were followed for a decade.", '900').about).toBeNull();
    expect(figure('The engine fault showed up in 30 aircraft.', '30').about).toBeNull();
    expect(figure('Another 12 people turned up dead in the river near Varn, police said.', '12').about).toBe('killed');
    expect(figure('Police said 14 men turned up at the hospital with gunshot wounds.', '14').about).toBeNull();
  });

  it('leaves amounts and things that rallied or turned out to be something alone', () => {
    expect(figure('Shares in the Varn bank rallied 6% on Friday.', '6%').about).toBeNull();
    expect(figure('The 40 crates turned out to be empty.', '40').about).toBeNull();
    expect(figure('About 300 delegates attended the trade conference in Ostra.', 'About 300').about).toBeNull();
    expect(figure('Inspectors gathered 120 water samples near Kelm.', '120').about).toBeNull();
  });
});
