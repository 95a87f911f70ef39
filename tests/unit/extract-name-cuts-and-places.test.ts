// @vitest-environment node
// Names cut or garbled, places read as sources, and a party's portfolio spokesman: each rule with a near sentence it must leave alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { citedMentions } from '../../src/context/cited';
import { discrepancies } from './extract-helpers';

/** The mentions of `text` as "name (kind)". */
const mentions = (text: string): string[] => extract(text).mentions.map((m) => `${m.name} (${m.kind})`);
/** The names `text` cites, by name. */
const cited = (text: string): string[] => [...citedMentions(extract(text), text)].map((m) => m.name);
/** Who each claim of `text` is credited to. */
const speakers = (text: string): (string | null)[] => extract(text).claims.map((c) => c.attributedTo);

describe('a capital "An" inside a sentence', () => {
  it('keeps "An" as the first word of a name after a comma', () => {
    expect(cited('Nine divers were hurt, the agency’s press officer, An Weiqin, said.')).toContain('An Weiqin');
  });

  it('keeps "An" as a name after a lower-case word', () => {
    expect(cited('Six boats sank, said An Lirong.')).toContain('An Lirong');
  });

  it('still drops the article a sentence or a noun phrase opens with', () => {
    expect(cited('An Ostra official said six boats sank.')).not.toContain('An Ostra');
    expect(cited('Later, An Ostra official said six boats sank.')).not.toContain('An Ostra');
  });

  it('keeps "An" where the article also writes the name as an owner after it', () => {
    const r = extract('The union was taken aback by the plan from An Varda to shed 640 posts. An Varda has forecast a loss. A memo from An Varda’s chairman set out the plan.');
    expect(r.mentions.map((m) => m.name)).toEqual(['An Varda']);
    expect(r.claims.find((c) => c.kind === 'statement')?.attributedTo).toBe('An Varda');
    // An owner after a lower-case "an" is no name's "An": the article's noun phrase still loses it.
    expect(cited('An Ostra official said six boats sank. Later an Ostra official’s car was found.')).not.toContain('An Ostra');
  });

  it('reads such an "An" before a paper’s word as a body’s name, no outlet', () => {
    expect(mentions('The union was taken aback by the plan from An Herald to shed 640 posts. An Herald has forecast a loss. A memo from An Herald’s chairman set out the plan.')).toEqual(['An Herald (organization)']);
    expect(mentions('Six boats sank, the Ostra Herald reported.')).toEqual(['Ostra Herald (outlet)']);
  });
});

describe('"Sen" closing a name', () => {
  it('reads "Sen" with the sentence’s full stop as a surname', () => {
    expect(cited('“The port was shut,” said dockers’ union secretary Varun Sen.')).toContain('Varun Sen');
  });

  it('still reads "Sen." before a name as a senator’s title', () => {
    const names = extract('Sen. Kelma Dorr said the bill would pass.').mentions;
    expect(names.find((m) => m.name === 'Kelma Dorr')?.role).toBe('Sen');
  });
});

describe('the words a sentence opens with', () => {
  it('takes no "-ly" adverb before its comma as a source', () => {
    expect(cited('Curiously, reports from clinics indicated twice as many cases.')).not.toContain("Curiously");
  });

  it('still takes a one-word name before its verb', () => {
    expect(cited('Ostrova reported 40 cases on Monday.')).toContain('Ostrova');
  });

  it('keeps a common noun and "on" out of the outlet’s name after them', () => {
    expect(mentions('Footage on Kelmor National Television showed the flooded streets.')).toContain('Kelmor National Television (outlet)');
  });

  it('still keeps a body named with "on" whole', () => {
    expect(mentions('Council on Varn Affairs director Ana Ruiz said the talks failed.').some((m) => m.startsWith('Council on Varn Affairs'))).toBe(true);
  });

  it('ends a lede’s capitals before the verb’s auxiliary', () => {
    const names = mentions('KELMOR HAS reported a fall in sales. Kelmor said demand was weak.');
    expect(names).not.toContain('KELMOR HAS (person)');
    expect(names.filter((m) => m.startsWith('KELMOR HAS'))).toEqual([]);
  });

  it('keeps a name in capitals with no auxiliary after it', () => {
    expect(mentions('KELMOR BANK reported a fall in sales.').some((m) => m.toLowerCase().startsWith('kelmor bank'))).toBe(true);
  });
});

describe('letters joined by slashes', () => {
  it('reads no initial in the last letter of a code before the next sentence', () => {
    expect(mentions('Analysts expected more, according to K/V/N. Output fell 4 percent.').some((m) => m.startsWith('N. Output'))).toBe(false);
  });

  it('still joins an initial to the surname after it', () => {
    expect(mentions('The report was written by J. Varnek, the agency said.').some((m) => m.startsWith('J. Varnek'))).toBe(true);
  });
});

