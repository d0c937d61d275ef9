/**
 * Where the development corpus is: CASEBOOK_CORPUS, or `../shared/corpus` beside the
 * repository. Never an absolute path of one machine (issue 13): the corpus holds third
 * parties' texts and is read in place, so tests that need it are skipped where it is absent.
 */
import { fileURLToPath } from "node:url";

export const CORPUS = process.env.CASEBOOK_CORPUS ?? fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
