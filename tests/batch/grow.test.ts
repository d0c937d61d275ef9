import { describe, expect, it } from "vitest";
import { GROW_MARGIN, SPARE_CORE, shouldGrow, type GrowStats } from "../../src/batch/grow.js";

const stats = (over: Partial<GrowStats>): GrowStats => ({ workers: 1, max: 2, waiting: 100, startupMs: 1_000, perDocumentMs: 50, cores: 2, load: 1, idle: null, ...over });

describe("shouldGrow", () => {
  it("adds a worker when the waiting documents outlast its start-up by the margin", () => {
    // 100 documents × 50 ms on one worker = 5 s > 2 × 1 s.
    expect(shouldGrow(stats({}))).toBe(true);
    // A third worker: 100 × 50 ms / 2 workers = 2.5 s > 2 s.
    expect(shouldGrow(stats({ workers: 2, max: 4 }))).toBe(true);
  });

  it("keeps one worker for a short batch, or until it has measured", () => {
    // 20 letters × 50 ms = 1 s < 2 × 1 s.
    expect(shouldGrow(stats({ waiting: 20 }))).toBe(false);
    expect(shouldGrow(stats({ waiting: (GROW_MARGIN * 1_000) / 50 }))).toBe(false);
    expect(shouldGrow(stats({ waiting: 0 }))).toBe(false);
    expect(shouldGrow(stats({ startupMs: null }))).toBe(false);
    expect(shouldGrow(stats({ perDocumentMs: null }))).toBe(false);
  });

  it("adds none while the machine has no idle core to give it", () => {
    expect(shouldGrow(stats({ load: 2 - SPARE_CORE + 0.1 }))).toBe(false);
    expect(shouldGrow(stats({ load: 18 }))).toBe(false);
    expect(shouldGrow(stats({ load: 0.2 }))).toBe(true);
  });

  it("adds none while the cores are busy now, though the load average (a minute behind) says they were free", () => {
    // Other processes took the cores a few seconds ago: the load average still says 0.2.
    expect(shouldGrow(stats({ load: 0.2, idle: 0.1 }))).toBe(false);
    expect(shouldGrow(stats({ load: 0.2, idle: SPARE_CORE - 0.01 }))).toBe(false);
    expect(shouldGrow(stats({ load: 0.2, idle: SPARE_CORE }))).toBe(true);
    expect(shouldGrow(stats({ load: 0.2, idle: 1.4 }))).toBe(true);
    // Idle cores do not outvote a busy minute: both must leave half a core.
    expect(shouldGrow(stats({ load: 1.8, idle: 1.4 }))).toBe(false);
  });

  it("never passes the maximum (--concurrency)", () => {
    expect(shouldGrow(stats({ workers: 2, max: 2, waiting: 10_000 }))).toBe(false);
    expect(shouldGrow(stats({ max: 1, waiting: 10_000 }))).toBe(false);
  });
});
