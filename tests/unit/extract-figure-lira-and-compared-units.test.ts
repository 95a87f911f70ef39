// Units a figure's own words give, that were lost: the Turkish lira's code, a noun told after the number, a count
// compared with one that named its noun, a share of a possessed group, and a noun after a quoted number.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('the Turkish lira "TL" before an amount', () => {
  it('is the currency of the amount and no name', () => {
    const text = 'Varn Air said its revenue reached TL 8.4 billion, while its profit stood at TL5 million.';
    expect(figure(text, 'TL 8.4 billion').unit).toBe('TL');
    expect(figure(text, 'TL5 million').unit).toBe('TL');
    expect(extract(text).mentions.map((m) => m.name)).not.toContain('TL');
  });
  it('keeps "TL" with no amount after it a word of its own', () => {
    expect(figure('The TL team in Ostra hired 40 engineers.', '40').unit).toBe('engineers');
  });
});

describe('a count compared with one dated by a year', () => {
  it('takes the noun of "17 million riders in 2021, down from 19 million"', () => {
    const text = 'Varn Rail carried 17 million riders in 2021, down from 19 million the year before.';
    expect(figure(text, '19 million').unit).toBe('riders');
  });
  it('takes none across another number that is no year', () => {
    expect(figure('Varn Rail carried 17 million riders on 300 trains, down from 19 million.', '19 million').unit).not.toBe('riders');
  });
});

describe('a share of a group named with a possessive', () => {
  it('counts the plural after "of its" or "of their"', () => {
    const text = 'Kelmor Steel said 80 of its miners were safe, while 12 of their drivers were hurt in Ostra.';
    expect(figure(text, '80').unit).toBe('miners');
    expect(figure(text, '12').unit).toBe('drivers');
  });
  it('keeps a share with a number of the whole after the possessive as it was', () => {
    expect(figure('Ostra said 12 of its 300 shops closed.', '12').unit).toBeNull();
  });
});

describe('a number quoted alone', () => {
  it('counts the noun after the closing quote mark', () => {
    expect(figure('An officer said “about 400” Varn troops were still in Ostra.', 'about 400').unit).toBe('Varn troops');
  });
  it('reads no speaker after a quote that holds more than the number as its noun', () => {
    expect(figure('“The toll has reached 40” Ostra officials said.', '40').unit).toBeNull();
  });
});

describe('a speed written as a length per hour', () => {
  it('is a speed, not a length', () => {
    expect(figure('The storm reached Varn with 130 kilometre per hour winds.', '130').unit).toBe('kilometres per hour');
    expect(figure('Gusts of 80 km an hour hit Ostra.', '80').unit).toBe('km/h');
  });
  it('keeps a length with no hour after it', () => {
    expect(figure('The road from Varn to Ostra is 130 kilometres long.', '130').unit).toBe('kilometres');
  });
});

describe('a part of a toll told as "with N dead"', () => {
  it('keeps "dead" as what the part counts', () => {
    const text = 'Floods killed 400 people across Kelmor. The worst-hit towns were Ostra, with 95 dead, and Varn, with 40 dead.';
    expect(figure(text, '95').unit).toBe('dead');
    expect(figure(text, '40').unit).toBe('dead');
  });
  it('keeps a bare part with no such word bare', () => {
    expect(figure('Floods killed 400 people across Kelmor. The worst-hit town was Ostra, where 95 died.', '95').unit).toBeNull();
  });
});

describe('a forecast of a count going past a level', () => {
  it('reads "could top 1,000" as more than 1,000', () => {
    expect(figure('The toll of the Varn floods could top 1,000, officials said.', '1,000').comparator).toBe('>');
  });
  it('keeps "could reach 1,000" a round estimate', () => {
    expect(figure('The toll of the Varn floods could reach 1,000, officials said.', '1,000').comparator).toBe('~');
  });
});

describe('an amount whose scale word a misprint glues to the next word', () => {
  it('reads "N64.5billionin 2019" as money and no name', () => {
    const text = 'Varn Bank said its profit rose from N64.5billionin 2019 to N80.1billion.';
    expect(figure(text, 'N64.5billion').value).toBe(64.5e9);
    expect(extract(text).mentions.map((m) => m.name).filter((n) => n.includes('billion'))).toEqual([]);
  });
  it('keeps a scale letter before a word no scale', () => {
    expect(figure('Ostra bought 5 bin bags.', '5').unit).toBe('bin bags');
  });
});

describe('a count picked out of the harmed', () => {
  it('says it counts the dead when it names no event of its own', () => {
    expect(figure('At least 40 of the dead were Varn nationals, officials in Ostra said.', 'At least 40').unit).toBe('dead');
  });
  it('stays bare where it counts an event, as the toll it may rival is', () => {
    const text = 'The Ostra army said at least 90 rebels were killed, but the rebels said just twelve of the dead were their fighters.';
    expect(figure(text, 'twelve').unit).toBeNull();
  });
});

describe('a bare count of the rest of a group', () => {
  it('counts what the count before it counts', () => {
    const text = 'Nine miners were brought up in Ostra, but there was no word of the remaining four.';
    expect(figure('A lift in Ostra carried 12 miners. Nine of the miners were brought up, but there was no word of the remaining three.', 'three').unit).toBe('miners');
    expect(figure(text, 'four').unit).toBe('miners');
  });
  it('stays bare with no count before it', () => {
    expect(figure('Rescuers in Ostra are still looking for the remaining 14.', '14').unit).toBeNull();
  });
});

describe('a list of counts by place told "with N"', () => {
  it('counts what the first "with" count of the list counts', () => {
    const text = 'Police made about 120 arrests, most in Ostra, with 41; then the state of Varn (east), with 22; and Kelmor, with 9.';
    expect(figure(text, '22').unit).toBe('arrests');
    expect(figure(text, '9').unit).toBe('arrests');
  });
  it('stays bare where the first "with" count names nothing', () => {
    expect(figure('Most were held in Ostra, with 41; then Varn, with 22.', '22').unit).toBeNull();
  });
});

describe('a bare count joined by "and" to a count of people', () => {
  it('counts those people where it is the subject of a verb in the past', () => {
    const text = 'About 900 migrants tried to reach Ostra by sea, and 212 managed to land, officials said.';
    expect(figure(text, '212').unit).toBe('migrants');
  });
  it('stays bare after a count of things', () => {
    expect(figure('Floods cut 30 roads in Varn, and 12 reopened on Monday.', '12').unit).not.toBe('roads');
  });
});

describe('a count a candidate received, with its share in brackets', () => {
  it('counts votes', () => {
    expect(figure('Her rival, Tomas Varn, received 2,468,781 (41.5%), the Ostra election board said.', '2,468,781').unit).toBe('votes');
  });
  it('keeps a count whose share is of a whole named after it bare', () => {
    expect(figure('The Varn fund received 400 (12%) of the bids.', '400').unit).toBeNull();
  });
});
