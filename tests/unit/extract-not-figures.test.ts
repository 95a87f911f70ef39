// Numbers that are no figures: versions, IDs, types, spans of time that say when, counts that point back.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure, figures, phrases } from './extract-helpers';

describe('numbers that are no figures', () => {
  it('skips the version or model of a product', () => {
    expect(phrases('Zentro said revenue rose 9 percent as pFone 7 sales grew and vOS 12 shipped in 5 stores.')).toEqual(['9 percent', '5']);
    expect(phrases('Zentro said revenue rose 9 percent as sales grew in 7 stores.')).toEqual(['9 percent', '7']);
  });
  it('skips a compound adjective written without its hyphen ("an eight term veteran"), as the hyphenated one', () => {
    expect(phrases('The senator, an eight term veteran of the chamber, said the Varn bill would pass.')).toEqual([]);
    expect(phrases('The senator, an eight-term veteran of the chamber, said the Varn bill would pass.')).toEqual([]);
    expect(phrases('Ostra signed a two year contract with Varn, after a 10 year deal with Kelmor ended.')).toEqual([]);
    expect(phrases('Kelmor hired a two person team to run the Ostra office.')).toEqual([]);
  });
  it('keeps counts after "a" that are no compound adjective: a unit a compound keeps, a currency, a change, a plural', () => {
    expect(figure('Varn built a 500 bed hospital.', '500').unit).toBe('bed hospital');
    expect(figure('Kelmor signed a 7 billion dollar deal with Varn.', '7 billion').value).toBe(7e9);
    expect(figure('Kelmor announced a 5,000 job cut at its Varn plant.', '5,000').change).toBe('fall');
    expect(phrases('Kelmor served two terms in jail in Varn.')).toEqual(['two']);
    expect(phrases('A dozen security personnel were among the wounded in Varn.')).toEqual(['A dozen']);
    expect(figure('Varn sold two million kettles, a three percent unit increase.', 'a three').unit).toBe('%');
  });
  it('skips years before "ago" whatever their count, and keeps other counts of days before "ago"', () => {
    expect(phrases('Thirty years ago, doctors in Lindmark had no treatment for the disease.')).toEqual([]);
    expect(figure('Nearly 100 days ago, the strike began in Lindmark.', 'Nearly 100').unit).toBe('days');
  });
  it('skips a stretch of time a clause happens in or after ("in 17 years", "after 38 years", "lasting two hours"), and keeps a sentence\'s length', () => {
    expect(phrases('In 12 years, I have built more roads in Ostra than Varn built in 300 years, Ana Pell said.')).toEqual([]);
    expect(phrases('Ana Pell stepped down after 31 years in charge of Kelmor.')).toEqual([]);
    expect(phrases('The rally in Ostra, lasting nearly three hours, ended peacefully.')).toEqual([]);
    expect(figure('Ana Pell was jailed for 12 years in Ostra.', '12').unit).toBe('years');
  });
  it('skips "one" picking out who speaks ("One official, who …, said"), and keeps "one official was killed"', () => {
    expect(phrases('One military official, who has seen photographs of the damage and casualties, said there was no evidence of more deaths in Ostra.')).toEqual([]);
    expect(figure('One official was killed in the attack on Ostra.', 'One').about).toBe('killed');
    expect(figure('One resident, who lived nearby, died in the blast in Ostra.', 'One').about).toBe('killed');
  });
  it('skips how long a rule or a truce lasted ("held power for 26 years", "lasted four months", "of the last 12 years"), and keeps a strike\'s length', () => {
    expect(phrases('The Varn party, which has held power for 26 years, says the count was clean.')).toEqual([]);
    expect(phrases('The truce in Ostra lasted four months before the army took Varn.')).toEqual([]);
    expect(phrases('Kelmor has grown in each of the last 12 years.')).toEqual([]);
    expect(figure('Dockers in Ostra will strike for three days next month.', 'three').unit).toBe('days');
  });
  it('skips time per period ("20 hours a week", "24 hours a day"), and keeps a count per day', () => {
    expect(phrases('The scheme lets Ostra parents take 20 hours a week of paid leave.')).toEqual([]);
    expect(phrases('The Varn clinic will stay open 24 hours a day.')).toEqual([]);
    expect(figure('Kelmor said 300 patients a day waited in Ostra.', '300').unit).toBe('patients');
  });
  it('skips a count of days set off before "after", which says when', () => {
    expect(phrases('The toll rose on Monday, 10 days after the storm hit the coast.')).toEqual([]);
  });
  it('skips a week or day named by its number, and keeps a count after "last week"', () => {
    expect(phrases('In reporting week 14 alone, 9 new cases were logged. On day 6 of the hearing, the judge adjourned.')).toEqual(['9']);
    expect(phrases('Week 3 brought four deaths.')).toEqual(['four']);
    expect(phrases('Last week 40 people died. In a day 300 people fled.')).toEqual(['40', '300']);
  });
  it('skips the time since an event inside a clause, bound or not, and keeps a length after a word of how long', () => {
    expect(phrases('Rescuers reached the Ostra bridge more than 9 hours after the landslide.')).toEqual([]);
    expect(phrases('The Varn tally fell into dispute nearly three weeks after the floods receded.')).toEqual([]);
    expect(figure('Pilots in Kelmor will strike for four days after talks broke down.', 'four').unit).toBe('days');
    expect(figure('The Ostra mayor served nine years before his arrest.', 'nine').unit).toBe('years');
  });
  it('keeps an amount of time before "after" that is not set off', () => {
    expect(figure('The works were delayed by another six months after engineers found cracks.', 'six').unit).toBe('months');
  });
});

