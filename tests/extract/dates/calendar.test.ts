/**
 * The `dates/calendar` rule: what it must find in each phrasing (surface text and the fields
 * the text states) and what it must not take for a date.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { calendarDates } from "../../../src/extract/dates/calendar.js";

function found(text: string): string[] {
  const context = createContext(text, { dateOrder: "auto" });
  return calendarDates.extract(context).map((c) => {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    return `${c.text}|${c.year ?? "-"}|${c.month}|${c.day ?? "-"}`;
  });
}

describe("dates/calendar finds", () => {
  it.each([
    ["numeric, slashes", "HTUR/JB\n\n12/10/2020\n\nDear Sir,", ["12/10/2020|2020|12|10"]],
    ["numeric, dots", "Posted 13.09.2020 by the union.", ["13.09.2020|2020|9|13"]],
    ["ISO", "Filed on 2020-09-13 in Minsk.", ["2020-09-13|2020|9|13"]],
    ["day month year", "He was arrested on 9 August 2020.", ["9 August 2020|2020|8|9"]],
    ["month day, year", "He was arrested on August 9, 2020.", ["August 9, 2020|2020|8|9"]],
    ["ordinal of month", "On the 9th of August police came.", ["9th of August|-|8|9"]],
    ["year-less", "He was sentenced again on 5 October for 15 days.", ["5 October|-|10|5"]],
    ["month and year", "The trial opens in March 2021.", ["March 2021|2021|3|-"]],
    ["part of a month", "He was freed at the end of May 2020.", ["May 2020|2020|5|-"]],
    ["bare month after a preposition", "He was tried in February without counsel.", ["February|-|2|-"]],
    ["bare months listed after a preposition", "The articles ran in February and March this year, then in June, July or August.", ["February|-|2|-", "March this year|-|3|-", "June|-|6|-", "July|-|7|-", "August|-|8|-"]],
    ["no bare month after a month that no preposition leads", "February and March were quiet; May and June organisers met.", []],
    ["range with to", "Held from 13 to 28 September.", ["13|-|9|13", "28 September|-|9|28"]],
    ["range with a dash", "Raids on 5–7 October 2020.", ["5|2020|10|5", "7 October 2020|2020|10|7"]],
    ["range with a hyphen", "Raids on 5-7 October 2020.", ["5|2020|10|5", "7 October 2020|2020|10|7"]],
    ["range with between", "Held between 13 and 28 September 2020.", ["13|2020|9|13", "28 September 2020|2020|9|28"]],
    ["ordinal day list", "The 5th and 6th of March 2021 saw raids.", ["5th|2021|3|5", "6th of March 2021|2021|3|6"]],
    ["month list", "Between March and May 2020, 40 people were detained.", ["March|2020|3|-", "May 2020|2020|5|-"]],
    ["month list over new year", "From December to February 2021 strikes went on.", ["December|2020|12|-", "February 2021|2021|2|-"]],
    ["month-first day list", "Held on August 9 and 10, 2020.", ["August 9|-|8|9", "10, 2020|2020|8|10"]],
    ["abbreviated months", "Assemblies on 18 Aug, 31 Aug, 1 Oct 2019.", ["18 Aug|-|8|18", "31 Aug|-|8|31", "1 Oct 2019|2019|10|1"]],
    ["abbreviation with a dot", "A report published on Jan. 13, 2022 said so.", ["Jan. 13, 2022|2022|1|13"]],
    ["day-Mon-year", "Posted to the website 14-Apr-2009", ["14-Apr-2009|2009|4|14"]],
    ["weekday and ordinal", "Wednesday 06th November 2013\n\nDear Colleagues,", ["Wednesday 06th November 2013|2013|11|6"]],
    ["time before, weekday kept", "At 16.00 on Tuesday 26th November, we meet.", ["Tuesday 26th November|-|11|26"]],
    ["time after dropped", "16.05.2017 20:19 msk\n\nOn 16 May", ["16.05.2017|2017|5|16", "16 May|-|5|16"]],
    ["time with seconds and zone dropped, weekday kept", "Fri, 13 Nov 2020 09:00:00 GMT", ["Fri, 13 Nov 2020|2020|11|13"]],
    ["glued byline", "2 May, 2013May Day actions were called off.", ["2 May, 2013|2013|5|2"]],
    ["a day glued to the heading before it", "Teachers jailed after the strike in the region4 March 2021", ["4 March 2021|2021|3|4"]],
    ["dateline with en dash", "New York, July 24, 2017–An Azerbaijani court", ["July 24, 2017|2017|7|24"]],
    ["date inside a time of day", "arrested in the morning of 1 May, then freed", ["1 May|-|5|1"]],
    ["a day after `from` that chrono reads as an hour", "From 6 May the court sat in camera; the strike ran from 12 June to 14 June.", ["6 May|-|5|6", "12 June|-|6|12", "14 June|-|6|14"]],
    ["an hour after `from` stays an hour", "He was held from 6 pm on 5 May.", ["6 pm on 5 May|-|5|5"]],
    ["a weekday, a comma and a two-digit day", "Oslo, Wednesday, 10 July 2024\n\nDear", ["Wednesday, 10 July 2024|2024|7|10"]],
    ["an abbreviated weekday, a comma and a two-digit day", "Posted Thu, 14 March 2024 by staff", ["Thu, 14 March 2024|2024|3|14"]],
    ["not a day: a reference number closing the line above", "Ref. 12/BDU-24\n14.11.2023\n\nDear Sir,", ["14.11.2023|2023|11|14"]],
    ["not a day: a number closing the line above a written date", "Case 2024-117\n5 March 2024\n\nDear Sir,", ["5 March 2024|2024|3|5"]],
    ["not a two-digit year: a count after the comma", "On August 9, 10 people died.", ["August 9|-|8|9"]],
    ["not a list: a number before the date", "Jalal Uddin, aged 3, 10 August", ["10 August|-|8|10"]],
    ["a document number before `of` and the date", "Ref. No. 17/22 of 14.03.2022", ["14.03.2022|2022|3|14"]],
    ["a day list by commas alone", "Strikes took place on 9, 10, 11 August 2020.", ["9|2020|8|9", "10|2020|8|10", "11 August 2020|2020|8|11"]],
    ["not a list: numbers that do not rise to the day", "Scores of 30, 10, 11 August", ["11 August|-|8|11"]],
    ["a lower-case month with a year", "He was sentenced on 5 march 2020.", ["5 march 2020|2020|3|5"]],
    ["a date in brackets before a slash-free path", "A report (12.10.2020) said so.", ["12.10.2020|2020|12|10"]],
    ["a two-digit year after an apostrophe", "He was arrested on Jan. 5, '18 and freed.", ["Jan. 5, '18|2018|1|5"]],
    ["a month and an apostrophe year", "He was arrested in May '99 and freed.", ["May '99|1999|5|-"]],
    ["a quote opening after a date is no year", "The campaign on May 5, 'tis said, and 'Free 5' on 2 June.", ["May 5|-|5|5", "2 June|-|6|2"]],
    ["two-digit years in numbers", "Posted 04.06.18, then 12/03/19.", ["04.06.18|2018|4|6", "12/03/19|2019|12|3"]],
    ["a reference code, a dash and a weekday date", "Ref: UA 07/2025 – Monday 10 February 2025", ["Monday 10 February 2025|2025|2|10"]],
    ["a law's number and its date", "Ordinance No. 20-06 of 28 April 2020 and Law No. 23-02 of 25 April 2023 apply.", ["28 April 2020|2020|4|28", "25 April 2023|2023|4|25"]],
    ["a decree's number, `of` and an ordinal date", "Decree 114 of 3rd May 2019 was cited.", ["3rd May 2019|2019|5|3"]],
    ["a day list after a dash is still a list", "Strikes on 20-21 April 2020 and 26 and 27 November.", ["20|2020|4|20", "21 April 2020|2020|4|21", "26|-|11|26", "27 November|-|11|27"]],
    ["a numbered reference, a hyphen and a date", "Circular No. 12/2024 - 3 March 2024 to all branches", ["3 March 2024|2024|3|3"]],
    ["a day-and-month code before a dash and a date", "File 12/03 – 5 February 2021", ["5 February 2021|2021|2|5"]],
    ["still a range: months in text order", "Strikes from March – 5 February 2021 went on.", ["March|2020|3|-", "5 February 2021|2021|2|5"]],
    ["relative year kept beside", "He was arrested on July 31 last year and held.", ["July 31 last year|-|7|31"]],
    ["`last` kept before a bare month", "Following his arrest last September, CUPE campaigned. Last November, they met.", ["last September|-|9|-", "Last November|-|11|-"]],
    ["`the` between a month and an ordinal day", "Caracas, May the 9th, 2025\n\nThe hearing resumed on June the 2nd.", ["May the 9th, 2025|2025|5|9", "June the 2nd|-|6|2"]],
    ["a month, `the` and a count: the bare month only", "In May the 12 delegates met; by June the 3 unions had left.", ["May|-|5|-", "June|-|6|-"]],
    ["`the` between an abbreviated month and an ordinal day", "Posted Nov. the 21st, 2024 by staff", ["Nov. the 21st, 2024|2024|11|21"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("dates/calendar does not find", () => {
  it.each([
    ["durations", "He was sentenced to 15 days and then for two months more; 3 months after his arrest."],
    ["bare years and year ranges", "He served from 1995 to 1997 and again in 2023, in the 2020 election."],
    ["a time", "We meet at 16.00 at the embassy."],
    ["relative references", "He was arrested on Monday, last week, today and last month."],
    ["a relative month", "The talks resume next September and are held every March."],
    ["a month in a name", "They protested in October Square and at May Day rallies."],
    ["a month name after a conjunction or 'to'", "Sanders and May said so; he spoke to May about it."],
    ["a sentence-initial month without a preposition", "March organisers said the route was closed."],
    ["the modal may", "They may 2 go, and he may be released."],
    ["dates inside web addresses", "See www.union.org/2020/10/12/news and https://x.com/2020-10-12-strike now."],
    ["a lower-case modal or verb without a year", "They may 5 times march 5 km."],
    ["numbers with date-like parts", "IP 10.12.20.1 logged; Law No. 3/2/19 and Decree 12/10/2020 apply."],
    ["a reference code alone before a dash", "Our ref. UA 07/2025 – urgent"],
    ["a two-field number", "Decree No. 5/2020 and a 12/10 vote, phone 02/224 02 11."],
    ["a code glued to a day and month without a year", "Form b12 May be filed; room c4 June is free."],
    ["a house number and a street named after a month's abbreviation", "Head Office: 14 Jan Smuts Avenue, Braamfontein; branch at 3 May Street."],
    ["an impossible calendar field", "Article 20.2 of the Code and section 31.13.2020."],
  ])("%s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