describe('a site named with a title word', () => {
  it('keeps "Queen Ana Cemetery" a site, no person with the title Queen', () => {
    const names = extract('Forty victims were buried at Queen Ana Cemetery, the supervisor, Tomas Varnek, said.').mentions;
    expect(names.some((m) => m.name === 'Ana Cemetery')).toBe(false);
  });

  it('still splits a title from a person whose surname is a street’s word', () => {
    const names = extract('President Ana Street said four people died.').mentions;
    expect(names.find((m) => m.name === 'Ana Street')?.role).toBe('President');
  });
});

describe('places as sources', () => {
  it('reads India’s states as places, not sources', () => {
    const text = 'The ministry said Kerala and Assam recorded 12 deaths each.';
    expect(cited(text)).not.toContain('Assam');
    expect(mentions(text)).toContain('Assam (place)');
  });

  it('reads "UP" in capitals as the state, but no sentence’s opening "Up"', () => {
    expect(mentions('The ministry said UP recorded 30 deaths.')).toContain('UP (place)');
    expect(mentions('Up to 30 homes were destroyed, police said.').some((m) => m.startsWith('Up '))).toBe(false);
  });

  it('reads a one-word name a known place owns after "from" as a part of the place', () => {
    const text = 'Imran Solki, from Lahore’s Dariwal, said his uncle was among the dead.';
    expect(cited(text)).not.toContain('Dariwal');
    expect(mentions(text)).not.toContain('Dariwal (person)');
  });

  it('still reads a body a place owns as the body', () => {
    expect(cited('Officials at Lahore’s Varnel Trust said 40 people had died.')).toContain('Varnel Trust');
  });

  it('sets no place’s count against a national total a placeless count gives, where a list of places shares a count', () => {
    const text = [
      'The health ministry said 90 people in all of India died of heat stroke in May.',
      'A newspaper counted 130 confirmed heat deaths so far this season.',
      'Kerala and Assam recorded 11 deaths each. Assam reported 25 deaths, the state said. Bihar confirmed 9 such deaths.',
    ].join('\n\n');
    expect(discrepancies(text).map(([about, values]) => `${about}: ${values.join(', ')}`)).toEqual(['killed: 90 the health ministry (unnamed), 130 a newspaper (unnamed)']);
  });

  it('sets no place’s count against that total where a source gives the list’s count of each place', () => {
    const text = [
      'The health ministry said 90 people in all of India died of heat stroke in May.',
      'A newspaper counted 130 confirmed heat deaths so far this season.',
      'The health ministry said Punjab recorded 20 deaths. Kerala and Assam recorded 11 deaths each. Assam reported 25 deaths, the state said. Bihar confirmed 9 such deaths.',
    ].join('\n\n');
    expect(discrepancies(text).map(([about, values]) => `${about}: ${values.join(', ')}`)).toEqual(['killed: 90 the health ministry (unnamed), 130 a newspaper (unnamed)']);
  });
});

describe('a party’s portfolio spokesman', () => {
  it('cites no party whose spokesman for a field speaks', () => {
    const text = 'Welsh Conservative health spokesman Ana Varn said 40 wards had closed.';
    expect(cited(text)).not.toContain('Welsh Conservative');
    expect(speakers(text)).toContain('Ana Varn');
  });

  it('still cites the party its own spokesman speaks for', () => {
    expect(cited('A Kelmor Labour spokesman, Ana Varn, said 40 wards had closed.')).toContain('Kelmor Labour');
  });
});

describe('a group’s name with "of the"', () => {
  it('keeps one name across "of the" before a plural group', () => {
    expect(cited('Relief charity Bread of the Healers said 30 families were fed.')).toContain('Bread of the Healers');
  });

  it('still splits a person from the body after "of the"', () => {
    expect(cited('Ana Varn of the Ostra Times said 12 people died.')).toContain('Ana Varn');
    expect(cited('Ana Varn of the Ostra Times said 12 people died.').some((n) => n.includes(' of the '))).toBe(false);
  });
});

describe('a site after a name', () => {
  it('reads no outlet in a company’s site that was sold', () => {
    expect(mentions('The old Varnex site was sold in a deal.')).not.toContain('Varnex (outlet)');
  });

  it('still reads an outlet in a site that reports', () => {
    expect(mentions('The Kelmor site reported that 40 people died.')).toContain('Kelmor (outlet)');
  });
});

describe('a short form in the plural', () => {
  it('merges "KFUs" in brackets with the plural name before it', () => {
    const text = 'Six Kelmor Farm Unions (KFUs) called the march. The KFUs said 9,000 farmers joined.';
    expect(cited(text)).toEqual(['Kelmor Farm Unions']);
  });

  it('still keeps a plural short form that spells another name apart', () => {
    const text = 'Six Kelmor Farm Unions (KFUs) called the march. The ORAs said 9,000 farmers joined.';
    expect(cited(text)).toContain('ORAs');
  });
});