describe('numbers that count nothing', () => {
  it('skips a number inside the name of a numbered unit', () => {
    expect(phrases('"We are still searching," Lake County Fire District 9 Chief Omar Deniz said.')).toEqual([]);
  });
  it('skips "one of the" and the number of a type', () => {
    expect(phrases('Whatever the death toll, it is one of the worst floods on record.')).toEqual([]);
    expect(phrases('A diet rich in fibre cuts the risk of type 1 diabetes, the authors wrote.')).toEqual([]);
    expect(figure('She said only one of the bridges was ever repaired.', 'one').value).toBe(1);
  });
});

describe('"one" in idioms and lists', () => {
  it('"at one point" says when, counting nothing, even in a sentence of arrests', () => {
    expect(phrases('Police detained 14 marchers and scuffled with others at one stage of the rally.')).toEqual(['14']);
    expect(phrases('Guards pushed back some marchers at one point, and several arrests were made.')).toEqual([]);
  });
  it('a "one" in a maxim counts nothing; the count after it does', () => {
    expect(figures('"One arrest is too many and we have had 12," the lawyer said of the detentions.').map((f) => `${f.value} ${f.about}`)).toEqual(['12 detained']);
  });
  it('keeps a "one" that closes a list of counts by place', () => {
    const text = 'Twenty deaths were reported at the Kelmor hospital, four at the Ostra clinic, two at the Varn hospital and one at the Pell Memorial Hospital.';
    expect(figures(text).map((f) => f.value)).toEqual([20, 4, 2, 1]);
  });
  it('keeps a "One" that opens a sentence as the subject of a passive verb, not of another verb', () => {
    expect(figure('One barn was destroyed at the Elm Hollow fire.', 'One')).toMatchObject({ value: 1, unit: 'barn' });
    expect(figure('Crews said 40 homes burned. One cabin has been damaged too.', 'One')).toMatchObject({ value: 1, unit: 'cabin' });
    expect(phrases('One reason is the cost of fuel.')).toEqual([]);
    expect(phrases('They said one barn was destroyed.')).toEqual([]);
  });
  it('keeps a "one" that closes a list whose count before it is "two each in"', () => {
    const text = 'Six people drowned in Kelmor district, three in Ostra, two each in Varn and Tarn, and one in Pell.';
    expect(figures(text).map((f) => f.value)).toEqual([6, 3, 2, 1]);
  });
  it('but not a "one" after "and" with no count by place before it', () => {
    expect(phrases('The mayor visited two shelters and one at the edge of town was closed.')).toEqual(['two']);
  });
});

describe('"one" and numbers in names', () => {
  it('keeps "one" before a singular noun of a countable event or vote', () => {
    expect(figure('The bill passed by one vote after a long debate.', 'one').unit).toBe('vote');
    expect(figure('A doctor said one injury was from a rubber bullet.', 'one').unit).toBe('injury');
  });

  it('reads a number closing the name of a ship as an ID, no figure', () => {
    expect(phrases('The crew were taken aboard the Coast Guard Vessel 204 and the Navy Ship 88 overnight.')).toEqual([]);
  });
});

