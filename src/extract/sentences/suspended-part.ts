/**
 * A term partly suspended: `24 months' imprisonment, of which 6 months were suspended`. The
 * sentence handed down is the whole term (24 months of prison: the main record, as the corpus's
 * annotation conventions keep a stated total main and its firm or per-charge parts optional); the
 * suspended part is a suspended term of its own, read by `sentences/noun-term` with these two
 * patterns (docs/penalties.md, "A term partly suspended").
 */

/** Left of the suspended part itself, and right of it. */
export const SUSPENDED_PART_BEFORE = /\b(?:of\s+which|with)\s+$/iu;
export const SUSPENDED_PART_AFTER = /^\s+(?:(?:were|was|is|are|being)\s+)?suspended\b/iu;
