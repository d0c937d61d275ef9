/**
 * Self and inclusive time per function, and self time per file, from a V8 CPU profile (the
 * `.cpuprofile` JSON of `node --cpu-prof` or of the inspector's `Profiler.stop`): what
 * bench/profile-extraction.ts prints (docs/performance.md, "CPU per word: cheap gates", session 18).
 */

/** The parts of a V8 CPU profile read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** One row: a function (`name file:line`) or a file, its time in ms and its share of all samples. */
export interface ProfileRow {
  key: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  self: ProfileRow[];
  inclusive: ProfileRow[];
  files: ProfileRow[];
}

/** A URL's last two path parts (`extract/memo.js`), short enough to read and tell files apart. */
const shortUrl = (url: string): string => url.split("/").slice(-2).join("/");

/** Sorted rows of a map of times in µs, the first `top`. */
function rows(times: Map<string, number>, total: number, top: number): ProfileRow[] {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => ({ key, ms: us / 1000, share: total > 0 ? us / total : 0 }));
}

/** The `top` functions by self and by inclusive time (a recursive function counted once per sample), and files by self time. */
export function summarise(profile: CpuProfile, top = 30): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const keyOf = (id: number): string => {
    const frame = byId.get(id)?.callFrame;
    return frame ? `${frame.functionName || "(anonymous)"} ${shortUrl(frame.url)}:${frame.lineNumber + 1}` : "?";
  };
  const perNode = new Map<number, number>();
  profile.samples.forEach((id, i) => perNode.set(id, (perNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  for (const [id, us] of perNode) {
    total += us;
    const key = keyOf(id);
    self.set(key, (self.get(key) ?? 0) + us);
    const frame = byId.get(id)?.callFrame;
    const file = frame?.url ? shortUrl(frame.url) : (frame?.functionName ?? "?");
    files.set(file, (files.get(file) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf(at);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    }
  }
  return { totalMs: total / 1000, self: rows(self, total, top), inclusive: rows(inclusive, total, top), files: rows(files, total, top) };
}

/** The rows as aligned text lines: `   123 ms  4.5%  name file:line`. */
export function formatRows(list: readonly ProfileRow[]): string[] {
  return list.map((r) => `${r.ms.toFixed(0).padStart(7)} ms ${(100 * r.share).toFixed(1).padStart(5)}%  ${r.key}`);
}
