/**
 * Dates of the act a ruling punishes (src/resolve/penalties-dates-offence.ts): a date in the cause
 * complement after the ruling's word is the act's; a date of the ruling itself is not.
 */
import { describe, expect, it } from "vitest";
import { offenceDate } from "../../src/resolve/penalties-dates-offence.js";

const span = (text: string, surface: string): { start: number; end: number } => {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length };
};

describe("the act punished", () => {
  it.each([
    ["A court found Ana Reyes guilty over a sit-in held on 2 May 2024.", "2 May 2024"],
    ["He was jailed for two years for \"hooliganism\", over a post he wrote last October.", "last October"],
    ["The judge fined her for taking part in a rally in July 2023.", "July 2023"],
    ["Les prévenus ont été déclarés coupables pour une grève tenue le 3 janvier 2025.", "3 janvier 2025"],
    ["Fueron declarados culpables por una protesta realizada el 5 de enero de 2025.", "5 de enero de 2025"],
    ["He was convicted in connection with a strike that began on 4 March 2024.", "4 March 2024"],
    ["Both were found guilty of trespass after they filmed a landfill in June 2024.", "June 2024"],
    ["She was convicted after posting a video on 3 March 2025.", "3 March 2025"],
    ["The three were convicted under the Act for their role in the strike of dock workers in March 2025.", "March 2025"],
    ["He was sentenced to two years for his part in a road blockade on 4 June 2024.", "4 June 2024"],
    ["They were found guilty only because they led the workers of Crane Knitwear Co., Ltd. in their peaceful strike last August.", "last August"],
  ])("%s", (text, surface) => {
    expect(offenceDate(text, 0, span(text, surface))).toBe(true);
  });

  it.each([
    ["On 3 May 2025 the court sentenced Ana Reyes for the second time.", "3 May 2025", "a date before the ruling's word"],
    ["Ana Reyes was sentenced for the second time on 3 May 2025.", "3 May 2025", "`for the second time` is no act"],
    ["Ana Reyes was sentenced for her role in the strike. The ruling came on 3 May 2025.", "3 May 2025", "a part taken closed by a full stop (session 23)"],
    ["Ana Reyes was sentenced for her role in the strike at Crane Ltd. On 3 May 2025 she appealed.", "3 May 2025", "an abbreviation's dot before a capital still closes (session 23)"],
    ["He was condenado por el Juzgado Federal el 10 de marzo de 2025.", "10 de marzo de 2025", "Spanish `por el Juzgado` names the court"],
    ["He was fined for contempt – on 6 May, in open session.", "6 May", "a dash's aside dates the penalty"],
    ["She was convicted over a protest, and was sentenced on 9 May 2025.", "9 May 2025", "a later ruling's verb"],
    ["The court jailed him for 15 days on 2 June 2025.", "2 June 2025", "`for` and a term"],
    ["He was convicted after a two-day trial on 2 June 2025.", "2 June 2025", "`after` a noun may be the ruling's day"],
  ])("%s (%s)", (text, surface) => {
    expect(offenceDate(text, 0, span(text, surface))).toBe(false);
  });
});
