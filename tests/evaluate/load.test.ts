import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sentenceScorer } from "../../src/evaluate/compare.js";
import { loadActual, loadExpected, pairDocuments } from "../../src/evaluate/load.js";
import { actual, expected } from "./helpers.js";

describe("pairDocuments", () => {
  it("pairs by id first, then by base name, and lists unpaired actuals", () => {
    const e = [expected({ document: "b/letter.pdf" }), expected({ document: "letter.pdf" }), expected({ document: "gone.md" })];
    const a = [actual({}, "letter.pdf"), actual({}, "sub/b/letter.pdf"), actual({}, "other.docx")];
    const { pairs, unpaired } = pairDocuments(e, a);
    expect(pairs.map((p) => p.actual?.document.id ?? null)).toEqual(["sub/b/letter.pdf", "letter.pdf", null]);
    expect(unpaired).toEqual(["other.docx"]);
  });
});

describe("loading folders", () => {
  it("reads results under an output root's json/ folder and skips files that are not results", async () => {
    const root = await mkdtemp(join(tmpdir(), "casebook-eval-"));
    await mkdir(join(root, "json", "sub"), { recursive: true });
    await writeFile(join(root, "json", "sub", "a.pdf.json"), JSON.stringify(actual({ people: [{ name: "A B" }] }, "sub/a.pdf")));
    await writeFile(join(root, "json", "summary.json"), JSON.stringify({ documents: 1 }));
    await writeFile(join(root, "json", "bad.md.json"), JSON.stringify({ document: { id: "bad.md" }, people: [{ name: null }] }));
    await writeFile(join(root, "schema.json"), "{}");
    const { results, invalid } = await loadActual(root);
    expect(results.map((r) => r.document.id)).toEqual(["sub/a.pdf"]);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toContain("bad.md.json");
    expect(results[0]?.people[0]?.name).toBe("A B");
  });

  it("skips JSON that is not an expected file and rejects a malformed expected file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-eval-"));
    await writeFile(join(dir, "schema.json"), JSON.stringify({ type: "object" }));
    await writeFile(join(dir, "a.json"), JSON.stringify({ document: "a.md", people: [{ name: "A B" }] }));
    expect((await loadExpected(dir)).map((e) => e.document)).toEqual(["a.md"]);
    await writeFile(join(dir, "x.json"), JSON.stringify({ document: "x.md", people: [{ aliases: [] }] }));
    await expect(loadExpected(dir)).rejects.toThrow("x.json");
  });

  it("reads an expected penalty with no term (a life sentence, days null) and matches no prediction to it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casebook-eval-"));
    const life = { person: "A B", text: "sentenced to life imprisonment", duration: null, days: null, kind: "life imprisonment" };
    await writeFile(join(dir, "a.json"), JSON.stringify({ document: "a.md", people: [{ name: "A B" }], optional_sentences: [life] }));
    const [read] = await loadExpected(dir);
    const expectedLife = read?.optional_sentences[0];
    expect(expectedLife?.days).toBeNull();
    const predicted = actual({ sentences: [{ person: "A B", days: 3650, duration: "P10Y", kind: "prison" }] }).sentences[0];
    const samePerson = (): boolean => true;
    expect(predicted?.days).toBe(3650);
    if (expectedLife && predicted) expect(sentenceScorer(samePerson)(expectedLife, predicted)).toBe(0);
    await writeFile(join(dir, "b.json"), JSON.stringify({ document: "b.md", sentences: [{ person: "A B", days: "ten" }] }));
    await expect(loadExpected(dir)).rejects.toThrow("b.json");
  });
});
