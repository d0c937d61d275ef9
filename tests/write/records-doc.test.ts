import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as records from "../../src/records.js";
import { CSV_SCHEMAS } from "../../src/records.js";
import { declarations, END, RECORDS_MD, RECORDS_TS, recordsSection, SECTIONS, START, typeOf, withSection } from "../../scripts/records-doc.js";

const ROOT = join(import.meta.dirname, "../..");

describe("docs/records.md", () => {
  it("has the field tables src/records.ts gives (else run `npm run docs:records`)", async () => {
    const markdown = await readFile(RECORDS_MD, "utf8");
    const section = recordsSection(await readFile(RECORDS_TS, "utf8"));
    expect(withSection(markdown, section) === markdown, "docs/records.md disagrees with src/records.ts: run `npm run docs:records`").toBe(true);
  });

  it("documents every CSV's record, persons and run.json, and says what every field means", async () => {
    const documented = SECTIONS.map((s) => s.schema);
    for (const schema of Object.values(CSV_SCHEMAS)) {
      expect(documented.some((name) => (records as unknown as Record<string, unknown>)[name] === schema)).toBe(true);
    }
    expect(documented).toEqual(expect.arrayContaining(["PersonAcross", "RunSummary", "Mention", "Money", "Message"]));
    const section = recordsSection(await readFile(RECORDS_TS, "utf8"));
    const rows = section.split("\n").filter((line) => line.startsWith("| `"));
    const unexplained = rows.filter((line) => line.endsWith("|  |"));
    expect(unexplained, "add a comment above these fields in src/records.ts").toEqual([]);
  });

  it("reads a field's comment through the schema it extends", () => {
    const source = `const Base = z.object({\n  /** Where it starts. */\n  start: z.number(),\n});\n/** A thing. */\nexport const Thing = Base.extend({\n  /** What it is. */\n  name: z.string(),\n  bare: z.string(),\n});`;
    const found = declarations(source);
    expect(found.get("Thing")).toEqual({ base: "Base", doc: "A thing.", fields: new Map([["name", "What it is."], ["bare", ""]]) });
    expect(found.get("Base")?.fields.get("start")).toBe("Where it starts.");
  });

  it("names types as a reader says them", () => {
    expect(typeOf(records.Sentence.shape.days)).toBe("integer ≥ 0");
    expect(typeOf(records.Fine.shape.currency)).toBe("string or null");
    expect(typeOf(records.Fine.shape.money)).toBe("list of Money");
    expect(typeOf(records.Sentence.shape.person_key)).toBe("string or null, optional");
    expect(typeOf(records.Case.shape.penalty)).toBe("one of `sentence`, `fine`");
  });

  it("keeps its generated part between the markers, and the rest as written", () => {
    const markdown = `# Title\n\nBy hand.\n${START}\nold\n${END}\nAfter.\n`;
    expect(withSection(markdown, "\nnew\n")).toBe(`# Title\n\nBy hand.\n${START}\nnew\n${END}\nAfter.\n`);
    expect(() => withSection("no markers", "x")).toThrow(/markers/);
  });

  it("sends readers to the project's own docs, never to paths a user of the package does not have", async () => {
    for (const file of ["docs/records.md", "README.md", "src/records.ts"]) {
      expect(await readFile(join(ROOT, file), "utf8"), file).not.toMatch(/\.\.\/shared|GUIDELINES\.md/);
    }
  });
});
