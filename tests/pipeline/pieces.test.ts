import { describe, expect, it } from "vitest";
import { analyseInPieces } from "../../src/analyse-pieces.js";
import { pieces } from "../../src/pieces.js";
import { analyse } from "../../src/pipeline.js";

const filler = (n: number): string =>
  `Paragraph ${n}. The committee met again to review the working conditions of dock workers and noted that the talks with the port authority had made little progress during the season.`;

/** Made-up letter paragraphs, with a penalty paragraph at `at`. */
function letter(count: number, at: number, penalty: string): string {
  const paragraphs = Array.from({ length: count }, (_, i) => (i === at ? penalty : filler(i)));
  return paragraphs.join("\n\n");
}

describe("pieces", () => {
  it("tiles the text with own parts cut after paragraph breaks, each read inside its context", () => {
    const text = letter(80, 40, "Nothing happened.");
    const cut = pieces(text, 2_000, 300);
    expect(cut.length).toBeGreaterThan(4);
    expect(cut[0]?.own.start).toBe(0);
    expect(cut.at(-1)?.own.end).toBe(text.length);
    for (const [i, piece] of cut.entries()) {
      if (i > 0) expect(piece.own.start).toBe(cut[i - 1]?.own.end);
      expect(piece.read.start).toBeLessThanOrEqual(piece.own.start);
      expect(piece.read.end).toBeGreaterThanOrEqual(piece.own.end);
      if (piece.own.start > 0) expect(text.slice(piece.own.start - 2, piece.own.start)).toBe("\n\n");
    }
  });

  it("cuts a paragraph longer than a piece after a sentence end, not inside a sentence", () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(" ");
    const cut = pieces(long, 300, 50);
    for (const piece of cut.slice(1)) expect(long.slice(piece.own.start - 2, piece.own.start)).toMatch(/\. $/);
  });

  it("keeps one text whole when it is no longer than a piece", () => {
    expect(pieces("short text", 100)).toEqual([{ own: { start: 0, end: 10 }, read: { start: 0, end: 10 } }]);
  });
});

describe("analyseInPieces", () => {
  const penalty = "On 3 May 2021 the district court sentenced the trade unionist Halvard Brennick to four years in prison.";

  // Note: the penalty's paragraph is placed across every piece boundary the 2,000-character
  // pieces can have, so it starts in one piece's own part and ends in the next one's, or sits at a cut.
  for (const at of [10, 11, 12, 13, 14]) {
    it(`finds the penalty once, at its offsets in the whole text (paragraph ${at})`, () => {
      const text = letter(40, at, penalty);
      const whole = analyse(text);
      const split = analyseInPieces(text, (piece) => analyse(piece), 2_000);
      expect(pieces(text, 2_000).length).toBeGreaterThan(2);
      const shape = (r: typeof whole) => r.records.sentences.map((s) => [s.start, s.end, s.person, s.duration, s.id]);
      expect(shape(split)).toEqual(shape(whole));
      expect(split.records.sentences).toHaveLength(1);
      const sentence = split.records.sentences[0];
      expect(text.slice(sentence?.start, sentence?.end)).toBe(sentence?.text);
      const person = split.records.people.find((p) => p.id === sentence?.person_id);
      expect(person?.name).toBe("Halvard Brennick");
      for (const m of person?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  }

  it("a penalty cut across a piece's nominal end inside one long paragraph is found once", () => {
    const head = Array.from({ length: 9 }, (_, i) => `Meeting ${i} of the board was held in the old hall.`).join(" ");
    const text = `${head} ${penalty} ${head}`;
    const size = head.length + 40; // the nominal end falls inside the penalty sentence
    const split = analyseInPieces(text, (piece) => analyse(piece), size);
    expect(pieces(text, size).length).toBeGreaterThan(1);
    expect(split.records.sentences.map((s) => [s.person, s.duration])).toEqual([["Halvard Brennick", "P4Y"]]);
  });

  it("one person named in several pieces is one record with every mention", () => {
    const text = letter(40, 5, penalty).replace(filler(30), "Halvard Brennick was taken to a prison far from his family.");
    const split = analyseInPieces(text, (piece) => analyse(piece), 2_000);
    const brennick = split.records.people.filter((p) => p.name === "Halvard Brennick");
    expect(brennick).toHaveLength(1);
    expect(brennick[0]?.mentions.length).toBeGreaterThanOrEqual(2);
    expect(new Set(split.records.people.map((p) => p.id)).size).toBe(split.records.people.length);
  });
});
