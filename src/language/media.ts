/**
 * Media nouns that are also a person's job: `community broadcaster Marites Robles` is a person,
 * `the broadcaster Radio Bandilyo` an outlet. One decision for the people rules (a medium's noun
 * before a name makes it the outlet's title) and the organisation rules (a media noun before or
 * after a name makes it an outlet): such a noun names an outlet only after a determiner of a body.
 */

/** The nouns, singular, lower case. */
const JOB_MEDIA_NOUNS = ["broadcaster"];

/** The nouns as a pattern source, singular (`broadcaster`). */
export const JOB_MEDIA_NOUN = JOB_MEDIA_NOUNS.join("|");

/** One of the nouns, singular or plural, anywhere in a phrase. */
export const JOB_NOUN = new RegExp(`\\b(?:${JOB_MEDIA_NOUNS.map((noun) => `${noun}s?`).join("|")})\\b`, "iu");

/** The determiners before which such a noun names an outlet (`the broadcaster`, `state broadcaster`, `public broadcaster`), as a pattern source. */
export const OUTLET_DETERMINER = "the|state|public";
