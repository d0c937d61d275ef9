import { describe, expect, it } from "vitest";
import { createCpuMeter } from "../../src/batch/cpu-meter.js";

describe("createCpuMeter", () => {
  it("knows nothing before it starts or before a whole window has passed", () => {
    let cpu = 0;
    const meter = createCpuMeter(1_000, () => cpu);
    expect(meter.cores(5_000)).toBeNull();
    meter.start(0);
    cpu = 900;
    expect(meter.cores(999)).toBeNull();
  });

  it("gives the cores busy over the last window, all threads counted", () => {
    let cpu = 100;
    const meter = createCpuMeter(1_000, () => cpu);
    meter.start(0);
    // One worker and the main thread's and V8's threads beside it: two cores' worth.
    cpu = 100 + 2_000;
    expect(meter.cores(1_000)).toBe(2);
    // Within the next window the last rate stands; then the new one replaces it.
    cpu += 500;
    expect(meter.cores(1_500)).toBe(2);
    expect(meter.cores(2_000)).toBe(0.5);
  });

  it("starts once: a later start does not move the window", () => {
    let cpu = 0;
    const meter = createCpuMeter(1_000, () => cpu);
    meter.start(0);
    cpu = 1_500;
    meter.start(900);
    expect(meter.cores(1_000)).toBe(1.5);
  });
});
