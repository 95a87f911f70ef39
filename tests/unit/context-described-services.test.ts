// Lower-case bodies that speak ("the regional health secretariat", "the prison service", "the prosecutors' office", "Border guard
// figures", "Media reports" beside "Kelmorese media"): each gets its card, or joins the one it stands for, and owns its counts.
import { describe, expect, it } from 'vitest';
import { articleContextOf } from './described-helpers';

const cardNames = async (text: string) => (await articleContextOf(text)).sources.filter((s) => s.cited).map((s) => s.name);
const ownerOf = async (text: string, value: number) =>
  (await articleContextOf(text)).claims.find((c) => c.kind === 'figure' && c.figures.some((f) => f.value === value))?.attributedTo ?? null;

describe('a secretariat of a government', () => {
  it('gets a card where it speaks', async () => {
    const text = 'Miners freed in Ostra\n\nThe regional health secretariat said the trapped men asked only for water and light.';
    expect(await cardNames(text)).toContain('Regional health secretariat');
  });
  it('not bare, with no word that picks it out', async () => {
    const text = 'Miners freed in Ostra\n\nThe secretariat said the trapped men asked only for water and light.';
    expect(await cardNames(text)).toEqual([]);
  });
});

describe('the prison service', () => {
  it('gets a card and owns its count', async () => {
    const text = 'Jailbreak in Ostra\n\nOn Monday the prison service put the count of runaways at 75.';
    expect(await ownerOf(text, 75)).toBe('Prison service');
  });
  it("not a firm's service", async () => {
    const text = 'Parcels lost in Ostra\n\nOn Monday the courier service put the count of lost parcels at 75.';
    expect(await ownerOf(text, 75)).toBeNull();
  });
});

describe('a maritime agency', () => {
  it('gets a card and owns its count', async () => {
    const text = 'Dinghy sinks off Ostra\n\nNine people were pulled from the water, according to the regional maritime agency.';
    expect(await ownerOf(text, 9)).toBe('Regional maritime agency');
  });
  it("not a shipping firm's agency", async () => {
    const text = 'Dinghy sinks off Ostra\n\nNine people were pulled from the water, according to the shipping agency.';
    expect(await ownerOf(text, 9)).toBeNull();
  });
});

describe("an office of many (\"the prosecutors' office\") and its people bare", () => {
  const office = "Audit in Ostra\n\nThe regional prosecutors' office said a review had begun into the books of the port.";
  it('is one card, which owns the bare plural people’s count', async () => {
    const text = `${office}\n\nProsecutors said 17 clerks were questioned on Monday.`;
    expect(await cardNames(text)).toEqual(["Regional prosecutors' office"]);
    expect(await ownerOf(text, 17)).toBe("Regional prosecutors' office");
  });
  it('not where no office of theirs is described', async () => {
    const text = 'Audit in Ostra\n\nThe port was closed for a review.\n\nProsecutors said 17 clerks were questioned on Monday.';
    expect(await ownerOf(text, 17)).toBeNull();
  });
});

describe("a body's figures", () => {
  it("are the body's card's word", async () => {
    const text = 'Boat sinks off Ostra\n\nThe death toll has risen to 19, the border guard said on Sunday.\n\nBorder guard figures showed that 19 people had drowned, with at least 88 people pulled from the water.';
    expect(await ownerOf(text, 88)).toBe('Border guard');
  });
  it('not where the body has no card', async () => {
    const text = 'Boat sinks off Ostra\n\nPort figures showed that 19 people had drowned, with at least 88 people pulled from the water.';
    expect(await ownerOf(text, 88)).toBeNull();
  });
});

describe('"Media reports" beside a described press', () => {
  it('are one card with it, which owns their count', async () => {
    const text = 'Train crash in Ostra\n\nAt least 40 people were killed when two trains collided in Ostra, Kelmorese media said.\n\nRescuers worked through the night. Media reports said at least 40 passengers died.';
    const names = await cardNames(text);
    expect(names.filter((n) => /media/i.test(n))).toEqual(['Kelmorese media']);
    const claims = (await articleContextOf(text)).claims.filter((c) => c.reportedBy === 'media' && c.figures.length);
    expect(claims.map((c) => c.attributedTo)).toEqual(claims.map(() => 'Kelmorese media'));
  });
  it('alone, own their count under their card', async () => {
    const text = 'Train crash in Ostra\n\nRescuers worked through the night. Media reports said at least 40 passengers died.';
    expect(await ownerOf(text, 40)).toBe('Media reports');
  });
  it('stay apart where the two give different counts', async () => {
    const text = 'Train crash in Ostra\n\nAt least 40 people were killed when two trains collided in Ostra, Kelmorese media said.\n\nRescuers worked through the night. Media reports said at least 52 passengers died.';
    expect((await cardNames(text)).filter((n) => /media/i.test(n))).toHaveLength(2);
  });
});

describe("a government's delegation", () => {
  it('gets a card and owns its count, past an opening phrase of what the count is for and its date', async () => {
    const text = 'Teachers march in Kelm\n\nSimilarly, for the harvest fair, June 4, the government delegation reported that 8,000 marchers filled the square.';
    expect(await ownerOf(text, 8000)).toBe('Government delegation');
  });
  it("not a trade delegation, which is no state's office", async () => {
    const text = 'Teachers march in Kelm\n\nThe trade delegation reported that 8,000 marchers filled the square.';
    expect(await ownerOf(text, 8000)).toBeNull();
  });
});
