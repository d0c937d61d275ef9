/**
 * A worker thread's module once the CommonJS bundle is built (worker-module.ts, `threadUrl`): the
 * worker's own module run with its V8 code cache, as the main thread of a small batch runs it
 * (code-cache.ts, issue 19), so that each thread compiles less of the pipeline before its first
 * document. Its exports are worker.ts's.
 */
import { loadWorkerModule } from "./worker-module.js";

const worker = await loadWorkerModule();

export const processDocument = worker.processDocument;
export default worker.default;
