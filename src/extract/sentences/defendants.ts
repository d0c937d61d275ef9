/**
 * Defendants named by their place in a list or table (`the first and second accused`, `the 3rd
 * defendant`, `Defendant 3`, `accused Nos. 2 and 4`): the sentence rules let such a subject
 * take a term, and penalties-listed.ts resolves it to the people in those places.
 */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
};
const ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[1-9](?:st|nd|rd|th)|10th";
/** A defendant named by place: `the first (and second) accused`, `the 3rd defendant`, `Defendant 3`, `accused No. 2 and 4`. */
export const ORDINAL_SUBJECT = new RegExp(
  `\\b(?:the\\s+(?<ords>(?:${ORDINAL})(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+to\\s+)(?:${ORDINAL}))*)(?:-named)?\\s+(?:accused|defendants?|respondents?|appellants?|suspects?|detainees?)|(?:accused|defendants?|respondents?|appellants?|detainees?)\\s+(?:nos?\\.?\\s*|numbers?\\s+|#\\s*)?(?<nums>\\d{1,2}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)\\d{1,2})*)(?![\\d.,]\\d))`,
  "giu",
);

