/** Year-less dates take the year their context implies (GUIDELINES.md, Date). */
import { describe, expect, it } from "vitest";
import { ANNOUNCED, ANNOUNCED_AFTER, CALLED_ACTION, FUTURE_MAIN_CLAUSE, CASE_STAGES, DEADLINE, FRAMING_YEAR, INTERVAL, LIST_JOIN, NEAR_LETTER, NEW_ROUND, REQUEST, SEQUENCE, SET_BY_DECISION } from "../../src/resolve/dates-cues.js";
import { values } from "./dates-helpers.js";

const HEAD = "Union HQ, Bruxelles\n\n12/10/2020\n\nDear Sir,\n\n";

describe("implied years", () => {
  it.each([
    ["a list's year distributes backwards", "Assemblies on 18 Aug, 31 Aug, 1 Oct 2019 and 4 Jun 2020.", ["18 Aug=2019-08-18", "31 Aug=2019-08-31", "1 Oct 2019=2019-10-01", "4 Jun 2020=2020-06-04"]],
    ["a list crossing new year", "Held from 28 December to 3 January 2021.", ["28 December=2020-12-28", "3 January 2021=2021-01-03"]],
    ["the same day written in full elsewhere", "Fined within one day of May 7th. He was fined on May 7, 2018.", ["May 7th=2018-05-07", "May 7, 2018=2018-05-07"]],
    ["a full date earlier in the sentence", `${HEAD}He was arrested on 20 December 2018 and freed on 5 January.`, ["12/10/2020=2020-10-12", "20 December 2018=2018-12-20", "5 January=2019-01-05"]],
    ["a full date earlier on the same line", `${HEAD}He was arrested on 20 December 2018. On 5 January he was freed.`, ["12/10/2020=2020-10-12", "20 December 2018=2018-12-20", "5 January=2019-01-05"]],
    ["a full date in an earlier paragraph gives way to the letter date", `${HEAD}He was arrested on 20 December 2018.\n\nOn 5 January he was freed.`, ["12/10/2020=2020-10-12", "20 December 2018=2018-12-20", "5 January=2020-01-05"]],
    ["a reported event on or before the letter date", `${HEAD}He was arrested on 13 September and sentenced on 5 October.`, ["12/10/2020=2020-10-12", "13 September=2020-09-13", "5 October=2020-10-05"]],
    ["a past event in a later month lands the year before", `${HEAD}He was first arrested on 29 November.`, ["12/10/2020=2020-10-12", "29 November=2019-11-29"]],
    ["an announced event may land after the letter date", `${HEAD}The hearing will take place on 29 November.`, ["12/10/2020=2020-10-12", "29 November=2020-11-29"]],
    ["an announced event follows the letter date, not the story's year", `${HEAD}He was arrested on 10 March 2018. His appeal will be heard on 2 November.`, ["12/10/2020=2020-10-12", "10 March 2018=2018-03-10", "2 November=2020-11-02"]],
    ["a reported event framed by the line never lands after the letter date", `${HEAD}On 5 October 2020 he was detained, after his trial on 29 November.`, ["12/10/2020=2020-10-12", "5 October 2020=2020-10-05", "29 November=2019-11-29"]],
    ["a future marker in another clause", `${HEAD}He will stay in prison; he was arrested on 29 November.`, ["12/10/2020=2020-10-12", "29 November=2019-11-29"]],
    ["'the next day' is no announcement", `${HEAD}He was arrested on 4 October; the next day, on 5 October, he was charged.`, ["12/10/2020=2020-10-12", "4 October=2020-10-04", "5 October=2020-10-05"]],
    ["an event announced in the present tense lies near the letter, after it", `${HEAD}The protesters, whose trial resumes on 21 November, remain on bail.`, ["12/10/2020=2020-10-12", "21 November=2020-11-21"]],
    ["a session that opens shortly after the letter", `${HEAD}We will raise the case at the committee's session, which opens in Geneva on October 20.`, ["12/10/2020=2020-10-12", "October 20=2020-10-20"]],
    ["a chronology in the historical present still reads back", `${HEAD}On 6 February police arrest the three organisers at the depot.`, ["12/10/2020=2020-10-12", "6 February=2020-02-06"]],
    ["`could be` announces a release", `${HEAD}Taking time served into account, she could be released in November.`, ["12/10/2020=2020-10-12", "November=2020-11"]],
    ["a future marker further back with no past verb between", `${HEAD}The executive board will consider a further emergency grant at its ordinary meeting on 5 November.`, ["12/10/2020=2020-10-12", "5 November=2020-11-05"]],
    ["a distant future marker before a past verb dates nothing ahead", `${HEAD}She will remain in the women's wing of the prison where she was transferred on 29 November.`, ["12/10/2020=2020-10-12", "29 November=2019-11-29"]],
    ["the reader's memory is no announcement", `${HEAD}Affiliates will recall our circular of February on the teachers' strike.`, ["12/10/2020=2020-10-12", "February=2020-02"]],
    ["a bare month inferred in a background clause is no anchor for the next date", `${HEAD}They were arrested on 19 November 2019 at a meeting on wages unpaid since August. One was moved to another prison on 9 March without notice.`, ["12/10/2020=2020-10-12", "19 November 2019=2019-11-19", "August=2019-08", "9 March=2020-03-09"]],
    ["reported speech's `would` lies near the letter", "Piraeus, 22 May 2025\n\nThe federation said its president would travel to Athens on June 3 to meet the union.", ["22 May 2025=2025-05-22", "June 3=2025-06-03"]],
    ["a purpose clause's event lies ahead", "Oslo, 12 June 2025\n\nPlease inform us of any action you take, so that we can report it to the Board in September.", ["12 June 2025=2025-06-12", "September=2025-09"]],
    ["a visit told in the present lies near the letter, after it", "Oslo, 2 December 2024\n\nWe would be glad to discuss these matters with you or with the labour commission when our delegation visits Dhaka in January.", ["2 December 2024=2024-12-02", "January=2025-01"]],
    ["a fronted date before a future main clause lies ahead", "Oslo, 2 September 2024\n\nWe are informed that on his release on 23 September, Mr Petrov is likely to be charged again.", ["2 September 2024=2024-09-02", "23 September=2024-09-23"]],
    ["a fronted date before a past main clause stays past", "Oslo, 2 September 2024\n\nOn 23 September, he was arrested and will stay in custody for a month.", ["2 September 2024=2024-09-02", "23 September=2023-09-23"]],
    ["reported speech's `would` further from the date", "Manila, 1 October 2024\n\nThe federation's president said the federation would hold a caravan from Bacolod to Iloilo on Oct. 7 for the cause.", ["1 October 2024=2024-10-01", "Oct. 7=2024-10-07"]],
    ["a month in a `since` phrase before a future main clause stays past", "Oslo, 27 September 2024\n\nHaving been held since her arrest in March, she is expected to be released within weeks.", ["27 September 2024=2024-09-27", "March=2024-03"]],
    ["a visit told in the past stays past", "Oslo, 2 December 2024\n\nThe delegation visited Dhaka in January and met the minister.", ["2 December 2024=2024-12-02", "January=2024-01"]],
    ["a stated weekday settles the year", "Wednesday 06th November 2013\n\nDear Colleagues,\n\nAt 16.00 on Tuesday 26th November we hand in the petition.", ["Wednesday 06th November 2013=2013-11-06", "Tuesday 26th November=2013-11-26"]],
    ["a bare month after a date in a `since` clause takes the latest such month before the letter", `${HEAD}She has been held since her arrest on 9 May 2018. Her brother was fined in July for a post about her trial.`, ["12/10/2020=2020-10-12", "9 May 2018=2018-05-09", "July=2020-07"]],
    ["a bare month after the act a charge is about takes the letter's year", `${HEAD}They were fined for taking part in a rally in March 2018. The prosecutor dropped the charge in May.`, ["12/10/2020=2020-10-12", "March 2018=2018-03", "May=2020-05"]],
    ["no letter date: a bare month after a background date is bounded by the latest date written", "The last hearing was on 2 March 2025.\n\nThe five have been detained since 6 December 2023. Her husband was fined in May.", ["2 March 2025=2025-03-02", "6 December 2023=2023-12-06", "May=2024-05"]],
    ["a bare month still follows a full date that tells the story", `${HEAD}The strike began on 5 July 2018. Police broke up the picket on July 19. Two leaders were charged in August.`, ["12/10/2020=2020-10-12", "5 July 2018=2018-07-05", "July 19=2018-07-19", "August=2018-08"]],
    ["a bare month takes the letter's year", "August 10, 2020\n\nHe was arrested after a protest in March.", ["August 10, 2020=2020-08-10", "March=2020-03"]],
    ["a date placed by the letter frames no later date on its line", "Lyon, 4 December 2024\n\nDear Minister,\n\nThe festival of 11 April was cancelled by the mayor. The concert finally took place on 29 November, in Lyon.", ["4 December 2024=2024-12-04", "11 April=2024-04-11", "29 November=2024-11-29"]],
    ["a month placed by the letter frames no later day in English either", `${HEAD}The strike of March ended in dismissals. The verdict came on 29 September.`, ["12/10/2020=2020-10-12", "March=2020-03", "29 September=2020-09-29"]],
    ["a full date still frames the next day on its line", `${HEAD}The strike began on 2 March 2020. The verdict came on 29 September.`, ["12/10/2020=2020-10-12", "2 March 2020=2020-03-02", "29 September=2020-09-29"]],
    ["people due back in court lie ahead", "PORT TOWN, Oct 12, 2024 – Two leaders were jailed. They are due back in court on November 8 for their appeal.", ["Oct 12, 2024=2024-10-12", "November 8=2024-11-08"]],
    ["a polite request to meet lies near the letter", "Oslo, 21 October 2024\n\nDear Ambassador,\n\nWe would be grateful for the opportunity to meet you at a time convenient to you in November.", ["21 October 2024=2024-10-21", "November=2024-11"]],
    ["looking forward to a meeting lies near the letter", "Oslo, 21 October 2024\n\nDear Minister,\n\nWe look forward to discussing the case with you in November.", ["21 October 2024=2024-10-21", "November=2024-11"]],
    ["the next hearing lies ahead of the letter", "Izmir, 12 December 2025\n\nA second trial continues; the next hearing is on 4 February.", ["12 December 2025=2025-12-12", "4 February=2026-02-04"]],
    ["a bulletin dated by its month holds the days of that month", "Labour Watch - Quarterly Bulletin, April 2025\n\nHis wife was allowed to see him for the first time on 2 April, ten months after his arrest.", ["April 2025=2025-04", "2 April=2025-04-02"]],
    ["a standing request in the present perfect lies near the letter", "Oslo, 24 June 2024\n\nDear Colleagues,\n\nThe union has asked the national centre to join a day of action on 1 July.", ["24 June 2024=2024-06-24", "1 July=2024-07-01"]],
    ["initials' dots do not end a request", "Accra, 20 June 2024\n\nDear Colleagues,\n\nWe urge the U.S. Department of Labor to raise the case at the forum on July 9.", ["20 June 2024=2024-06-20", "July 9=2024-07-09"]],
    ["no letter date: a scheduled hearing is no stage of the story told", "Two leaders remain in custody; their next hearing is scheduled for 21/03/2024.\n\nAlso in prison is Omar Haddad, sentenced on appeal in January to two years.", ["21/03/2024=2024-03-21", "January=2024-01"]],
    ["no letter date: an announced event follows the latest reported date, not a scheduled one", "Lina Saadi was sentenced on 5 March 2024. Her co-accused's next hearing is scheduled for 21/03/2024. The court will examine her appeal on 14 March.", ["5 March 2024=2024-03-05", "21/03/2024=2024-03-21", "14 March=2024-03-14"]],
    ["no letter date: a period's end orders nothing by stage", "Police detained 300 people between 29 November and 7 December 2024. One was sentenced on 1 December to 12 days.", ["29 November=2024-11-29", "7 December 2024=2024-12-07", "1 December=2024-12-01"]],
    ["no letter date: the nearest full date before", "He was hurt on 30th October 2023. The wage was set on 9th November.", ["30th October 2023=2023-10-30", "9th November=2023-11-09"]],
    ["no letter date: else the full date after", "The office moved on 22 May. Its lease was signed on 27 June 2015.", ["22 May=2015-05-22", "27 June 2015=2015-06-27"]],
    ["no letter date: a later stage of the case lands after the full date after it", "The verdict came on 22 May. He had been arrested on 27 June 2015.", ["22 May=2016-05-22", "27 June 2015=2015-06-27"]],
    ["no letter date: the sentencing before a dated conviction is the one after it", "The sentencing took place on February 6 after a delay. All nine were convicted on 10 December 2018 by the court.", ["February 6=2019-02-06", "10 December 2018=2018-12-10"]],
    ["no letter date: an earlier stage lands before the full date after it", "The strike was broken up in March. On 5 January 2021 the leaders were sentenced to two years.", ["March=2020-03", "5 January 2021=2021-01-05"]],
    ["no letter date: an arrest told after a dated sentence is the one before it", "On 14 December 2022 the tribunal sentenced them to three years.\n\nOn April 20, soldiers arrested the three women at a rally.", ["14 December 2022=2022-12-14", "April 20=2022-04-20"]],
    ["no letter date: a release told after a dated arrest is the one after it", "He was arrested on 20 December 2018 at the depot.\n\nOn 5 January he was freed on bail.", ["20 December 2018=2018-12-20", "5 January=2019-01-05"]],
    ["no letter date: no later year than the latest date written", "Delegates met on 3 November 2021 in the hall.\n\nOn 20 April the office moved.", ["3 November 2021=2021-11-03", "20 April=2021-04-20"]],
    ["a later stage on the same line lands after its full date", "He was arrested on 5 March 2020 and his trial opened on 3 November.", ["5 March 2020=2020-03-05", "3 November=2020-11-03"]],
    ["an earlier stage on the same line stays nearest", "He was sentenced on 5 March 2021, after being arrested on 12 October.", ["5 March 2021=2021-03-05", "12 October=2020-10-12"]],
    ["a new round after a release keeps the narrative's order", "Freed on 28 September 2020, he was sentenced again on 5 October.", ["28 September 2020=2020-09-28", "5 October=2020-10-05"]],
    ["no letter date: a new round in another paragraph is not ordered by stages", "He was released on 28 September 2020.\n\nHe was sentenced again on 5 October.", ["28 September 2020=2020-09-28", "5 October=2020-10-05"]],
    ["a request about a past event's day", "20 November 2021\n\nWe ask you to investigate the killing of Ana Ruiz on 3 March.", ["20 November 2021=2021-11-20", "3 March=2021-03-03"]],
    ["a request for an action before a day just after the letter", "15 December 2020\n\nWe urge the authorities to release him before his trial on 12 January.", ["15 December 2020=2020-12-15", "12 January=2021-01-12"]],
    ["a requested action beside an earlier dated story", "12 October 2020\n\nWe call on the authorities to free those detained since 5 May and to drop the charges before the hearing on 20 October.", ["12 October 2020=2020-10-12", "5 May=2020-05-05", "20 October=2020-10-20"]],
    ["no letter date: an announced event lies after the latest date written", "He was arrested on 3 October 2020.\n\nThe police raided the office on 5 May 2020.\n\nHis trial will open on 14 June.", ["3 October 2020=2020-10-03", "5 May 2020=2020-05-05", "14 June=2021-06-14"]],
    ["a sentence told in sequence lands after its first date", "She was tried on 16 November 2020, and was officially informed of her sentence on 3 August.", ["16 November 2020=2020-11-16", "3 August=2021-08-03"]],
    ["a flashback in the same sentence is not a sequence", "She was tried on 16 November 2020, after she had been arrested on 3 August.", ["16 November 2020=2020-11-16", "3 August=2020-08-03"]],
    ["a sequence never lands after the letter", `${HEAD}She was tried on 16 November 2019, and was informed of her sentence on 3 November.`, ["12/10/2020=2020-10-12", "16 November 2019=2019-11-16", "3 November=2019-11-03"]],
    ["no letter date: `last year` counts from the latest year given so far", "She was tried on 16 November 2020, and was informed of her sentence on 3 August. She was detained on 26 August last year.", ["16 November 2020=2020-11-16", "3 August=2021-08-03", "26 August last year=2020-08-26"]],
    ["the run-up to a day just after the letter", "18 April 2014\n\nThe campaign marks the 30 days leading up to 3 May, a day for press freedom.", ["18 April 2014=2014-04-18", "3 May=2014-05-03"]],
    ["arrests in the run-up to a day just before the letter", "10 May 2021\n\nPolice detained twenty organisers ahead of 1 May.", ["10 May 2021=2021-05-10", "1 May=2021-05-01"]],
    ["a request whose action carries the date", "New Delhi, 5th August 2022\n\nThe federation calls upon its district unions to hold demonstrations on 9th August.", ["5th August 2022=2022-08-05", "9th August=2022-08-09"]],
    ["a past appeal is no request", "New Delhi, 5th August 2022\n\nThe federation called on its unions to hold demonstrations on 9th August.", ["5th August 2022=2022-08-05", "9th August=2021-08-09"]],
    ["a request about workers arrested on a day", "New Delhi, 5th August 2022\n\nWe urge the police to release the workers arrested on 9th August.", ["5th August 2022=2022-08-05", "9th August=2021-08-09"]],
    ["a stated interval orders the two dates", "The February 22 verdict comes eight months after his arrest. He was arrested on 27 June 2015.", ["February 22=2016-02-22", "27 June 2015=2015-06-27"]],
    ["nothing implies a year", "The rally on February 25 was banned; he was jailed on February 26.", ["February 25=--02-25", "February 26=--02-26"]],
    ["a relative year without a letter date stays year-less", "He was arrested on July 31 last year.", ["July 31 last year=--07-31"]],
    ["a relative year with a letter date", `${HEAD}He was arrested on July 31 last year.`, ["12/10/2020=2020-10-12", "July 31 last year=2019-07-31"]],
    ["`last` before a bare month: the latest before the letter", "Manila, 3 February 2026\n\nThe court ruled on 30 January 2026. Last November, Ana Cruz was sentenced to six months.", ["3 February 2026=2026-02-03", "30 January 2026=2026-01-30", "Last November=2025-11"]],
    ["`previous` before a bare month in the body", "Manila, 3 February 2026\n\nShe had been arrested the previous October after a strike.", ["3 February 2026=2026-02-03", "previous October=2025-10"]],
    ["a year in a closed relative clause frames nothing", `${HEAD}Ana Ruiz, who moved to the capital in 2011, was arrested on 5 March.`, ["12/10/2020=2020-10-12", "5 March=2020-03-05"]],
    ["a year in a relative clause inside an apposition frames nothing", `${HEAD}Binod Rai, a driver who joined the company in 2014, was elected treasurer in March.`, ["12/10/2020=2020-10-12", "March=2020-03"]],
    ["a span since a year frames nothing", `${HEAD}Ana Ruiz has lived there since 2011 and was arrested on 5 March.`, ["12/10/2020=2020-10-12", "5 March=2020-03-05"]],
    ["a framing year earlier in the sentence", `${HEAD}In 2019, he was arrested on 5 March.`, ["12/10/2020=2020-10-12", "5 March=2019-03-05"]],
    ["a year after the date frames nothing", `${HEAD}He was arrested on 5 March for the protests in 2019.`, ["12/10/2020=2020-10-12", "5 March=2020-03-05"]],
    ["a bare year is no anchor", "He protested the 2020 election and was fined on 28 September.", ["28 September=--09-28"]],
    ["an expected verdict may land after the letter date", `${HEAD}He was arrested on 3 October. The verdict is expected on 20 October.`, ["12/10/2020=2020-10-12", "3 October=2020-10-03", "20 October=2020-10-20"]],
    ["a hearing adjourned to a later day", `${HEAD}The hearing was adjourned until 2 November.`, ["12/10/2020=2020-10-12", "2 November=2020-11-02"]],
    ["a time given until a day lies after the letter", `${HEAD}His fine is still outstanding, and he has been given until 4 November to pay it.`, ["12/10/2020=2020-10-12", "4 November=2020-11-04"]],
    ["a time given until a day in a dated past decision stays near that decision", `${HEAD}On 3 March 2020 the court gave him until 4 April to pay.`, ["12/10/2020=2020-10-12", "3 March 2020=2020-03-03", "4 April=2020-04-04"]],
    ["a remand runs to a day after the letter", `${HEAD}On Saturday the magistrate denied them bail and remanded them in custody to 21 October.`, ["12/10/2020=2020-10-12", "21 October=2020-10-21"]],
    ["a detention extended until a day before the letter", `${HEAD}His detention was extended until 28 September.`, ["12/10/2020=2020-10-12", "28 September=2020-09-28"]],
    ["a dated adjournment sets its day after the decision, not after the letter", `${HEAD}On 5 March 2020 the court adjourned the hearing to 13 April.`, ["12/10/2020=2020-10-12", "5 March 2020=2020-03-05", "13 April=2020-04-13"]],
    ["a hearing set for a day after the letter", `${HEAD}The appeal hearing has been set for 18 November.`, ["12/10/2020=2020-10-12", "18 November=2020-11-18"]],
    ["a day written again keeps the year it had", `${HEAD}The appeal hearing is scheduled for 3 November. RSF has asked the embassy to guarantee access to the courtroom on 3 November.`, ["12/10/2020=2020-10-12", "3 November=2020-11-03"]],
    ["a bare month after a day of that month takes its year", `${HEAD}The hearing was adjourned to 14 November. The federations sent observers to the hearing in November.`, ["12/10/2020=2020-10-12", "14 November=2020-11-14", "November=2020-11"]],
    ["a bare month after `for`", `${HEAD}The company has not paid the wages due for September.`, ["12/10/2020=2020-10-12", "September=2020-09"]],
    ["a detention until a day is reported, not set", `${HEAD}He was held until 29 November, when he was released.`, ["12/10/2020=2020-10-12", "29 November=2019-11-29"]],
    ["a deadline the letter asks for lies ahead", "June 14, 2022\n\nWe ask your government to release Ms Quispe and drop the charges before June 30.", ["June 14, 2022=2022-06-14", "June 30=2022-06-30"]],
    ["an action list item's deadline lies ahead", "Wednesday 5th February 2025\n\nWhat you can do:\n\n- Sign the online petition of the network before 1 March;\n- Send a message to the embassy.", ["Wednesday 5th February 2025=2025-02-05", "1 March=2025-03-01"]],
    ["an imperative sentence's deadline lies ahead", "June 14, 2022\n\nPlease write to the minister by 30 June, copying the union.", ["June 14, 2022=2022-06-14", "30 June=2022-06-30"]],
    ["a reported signing by a date is not a deadline", "June 14, 2022\n\nOver 900 members signed the petition before 1 June.", ["June 14, 2022=2022-06-14", "1 June=2022-06-01"]],
    ["`by` a date with no request is reported", "June 14, 2022\n\nThe union had collected 500 signatures by June 30.", ["June 14, 2022=2022-06-14", "June 30=2021-06-30"]],
    ["a clause after the date announces it", "Caracas, 9 May 2025\n\nUnions should write to the embassies before May 20, when the appeal is due to be heard.", ["9 May 2025=2025-05-09", "May 20=2025-05-20"]],
    ["a clause after the date that will decide", "Kampala, 2 March 2024\n\nWe will be in court on 14 March, the day the magistrate will rule on bail.", ["2 March 2024=2024-03-02", "14 March=2024-03-14"]],
    ["a `when` clause in the past reports", "Kampala, 2 March 2024\n\nHe was held until 14 March, when he was released.", ["2 March 2024=2024-03-02", "14 March=2023-03-14"]],
    ["a march announced for a day soon after the letter", "February 27, 2025\n\nLabour confederations have announced a march in the capital on March 8.", ["February 27, 2025=2025-02-27", "March 8=2025-03-08"]],
    ["a national strike called for a day soon after the letter", "Lusaka, 20 October 2023\n\nThe congress is calling a national day of action on 2 November across the mines.", ["20 October 2023=2023-10-20", "2 November=2023-11-02"]],
    ["a strike called on a day months before the letter is past", "Dhaka, 10 June 2024\n\nThe federation called a general strike on 5 November that shut the ports.", ["10 June 2024=2024-06-10", "5 November=2023-11-05"]],
    ["a session beginning on a day just after the letter", "February 21, 2025\n\nWe ask you to support the review announced for the National Assembly session beginning on March 4.", ["February 21, 2025=2025-02-21", "March 4=2025-03-04"]],
    ["a hearing `likely to` come lies ahead", "Kathmandu, 4 December 2024\n\nTheir counsel said the appeal is likely to be heard in February.", ["4 December 2024=2024-12-04", "February=2025-02"]],
    ["a trial `set to` open lies ahead", "Geneva, 20 January 2026\n\nWe will follow the officers, whose trial is set to open in March.", ["20 January 2026=2026-01-20", "March=2026-03"]],
    ["a trial announced for a month the letter wrote before in a past year lies ahead (heldout12 htw)", "Geneva, 20 January 2026\n\nThe leaflets were handed out between May 2021 and March 2022.\n\nThe officers' trial is set to open in March.", ["20 January 2026=2026-01-20", "May 2021=2021-05", "March 2022=2022-03", "March=2026-03"]],
    ["a past month told again in another paragraph is the latest before the letter, not the year it was written with (session 24)", "Geneva, 20 January 2026\n\nThe leaflets were handed out between May 2021 and March 2022.\n\nThe police raided the office in March.", ["20 January 2026=2026-01-20", "May 2021=2021-05", "March 2022=2022-03", "March=2025-03"]],
    ["a hearing `initially set` for a day, then moved, is past (h13a otdls; session 13)", "Tunis, 10 March 2025\n\nThe appeal hearing, initially scheduled for 11 February, was postponed to 25 February 2025.", ["10 March 2025=2025-03-10", "11 February=2025-02-11", "25 February 2025=2025-02-25"]],
    ["a hearing set for a day without `initially` still lies ahead", "Tunis, 10 March 2025\n\nThe appeal hearing is scheduled for 11 April.", ["10 March 2025=2025-03-10", "11 April=2025-04-11"]],
    ["a call to action opening on its imperative lies near the letter (h13a sadf; session 13)", "Lusaka, 3 March 2025\n\nThe union reported the fault in October 2024.\n\n- Raise the case ahead of the International Labour Conference in June.", ["3 March 2025=2025-03-03", "October 2024=2024-10", "June=2025-06"]],
    ["a past event told after the same framing stays before the letter", "Lusaka, 3 March 2025\n\nThe union reported the fault in October 2024.\n\nRaised by the union, the case went to the ILO in June.", ["3 March 2025=2025-03-03", "October 2024=2024-10", "June=2024-06"]],
    ["an expected release with an adverb lies ahead", "Case update, 2 April 2025\n\nLam, who is 67, is now expected to be released in late May, the lawyers say.", ["2 April 2025=2025-04-02", "May=2025-05"]],
    ["a release told in the past stays before", "Case update, 2 April 2025\n\nLam, who is 67, was finally released in late May, the lawyers say.", ["2 April 2025=2025-04-02", "May=2024-05"]],
    ["a vigil the unions have organised for a day soon after the letter (h11b, session 11)", "Puerto Barrios, 6 October 2025\n\nThe unions have organised a vigil outside the court of appeal for 20 October.", ["6 October 2025=2025-10-06", "20 October=2025-10-20"]],
    ["a march held on a day before the letter stays before", "Quito, 20 May 2024\n\nThe union organised a march on 1 May that police dispersed.", ["20 May 2024=2024-05-20", "1 May=2024-05-01"]],
    ["a stated weekday the framing year does not fit yields to the letter's year that fits (session 19)", "Circular, Wednesday 12 March 2025\n\nThree officers of the union, which was dissolved in September 2021, were sentenced on Friday, 7 March in Wan Chai.", ["Wednesday 12 March 2025=2025-03-12", "September 2021=2021-09", "Friday, 7 March=2025-03-07"]],
    ["a weekday that fits the framing year keeps it", "Circular, 12 March 2025\n\nIn 2021, the union was dissolved, and its officers were arrested on Tuesday, 7 September.", ["12 March 2025=2025-03-12", "Tuesday, 7 September=2021-09-07"]],
    ["a hearing fixed for a court event on a day after the letter (session 19)", "Kuala Lumpur, 3 June 2025\n\nThe appeal has been fixed for mention on 14 July.", ["3 June 2025=2025-06-03", "14 July=2025-07-14"]],
    ["a request opening with `Please` sets a deadline ahead (session 19)", "Date: 22 January 2026\n\nPlease report your actions to the Secretariat by 13 February.", ["22 January 2026=2026-01-22", "13 February=2026-02-13"]],
    ["a report made by a past day stays before the letter", "Date: 22 January 2026\n\nThe union reported the dismissals to the ministry by 13 February.", ["22 January 2026=2026-01-22", "13 February=2025-02-13"]],
    ["a `since` date of an earlier sentence still frames the next (near-miss, session 23)", "Oslo, 18 June 2025\n\nShe has been held since 5 March 2024. She was tried on 20 June.", ["18 June 2025=2025-06-18", "5 March 2024=2024-03-05", "20 June=2024-06-20"]],
    ["a day told within a span opened by `Since` lies up to the letter (session 23)", "Oslo, 15 October 2024\n\nSince March 2022, our monitors have been refused entry to the court on eleven occasions, most recently on 6 August.", ["15 October 2024=2024-10-15", "March 2022=2022-03", "6 August=2024-08-06"]],
    ["a `since` day after a full date of its own sentence stays framed by it (near-miss)", "Oslo, 18 February 2025\n\nShe was arrested on 5 January 2023 and has been held since 11 January, the family said.", ["18 February 2025=2025-02-18", "5 January 2023=2023-01-05", "11 January=2023-01-11"]],
    ["a day after a full date of its line with no `since` stays framed by it (near-miss)", "Oslo, 18 February 2025\n\nShe was summoned in September 2023 and released on bail. She was summoned again on 11 January.", ["18 February 2025=2025-02-18", "September 2023=2023-09", "11 January=2024-01-11"]],
    ["undated: a stated weekday settles the year against the latest date written (session 23)", "Trial report\n\nOn Friday 9 January 2026 the judge sentenced five union officers. The trial ran from 10 November 2025.\n\nAmong the posts was one from August 2023.\n\nOn Monday 8 December the judge found the fifth guilty.", ["Friday 9 January 2026=2026-01-09", "10 November 2025=2025-11-10", "August 2023=2023-08", "Monday 8 December=2025-12-08"]],
    ["undated: a weekday that fits the year its neighbour gives keeps it (near-miss)", "Trial report\n\nOn Friday 9 January 2026 the judge sentenced five union officers.\n\nAmong the posts was one from August 2023.\n\nOn Friday 8 December the union met its lawyers.", ["Friday 9 January 2026=2026-01-09", "August 2023=2023-08", "Friday 8 December=2023-12-08"]],
  ])("%s", (_, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ["French: a call to a day of action", "fr", "Beyrouth, le 12 mars 2025\n\nLa fédération appelle la Confédération nationale des travailleurs du Nord (CNTN) et les unions sœurs à une journée de solidarité le 20 mars ;", ["12 mars 2025=2025-03-12", "20 mars=2025-03-20"]],
    ["French: a verb in the future tense", "fr", "Dakar, le 30 septembre 2025\n\nNotre avocat déposera un recours devant la cour avant le 7 octobre.", ["30 septembre 2025=2025-09-30", "7 octobre=2025-10-07"]],
    ["French: a hearing `prévue le`", "fr", "Douala, le 3 avril 2025\n\nNous demandons le retrait de la plainte avant l'audience d'appel prévue le 15 mai.", ["3 avril 2025=2025-04-03", "15 mai=2025-05-15"]],
    ["French: a verb in the past", "fr", "Dakar, le 30 septembre 2025\n\nNotre avocat a déposé un recours devant la cour le 7 octobre.", ["30 septembre 2025=2025-09-30", "7 octobre=2024-10-07"]],
    ["Spanish: `será` (a one-letter stem) in the future tense (h11b, session 11)", "es", "La Habana, 12 de julio de 2025\n\nEl recurso de apelación será examinado por el tribunal provincial el 4 de agosto.", ["12 de julio de 2025=2025-07-12", "4 de agosto=2025-08-04"]],
    ["Spanish: a verb in the future tense", "es", "Zacatecas, a 30 de septiembre de 2025\n\nNuestro abogado presentará recurso de apelación ante el tribunal antes del 7 de octubre.", ["30 de septiembre de 2025=2025-09-30", "7 de octubre=2025-10-07"]],
    ["Spanish: a verb in the past", "es", "Zacatecas, a 30 de septiembre de 2025\n\nNuestro abogado presentó recurso de apelación ante el tribunal el 7 de octubre.", ["30 de septiembre de 2025=2025-09-30", "7 de octubre=2024-10-07"]],
    ["Spanish: a day of protest called", "es", "Lima, 2 de junio de 2024\n\nLa central convoca a una jornada nacional de protesta el 12 de junio.", ["2 de junio de 2024=2024-06-02", "12 de junio=2024-06-12"]],
    ["French: `prochain` after the day puts it ahead, past an earlier mobilisation (session 23)", "fr", "Dakar, le 14 mars 2025\n\nL'observatoire invite les organisations à se mobiliser le 21 mars prochain devant le palais de justice.", ["14 mars 2025=2025-03-14", "21 mars=2025-03-21"]],
    ["Spanish: `próximo` after the day puts it ahead (session 23)", "es", "Lima, 14 de marzo de 2025\n\nLos sindicatos marcharon el 2 de marzo y volverán a reunirse el 1 de marzo próximo.", ["14 de marzo de 2025=2025-03-14", "2 de marzo=2025-03-02", "1 de marzo=2026-03-01"]],
    ["French: a day with no `prochain` after it stays before the letter (near-miss)", "fr", "Dakar, le 14 mars 2025\n\nLes journalistes se sont mobilisés le 21 mars devant le palais de justice.", ["14 mars 2025=2025-03-14", "21 mars=2024-03-21"]],
    ["English letter: a name ending like a French future is no verb", "en", "Paris, 2 March 2024\n\nSandra Vera was arrested on 14 March.", ["2 March 2024=2024-03-02", "14 March=2023-03-14"]],
  ])("%s", (_, language, text, expected) => {
    expect(values(text, "auto", language)).toEqual(expected);
  });

  it.each([LIST_JOIN, ANNOUNCED, ANNOUNCED_AFTER, FUTURE_MAIN_CLAUSE, CALLED_ACTION, SET_BY_DECISION, INTERVAL, FRAMING_YEAR, NEW_ROUND].map((row) => [row[1], row] as const))("%s example matches", (_, [pattern, , example]) => {
    expect(new RegExp(pattern.source, pattern.flags.replace("g", "")).test(example)).toBe(true);
  });

  it("deadline patterns match their example", () => {
    expect(DEADLINE[0].test(DEADLINE[2]) && DEADLINE[1].test(DEADLINE[2])).toBe(true);
  });

  it.each([NEAR_LETTER, REQUEST, SEQUENCE].map((row) => [row[1] instanceof RegExp ? row[2] : row[1], row] as const))("%s: the first pattern matches the example", (_, row) => {
    expect(row[0].test(row[2])).toBe(true);
  });

  it.each(CASE_STAGES.map((row) => [row[2], row] as const))("stage example %s", (_, [pattern, , example]) => {
    expect(new RegExp(pattern.source, pattern.flags.replace("g", "")).test(example)).toBe(true);
  });

  it("`novembre dernier` is the latest November before the letter, whatever year frames its line (h14a oglp)", () => {
    const text = "Conakry, 7 juillet 2025\n\nEn mars 2024, la rédactrice avait été convoquée par la police. Il avait été suspendu d'antenne en novembre dernier par la HAC.";
    expect(values(text, "auto", "fr")).toEqual(["7 juillet 2025=2025-07-07", "mars 2024=2024-03", "novembre dernier=2024-11"]);
  });

  it.each([
    ["fr", "Port-Louis, le 4 décembre 2024\n\nPoursuivis depuis la grève du 11 avril 2024, les dockers ont été jugés vendredi dernier, 29 novembre, à Port-Louis.", "29 novembre=2024-11-29"],
    ["es", "Lima, 4 de diciembre de 2024\n\nDetenidos desde la huelga del 11 de abril de 2024, fueron condenados el viernes pasado, 29 de noviembre, en Lima.", "29 de noviembre=2024-11-29"],
    ["en", "Oslo, 4 December 2024\n\nProsecuted since the strike of 11 April 2024, the dockers were tried on Friday last, 29 November, in Oslo.", "29 November=2024-11-29"],
  ])("a weekday named before the day, past `dernier`/`pasado`/`last` and a comma, settles its year (%s, h15c ctspp)", (language, text, expected) => {
    expect(values(text, "auto", language)).toContain(expected);
  });
});
