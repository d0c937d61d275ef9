/** The profile summary bench/profile-extraction.ts prints: self, inclusive and per-file times from a V8 CPU profile. */
import { describe, expect, it } from "vitest";
import { formatRows, summarise, type CpuProfile } from "../../bench/profile-summary.js";

const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber });

// (root) → main a.js:1 → helper b.js:5 → helper b.js:5 (recursion); main → (anonymous) a.js:9
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame("(root)", "", -1), children: [2] },
    { id: 2, callFrame: frame("main", "file:///x/src/a.js", 0), children: [3, 5] },
    { id: 3, callFrame: frame("helper", "file:///x/lib/b.js", 4), children: [4] },
    { id: 4, callFrame: frame("helper", "file:///x/lib/b.js", 4) },
    { id: 5, callFrame: frame("", "file:///x/src/a.js", 8) },
  ],
  samples: [2, 3, 4, 4, 5],
  timeDeltas: [1000, 2000, 3000, 1000, 3000],
};

describe("summarise", () => {
  const summary = summarise(profile);

  it("adds each sample's time to its own function, and once to every function above it", () => {
    expect(summary.totalMs).toBe(10);
    expect(summary.self.map((r) => [r.key, r.ms])).toEqual([
      ["helper lib/b.js:5", 6],
      ["(anonymous) src/a.js:9", 3],
      ["main src/a.js:1", 1],
    ]);
    // Note: the recursive helper counts its samples once, not once per frame.
    expect(new Map(summary.inclusive.map((r) => [r.key, r.ms]))).toEqual(
      new Map([
        ["main src/a.js:1", 10],
        ["(root) :0", 10],
        ["helper lib/b.js:5", 6],
        ["(anonymous) src/a.js:9", 3],
      ]),
    );
    expect(summary.files.map((r) => [r.key, r.ms])).toEqual([
      ["lib/b.js", 6],
      ["src/a.js", 4],
    ]);
  });

  it("keeps the first `top` rows and gives shares of the whole", () => {
    const two = summarise(profile, 2);
    expect(two.self).toHaveLength(2);
    expect(two.self[0]?.share).toBeCloseTo(0.6);
    expect(formatRows(two.self)[0]).toBe("      6 ms  60.0%  helper lib/b.js:5");
  });
});
