/**
 * The report's documents read without zod keep the bytes zod's parse gave them
 * (src/write/report/order.ts, issue 19): keys in the schema's order, unknown keys dropped.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentResult, resultJsonSchema } from "../../../src/records.js";
import { inSchemaOrder, type JsonSchema } from "../../../src/write/report/order.js";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/report/json");
const schema = resultJsonSchema() as JsonSchema;

describe("inSchemaOrder", () => {
  it("orders keys as the schema, drops unknown ones, and follows arrays and unions with null", () => {
    const small: JsonSchema = {
      properties: {
        b: { type: "number" } as JsonSchema,
        a: { anyOf: [{ properties: { y: {}, x: {} } }, { type: "null" } as JsonSchema] },
        list: { items: { properties: { q: {}, p: {} } } },
      },
    };
    const value = { list: [{ p: 1, q: 2, extra: 3 }, "plain"], a: { x: 1, y: 2 }, z: "dropped", b: 7 };
    expect(JSON.stringify(inSchemaOrder(small, value))).toBe('{"b":7,"a":{"y":2,"x":1},"list":[{"q":2,"p":1},"plain"]}');
    expect(inSchemaOrder(small, { a: null })).toEqual({ a: null });
    expect(inSchemaOrder(small, "text")).toBe("text");
  });

  it("gives what zod's parse gave on every fixture document", async () => {
    const folders = await readdir(FIXTURES);
    let checked = 0;
    for (const folder of folders) {
      for (const file of await readdir(join(FIXTURES, folder))) {
        const value: unknown = JSON.parse(await readFile(join(FIXTURES, folder, file), "utf8"));
        expect(JSON.stringify(inSchemaOrder(schema, value))).toBe(JSON.stringify(DocumentResult.parse(value)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it("gives what zod's parse gave on a document written in another key order", () => {
    const doc = DocumentResult.parse(JSON.parse(JSON.stringify({ ...emptyResult(), people: [{ name: "Olga Varen", id: "person-1", end: 10, start: 0, rules: ["r"], person_key: "olga-varen", aliases: [], roles: ["teacher"], organisation: null, mentions: [{ text: "Olga Varen", end: 10, start: 0 }] }] })));
    const shuffled = reversed(doc);
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(doc));
    expect(JSON.stringify(inSchemaOrder(schema, shuffled))).toBe(JSON.stringify(DocumentResult.parse(shuffled)));
  });
});

/** `value` with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversed(item)]));
}

function emptyResult(): Record<string, unknown> {
  return {
    document: { id: "a.txt", source: "a.txt", format: "text", sha256: null, letter_date: null, date_order: null, date_order_reason: null, language: "en", characters: 10, words: 2, status: "ok", errors: [], warnings: [], ocr: false, ocr_pages: [], ocr_confidence: null, copy_of: null },
    people: [],
    organisations: [],
    dates: [],
    sentences: [],
    fines: [],
  };
}
