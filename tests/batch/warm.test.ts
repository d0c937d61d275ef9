/**
 * What the main thread loads while the first worker thread works (src/batch/warm.ts): the
 * country table, and SQLite with its native module, which the persons stage opens at the first
 * document (issue 19).
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { warmDatabase, warmMainThread } from "../../src/batch/warm.js";
import { PersonStore } from "../../src/persons/store.js";

const loaded = (part: string): boolean => Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes(part));

describe("warming the main thread", () => {
  it("loads better-sqlite3 and its native module, and a store opens after it as before", () => {
    warmDatabase();
    expect(loaded("better-sqlite3/lib/index.js")).toBe(true);
    expect(loaded("better_sqlite3.node")).toBe(true);
    const store = new PersonStore(":memory:");
    store.flush();
    expect(store.db.open).toBe(true);
    store.close();
  });

  it("can be called again without harm", () => {
    warmMainThread();
    warmMainThread();
    warmDatabase();
    warmDatabase();
    const store = new PersonStore();
    expect(store.db.open).toBe(true);
    store.close();
  });
});
