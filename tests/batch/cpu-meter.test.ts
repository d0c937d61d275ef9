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

  it("gives the machine's idle cores over the same window", () => {
    let cpu = 0;
    let idle = 10_000;
    const meter = createCpuMeter(1_000, () => cpu, () => idle);
    meter.start(0);
    expect(meter.idle(500)).toBeNull();
    // Two cores: this process kept 1.2 busy, others 0.3, so 0.5 of a core sat idle.
    cpu = 1_200;
    idle += 500;
    expect(meter.idle(1_000)).toBe(0.5);
    expect(meter.cores(1_000)).toBe(1.2);
    idle += 1_800;
    expect(meter.idle(2_000)).toBe(1.8);
  });

  it("says nothing of idle cores where the system does not count them, or its counter went back", () => {
    let idle: number | null = null;
    const meter = createCpuMeter(1_000, () => 0, () => idle);
    meter.start(0);
    expect(meter.idle(1_000)).toBeNull();
    idle = 5_000;
    expect(meter.idle(2_000)).toBeNull();
    idle = 4_000;
    expect(meter.idle(3_000)).toBeNull();
    idle = 4_900;
    expect(meter.idle(4_000)).toBeCloseTo(0.9);
  });
});
