/**
 * `--shard i/N`: which documents one of N machines processes. A document belongs to shard
 * 1 + (the first 48 bits of sha256(id)) mod N: chosen by the id alone, so machines that see the
 * same input split it without talking to each other, a document stays in its shard when others
 * are added or removed (an incremental shard reuses its state), and shards are balanced in
 * expectation (a hash spreads ids evenly; 2,000 documents over 3 shards differ by a few percent).
 */
import { createHash } from "node:crypto";
import type { ShardSpec } from "./state.js";

/** The variable a Kubernetes Indexed Job sets in each pod: 0 to completions − 1. */
export const INDEX_VARIABLE = "JOB_COMPLETION_INDEX";

/**
 * Reads `i/N` (1 ≤ i ≤ N) or `auto/N` (i from JOB_COMPLETION_INDEX, 0-based, plus one).
 * Throws an Error whose message is one line for the user.
 */
export function parseShard(value: string, env: NodeJS.ProcessEnv = process.env): ShardSpec {
  const match = /^(auto|\d+)\/(\d+)$/.exec(value.trim());
  if (!match) throw new Error(`--shard is i/N (1 ≤ i ≤ N) or auto/N, not "${value}"`);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`--shard ${value}: N must be at least 1`);
  let index: number;
  if (match[1] === "auto") {
    const raw = env[INDEX_VARIABLE];
    if (raw === undefined || !/^\d+$/.test(raw.trim())) {
      throw new Error(`--shard auto/${count} reads ${INDEX_VARIABLE} (0-based), which is ${raw === undefined ? "not set" : `"${raw}"`}`);
    }
    index = Number(raw.trim()) + 1;
    if (index > count) throw new Error(`${INDEX_VARIABLE}=${raw.trim()} is past the last shard of ${count} (0 to ${count - 1})`);
  } else {
    index = Number(match[1]);
    if (index < 1 || index > count) throw new Error(`--shard ${value}: i must be between 1 and ${count}`);
  }
  return { index, count };
}

/** The shard (1 to `count`) a document id belongs to. */
export function shardOf(id: string, count: number): number {
  const digest = createHash("sha256").update(id).digest();
  return 1 + (digest.readUIntBE(0, 6) % count);
}

export function inShard(id: string, shard: ShardSpec): boolean {
  return shardOf(id, shard.count) === shard.index;
}
