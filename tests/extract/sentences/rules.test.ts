/**
 * The `sentences/verb-term`, `sentences/noun-term`, `sentences/chain` and `sentences/list-item` rules: what each phrasing must yield
 * (rule, text, kind, duration, days) and what is not a sentence.
 */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { extract } from "../../../src/extract/index.js";
import { sentenceExtractors } from "../../../src/extract/sentences/index.js";
import type { Extractor } from "../../../src/extract/types.js";

function found(text: string): string[] {
  const context = createContext(text, { dateOrder: "auto" });
  return extract(context, sentenceExtractors as Extractor[]).map((c) => {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    if (c.type !== "sentence") throw new Error("not a sentence");
    return `${c.rule}|${c.text}|${c.kind ?? "-"}|${c.duration}|${c.days}`;
  });
}

describe("sentence rules find", () => {
  it.each([
    ["digits, in prison", "He has been sentenced to 10 days in prison.", ["sentences/verb-term|sentenced to 10 days in prison|prison|P10D|10"]],
    ["hyphenated administrative detention", "He was sentenced to serve a 15-day administrative detention.", ["sentences/verb-term|sentenced to serve a 15-day administrative detention|administrative detention|P15D|15"]],
    ["hyphenated, no verb", "Bokun is now serving time; a 15-day administrative detention began today.", ["sentences/noun-term|a 15-day administrative detention|administrative detention|P15D|15"]],
    ["jailed, two parts in words", "She was jailed for two years and six months.", ["sentences/verb-term|jailed for two years and six months|prison|P2Y6M|910"]],
    ["rigorous imprisonment", "Kamrul Hasan was sentenced to two years' rigorous imprisonment.", ["sentences/verb-term|sentenced to two years' rigorous imprisonment|prison|P2Y|730"]],
    ["given a suspended sentence", "He was given a one-and-a-half-year suspended sentence.", ["sentences/verb-term|given a one-and-a-half-year suspended sentence|suspended prison|P1Y6M|545"]],
    ["incarcerated again", "Zimin was incarcerated again for 15 days.", ["sentences/verb-term|incarcerated again for 15 days|detention|P15D|15"]],
    ["detained once again", "He was detained once again for 15 days.", ["sentences/verb-term|detained once again for 15 days|detention|P15D|15"]],
    ["a weak verb restates a term whose noun stood before it in the sentence before (h13b)", "The court placed Nino Beridze in administrative detention for 12 days. In the same hearing, Zurab Kvaratskhelia received nine days.", ["sentences/verb-term|received nine days|administrative detention|P9D|9", "sentences/noun-term|administrative detention for 12 days|administrative detention|P12D|12"]],
    ["a weak verb restates a sentence's verb penalty, not the add-on after it (h14b)", "The court sentenced Omar Said to 15 years' imprisonment, to be followed by three years of administrative surveillance. Rana Haddad received ten years.", ["sentences/verb-term|sentenced Omar Said to 15 years' imprisonment|prison|P15Y|5475", "sentences/verb-term|received ten years|prison|P10Y|3650", "sentences/noun-term|three years of administrative surveillance|surveillance|P3Y|1095"]],
    ["a verb whose object, a counted group with a relative clause and its names, runs long before the term (h14a)", "The court sentenced the paper's two reporters who had contributed to the same issue, Hanan Mohamed Bugaighis and Osama Ramadan Zway, to one year each.", ["sentences/verb-term|sentenced the paper's two reporters who had contributed to the same issue, Hanan Mohamed Bugaighis and Osama Ramadan Zway, to one year|-|P1Y|365"]],
    ["a pluperfect weak verb after a ruling of no penalty stays nothing", "The court ruled on the union's complaint. The workers had been given eight months of back pay.", []],
    ["a weak verb after a term of no penalty stays nothing", "The union held a sit-in for 12 days. In the same week, Zurab Kvaratskhelia received nine days of leave.", []],
    ["a term inside a relative clause left open after the verb's object is the clause's, not the verb's (h13b)", "The court sentenced Ahmed Mansour, an engineer who had worked in the Kingdom for fourteen years, to ten years in prison.", ["sentences/noun-term|ten years in prison|prison|P10Y|3650"]],
    ["a relative clause closed before the term leaves the verb's term", "The court sentenced Ana Ruiz, who was arrested in May, to two years in prison.", ["sentences/verb-term|sentenced Ana Ruiz, who was arrested in May, to two years in prison|prison|P2Y|730"]],
    ["a noun term suspended right after it (h13a)", "Eighteen months' imprisonment, wholly suspended for two years: such was the penalty.", ["sentences/noun-term|Eighteen months' imprisonment|suspended prison|P18M|540"]],
    ["a noun term with suspended terms for others after it stays prison", "Eighteen months' imprisonment, and suspended terms for the others: such was the penalty.", ["sentences/noun-term|Eighteen months' imprisonment|prison|P18M|540"]],
    ["restricted freedom, no verb", "Three years of restricted freedom followed.", ["sentences/noun-term|Three years of restricted freedom|restricted freedom|P3Y|1095"]],
    ["restricted freedom term", "He was freed after serving an 18-month restricted freedom term.", ["sentences/verb-term|serving an 18-month restricted freedom term|restricted freedom|P18M|540"]],
    ["a date between verb and term", "He was sentenced again on 5 October for another 15 days.", ["sentences/verb-term|sentenced again on 5 October for another 15 days|-|P15D|15"]],
    ["object between verb and term", "The court sentenced Amirov (also known as Faiq Amirli) to three years and three months in prison.", ["sentences/verb-term|sentenced Amirov (also known as Faiq Amirli) to three years and three months in prison|prison|P3Y3M|1185"]],
    ["a place with an abbreviation", "He was sentenced in St. Petersburg to 25 days in jail.", ["sentences/verb-term|sentenced in St. Petersburg to 25 days in jail|prison|P25D|25"]],
    ["received a prison sentence", "Drareni received a three-year prison sentence on Monday.", ["sentences/verb-term|received a three-year prison sentence|prison|P3Y|1095"]],
    ["elliptical, no kind", "Kavalou was sentenced to two years.", ["sentences/verb-term|sentenced to two years|-|P2Y|730"]],
    ["and a half after the unit", "He was sentenced to 4 years and a half imprisonment.", ["sentences/verb-term|sentenced to 4 years and a half imprisonment|prison|P4Y6M|1640"]],
    ["a total of", "He was sentenced to a total of 20 months in jail.", ["sentences/verb-term|sentenced to a total of 20 months in jail|prison|P20M|600"]],
    ["weeks with a bracket after", "Sentenced to three weeks imprisonment (one week concurrent)", ["sentences/verb-term|Sentenced to three weeks imprisonment|prison|P3W|21"]],
    ["a term with an option of a fine: the term stands", "The magistrate sentenced them to two months imprisonment with an option of N30,000 fine each.", ["sentences/verb-term|sentenced them to two months imprisonment|prison|P2M|60"]],
    ["an option of a fine after an apostrophe", "The judge sentenced Kofi Mensah to two years' imprisonment with the option of a fine of GH₵5,000.", ["sentences/verb-term|sentenced Kofi Mensah to two years' imprisonment|prison|P2Y|730"]],
    ["each given, with an option of a fine", "Rosa Lind and Omar Haddad were each given nine months' imprisonment with an option of a fine of K2,000.", ["sentences/verb-term|given nine months' imprisonment|prison|P9M|270"]],
    ["a noun-led term suspended after its penalty word", "Ivan Petrov: eight months' imprisonment, suspended for two years.", ["sentences/noun-term|eight months' imprisonment|suspended prison|P8M|240"]],
    ["a ruling continued by `and to`, after a request in the sentence before", "The prosecutor requested five years. The court sentenced Ana Ruiz to two years in prison, and to one more year for contempt.",
      ["sentences/verb-term|sentenced Ana Ruiz to two years in prison|prison|P2Y|730", "sentences/verb-term|to one more year|prison|P1Y|365"]],
    ["imprisonment plus suspended", "They each received sentences of one year's immediate imprisonment plus 6 months suspended sentence.", [
      "sentences/verb-term|received sentences of one year's immediate imprisonment|prison|P1Y|365",
      "sentences/noun-term|6 months suspended sentence|suspended prison|P6M|180",
    ]],
    ["a second term joined by and", "He was sentenced to one year immediate imprisonment and a five year suspended sentence.", [
      "sentences/verb-term|sentenced to one year immediate imprisonment|prison|P1Y|365",
      "sentences/noun-term|a five year suspended sentence|suspended prison|P5Y|1825",
    ]],
    ["handed down a prison term of", "The court handed down a prison term of five years.", ["sentences/verb-term|handed down a prison term of five years|prison|P5Y|1825"]],
    ["a prison term of, no verb", "A prison term of five years followed the trial.", ["sentences/noun-term|prison term of five years|prison|P5Y|1825"]],
    ["jailed him for one month", "It found him guilty and jailed him for one month.", ["sentences/verb-term|jailed him for one month|prison|P1M|30"]],
    ["a penal colony with a security level", "He was sentenced to seven years in a maximum-security penal colony.", ["sentences/verb-term|sentenced to seven years in a maximum-security penal colony|prison|P7Y|2555"]],
    ["a gapped clause reuses the verb and kind", "Ivan Petrov was sentenced to five years in prison, and Olga Ivanova to three years.", [
      "sentences/verb-term|sentenced to five years in prison|prison|P5Y|1825",
      "sentences/verb-term|Olga Ivanova to three years|prison|P3Y|1095",
    ]],
    ["a dated ruling before the term", "He was sentenced on 5 October 2020 to 10 days in prison.", ["sentences/verb-term|sentenced on 5 October 2020 to 10 days in prison|prison|P10D|10"]],
    ["a hyphenated regime", "He was sentenced to two years in a general-regime penal colony.", ["sentences/verb-term|sentenced to two years in a general-regime penal colony|prison|P2Y|730"]],
    ["restriction of freedom", "She was given a two-year restriction of freedom.", ["sentences/verb-term|given a two-year restriction of freedom|restricted freedom|P2Y|730"]],
    ["suspended after the term", "The court sentenced him to 1 year and 6 months in prison, suspended for 2 years.", ["sentences/verb-term|sentenced him to 1 year and 6 months in prison|suspended prison|P1Y6M|545"]],
    ["suspended sentence of", "She received a suspended sentence of two years.", ["sentences/verb-term|received a suspended sentence of two years|suspended prison|P2Y|730"]],
    ["house arrest for, no verb", "Months of house arrest for two months followed.", ["sentences/noun-term|house arrest for two months|house arrest|P2M|60"]],
    ["a probation period with its term", "Ana Ruiz received a suspended sentence of one year, with a probation period of 2 years.", ["sentences/verb-term|received a suspended sentence of one year|suspended prison|P1Y|365", "sentences/noun-term|probation period of 2 years|probation|P2Y|730"]],
    ["supervision to follow a prison term", "Hoda Ragab was sentenced to three years of imprisonment, to be followed by three years of police surveillance.", ["sentences/verb-term|sentenced to three years of imprisonment|prison|P3Y|1095", "sentences/noun-term|three years of police surveillance|surveillance|P3Y|1095"]],
    ["restrictions on his freedom of movement after the term", "Sergei Pavlov was sentenced to two years of restrictions on his freedom of movement on 6 May.", ["sentences/verb-term|sentenced to two years of restrictions on his freedom of movement|restricted freedom|P2Y|730"]],
    ["home imprisonment is house arrest", "The court sentenced Ana Ruiz to six months of home imprisonment, with electronic monitoring.", ["sentences/verb-term|sentenced Ana Ruiz to six months of home imprisonment|house arrest|P6M|180"]],
    ["administrative arrest", "He was given 13 days of administrative arrest.", ["sentences/verb-term|given 13 days of administrative arrest|administrative detention|P13D|13"]],
    ["corrective labour", "She was sentenced to one year of corrective labour.", ["sentences/verb-term|sentenced to one year of corrective labour|corrective labour|P1Y|365"]],
    ["probation", "He was sentenced to two years' probation.", ["sentences/verb-term|sentenced to two years' probation|probation|P2Y|730"]],
    ["years of imprisonment in a colony", "He was sentenced to two years of imprisonment in a general regime colony.", ["sentences/verb-term|sentenced to two years of imprisonment in a general regime colony|prison|P2Y|730"]],
    ["a given name that is also a modal", "Can Dündar was sentenced to five years and ten months in prison.", ["sentences/verb-term|sentenced to five years and ten months in prison|prison|P5Y10M|2125"]],
    ["received a sentence of, no kind", "Julio Cac received a sentence of 18 months.", ["sentences/verb-term|received a sentence of 18 months|-|P18M|540"]],
    ["correctional labour", "He was sentenced to eight months of correctional labour.", ["sentences/verb-term|sentenced to eight months of correctional labour|corrective labour|P8M|240"]],
    ["non-custodial reform (h11a, session 11)", "A retired teacher who shared her posts received two years of non-custodial reform.", ["sentences/verb-term|received two years of non-custodial reform|corrective labour|P2Y|730"]],
    ["probation for the same period as the term before (sentences/same-period)", "She was given a two-year suspended sentence and placed on probation for the same period.", ["sentences/verb-term|given a two-year suspended sentence|suspended prison|P2Y|730", "sentences/same-period|probation for the same period|probation|P2Y|730"]],
    ["a US court's supervision after `got` (h11b, session 11)", "The judge found them guilty. Maria Lopez got twelve months' court supervision and a fine of $750.", ["sentences/verb-term|got twelve months' court supervision|surveillance|P12M|360"]],
    ["reform without detention", "The court sentenced him to 18 months of reform without detention.", ["sentences/verb-term|sentenced him to 18 months of reform without detention|corrective labour|P18M|540"]],
    ["a sentence reduced from one term to another", "An appeals court reduced the sentence of editor Mehmet Demir from five to three years.", ["sentences/verb-term|reduced the sentence of editor Mehmet Demir from five to three years|-|P3Y|1095"]],
    ["a sentence later reduced", "He was sentenced to six years' imprisonment, later reduced to four years on appeal.", [
      "sentences/verb-term|sentenced to six years' imprisonment|prison|P6Y|2190",
      "sentences/verb-term|reduced to four years|-|P4Y|1460",
    ]],
    ["a ban after a prison sentence", "He was given a two-year prison sentence and banned from leaving the country for five years.", ["sentences/verb-term|given a two-year prison sentence|prison|P2Y|730"]],
    ["probation for, no verb", "He was put on probation for two years.", ["sentences/noun-term|probation for two years|probation|P2Y|730"]],
    ["a security level without a hyphen", "He was sentenced to five years in a maximum security prison.", ["sentences/verb-term|sentenced to five years in a maximum security prison|prison|P5Y|1825"]],
    ["a weak verb after a penalty in the same sentence", "Ali Karimi was sentenced to 15 days of administrative arrest; Reza Amini got 10 days.", [
      "sentences/verb-term|sentenced to 15 days of administrative arrest|administrative detention|P15D|15",
      "sentences/verb-term|got 10 days|administrative detention|P10D|10",
    ]],
    ["a weak verb for a time limit after a penalty", "He was jailed for two years and given 10 days to appeal.", ["sentences/verb-term|jailed for two years|prison|P2Y|730"]],
    ["hard labour", "He was sentenced to one year's hard labour.", ["sentences/verb-term|sentenced to one year's hard labour|prison|P1Y|365"]],
    ["a bare sentence of, no verb", "Ali Karimi's sentence of 3 years was upheld on 2 June 2022.", ["sentences/noun-term|sentence of 3 years|-|P3Y|1095"]],
    ["a list item suspended after the term", "- Sara Ahmadi: 2 years, suspended", ["sentences/noun-term|2 years|suspended prison|P2Y|730"]],
    ["a ban word before the penalty verb", "He was banned from union work and sentenced to 3 years in prison.", ["sentences/verb-term|sentenced to 3 years in prison|prison|P3Y|1095"]],
    ["a gapped clause after a semicolon", "Ali Karimi was sentenced to 2 years; Reza Amini to 18 months.", [
      "sentences/verb-term|sentenced to 2 years|-|P2Y|730",
      "sentences/verb-term|Reza Amini to 18 months|-|P18M|540",
    ]],
    ["a second term for the same person after and to", "The court sentenced Amir Sadeghi to four years in prison for assembly and to one more year for propaganda.", [
      "sentences/verb-term|sentenced Amir Sadeghi to four years in prison|prison|P4Y|1460",
      "sentences/verb-term|to one more year|prison|P1Y|365",
    ]],
    ["now faces after a sentence telling of the ruling", "We protest the prison sentences imposed on Wang Dezhi today. Wang Dezhi now faces eight years in prison.", [
      "sentences/noun-term|eight years in prison|prison|P8Y|2920",
    ]],
    ["two further years", "Leila Nouri was given two further years in prison.", ["sentences/verb-term|given two further years in prison|prison|P2Y|730"]],
    ["a decade in prison", "Lena Ortiz was sentenced on 2 May 2019 to a decade in prison.", ["sentences/verb-term|sentenced on 2 May 2019 to a decade in prison|prison|P10Y|3650"]],
    ["two decades", "The court jailed him for two decades.", ["sentences/verb-term|jailed him for two decades|prison|P20Y|7300"]],
    ["years' imprisonment after given", "Omar Haddad was given five years' imprisonment.", ["sentences/verb-term|given five years' imprisonment|prison|P5Y|1825"]],
    ["a jail term of", "The court handed her a jail term of 18 months.", ["sentences/verb-term|handed her a jail term of 18 months|prison|P18M|540"]],
    ["hard labor, American spelling", "They were each sentenced to 3 years of hard labor.", ["sentences/verb-term|sentenced to 3 years of hard labor|prison|P3Y|1095"]],
    ["an N-month sentence", "Tariq Aziz received a 30-month sentence.", ["sentences/verb-term|received a 30-month sentence|-|P30M|900"]],
    ["restrictions on freedom of movement", "The court imposed restrictions on her freedom of movement for four years.", ["sentences/noun-term|restrictions on her freedom of movement for four years|restricted freedom|P4Y|1460"]],
    ["a stay of execution", "He was sentenced to one year in prison with a stay of execution.", ["sentences/verb-term|sentenced to one year in prison|suspended prison|P1Y|365"]],
    ["a fraction sign", "She was sentenced to 1½ years in prison.", ["sentences/verb-term|sentenced to 1½ years in prison|prison|P1Y6M|545"]],
    ["a written fraction", "She was sentenced to 3 1/2 years in prison.", ["sentences/verb-term|sentenced to 3 1/2 years in prison|prison|P3Y6M|1275"]],
    ["jail terms imposed by an extended bench", "An extended bench of the court imposed three months of jail terms on the editor.", ["sentences/noun-term|three months of jail terms|prison|P3M|90"]],
    // Note: the whole term handed down is the record, not the part left to serve (docs/penalties.md).
    ["a term partly suspended", "He was sentenced to 24 months' imprisonment, of which 6 months were suspended on condition of good behaviour.", [
      "sentences/verb-term|sentenced to 24 months' imprisonment|prison|P24M|720",
      "sentences/noun-term|6 months were suspended|suspended prison|P6M|180",
    ]],
    ["a quoted kind", "He was sentenced to three years of 'restricted freedom'.", ["sentences/verb-term|sentenced to three years of 'restricted freedom'|restricted freedom|P3Y|1095"]],
    ["a conditional sentence", "He received a conditional sentence of two years.", ["sentences/verb-term|received a conditional sentence of two years|suspended prison|P2Y|730"]],
    ["a fine with the term, not instead of it", "He was sentenced to six months in prison and a fine of 500 euros.", ["sentences/verb-term|sentenced to six months in prison|prison|P6M|180"]],
    ["a suspended part across units", "She was sentenced to two years in prison, with eight months suspended.", [
      "sentences/verb-term|sentenced to two years in prison|prison|P2Y|730",
      "sentences/noun-term|eight months suspended|suspended prison|P8M|240",
    ]],
    // Session 17: penalty nouns with a complement, a short custodial penalty, supervision ordered by `placed under`.
    ["criminal detention, China's short custodial penalty", "The court sentenced Lena Horvat to six months of criminal detention.", ["sentences/verb-term|sentenced Lena Horvat to six months of criminal detention|detention|P6M|180"]],
    ["criminal detention after a weak verb", "Liu Fang, the cashier, was given four months of criminal detention.", ["sentences/verb-term|given four months of criminal detention|detention|P4M|120"]],
    ["imprisonment with labour, suspended after it", "Omar Nasr was sentenced to one year's imprisonment with labour, suspended for three years.", ["sentences/verb-term|sentenced to one year's imprisonment with labour|suspended prison|P1Y|365"]],
    ["imprisonment with hard labour stays prison", "Aung Min was sentenced to three years' imprisonment with hard labour.", ["sentences/verb-term|sentenced to three years' imprisonment with hard labour|prison|P3Y|1095"]],
    ["a fine after `with` is no run of the term", "Karim Aziz was sentenced to two years with a fine of 500 dinars.", ["sentences/verb-term|sentenced to two years|-|P2Y|730"]],
    ["placed under police supervision, no court in the sentence", "After his release Tarek Fahmy was placed under police supervision for two years.", ["sentences/noun-term|police supervision for two years|surveillance|P2Y|730"]],
    ["placed under judicial supervision", "Mona Salem was placed under judicial supervision for six months.", ["sentences/noun-term|judicial supervision for six months|surveillance|P6M|180"]],
    ["a weak verb's bare term with a fine joined to it, after a penalty sentence", "Rafiq Ali was sentenced to three years in prison. Omar Shah, who filmed the protest, was given two years and a fine of PKR 500,000.", ["sentences/verb-term|sentenced to three years in prison|prison|P3Y|1095", "sentences/verb-term|given two years|prison|P2Y|730"]],
    ["a weak verb's bare term with a fine joined by plus", "Lena Ostrova was jailed for three years. Ivan Petrov received 18 months plus a fine of 40,000 roubles.", ["sentences/verb-term|jailed for three years|prison|P3Y|1095", "sentences/verb-term|received 18 months|prison|P18M|540"]],
    ["a number restated in figures in every part", "Rui Gomes was sentenced to four (4) years and two (2) months in prison.", ["sentences/verb-term|sentenced to four (4) years and two (2) months in prison|prison|P4Y2M|1520"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("gapped clauses and rulings with no term", () => {
  it.each([
    ["a gapped clause after a fine", "The court sentenced Reza Karimi to five years in prison and a fine of 50 million rials, and Ali Nouri to three years and a fine of 20 million rials.",
      ["sentences/verb-term|sentenced Reza Karimi to five years in prison|prison|P5Y|1825", "sentences/verb-term|Ali Nouri to three years|prison|P3Y|1095"]],
    ["a gapped clause after an option of a fine", "The magistrate sentenced Tunde Bakare to one year imprisonment with an option of fine of ₦500,000, and the other two officials to six months each.",
      ["sentences/verb-term|sentenced Tunde Bakare to one year imprisonment|prison|P1Y|365", "sentences/verb-term|the other two officials to six months|prison|P6M|180"]],
    ["a gapped clause after a comma and the option of a fine before the amount", "The judge jailed Kofi Mensah for two years, with the option of a GH₵9,000 fine, and Ama Owusu for one year.",
      ["sentences/verb-term|jailed Kofi Mensah for two years|prison|P2Y|730", "sentences/verb-term|Ama Owusu for one year|prison|P1Y|365"]],
    ["a gapped clause after a fine with a thousands comma", "The court sentenced Rosa Lind to two years in prison and a fine of 40,000 euros, and Omar Haddad to one year.",
      ["sentences/verb-term|sentenced Rosa Lind to two years in prison|prison|P2Y|730", "sentences/verb-term|Omar Haddad to one year|prison|P1Y|365"]],
    ["a gapped clause of names and a term, no verb or `to`", "The court sentenced Ana Ruiz to three years in prison, Juan Soto two years.",
      ["sentences/verb-term|sentenced Ana Ruiz to three years in prison|prison|P3Y|1095", "sentences/verb-term|Juan Soto two years|prison|P2Y|730"]],
    ["a gapped clause with a role set off by commas", "The court sentenced the union's president, Ana Ruiz, to six years in prison, and its treasurer, Juan Soto, to four and a half years.",
      ["sentences/verb-term|sentenced the union's president, Ana Ruiz, to six years in prison|prison|P6Y|2190", "sentences/verb-term|its treasurer, Juan Soto, to four and a half years|prison|P4Y6M|1640"]],
    ["a term imposed on someone named", "On 5 May the court imposed eight years in prison on Sipho Dlamini and prison terms of six years on Ana Ruiz.",
      ["sentences/verb-term|imposed eight years in prison|prison|P8Y|2920", "sentences/noun-term|prison terms of six years|prison|P6Y|2190"]],
    ["a gapped clause of a possessive, a role and a name", "Reporter Ana Ruiz was given five years in prison, her colleague Juan Soto three years.",
      ["sentences/verb-term|given five years in prison|prison|P5Y|1825", "sentences/verb-term|her colleague Juan Soto three years|prison|P3Y|1095"]],
    ["a weak verb after a ruling with no term", "On 5 May the court sentenced four union leaders to prison. Ana Ruiz and Juan Soto received three years each, Luis Paz and Marta Gil two years each.",
      ["sentences/verb-term|received three years|prison|P3Y|1095", "sentences/verb-term|Luis Paz and Marta Gil two years|prison|P2Y|730"]],
    // Session 13 (h13b): a surname then its initials, as a verdict writes names.
    ["a gapped clause of a surname and its initials", "The court sentences Kaya, M. to two years of restricted freedom and Demir, A.B. to one year of restricted freedom.",
      ["sentences/verb-term|sentences Kaya, M. to two years of restricted freedom|restricted freedom|P2Y|730", "sentences/verb-term|Demir, A.B. to one year of restricted freedom|restricted freedom|P1Y|365"]],
    ["a gapped clause of a surname and a two-letter initial", "The judge sentenced Aliyev, Sh. to six years in prison and Karimova, D. to four years.",
      ["sentences/verb-term|sentenced Aliyev, Sh. to six years in prison|prison|P6Y|2190", "sentences/verb-term|Karimova, D. to four years|prison|P4Y|1460"]],
    // Session 15 (pen15): a gapped clause whose subject is a list of names of any length, with forms of address.
    ["gapped clauses of name lists", "It sentenced Mr. Hamid Musa to five years' imprisonment, Ms. Lina Sabry and Mr. Karim Fouad to three years each, and Ms. Noor Amin, Mr. Adel Zaki and Mr. Fadi Haddad to one year.",
      ["sentences/verb-term|sentenced Mr. Hamid Musa to five years' imprisonment|prison|P5Y|1825", "sentences/verb-term|Ms. Lina Sabry and Mr. Karim Fouad to three years|prison|P3Y|1095", "sentences/verb-term|Ms. Noor Amin, Mr. Adel Zaki and Mr. Fadi Haddad to one year|prison|P1Y|365"]],
    ["a gapped name list after a semicolon", "The judge jailed Pedro Alves for two years; Rita Lopes, Joana Dias and Rui Costa for six months.",
      ["sentences/verb-term|jailed Pedro Alves for two years|prison|P2Y|730", "sentences/verb-term|Rita Lopes, Joana Dias and Rui Costa for six months|prison|P6M|180"]],
    // Session 9 (h9b): a quoted charge's own words are no request (`calling for …`).
    ["a ruling after a quoted charge that says `calling for`", "The judge found Arman Seitov guilty of \"calling for participation in an illegal strike\" and sentenced him to five years of restricted freedom.",
      ["sentences/verb-term|sentenced him to five years of restricted freedom|restricted freedom|P5Y|1825"]],
    ["custody held in a police station, then a term in a colony", "Dana Oralova was held at the district police station for two days; she was later sentenced to be held in a penal colony for four years.",
      ["sentences/verb-term|sentenced to be held in a penal colony for four years|prison|P4Y|1460"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["an age after a name in a clause after a penalty", "Ana Ruiz was sentenced to three years in prison, Juan Soto 20 years old was arrested."],
    ["a time after a name", "Ana Ruiz was sentenced to three years in prison, and Juan Soto 20 days later."],
    ["a name list with a verb of its own is no gapped clause", "Ana Ruiz was sentenced to three years in prison, and Juan Soto, Luis Paz and Marta Gil waited for two years."],
    ["a lower-case word and an abbreviation after `and`", "Ana Ruiz was sentenced to three years in prison, and appealed, i.e. for four years."],
    ["a weak verb after a ruling, then a noun", "On 5 May the court sentenced four union leaders to prison. Ana Ruiz received three years of training."],
    ["a role and a name, then a time", "Ana Ruiz was sentenced to three years in prison, her lawyer Juan Soto two days later."],
    ["a term that follows with no kind of its own", "Ana Ruiz was sentenced to three years in prison, followed by ten days of questioning."],
    ["a clause of its own after commas", "Ana Ruiz was sentenced to three years in prison, and her lawyer, who was beaten, appealed for two days."],
  ])("no second term from %s", (_, text) => {
    expect(found(text)).toHaveLength(text.startsWith("On 5 May") ? 0 : 1);
  });
});

describe("custody and requests around quotes", () => {
  it.each([
    ["custody told by its place", "Both leaders were detained on 20 January and held in the temporary detention facility for ten days before their release."],
    ["a request outside the quotes", "The prosecutor was \"firm\" and asked for seven years in prison."],
  ])("no term from %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a term imposed", () => {
  it("is no penalty when imposed on no one named", () => {
    expect(found("The ministry imposed two years of restrictions on the region's unions.")).toEqual([]);
  });

  it.each([
    ["on defendants by place", "The magistrate imposed eight months in prison on the first and second accused.", ["sentences/verb-term|imposed eight months in prison|prison|P8M|240"]],
    ["the person stated first, a term by name", "For the first accused, the court imposed a term of eighteen months.", ["sentences/verb-term|imposed a term of eighteen months|-|P18M|540"]],
    ["a name stated first, after a section number", "4.2 In the case of Ruth Chebet, the tribunal imposed two years in prison.", ["sentences/verb-term|imposed two years in prison|prison|P2Y|730"]],
    ["terms shared out, `but suspended both`", "For the third and fourth accused, the magistrate imposed terms of six and four months respectively, but suspended both.", [
      "sentences/verb-term|imposed terms of six and four months|suspended prison|P6M|180", "sentences/verb-term|imposed terms of six and four months|suspended prison|P4M|120",
    ]],
    ["`and the court suspended them`", "For the third and fourth accused, the court imposed prison terms of six and four months respectively, and the court suspended them.", [
      "sentences/verb-term|imposed prison terms of six and four months|suspended prison|P6M|180", "sentences/verb-term|imposed prison terms of six and four months|suspended prison|P4M|120",
    ]],
  ])("is a penalty %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["a reason stated first", "For this reason, the court imposed a term of two years."],
    ["`For the first time`", "For the first time, the court imposed a term of two years."],
  ])("is none with %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a weak verb with its object pronoun first (`gave him a further 12 days`)", () => {
  it("restates a term after a ruling", () => {
    const text = "Alesia Hutarovich was sentenced to eight days of administrative arrest on 3 June. Two days later she was detained again, and on 6 June the same court gave her a further 12 days.";
    expect(found(text)).toContain("sentences/verb-term|gave her a further 12 days|administrative detention|P12D|12");
  });

  it("restates a term in a sentence of its own with no penalty word (`The court handed him a further 15 days.`)", () => {
    const text = "Mikita Sauchuk was sentenced to ten days in jail on 7 June. The court handed him a further 15 days on 9 June.";
    expect(found(text)).toContain("sentences/verb-term|handed him a further 15 days|prison|P15D|15");
  });

  it.each([
    ["time to appeal", "On 8 June the judge gave her ten days to appeal."],
    ["time to leave", "The police gave him two weeks to leave the city."],
  ])("is nothing for %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("defendants by number before `to`", () => {
  it.each([
    ["accused Nos.", "On 2 August the court sentenced accused Nos. 2 and 3 to one year in prison each.", ["sentences/verb-term|sentenced accused Nos. 2 and 3 to one year in prison|prison|P1Y|365"]],
    ["defendants", "The court sentenced defendants 4, 5 and 6 to two years in prison.", ["sentences/verb-term|sentenced defendants 4, 5 and 6 to two years in prison|prison|P2Y|730"]],
  ])("are people, not a range (%s)", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["`the following five`", "On 21 January the court sentenced the following five to two years' rigorous imprisonment each.", ["sentences/verb-term|sentenced the following five to two years' rigorous imprisonment|prison|P2Y|730"]],
    ["`the two`", "The court sentenced the two to three years in prison.", ["sentences/verb-term|sentenced the two to three years in prison|prison|P3Y|1095"]],
  ])("reads a counted group before `to` as the object, not a range (%s)", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("still reads a range of numbers as a range", () => {
    expect(found("They face sentences of 3 to 5 years in prison.")).toEqual([]);
  });
});

describe("a weak verb after `each`, `both`, `also` (`The other two were each given eighteen months`)", () => {
  it.each([
    ["were each given", "Dlamini was sentenced to three years in prison. The other two were each given eighteen months.", "sentences/verb-term|given eighteen months|prison|P18M|540"],
    ["were both handed", "Dlamini was jailed for three years. The others were both handed two years.", "sentences/verb-term|handed two years|prison|P2Y|730"],
    ["had been given, after a ruling told with no term (h14b)", "Milan Kos was jailed for two years. The court also ruled on his co-defendants. Vera Lind, the union's legal officer, had been given eight months.", "sentences/verb-term|given eight months|prison|P8M|240"],
    ["has been handed", "Amara Diallo was sentenced to four years in prison. Her deputy Ousmane Sy has been handed 30 months.", "sentences/verb-term|handed 30 months|prison|P30M|900"],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe("supervision and internal exile", () => {
  it.each([
    ["police surveillance after a fine, told from the release", "The court ordered Timo Vask to pay a fine and placed him under police surveillance for two years after his release.",
      ["sentences/noun-term|police surveillance for two years|surveillance|P2Y|730"]],
    ["judicial supervision after a suspended term", "Both were sentenced to one year, fully suspended, and placed under judicial supervision for three years.",
      ["sentences/verb-term|sentenced to one year|suspended prison|P1Y|365", "sentences/noun-term|judicial supervision for three years|surveillance|P3Y|1095"]],
    ["internal exile", "The court said Mira Olsen is to serve two years of internal exile far from her home.",
      ["sentences/noun-term|two years of internal exile|internal exile|P2Y|730"]],
    ["exile to a place, no verb", "Outcome: 3 years' exile to Northport.", ["sentences/noun-term|3 years' exile|internal exile|P3Y|1095"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["surveillance with no ruling", "Timo Vask was placed under police surveillance for two weeks by the security service."],
    ["years spent in exile", "Timo Vask returned after ten years in exile, and prison officials met him."],
    ["exile abroad", "Timo Vask has lived five years in exile in Lisbon since his release from prison."],
  ])("nothing from %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a weak verb stating a term in the sentence after a conviction with no term", () => {
  it("reads bare terms, `each` and `and a half`", () => {
    const text = "Three of the organisers were convicted alongside him. Piet Olander and Lise Marek received six years each; Tove Brandt, the treasurer, was given four and a half years.";
    expect(found(text)).toEqual([
      "sentences/verb-term|received six years|prison|P6Y|2190",
      "sentences/verb-term|given four and a half years|prison|P4Y6M|1640",
    ]);
  });

  it("reads a bare term followed by its charge", () => {
    const text = "The court found the two editors guilty. Editor Ravi Kellner received 1 year and 3 months for \"insulting the president\".";
    expect(found(text)).toEqual(["sentences/verb-term|received 1 year and 3 months|prison|P1Y3M|455"]);
  });

  it.each([
    ["a term that is no penalty", "Piet Olander was convicted last spring. He received two years of training afterwards."],
    ["a count of time", "Piet Olander was convicted last spring. He got three weeks to appeal."],
    ["another paragraph", "Piet Olander was convicted last spring.\n\nLise Marek received six years."],
    ["no conviction before", "Piet Olander was questioned last spring. Lise Marek received six years."],
  ])("nothing from %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a weak verb restating a term in the next sentence of a paragraph", () => {
  it("takes the kind of a noun-led penalty, with a date after the term", () => {
    const text = "Ivan Petrov was sentenced to 15 days of administrative arrest. He received another 10 days on 3 April.";
    expect(found(text)).toEqual([
      "sentences/verb-term|sentenced to 15 days of administrative arrest|administrative detention|P15D|15",
      "sentences/verb-term|received another 10 days|administrative detention|P10D|10",
    ]);
  });

  it("takes the penalty's kind", () => {
    const text = "The court sentenced Rauf Hasanli to 9 years in a maximum-security prison. Deputy editor Günel Babayeva received 8 years and 6 months.";
    expect(found(text)).toEqual([
      "sentences/verb-term|sentenced Rauf Hasanli to 9 years in a maximum-security prison|prison|P9Y|3285",
      "sentences/verb-term|received 8 years and 6 months|prison|P8Y6M|3100",
    ]);
  });

  it("carries a restatement on within its paragraph only", () => {
    const text = "Ivan Petrov was sentenced to 9 years in prison. Olga Ivanova received 3 years.\n\nHer pupils were each given 3 years of schooling abroad.";
    expect(found(text)).toHaveLength(2);
  });

  it("carries a restatement on to the next (a chain of weak verbs after one ruling)", () => {
    const text = "Rita Osei was sentenced to 12 years in prison. Kofi Mensah, its treasurer, received five and a half years. Ama Boateng and Kwame Asante were each given two years and four months.";
    expect(found(text)).toEqual([
      "sentences/verb-term|sentenced to 12 years in prison|prison|P12Y|4380",
      "sentences/verb-term|received five and a half years|prison|P5Y6M|2005",
      "sentences/verb-term|given two years and four months|prison|P2Y4M|850",
    ]);
  });

  it.each([
    ["a term that does not end its clause", "Ivan Petrov was sentenced to 9 years in prison. Olga Ivanova received 8 months' wages."],
    ["another paragraph", "Ivan Petrov was sentenced to 9 years in prison.\n\nOlga Ivanova received 3 years of training."],
    ["and to a ban", "Ivan Petrov was sentenced to 9 years in prison and to a five-year ban on journalism."],
    ["and to pay after the term, then a count", "Ivan Petrov was sentenced to 9 years in prison and to pay for 3 years of court costs."],
    ["a place after the term", "Ivan Petrov was sentenced to 15 days of administrative arrest. He got 10 days in Hospital Number 3 to recover."],
  ])("not after %s", (_, text) => {
    expect(found(text)).toHaveLength(1);
  });

  it.each([
    ["now faces after a charge", "Chen Bo was charged on Monday. Chen Bo now faces seven years in prison."],
    ["now faces after a ruling, if convicted again", "The court convicted Chen Bo. Chen Bo now faces seven years in prison if convicted of a second charge."],
  ])("no term from %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("sentences/list-item", () => {
  it("reads the lines of a list of terms under an introduction that names them", () => {
    const text = "On 9 December the judge imposed the following prison terms:\n\nName – age – sentence\nCarlos Núñez – 24 – 13 years\nMaría Lacayo – 21 – 10 years\n2. Kevin Mendoza (20): 8 years";
    expect(found(text)).toEqual([
      "sentences/list-item|Carlos Núñez – 24 – 13 years|prison|P13Y|4745",
      "sentences/list-item|María Lacayo – 21 – 10 years|prison|P10Y|3650",
      "sentences/list-item|2. Kevin Mendoza (20): 8 years|prison|P8Y|2920",
    ]);
  });

  it.each([
    ["no penalty word before the list", "Our longest-serving members:\nIvan Petrov – 24 – 13 years\nOlga Ivanova – 21 – 10 years"],
    ["a single line", "The court sentenced them as follows.\nIvan Petrov – 13 years\n\nThe appeal is pending."],
    ["words besides a name before the term", "Sentences handed down:\nIvan Petrov served in the army for 13 years\nOlga Ivanova worked there for 10 years"],
    ["an age after the term", "Those convicted:\nIvan Petrov – 24 years old\nOlga Ivanova – 21 years old"],
  ])("nothing from %s", (_, text) => {
    expect(found(text).filter((f) => f.startsWith("sentences/list-item"))).toEqual([]);
  });
});

describe("sentences/list-item with dash bullets", () => {
  it("reads `- Mr. Name: term` lines", () => {
    const text = "The court handed down these prison sentences:\n- Mr. Ruiz: 13 years\n- Ms. Gil: 11 years";
    expect(found(text)).toEqual(["sentences/list-item|- Mr. Ruiz: 13 years|prison|P13Y|4745", "sentences/list-item|- Ms. Gil: 11 years|prison|P11Y|4015"]);
  });
});

describe("sentences/list-item with roles, kinds and fines on the line", () => {
  it("reads `- Name, role: term`, a kind phrase after the term and a fine after it", () => {
    const text = "Criminal cases\n\n- Ana Ruiz, deputy chairman of the Harbour Union: 3 years of restricted freedom\n- Juan Soto, welder: 2 years 6 months in a penal colony\n- Luis Paz: 5 years and a fine of two million pesos";
    expect(found(text).filter((f) => f.startsWith("sentences/list-item"))).toEqual([
      "sentences/list-item|- Ana Ruiz, deputy chairman of the Harbour Union: 3 years of restricted freedom|restricted freedom|P3Y|1095",
      "sentences/list-item|- Juan Soto, welder: 2 years 6 months in a penal colony|prison|P2Y6M|910",
      "sentences/list-item|- Luis Paz: 5 years and a fine of two million pesos|-|P5Y|1825",
    ]);
  });

  it.each([
    ["a phrase after the term that names no penalty", "Criminal cases\n- Ana Ruiz, teacher: 12 years of service\n- Juan Soto, welder: 9 years of service"],
    ["a role with a number in it", "Sentences:\n- Ana Ruiz, aged 40: 12 years\n- Juan Soto, aged 52: 9 years"],
  ])("nothing from %s", (_, text) => {
    expect(found(text).filter((f) => f.startsWith("sentences/list-item"))).toEqual([]);
  });
});

describe("sentences/marked-item under rulings named as such", () => {
  it("reads a bulleted list under `The decisions are as follows:`, each line's term before its date", () => {
    const text = [
      "Both cases arose from the port strike. The decisions are as follows:",
      "",
      "- Farid Qureshi (president, Dock Workers' Union): 4 years, 10 January 2025",
      "- Salma Bano (general secretary, Dock Workers' Union): 2 years and 3 months, 10 January 2025",
    ].join("\n");
    expect(found(text).filter((f) => f.startsWith("sentences/marked-item"))).toEqual([
      "sentences/marked-item|Farid Qureshi (president, Dock Workers' Union): 4 years|-|P4Y|1460",
      "sentences/marked-item|Salma Bano (general secretary, Dock Workers' Union): 2 years and 3 months|-|P2Y3M|820",
    ]);
  });

  it("reads a suspension's period as no term of its own: it makes the term before it suspended (h13a, session 13)", () => {
    const text = [
      "The court sentenced them as follows:",
      "",
      "1. Ana Ruiz, branch treasurer: eighteen months' imprisonment, suspended for two years;",
      "2. Juan Soto, driver: three years' imprisonment, wholly suspended for a period of five years;",
      "3. Luis Paz, steward: two years' imprisonment.",
    ].join("\n");
    expect(found(text).filter((f) => f.startsWith("sentences/marked-item"))).toEqual([
      "sentences/marked-item|Ana Ruiz, branch treasurer: eighteen months|suspended prison|P18M|540",
      "sentences/marked-item|Juan Soto, driver: three years|suspended prison|P3Y|1095",
      "sentences/marked-item|Luis Paz, steward: two years|prison|P2Y|730",
    ]);
  });

  it("reads a term suspended after its penalty word as a suspended term, and its operational period as none", () => {
    const text = [
      "On 4 March 2026 the magistrate passed the following sentences:",
      "",
      "- Chanda Mulenga, driver: ten months' imprisonment, wholly suspended for three years on condition of good behaviour;",
      "- Rosa Lind: four months' imprisonment, suspended for a period of one year;",
      "- Omar Haddad: two years' imprisonment with hard labour.",
    ].join("\n");
    expect(found(text).filter((f) => f.startsWith("sentences/marked-item"))).toEqual([
      "sentences/marked-item|Chanda Mulenga, driver: ten months|suspended prison|P10M|300",
      "sentences/marked-item|Rosa Lind: four months|suspended prison|P4M|120",
      "sentences/marked-item|Omar Haddad: two years|prison|P2Y|730",
    ]);
  });

  it("reads nothing under a list of members' years of service", () => {
    const text = ["The founding members are as follows:", "", "- Farid Qureshi (president): 4 years, since 2021", "- Salma Bano (treasurer): 2 years, since 2023"].join("\n");
    expect(found(text).filter((f) => f.startsWith("sentences/marked-item"))).toEqual([]);
  });
});

describe("sentences/marked-item", () => {
  // Note: the kind is left to the penalties stage (a long term under a ruling is prison) when neither the line nor the introduction names one.
  it("reads every term of a numbered or bulleted line that opens with a name, whatever follows the term", () => {
    const text = [
      "Appendix: union members sentenced or held (as of 2 June 2025)",
      "",
      "1) Tomás Ferreira Lobo, crane operator: eight years; upheld by the Supreme Court on 4 May 2021.",
      "2. Ms. Adaeze Okafor, nurse: three (3) years, reduced on appeal to 20 months (May 2023).",
      "3. Lin Mei-hua, member of the executive board of the TWU; 6 years and 3 months; 12/02/2022.",
      "- Dragan Petrović, welder, 4 years under the Public Order Law, followed by 3 years of police surveillance.",
      "• Omar Suleiman — 7 yrs + a fine (2019)",
    ].join("\n");
    expect(found(text).filter((f) => f.startsWith("sentences/marked-item"))).toEqual([
      "sentences/marked-item|Tomás Ferreira Lobo, crane operator: eight years|-|P8Y|2920",
      "sentences/marked-item|Ms. Adaeze Okafor, nurse: three (3) years|-|P3Y|1095",
      "sentences/marked-item|Ms. Adaeze Okafor, nurse: three (3) years, reduced on appeal to 20 months|-|P20M|600",
      "sentences/marked-item|Lin Mei-hua, member of the executive board of the TWU; 6 years and 3 months|-|P6Y3M|2280",
      "sentences/marked-item|Dragan Petrović, welder, 4 years|-|P4Y|1460",
      "sentences/marked-item|Dragan Petrović, welder, 4 years under the Public Order Law, followed by 3 years|surveillance|P3Y|1095",
      "sentences/marked-item|Omar Suleiman — 7 yrs|-|P7Y|2555",
    ]);
  });

  it("reads a lone `- Name: term` line between longer ones under a court's name", () => {
    const text = "Central District Court of Kazan, 6 March:\n- Marat Valeev: 9 days.\n- Dina Safina, coordinator of the Mothers' Council: fined ten thousand roubles and given 4 days of administrative arrest.";
    expect(found(text).filter((f) => f.startsWith("sentences/marked-item"))).toEqual([
      "sentences/marked-item|Marat Valeev: 9 days|-|P9D|9",
      "sentences/marked-item|Dina Safina, coordinator of the Mothers' Council: fined ten thousand roubles and given 4 days|administrative detention|P4D|4",
    ]);
  });

  it.each([
    ["no penalty word before the list", "Our delegates:\n1. Tomás Ferreira, crane operator: eight years; re-elected in 2021.\n2. Adaeze Okafor, nurse: three years on the board."],
    ["a single line", "Sentenced members:\n1. Tomás Ferreira, crane operator: eight years; upheld in 2021.\n\nWe call for his release."],
    ["time in custody, served or worked", "Members detained or sentenced:\n1. Tomás Ferreira, crane operator: held for 14 months without trial.\n2. Adaeze Okafor, nurse, detained since March, 20 years of service.\n3. Lin Mei-hua: worked there for 6 years; arrested on 3 May."],
    ["a charge's maximum or a request", "Pending criminal cases:\n1. Tomás Ferreira, crane operator: charged under article 5, which carries up to 8 years.\n2. Adaeze Okafor, nurse: the prosecutor requested 6 years."],
  ])("nothing from %s", (_, text) => {
    expect(found(text).filter((f) => f.startsWith("sentences/marked-item"))).toEqual([]);
  });
});

describe("sentences/chain", () => {
  it.each([
    ["terms with their names after, under the first term's kind",
      "Rulings included 14 days of administrative detention for activists Ana Ruiz and Juan Soto, eight days for Luis Paz, and five days for Marta Gil.",
      ["sentences/noun-term|14 days of administrative detention|administrative detention|P14D|14", "sentences/chain|eight days|administrative detention|P8D|8", "sentences/chain|five days|administrative detention|P5D|5"]],
    ["terms with their names before a dash",
      "Mr. Ruiz was given 15 years in prison, Mr. Soto- 13 years, Ms. Gil: 11 years and Mr. Paz- eight years in prison.",
      ["sentences/verb-term|given 15 years in prison|prison|P15Y|5475", "sentences/noun-term|eight years in prison|prison|P8Y|2920", "sentences/chain|13 years|prison|P13Y|4745", "sentences/chain|11 years|prison|P11Y|4015"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["a bare term with no penalty before it", "Ana Ruiz spoke for ten minutes, Juan Soto- 12 years of service."],
    ["a term after a penalty but not in a list", "Ana Ruiz was sentenced to 3 years in prison after 8 days of talks for Juan Soto."],
    ["a term in the next sentence", "Ana Ruiz was sentenced to 3 years in prison. Juan Soto- 12 years."],
    ["a ruled-out term in the chain", "Ana Ruiz was given 15 years in prison, Juan Soto- 26-year-old."],
    ["a bare number after a term of two units", "Ana Ruiz got two years and six months in prison for Juan Soto, three for Luis Paz."],
    ["a bare number with no name after `for`", "Ana Ruiz got eight days of administrative detention, and two for their part in it."],
    ["a bare number not joined by a list", "Ana Ruiz got eight days of administrative detention after three for Luis Paz."],
    ["a bare number too large for a term", "Ana Ruiz got eight days of administrative detention, and 2019 for Luis Paz."],
    ["terms after a colon that follows a penalty held, not given", "The three were held in pre-trial detention: 30 days for Ana Ruiz, 20 for Juan Soto."],
    ["terms after a ruling's colon with no penalty named", "The judge ordered the following: 30 days for Ana Ruiz to appeal, 20 for Juan Soto."],
    ["terms after a colon that follows a jailing told, with no names after `for`", "The magistrate jailed four drivers after the strike: 30 days for the strike, 20 for the march."],
  ])("nothing from %s", (_, text) => {
    expect(found(text).filter((f) => f.startsWith("sentences/chain"))).toEqual([]);
  });

  it("opens a chain at a ruling's colon (`ordered administrative detention …: 30 days for A, 20 for B and C`)", () => {
    const text = "On 3 May a judge ordered administrative detention for three of them, arrested the day before: 30 days for Ana Ruiz, 20 for Juan Soto and Luis Paz.";
    expect(found(text)).toEqual(["sentences/chain|30 days|administrative detention|P30D|30", "sentences/chain|20|administrative detention|P20D|20"]);
  });

  it("opens a chain at `handed out …:` with terms given `to` the names after", () => {
    const text = "The judge handed out terms of administrative arrest: ten days to Ivan Sokolov, seven to Olga Belova and Nikita Orlov, and five to Irina Lebedeva.";
    expect(found(text)).toEqual([
      "sentences/chain|ten days|administrative detention|P10D|10",
      "sentences/chain|seven|administrative detention|P7D|7",
      "sentences/chain|five|administrative detention|P5D|5",
    ]);
  });

  it("opens a chain at `jailed them for a combined N:` (the total is no one's term)", () => {
    const text = "On 31 January the magistrate jailed them for a combined 30 months: eight months for Wei Lan, six for Ho Ming and Tsui Kit, and ten months for Lam Po.";
    expect(found(text)).toEqual([
      "sentences/chain|eight months|prison|P8M|240",
      "sentences/chain|six|prison|P6M|180",
      "sentences/chain|ten months|prison|P10M|300",
    ]);
  });

  it.each([
    ["`The terms were` a chain after a conviction (h11a, session 11)",
      "On 12 May the court convicted Rina Wulandari and two fellow unionists. The terms were eight months for Rina Wulandari, six for Bayu Pratama and Sari Dewi.",
      ["sentences/chain|eight months|prison|P8M|240", "sentences/chain|six|prison|P6M|180"]],
    ["`the sentences imposed:` and the terms after",
      "The court ruled on Friday; the sentences imposed: two years for Omar Haddad, 18 months for Lina Saad.",
      ["sentences/chain|two years|prison|P2Y|730", "sentences/chain|18 months|prison|P18M|540"]],
    ["`Their penalties were` with a kind in the item",
      "Their penalties were ten days of administrative detention for Ivan Petrov and seven for Oleg Sokol.",
      ["sentences/noun-term|ten days of administrative detention|administrative detention|P10D|10", "sentences/chain|seven|administrative detention|P7D|7"]],
  ])("opens a chain at the penalties as a subject: %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["the terms of a contract", "The terms were eight months for Rina Wulandari and six for Bayu Pratama under the new contract of employment at the plant."],
    ["a term asked for, not given", "The prosecutor's demands were two years for Omar Haddad, 18 months for Lina Saad."],
  ])("nothing from %s", (_, text) => {
    expect(found(text).filter((f) => f.startsWith("sentences/chain"))).toEqual([]);
  });

  it("reads no bare number given `to` a name with no penalty before it", () => {
    expect(found("The union sent ten letters to Ivan Sokolov, seven to Olga Belova and five to Irina Lebedeva.")).toEqual([]);
  });

  it("reads bare numbers under the unit of the term before (`eight days for A, six for B and C, and ten for D`)", () => {
    const text = "The court punished four drivers: eight days of administrative detention for Ana Ruiz, six for Juan Soto and Luis Paz, and ten for Marta Gil.";
    expect(found(text)).toEqual([
      "sentences/noun-term|eight days of administrative detention|administrative detention|P8D|8",
      "sentences/chain|six|administrative detention|P6D|6",
      "sentences/chain|ten|administrative detention|P10D|10",
    ]);
  });
});

describe("a judge gave a term to a named person, and a bare number to the next (h10b, session 10)", () => {
  it("reads `gave twelve days to A and ten to B` after a ruling", () => {
    const text = "The court handed down fifteen days of administrative detention to the chairwoman. Her deputy Oleg Sidarau and the treasurer Ina Bialko were tried the same afternoon by a judge who gave nine days to Sidarau and seven to Bialko.";
    expect(found(text)).toEqual([
      "sentences/verb-term|handed down fifteen days of administrative detention|administrative detention|P15D|15",
      "sentences/verb-term|gave nine days|administrative detention|P9D|9",
      "sentences/chain|seven|administrative detention|P7D|7",
    ]);
  });

  it.each([
    ["a term to do something", "The court handed down fifteen days of administrative detention to the chairwoman. The judge gave ten days to appeal."],
    ["a holiday given to a person, with no ruling before", "The company gave ten days to Ana Ruiz and eight to Juan Soto as paid leave."],
  ])("nothing more from %s", (_, text) => {
    expect(found(text).filter((f) => !f.includes("fifteen days"))).toEqual([]);
  });
});

describe("a good behaviour bond is probation (h10b, session 10)", () => {
  it("reads the bond's term as probation", () => {
    expect(found("The three were placed on a good behaviour bond of 12 months.")).toEqual(["sentences/noun-term|good behaviour bond of 12 months|probation|P12M|360"]);
  });

  it("reads no term from a bail bond", () => {
    expect(found("The three were released on a bond of 12 months' wages after their arrest.")).toEqual([]);
  });
});

describe("sentences/bracket-term (h10b, session 10)", () => {
  it("reads terms in brackets after the names they reach, in a sentence that convicts them", () => {
    const text = "The magistrate convicted Ruth Achieng (four years), Peter Okello and Sarah Nabirye (18 months each, suspended) of sedition.";
    expect(found(text).filter((f) => f.startsWith("sentences/bracket-term"))).toEqual([
      "sentences/bracket-term|Ruth Achieng (four years)|-|P4Y|1460",
      "sentences/bracket-term|Peter Okello and Sarah Nabirye (18 months each, suspended)|suspended prison|P18M|540",
    ]);
  });

  it.each([
    ["an age in a sentence with no ruling", "Ruth Achieng (34 years) and Peter Okello (two years at the plant) spoke to reporters."],
    ["a tenure beside a conviction", "Ruth Achieng (two years as chair) was convicted on Monday."],
    ["a long bracket that is an age", "The court convicted Ruth Achieng (41 years) of sedition."],
  ])("nothing from %s", (_, text) => {
    expect(found(text).filter((f) => f.startsWith("sentences/bracket-term"))).toEqual([]);
  });
});

describe("a court hands down a chain of bare terms (h10a, session 10)", () => {
  it("reads `handed down` as a court's verb, bare numbers after it and an item with its own `suspended`", () => {
    const text = "The magistrate handed down nine months for Kwabena Asare, five for Efua Owusu and Yaw Darko, and a suspended three months for Ms Abena Sarpong, the branch treasurer.";
    expect(found(text)).toEqual([
      "sentences/verb-term|handed down nine months|-|P9M|270",
      "sentences/chain|five|-|P5M|150",
      "sentences/chain|three months|suspended prison|P3M|90",
    ]);
  });

  it("reads `meted out` the same way", () => {
    expect(found("The tribunal meted out two years to Tomas Reyes.")).toEqual(["sentences/verb-term|meted out two years|-|P2Y|730"]);
  });

  it.each([
    ["a weak `handed` still needs a penalty word", "The secretary handed out nine leaflets for Kwabena Asare."],
    ["`handed down` with no term", "The court handed down its ruling for Kwabena Asare on Monday."],
  ])("no term: %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("weak verbs after a ruling, trial or penalty (unseen-letter shapes, session 8)", () => {
  it.each([
    ["terms shared out with `respectively`, after a penalty sentence",
      "The court sentenced Ana Ruiz to nine years in prison. Tomas Vidal and Ines Mora received seven years and six years and six months respectively.",
      ["sentences/verb-term|sentenced Ana Ruiz to nine years in prison|prison|P9Y|3285", "sentences/verb-term|received seven years and six years and six months|prison|P7Y|2555", "sentences/verb-term|received seven years and six years and six months|prison|P6Y6M|2370"]],
    ["`respectively` then `both wholly suspended`",
      "The court jailed Ana Ruiz for nine years; Tomas Vidal and Ines Mora received three years and two years six months respectively, both wholly suspended for three years.",
      ["sentences/verb-term|jailed Ana Ruiz for nine years|prison|P9Y|3285", "sentences/verb-term|received three years and two years six months|suspended prison|P3Y|1095", "sentences/verb-term|received three years and two years six months|suspended prison|P2Y6M|910"]],
    ["a list of numbers after `got`, after a verdict",
      "The verdict came on 4 May. Hamid Sultani and Parwin Rahimi got six and four years respectively.",
      ["sentences/verb-term|got six and four years|prison|P6Y|2190", "sentences/verb-term|got six and four years|prison|P4Y|1460"]],
    ["a ruling told in the term's own sentence",
      "Nikolai Petrenko and Alina Kravets received four years and two years respectively when the tribunal ruled on 2 April.",
      ["sentences/verb-term|received four years and two years|prison|P4Y|1460", "sentences/verb-term|received four years and two years|prison|P2Y|730"]],
    ["after a trial, a gapped clause with a possessive role",
      "The two reporters were tried together. Reporter Juma Otieno got three years, and his colleague Achieng Wanjiru eighteen months.",
      ["sentences/verb-term|got three years|prison|P3Y|1095", "sentences/verb-term|his colleague Achieng Wanjiru eighteen months|prison|P18M|540"]],
    ["after a prosecution, `handed` and `and fellow driver Y`",
      "Two drivers were prosecuted with their leader. Driver Emeka Obi was handed six years and fellow driver Chidi Nwosu four years.",
      ["sentences/verb-term|handed six years|prison|P6Y|2190", "sentences/verb-term|fellow driver Chidi Nwosu four years|prison|P4Y|1460"]],
    ["a gapped clause after a suspended-part aside",
      "The court sentenced Lucia Ferreira to ten years' imprisonment, four of them suspended, and her deputies Rui Costa and Ana Lopes to six years each.",
      ["sentences/verb-term|sentenced Lucia Ferreira to ten years' imprisonment|prison|P10Y|3650", "sentences/verb-term|her deputies Rui Costa and Ana Lopes to six years|prison|P6Y|2190"]],
    ["a gapped clause after `of which … are suspended`",
      "The tribunal sentenced Farid Haddad to eight years in prison, of which three are suspended, and his brother Karim Haddad to five years.",
      ["sentences/verb-term|sentenced Farid Haddad to eight years in prison|prison|P8Y|2920", "sentences/verb-term|his brother Karim Haddad to five years|prison|P5Y|1825"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["a weak verb with no ruling, trial or penalty near", "The union met on 4 May. Ana Ruiz and Juan Soto got six and four years of service respectively."],
    ["a bare term not ending its clause after a trial", "The two were tried in March. Ana Ruiz was given ten days to appeal."],
    ["a gapped clause that is a clause of its own", "The court sentenced Ana Ruiz to ten years' imprisonment, four of them suspended, and banned Juan Soto from travel for two years."],
  ])("nothing from %s", (_, text) => {
    expect(found(text).filter((f) => !f.includes("ten years' imprisonment"))).toEqual([]);
  });
});

describe("sentence rules find nothing in", () => {
  it.each([
    ["an arrest with no term", "Sergei Cherkasov was arrested on 13 September."],
    ["police watching someone is no supervision ordered", "Police kept Samir Haddad under surveillance for one year."],
    ["a weak verb's term and a fine with no penalty before stays nothing", "The union was founded two years ago. Ivan Petrov was given two years and a fine of 300 euros to pay his lawyer."],
    ["placed under supervision by an agency, not a court", "Ines Varga was placed under police supervision for a year by the interior ministry."],
    ["a criminal investigation's length is no term", "The criminal investigation into Wei Lan lasted six months."],
    ["a detention with no term", "Three thousand people were detained for participating in protests."],
    ["police questioning", "He was detained at his home in the early morning and questioned for two days."],
    ["a maximum the charge carries", "Whoever insults the president can face up to four years in prison."],
    ["faces up to", "He faces up to 10 years in prison."],
    ["a range", "The article provides for between 3 and 5 years in prison."],
    ["a range with to", "Such offences carry sentences of 3 to 5 years in prison."],
    ["a range with a dash", "Such offences carry 3-5 years in prison."],
    ["a maximum penalty", "The charge carries a maximum penalty of ten years’ imprisonment."],
    ["a prosecutor's request", "The prosecutor requested eight years in prison."],
    ["a total for a group", "40 of them were given prison sentences totaling 93 years."],
    ["a time before release", "He was released after 10 days in custody."],
    ["time in solitary confinement", "He has been released from over a month in solitary confinement."],
    ["an age", "A 26-year-old worker was detained."],
    ["time after an arrest", "He was charged 3 months after his arrest."],
    ["minutes", "The judge gave the defence 15 minutes to review the case file."],
    ["a term without any penalty word", "Lukashenko – in power for 26 years – lost support."],
    ["a weak verb without a penalty noun", "He was given 10 days to leave the country after his detention."],
    ["police custody released without charge", "He was detained for two days and then released without charge."],
    ["time spent in custody", "He spent 10 days in detention before the trial."],
    ["pre-trial detention", "The court ordered pre-trial detention for two months."],
    ["custody extended", "His detention was extended by two months in prison."],
    ["a term of office", "Lukashenko began his sixth five-year term after the election, and protesters were jailed."],
    ["a reduction with no sentence spoken of", "The union's dues were reduced from five to three years' worth."],
    ["a range after from", "Such offences carry sentences ranging from 3 to 5 years in prison."],
    ["time served with no penalty word", "Ali Karimi was released after serving 30 days."],
    ["custody prolonged by a court", "The court extended his pre-trial detention for two months."],
    ["restrictions on the movement of an area", "Police imposed restrictions on the freedom of movement of the district for two days."],
    ["a decade of work", "She worked for a decade before her arrest and detention."],
    ["a maximum in words", "The charge carries a maximum sentence of a decade in prison."],
    ["a prosecutor's request with a fraction", "The prosecutor requested 2½ years in prison for the editor."],
    ["arrest with no term", "Police arrested the reporter and held him in custody."],
    ["a request continued by `and for`", "The prosecutor asked for nine and seven years for the two editors, and for three years' imprisonment for Ms Rosa Lind."],
    ["a demand continued by `and to`", "Prosecutors demanded that Ivan Petrov be jailed, and to two years in prison for his deputy."],
    ["an operational period alone", "The court ruled that the sentence be suspended for two years."],
    ["a term in default of payment after it", "She was fined N50,000 or four months imprisonment in default of payment."],
    ["a term in default of payment before it", "They were each fined ZWL$3,000 or, in default of payment, 20 days' imprisonment."],
    ["a term as the alternative to a fine", "He was sentenced to pay a fine of R8,000 or serve 5 months in prison."],
    ["a fine as the alternative to a term", "He was sentenced to four months imprisonment or a fine of N90,000."],
    ["a range over a group", "A court on Monday handed down sentences ranging from a fine to three years in a penal colony to five activists."],
    ["a range over a group, varying", "The judge imposed penalties varying from a warning to two years in prison on the six dockers."],
    ["a range that ranged from", "The sentences ranged from community service to four years in jail for the eleven strikers."],
    ["an indeterminate sentence's minimum alone", "The court sentenced Jose Reyes to six months and one day of arresto mayor, as minimum."],
  ])("%s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("custody that ended in release (`was detained for 19 days in April before being released`)", () => {
  it.each([
    ["detained, a date, then released", "Kofi Mensah was detained for 19 days in April 2023 before being released; that time counts against his sentence."],
    ["held until freed", "Lina Haddad had been held for three weeks until she was freed on bail."],
    ["arrested, then let go", "The reporter was arrested for 48 hours before being let go without explanation."],
  ])("no term from %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["a ruling before release stays", "Ivan Sidorov was sentenced to 10 days of administrative arrest before being released under an amnesty.", "sentences/verb-term|sentenced to 10 days of administrative arrest|administrative detention|P10D|10"],
    ["detention with no release after it stays", "Olga Petrova was detained for 15 days for taking part in the rally.", "sentences/verb-term|detained for 15 days|detention|P15D|15"],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });
});