describe('spans of time that say when', () => {
  it('drops a few time units before "ago", "earlier", "later" or "away", and a stretch up to now', () => {
    const text =
      'The vote is two weeks away. The firm knew of it three months ago. The quake struck 24 hours earlier. The plant closed over two years ago. Over the last two years the unit moved 300 jobs abroad.';
    expect(figures(text).map((f) => f.value)).toEqual([300]);
  });
  it('keeps a count of time gone by, a stretch ahead and a duration', () => {
    expect(figure('Nearly 100 days ago the strike began.', 'Nearly 100').unit).toBe('days');
    expect(figure('Trains will run late for the next six weeks.', 'six').unit).toBe('weeks');
    expect(figure('If emissions go on for 15 more years, it will be worse.', '15').unit).toBe('years');
  });
  it('drops the time ahead within which a plan is to come true, and how long something lasts each time', () => {
    expect(figures('Ostra will lift its levy by 0.5 percent in the next three years, Ana Pell said.').map((f) => f.value)).toEqual([0.5]);
    expect(figures('Varn Steel will shed 400 jobs over the coming two years.').map((f) => f.value)).toEqual([400]);
    expect(figures('The pickers stay in Kelmor for two or three weeks at a time.')).toEqual([]);
    // Without "at a time" the stretch is a duration, which stays.
    expect(figure('The pickers stayed in Kelmor for two or three weeks.', 'two or three').unit).toBe('weeks');
  });
});

describe('scores and plans named with a number', () => {
  it('reads a dash pair whose second number is lower as a score, with no verb of a result', () => {
    const r = extract('A late header made it 3-1 for the visitors.');
    expect(figure(r, '3-1').figure).toMatchObject({ value: 3, unit: 'score' });
  });
  it('reads no figure in a plan named with a number ("401(k)")', () => {
    const r = extract('Workers may roll over their 401(k)s into the new fund.');
    expect(r.claims.filter((c) => c.kind === 'figure')).toEqual([]);
  });
});

describe('small counts that point back', () => {
  it('reads no figure in "the two envoys" or "their three children"', () => {
    expect(figures(extract('The two envoys met in Geneva. Their three children stayed home.'))).toEqual([]);
  });
  it('keeps such a count when it counts an event, and a count with no definite word', () => {
    const r = extract('The two guards were killed. Two envoys resigned on Monday.');
    expect(figures(r).map((c) => [c.figures[0]!.value, c.figures[0]!.about])).toEqual([[2, 'killed'], [2, null]]);
  });
});

describe('a year or "one" that counts nothing', () => {
  it('skips a year before a noun phrase opened by a word in "-ing"', () => {
    expect(phrases('Excluding 2019 restructuring charges, the firm earned 40 cents a share.')).toEqual(['40']);
    expect(phrases('Police said 1990 protesters gathered outside.')).toEqual(['1990']);
  });
  it('skips a year after "the" before a plural event it names, not a count of people or one without "the"', () => {
    expect(phrases('Kelmor asked whether it was the 1999 elections in Ostra or the 2003 polls, and the 2010 floods killed 300 people.')).toEqual(['300']);
    expect(phrases('Police said the 1990 protesters gathered outside, and some 2000 riots broke out in Varn.')).toEqual(['1990', 'some 2000']);
  });
  it('skips "one" before a name, where it means "a certain", but not before a nationality', () => {
    expect(phrases('Mourners at the funeral of one Ravesh, who died after drinking the brew, fell ill.')).toEqual([]);
    expect(figure('Officials said one American was killed in the blast.', 'one').about).toBe('killed');
  });
  it('skips a small number after a word of capitals that labels an office or a standard ("in KRO 2", "VFRS 12"), and keeps a count of its plural noun', () => {
    expect(phrases('Three herders went missing in KRO 2 and in the hills near Varn.')).toEqual(['Three']);
    expect(phrases('Kelmor Bank adopted VFRS 12 last year.')).toEqual([]);
    expect(figure('Ostra said KRO 3 stations had closed.', '3').unit).toBe('stations');
  });
  it('skips "12 noon" and "12 midnight", which say when, and keeps a count of 12 before another noun', () => {
    expect(phrases('The injured reached the Varn clinic at about 12 noon.')).toEqual([]);
    expect(phrases('The curfew in Ostra began at 12 midnight.')).toEqual([]);
    expect(figure('The injured reached the Varn clinic with about 12 nurses.', 'about 12').unit).toBe('nurses');
  });
  it('skips "a protester or two" and counts of things in words ("only one thing to do"), and keeps "two men"', () => {
    expect(phrases('Ana Pell walked past rows of fans and a heckler or two in Varn.')).toEqual([]);
    expect(phrases('“There is only one thing left: vote,” Ana Pell told the crowd in Varn.')).toEqual([]);
    expect(figure('Police in Varn arrested a driver and two men.', 'two').unit).toBe('men');
  });
  it('skips the years a war has gone on and a stretch opening its clause ("For 30 years, …"), and keeps a sentence\'s years', () => {
    expect(phrases('The chief said the raids were part of a clan feud that had raged for more than 20 years.')).toEqual([]);
    expect(phrases('For 30 years, Varn has sold 3 million tonnes of grain to Ostra.')).toEqual(['3 million']);
    expect(figure('The talks in Varn dragged on for over four years.', 'over four').unit).toBe('years');
  });
});
