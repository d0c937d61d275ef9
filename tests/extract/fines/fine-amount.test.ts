/** The `fines/amount` rule: what each phrasing of a fine yields, and what is not a fine. */
import { describe, expect, it } from "vitest";
import { createContext } from "../../../src/extract/context.js";
import { AFTER_ROWS, BEFORE_ROWS, DAY_FINE, fineAmountRule } from "../../../src/extract/fines/fine-amount.js";

function found(text: string): string[] {
  const context = createContext(text, { dateOrder: "auto" });
  return fineAmountRule.extract(context).map((c) => {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    const money = c.money.map((m) => `${m.amount} ${m.currency}`).join("+");
    return `${c.text}|${c.amount}|${c.currency ?? c.unit}|${money}|${c.each ? "each" : "-"}`;
  });
}

describe("fines/amount finds", () => {
  it.each([
    ["units with an equivalent", "He later received a fine of 25 basic amounts (EUR 219).", ["a fine of 25 basic amounts (EUR 219)|25|basic amount|219 EUR|-"]],
    ["euro sign", "She was fined €500 by the court.", ["fined €500|500|EUR||-"]],
    ["`for each of them` is no rate", "The court fined the dockers €300 for each of them.", ["fined the dockers €300 for each of them|300|EUR||each"]],
    ["EUR code, per person", "They were punished with fines of EUR 250 in equivalent per person.", ["fines of EUR 250 in equivalent per person|250|EUR||each"]],
    ["euros", "The court fined him 1,000 euros.", ["fined him 1,000 euros|1000|EUR||-"]],
    ["rubles", "He was fined 30,000 rubles in Moscow, Russia.", ["fined 30,000 rubles|30000|RUB||-"]],
    ["BYN code", "The activist was fined BYN 580.", ["fined BYN 580|580|BYN||-"]],
    ["the kwacha's bare K, the month after it no rate", "In May the court fined her K25,000 in Lusaka, Zambia.", ["fined her K25,000|25000|ZMW||-"]],
    ["lira", "The reporter was fined 5,000 lira.", ["fined 5,000 lira|5000|TRY||-"]],
    ["rials", "Each was fined 10 million rials.", ["fined 10 million rials|10000000|IRR||each"]],
    ["square brackets and each", "All three will also be fined 2 million riel [roughly 490USD] each.", ["fined 2 million riel [roughly 490USD] each|2000000|KHR|490 USD|each"]],
    ["equivalents after a dash and `, or roughly` (h13b, session 13)", "Both got a fine of 200 monthly calculation indices (MCI) each — KZT 738,400, or roughly USD 1,540 at the rate of the day.", ["a fine of 200 monthly calculation indices (MCI) each — KZT 738,400, or roughly USD 1,540|200|monthly calculation index|738400 KZT+1540 USD|each"]],
    // Session 13 (h13b): after a measure that is no currency, `, or`/`, i.e.` restates it in money.
    ["a unit restated after `, or`", "The court also imposed on her a fine of 80 times the base calculation value, or 30 million soums, payable at once.",
      ["a fine of 80 times the base calculation value, or 30 million soums|80|base calculation amount|30000000 UZS|-"]],
    ["a unit restated after `, i.e.`", "Olga Belova was fined 30 basic amounts, i.e. BYN 1,110, in Minsk.", ["fined 30 basic amounts, i.e. BYN 1,110|30|basic amount|1110 BYN|-"]],
    ["`, or` between two currencies is no restatement", "Ana Ruiz was fined €400, or $450 if paid late.", ["fined €400|400|EUR||-", "$450|450|USD||-"]],
    ["amounts shared out by `for` + a name, the second by the yen/yuan sign", "Both were also fined: 20,000 yuan for Li Wei and ¥5,000 for Wang Fang in Beijing.",
      ["fined: 20,000 yuan|20000|CNY||-", "¥5,000|5000|CNY||-"]],
    ["a dash before words is no equivalent", "Ana Ruiz was fined KZT 100,000 — a record for a strike.", ["fined KZT 100,000|100000|KZT||-"]],
    ["tax units (Venezuela's unidades tributarias; h13a)", "The court imposed on both defendants a fine equivalent to 500 tax units each.", ["a fine equivalent to 500 tax units each|500|tax unit||each"]],
    ["the same sum restated by its sign decides the currency (h13a)", "In a letter about Jordan, Ali Karimi was fined 100,000 dinars (DA 100.000) in Béjaïa.", ["fined 100,000 dinars (DA 100.000)|100000|DZD||-"]],
    ["a restatement leaves the bracket, its other equivalents stay", "In a letter about Tunisia, Samir Bouzid was fined 20,000 dinars (DA 20.000, about US$150) in Oran.", ["fined 20,000 dinars (DA 20.000, about US$150)|20000|DZD|150 USD|-"]],
    ["an equivalent of another sum stays an equivalent", "In a letter about Jordan, Ali Karimi was fined 500 dinars (US$705) in Amman.", ["fined 500 dinars (US$705)|500|JOD|705 USD|-"]],
    ["two equivalents", "Drareni will also pay a fine of 50,000 dinar ($392, €333).", ["a fine of 50,000 dinar ($392, €333)|50000|DZD|392 USD+333 EUR|-"]],
    ["U.S. $ equivalent", "It ordered him to pay a fine of 39,000 manats (U.S. $23,000).", ["a fine of 39,000 manats (U.S. $23,000)|39000|AZN|23000 USD|-"]],
    ["a list after the fine word", "The judge imposed huge fines on X – 35 base amounts and Y – 20 base amounts.", ["huge fines on X – 35 base amounts|35|basic amount||-", "20 base amounts|20|basic amount||-"]],
    ["the sum of", "The judge imposed fines in the sum of 35 base amounts on A and B.", ["fines in the sum of 35 base amounts|35|basic amount||-"]],
    ["ordered to pay, no fine word", "He was sentenced to corrective labour and ordered to pay 500,000 tenge.", ["ordered to pay 500,000 tenge|500000|KZT||-"]],
    ["a given name that is also a modal", "The court fined photographer Can Yılmaz ₺5,000.", ["fined photographer Can Yılmaz ₺5,000|5000|TRY||-"]],
    ["naira sign, each", "Grace Adeyemi and Sule Bello were each fined ₦20,000.", ["fined ₦20,000|20000|NGN||each"]],
    ["a penalty of, with an equivalent", "Firuza Saidova received a penalty of 3,000 somoni (about US$265).", ["a penalty of 3,000 somoni (about US$265)|3000|TJS|265 USD|-"]],
    ["a total of for one person", "Ali Karimi was fined a total of 600 euros.", ["fined a total of 600 euros|600|EUR||-"]],
    ["the fine noun after the amount", "The court imposed a 50,000-rouble fine on Ali Karimi.", ["50,000-rouble fine|50000|RUB||-"]],
    ["European thousands", "Reza Amini was fined €1.500.", ["fined €1.500|1500|EUR||-"]],
    ["each before the verb", "Tomas Vidal and Ines Mora were each fined 800 euros.", ["fined 800 euros|800|EUR||each"]],
    ["each before the fine word", "The judge ordered the two reporters to each pay a fine of 90,000 CFA francs in Douala, Cameroon.", ["a fine of 90,000 CFA francs|90000|XAF||each"]],
    ["each of them", "He also sentenced each of them to a fine of N25,000.", ["a fine of N25,000|25000|NGN||each"]],
    ["a naira N glued to its number, each after", "She was sentenced to a fine of N15,000 each.", ["a fine of N15,000 each|15000|NGN||each"]],
    ["an option of a fine (the term is the default)", "They were sentenced to one month imprisonment with an option of N30,000 fine each.", ["N30,000 fine each|30000|NGN||each"]],
    ["Egyptian LE", "The Cairo court fined the blogger LE20,000.", ["fined the blogger LE20,000|20000|EGP||-"]],
    ["Malaysian RM", "The activist was fined RM3,000 by a Kuala Lumpur court.", ["fined RM3,000|3000|MYR||-"]],
    ["a code with a scale", "The court fined the union leader KRW 2 million.", ["fined the union leader KRW 2 million|2000000|KRW||-"]],
    ["TL after the number, with an equivalent", "She was fined 4,000 TL (1,000 Euros) on Monday.", ["fined 4,000 TL (1,000 Euros)|4000|TRY|1000 EUR|-"]],
    ["an amount in words", "The editor was fined fifty thousand dinars.", ["fined fifty thousand dinars|50000|DZD||-"]],
    ["hundreds in words", "The editor was fined one hundred thousand naira.", ["fined one hundred thousand naira|100000|NGN||-"]],
    ["a unit any statute names by its qualifier, with equivalents (Moldova's conventional units; h14b)", "Mr Rusu was fined 500 conventional units (MDL 25,000, approximately EUR 1,300).", ["fined 500 conventional units (MDL 25,000, approximately EUR 1,300)|500|conventional unit|25000 MDL+1300 EUR|-"]],
    ["Mexico's UMA named in English (h14a)", "The judge imposed a fine of 250 Units of Measure and Update on her.", ["a fine of 250 Units of Measure and Update|250|UMA||-"]],
    ["fiscal units each", "The judge fined both of them 40 fiscal units each.", ["fined both of them 40 fiscal units each|40|fiscal unit||each"]],
    ["penalty units with their kwacha", "The magistrate imposed a fine of 20,000 penalty units (K6,000).", ["a fine of 20,000 penalty units (K6,000)|20000|penalty unit|6000 ZMW|-"]],
    ["tomans, the equivalent after the fine noun", "The court gave him a 20 million toman fine (around 480 USD).", ["20 million toman fine (around 480 USD)|20000000|toman|480 USD|-"]],
    ["each after the amount, on each of", "The court imposed fines of 2,500TL on each of the four.", ["fines of 2,500TL on each of the four|2500|TRY||each"]],
    ["DA before the number", "She received a fine of DA80,000.", ["a fine of DA80,000|80000|DZD||-"]],
    ["bare numbers before a named amount, shared out respectively", "They were fined 20,000, 15,000 and 10,000 rubles respectively.",
      ["fined 20,000|20000|RUB||-", "15,000|15000|RUB||-", "10,000 rubles|10000|RUB||-"]],
    ["bare numbers taking the named amount's scale", "They were fined 2 and 1.5 million rials respectively.", ["fined 2|2000000|IRR||-", "1.5 million rials|1500000|IRR||-"]],
    ["bare numbers with no respectively are no fines", "She was fined 20,000 rubles; 15,000 and 10,000 rubles were seized.", ["fined 20,000 rubles|20000|RUB||-", "10,000 rubles|10000|RUB||-"]],
    ["an equivalent set off by a comma", "The Algiers court fined Karim Tabbou 100,000 dinars, about USD 750.", ["fined Karim Tabbou 100,000 dinars, about USD 750|100000|DZD|750 USD|-"]],
    ["a unit, its acronym in brackets, then an equivalent set off by a comma (h11a, session 11)", "The court fined Bakhrom Aliev 150 times the base calculation value (BCV), approximately UZS 56 million.",
      ["fined Bakhrom Aliev 150 times the base calculation value (BCV), approximately UZS 56 million|150|base calculation amount|56000000 UZS|-"]],
    ["a bracket with a word, not an acronym, is no aside", "The court fined Bakhrom Aliev 150,000 soums (first instance), approximately twice his wage.", ["fined Bakhrom Aliev 150,000 soums|150000|UZS||-"]],
    ["each, then an equivalent set off by a comma", "The court ordered both to pay fines of KHR4,000,000 each, roughly USD 980, and compensation.", ["fines of KHR4,000,000 each, roughly USD 980|4000000|KHR|980 USD|each"]],
    ["a currency named with its diacritics, and its equivalent", "Vo Duc Tai was also fined 20 million đồng (about US$790).", ["fined 20 million đồng (about US$790)|20000000|VND|790 USD|-"]],
    ["half a million in words", "The court added a fine of half a million riyals.", ["a fine of half a million riyals|500000|SAR||-"]],
    ["a quarter of a million in words", "Sara Nasser was fined a quarter of a million riyals.", ["fined a quarter of a million riyals|250000|SAR||-"]],
    ["a fine someone paid", "Her family has already paid a fine of ₦250,000 imposed by the same ruling.", ["a fine of ₦250,000|250000|NGN||-"]],
    ["a second fine after a comma is no equivalent", "The court fined Ana Ruiz 500 euros, and Juan Soto 300 euros.", ["fined Ana Ruiz 500 euros|500|EUR||-", "300 euros|300|EUR||-"]],
    ["a list of objects between the verb and the amount", "The court fined each of the defendants, Ana Ruiz, Juan Soto and Luis Paz, 10,000 rubles.",
      ["fined each of the defendants, Ana Ruiz, Juan Soto and Luis Paz, 10,000 rubles|10000|RUB||-"]],
    ["a far verb with other words between", "Ana Ruiz was fined last year after a protest at the factory gate where she spoke, and then 10,000 rubles.", ["10,000 rubles|10000|RUB||-"]],
    ["a fine joined to damages", "Okafor was fined N50,000 and damages were awarded to the firm.", ["fined N50,000|50000|NGN||-"]],
    ["a fine after damages in the same sentence", "They were ordered to pay the firm P50,000 in moral damages, and Reyes was fined PHP10,000.", ["fined PHP10,000|10000|PHP||-"]],
    ["a rupee sign by the letter's country", "A court in Kathmandu imposed a Rs8,000 fine on the Nepali reporter.", ["Rs8,000 fine|8000|NPR||-"]],
    ["soums with a dollar equivalent: the fine's own currency", "Olim Nazarov and Zarina Usmonova were each fined 9 million soums (about USD 700).", ["fined 9 million soums (about USD 700)|9000000|UZS|700 USD|each"]],
    ["an unknown currency word before an equivalent", "The court fined Rosa Mejía 12 million sucres (about USD 480).", ["fined Rosa Mejía 12 million sucres (about USD 480)|12000000|null|480 USD|-"]],
    ["lempiras, a currency named by its own word (session 13)", "The court fined Rosa Mejía 12,000 lempiras (about USD 480).", ["fined Rosa Mejía 12,000 lempiras (about USD 480)|12000|HNL|480 USD|-"]],
    ["a bare Sh in an East African letter", "The Nairobi, Kenya magistrate fined Amos Kariuki Sh25,000.", ["fined Amos Kariuki Sh25,000|25000|KES||-"]],
    ["a fine equal to minimum wages, with an equivalent", "He was given a fine equal to 15 monthly minimum legal wages (some 19 million pesos) in Bogotá, Colombia.", ["a fine equal to 15 monthly minimum legal wages (some 19 million pesos)|15|monthly minimum legal wage|19000000 COP|-"]],
    ["a fine equal to, the noun before", "She received a fine equal to 10 minimum wages.", ["a fine equal to 10 minimum wages|10|minimum wage||-"]],
    // Session 17: a unit restated in money, then that money's own equivalent: one fine, two equivalents.
    ["a unit restated, then its equivalent in brackets", "Dilnoza Saidova was fined 50 times the base calculation amount, i.e. UZS 18,750,000 (about USD 1,450).", ["fined 50 times the base calculation amount, i.e. UZS 18,750,000 (about USD 1,450)|50|base calculation amount|18750000 UZS+1450 USD|-"]],
    ["a unit with its equivalent in brackets", "Farrukh Nazarov received a fine of 300 calculation indicators (TJS 21,600).", ["a fine of 300 calculation indicators (TJS 21,600)|300|calculation indicator|21600 TJS|-"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("fines/amount: a bare `$` is the dollar of the country the letter is about (h10b, session 10)", () => {
  it.each([
    ["Fiji", "SUVA, Fiji (Pacific Wire) – Three nurses were each fined $1,500 by the Suva court.", ["fined $1,500|1500|FJD||each"]],
    ["Jamaica", "KINGSTON, Jamaica – The court fined the Jamaican dock steward Leroy Campbell $80,000.", ["fined the Jamaican dock steward Leroy Campbell $80,000|80000|JMD||-"]],
    ["a letter about Cambodia with an Australian co-signatory keeps the US dollar", "Phnom Penh, Cambodia. The Phnom Penh court fined Sok Dara $500. Co-signed by the Australian Council of Trade Unions, Cambodia Labour Watch, Cambodian Workers.", ["fined Sok Dara $500|500|USD||-"]],
    ["no country named: the US dollar", "The court fined Ana Ruiz $500.", ["fined Ana Ruiz $500|500|USD||-"]],
    ["the shilling written `Shs` in Uganda", "In Kampala, Uganda, the court fined Ruth Achieng Shs1m.", ["fined Ruth Achieng Shs1m|1000000|UGX||-"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("fines/amount: an amount with no currency word takes the country's", () => {
  it.each([
    ["after the people fined, its equivalent in a bracket", "In Niš, Serbia, the court fined Vesna Lukić, a nurse, 70,000 (roughly €600) for the march.",
      ["fined Vesna Lukić, a nurse, 70,000 (roughly €600)|70000|RSD|600 EUR|-"]],
    ["each after the number", "SERBIA – 2 Feb. Two stewards, Marko Ilić and Dragana Perić, were fined 35,000 each.", ["fined 35,000 each|35000|RSD||each"]],
    ["a fine of N on someone", "A court in Almaty, Kazakhstan, imposed a fine of 250,000 on Aliya Sadykova.", ["a fine of 250,000|250000|KZT||-"]],
    ["a space-grouped number before the clause's end", "In Tunis, Tunisia, Anis Ben Salah was fined 2 000, his lawyer said.", ["fined 2 000|2000|TND||-"]],
    ["dots grouping thousands, an equivalent after a comma", "In Bitola, North Macedonia, Vuk Radović was fined 150.000, roughly €2,400.", ["fined 150.000, roughly €2,400|150000|MKD|2400 EUR|-"]],
    ["no country named: no currency", "The judge fined Ilse Brandt 4,000 for the sit-in.", ["fined Ilse Brandt 4,000|4000|null||-"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["a count of people", "In Serbia the police fined 120 protesters on the spot."],
    ["a count of times", "In Serbia, Goran Stević has been fined 300 times since 2010."],
    ["a year", "In Serbia, Goran Stević was fined in 2019 and again in 2021."],
    ["a date", "In Serbia, Goran Stević was fined on 12 March 2024."],
    ["a small number", "In Serbia, Goran Stević was fined 12 days after the strike."],
    ["a number before its currency word", "In Serbia, the court fined Ana Ilić 50,000 dinars."],
  ])("no bare fine from %s", (_, text) => {
    expect(found(text).filter((f) => !/dinars/u.test(f))).toEqual([]);
  });
});

describe("fines/amount: a sum to pay besides an earlier penalty", () => {
  it.each([
    ["must also pay", "Rui Tavares was jailed for a year. He must also pay €3,000, the court said.", ["pay €3,000|3000|EUR||-"]],
    ["must in addition pay", "Ama Kuffour must in addition pay GH₵4,000.", ["pay GH₵4,000|4000|GHS||-"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["wages", "The company must also pay wages of €3,000 to each striker."],
    ["damages", "He must also pay €3,000 in damages."],
    ["a sum to pay with no penalty before it", "Tenants must pay €3,000 a year in rent."],
  ])("no fine from %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("fines/amount: signs, units and orders to pay seen in unseen letters (issue 12, session 11)", () => {
  it.each([
    ["the Lebanese pound's LL before the number", "In Beirut the court fined Rania Saad LL 3,000,000.", ["fined Rania Saad LL 3,000,000|3000000|LBP||-"]],
    ["LL after the number", "The military judge fined the treasurer 4,500,000 LL in Lebanon.", ["fined the treasurer 4,500,000 LL|4500000|LBP||-"]],
    ["a UMA unit with its peso equivalent", "The judge fined Rosa Garza 200 UMA (about 22,628 pesos) in Monterrey, Mexico.", ["fined Rosa Garza 200 UMA (about 22,628 pesos)|200|UMA|22628 MXN|-"]],
    ["people ordered to pay, with no fine word", "The magistrate ordered Nambi Sarah and Wasswa Peter to pay two hundred thousand shillings each in Uganda.", ["two hundred thousand shillings each|200000|UGX||each"]],
    ["an order to pay after a fine", "The court fined Ann Wairimu KSh200,000 and ordered Peter Otieno and Silas Kiprop to pay KSh50,000 each.", ["fined Ann Wairimu KSh200,000|200000|KES||-", "KSh50,000 each|50000|KES||each"]],
    ["a term commuted into a fine is a fine", "On appeal his sentence was commuted to a fine of 90,000 pesos.", ["a fine of 90,000 pesos|90000|MXN||-"]],
    ["rupees grouped by lakhs", "The Pune court fined Meena Rao Rs 1,00,000 in India.", ["fined Meena Rao Rs 1,00,000|100000|INR||-"]],
    ["the leone's Le before thousands", "The Freetown court fined Fatmata Kamara Le 5,000.", ["fined Fatmata Kamara Le 5,000|5000|SLE||-"]],
    ["the shilling's Sh. with a dot", "In Nairobi, Kenya, Wanjiku Kamau was fined Sh. 20,000.", ["fined Sh. 20,000|20000|KES||-"]],
    ["a fine paid, the fine noun after the amount", "Rudo Chikwanha paid a US$300 fine imposed in March.", ["US$300 fine|300|USD||-"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["a price to commute a term", "Carlos Mendoza got two years, a term commutable to a fine of 90,000 pesos."],
    ["the option to commute", "He was jailed and given the option to commute the term for a fine of 20,000 pesos."],
    ["a term to buy out", "Jose Ramos was jailed for six months and may buy out the term; the fine would be P20,000."],
    ["a donation towards a fine", "Tendai Moyo was fined; members donated US$300 to help pay it."],
    ["donations after the amount", "The fined workers received US$1,200 in donations from abroad."],
    ["a French article before a day is no leone", "Le 12 mars, le tribunal a infligé une amende."],
    ["wages paid with an article", "The fined workers were paid the 1,200 cedis they were owed."],
    ["a company ordered to pay", "The court ordered the company to pay KSh500,000 for the losses, but fined no worker."],
  ])("no fine in %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("fines/amount: sums that are no fines", () => {
  it.each([
    ["costs named by who claims them", "Callum Reid was fined £300 and ordered to pay £450 in prosecution costs.", ["fined £300|300|GBP||-"]],
    ["costs in quotes, as the ruling words them", "All three were also fined 50 base amounts each. The court further ordered them to pay BYN 6,500 in \"procedural costs\".", ["fined 50 base amounts each|50|basic amount||each"]],
    ["court fees in curly quotes", "Amina Yusuf was fined KSh20,000 and must pay KSh4,000 for “court fees”.", ["fined KSh20,000|20000|KES||-"]],
    ["a quoted charge after the amount is no cost", "Olga Ivanova was fined 2,000 euros for \"insulting officials\".", ["fined 2,000 euros|2000|EUR||-"]],
    ["costs after towards", "Nadia Osei was fined £200 and must pay £90 towards the Crown's costs.", ["fined £200|200|GBP||-"]],
    // Session 17: reparations in English, Spanish and French, also quoted as the ruling words them.
    ["compensation in quotes", "In Tajikistan, Davron Rahimov was fined 2,000 somoni and ordered to pay 90,000 somoni in \"compensation for moral harm\".", ["fined 2,000 somoni|2000|TJS||-"]],
    ["reparations in the ruling's language", "In Guatemala, the court fined Ixchel Coc Q3,000 and ordered her to pay Q15,000 in \"reparación digna\" (reparations) to the landowner.", ["fined Ixchel Coc Q3,000|3000|GTQ||-"]],
    ["reparations in English", "Pedro Alvarado was fined Q1,000 and must pay Q8,000 in reparations.", ["fined Q1,000|1000|GTQ||-"]],
    ["a victim surcharge", "Ravi Menon was fined £500 and must pay £50 in victim surcharges.", ["fined £500|500|GBP||-"]],
    ["compensation as a verb", "The court fined Obi Nwosu ₦100,000 and ordered him to compensate the employer with ₦2 million.", ["fined Obi Nwosu ₦100,000|100000|NGN||-"]],
    ["a sum to reimburse", "Lena Marsh was fined £250 and told to reimburse the council £1,800.", ["fined £250|250|GBP||-"]],
    ["a union fined as a body", "Its secretary Lina Berg was fined €300; the union itself was fined €20,000.", ["fined €300|300|EUR||-"]],
    ["a named union fined as a body", "Its president Tatenda Moyo was fined US$500; the Harare Bakers Union was fined US$10,000.", ["fined US$500|500|USD||-"]],
    ["a person of a body fined, not the body", "Ana Ruiz of the newspaper was fined 5,000 euros.", ["fined 5,000 euros|5000|EUR||-"]],
    ["a company fined as a body", "The court fined the logistics company R2 million and Thabo Nkosi R5,000.", ["R5,000|5000|ZAR||-"]],
    // Session 18: a sum owed as taxes is a debt, not a fine.
    ["a sum in allegedly unpaid taxes", "In Hanoi, Lê Thu Trang was fined VND 40 million and ordered to pay VND 900 million in allegedly unpaid taxes.", ["fined VND 40 million|40000000|VND||-"]],
    ["back taxes and duties", "Rustam Aliyev was fined 2,000 manats and told to pay 60,000 manats in back taxes, and Gulnara Aliyeva 9,000 manats in customs duties.", ["fined 2,000 manats|2000|AZN||-"]],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("fines/amount: a tax penalty is a fine (session 18)", () => {
  it("`fined … in tax penalties` stays a fine", () => {
    expect(found("In Baku, Rustam Aliyev was fined 3,000 manats for tax evasion.")).toEqual(["fined 3,000 manats|3000|AZN||-"]);
  });
});

describe("fines/amount finds nothing in", () => {
  it.each([
    ["bail", "They were freed on $50 bail each, and no fine was imposed."],
    ["costs a union is ordered to pay", "The court fined no one else and ordered the union to pay the state's costs of R150,000."],
    ["legal costs of", "After the fines, the judge ordered the federation to pay legal costs of 2 million leones."],
    ["court fees", "Besides the fine, the court ordered him to pay court fees of KSh 40,000."],
    ["compensation", "He was fined and ordered to pay 400 million riel [roughly 98,000USD] in compensation."],
    ["wages", "Workers fined for protests demand a minimum wage of 23,000 taka ($208)."],
    ["half a year, no amount", "The fined striker spent half a year without wages, a million miles from home."],
    ["wages paid", "The fined workers were paid 1,200 cedis for the month of the strike."],
    ["pay by the month", "The fines exceed three months' salary for a teacher whose basic pay is K8,250 a month."],
    ["an allowance per day", "Each fined striker had lived on an allowance of 400 tenge per day."],
    ["a count", "Freelance journalists have been fined 50 times since the year start."],
    ["a conversion rate", "They were fined. (One base amount equals approx. 10 EUR in equivalent.)"],
    ["a conversion rate in the same sentence", "They were fined, and one base amount equals 10 EUR."],
    ["a summary total", "The total sum of fines totaled 190 base amounts (4655 BYN)."],
    ["a total in all", "Together they were fined, in total 3,000 euros."],
    ["a maximum in law", "Protesters face fines of up to 300,000 rubles."],
    ["a hypothetical", "He could be fined 500 euros if convicted."],
    ["a prosecutor's request", "The prosecutor requested a fine of 10,000 lira."],
    ["money with no fine word", "The minimum wage was set at BDT12,500 (US$112)."],
    ["a rate after the amount", "Fines are in roubles; at the time one euro was worth about 3 roubles."],
    ["bail with a glued sign", "The court fined them and set bail at N200,000 each."],
    ["damages in words", "He was fined, and ordered to pay fifty thousand dinars in damages."],
    ["embezzled sums", "The union leader, fined last year, was accused of embezzling RM3,000."],
    ["a claimed sum", "The company, fined twice, claimed LE50,000 from the union."],
    ["a fine as the alternative", "He was sentenced to six months in prison or to pay a fine of €2,000."],
    ["legal costs", "He was ordered to pay 5,000 euros in legal costs."],
    ["a sum to the victim's family", "He was ordered to pay 2,000 euros to the victim's family."],
    ["damages with any qualifier (h14b)", "The court also ordered the three defendants jointly to pay 4 million drams in non-pecuniary damages to the official concerned."],
    ["damages with two qualifiers", "He was ordered to pay 900,000 pesos in moral and material damages."],
    ["a sum to a party named with its qualifiers (h14b)", "The court ordered the four defendants to pay MDL 48,600 to the transport enterprise for lost fares."],
    ["a request whose object reaches the fine (h14b)", "In his closing speech the prosecutor asked for three years' imprisonment for Mr Lungu and a fine of 750 conventional units for Mr Rusu."],
    ["a count of things in units", "The company was fined after it built 200 housing units without a permit."],
    ["a rate with equal to", "They were fined; one base amount is equal to 10 EUR."],
    ["days before a bracketed sum are no unknown currency", "He was fined and spent 20 days (about $90 a day) in a cell."],
    ["a floor the law sets", "The offence carries a penalty of up to two years in prison, a fine of not less than three million shillings, or both."],
    ["what an offence carries", "The charge carries a fine of 40,000 pesos."],
    ["a term converted at a rate for each day", "The court did not suspend her term but converted it into a pecuniary penalty of €8 for each day."],
    ["a detention commutable at a rate per day of it", "The detention may be commuted to a fine of NT$900 per day of detention."],
    ["a rate written with a slash", "The jail term can be bought out as a penalty of KSh 500/day."],
  ])("%s", (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([...BEFORE_ROWS, ...AFTER_ROWS].map((row) => [row[1], row] as const))("guard %s matches its example", (_, [pattern, , example]) => {
    expect(pattern.test(example)).toBe(true);
  });
});

describe("fines/amount: a fine opening its own clause", () => {
  it.each([
    ["after wages withheld", "The treasurer received two years of corrective labour, with 20 per cent of his wages withheld, and a fine of UZS12,000,000.", ["a fine of UZS12,000,000|12000000|UZS||-"]],
    ["after bail, with a semicolon", "He had been freed on bail in March; a fine of KES 40,000 followed in May.", ["a fine of KES 40,000|40000|KES||-"]],
  ])("is guarded by its own words: %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["bail right before", "He was released on bail and a surety of KES 40,000."],
    ["wages in the amount's own clause", "The court fined the firm, and unpaid wages of KES 40,000 remain owed."],
  ])("still no fine in %s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("fines/amount: day-fines", () => {
  it("matches its own example", () => {
    expect(DAY_FINE[0].test(DAY_FINE[2])).toBe(true);
  });

  it.each([
    ["converted at a rate into a sum", "Mehmet Yilmaz was given a judicial fine of 200 days, converted at TRY 50 per day into TRY 10,000.",
      ["judicial fine of 200 days, converted at TRY 50 per day into TRY 10,000|200|day|10000 TRY|-"]],
    ["converted into a sum", "The court imposed on Ayse Demir a judicial fine of 150 days, converted into TRY 7,500.",
      ["judicial fine of 150 days, converted into TRY 7,500|150|day|7500 TRY|-"]],
    ["day-fines with no sum", "Ole Hansen was ordered to pay 40 day-fines for blocking the gate.", ["40 day-fines|40|day||-"]],
    ["the sum in a bracket after the daily rate", "The court turned Selin Akay's term into a judicial fine of 250 days, calculated at TL 80 per day (TL 20,000).",
      ["judicial fine of 250 days, calculated at TL 80 per day (TL 20,000)|250|day|20000 TRY|-"]],
    ["the sum in a bracket after `a day`", "Baran Ucar got a judicial fine of 120 days at 60 lira a day (7,200 lira) instead of prison.",
      ["judicial fine of 120 days at 60 lira a day (7,200 lira)|120|day|7200 TRY|-"]],
    ["a quoted Spanish unit, the sum a court sets it at, each", "Both were also fined 90 “días-multa”, which the judge set at S/ 2,700 for each.",
      ["90 “días-multa”, which the judge set at S/ 2,700 for each|90|day|2700 PEN|each"]],
    ["the Spanish unit with no fine word, its sum in a bracket", "Lucía Paredes received 120 días-multa (S/ 3,600) for the blockade.", ["120 días-multa (S/ 3,600)|120|day|3600 PEN|-"]],
    ["daily fines equal to a sum", "The court imposed 60 daily fines, equal to KZT 150,000, on Aibek Serikov.", ["60 daily fines, equal to KZT 150,000|60|day|150000 KZT|-"]],
  ])("reads the days as the fine and the sum as its money: %s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ["days of detention beside a fine", "He was fined 5,000 rubles and spent 15 days in detention."],
  ])("no day-fine from %s", (_, text) => {
    expect(found(text).filter((f) => f.includes("|day|"))).toEqual([]);
  });
});

describe("fines/amount: a fine already stated, restated in other money (session 20)", () => {
  it.each([
    ["a relative clause on the fine", "Lena Marsh was fined NOK 9,000. She paid her fine, which is equivalent to about $850, the same week.", ["fined NOK 9,000"]],
    ["a possessive owner and `alone`", "The four were fined MAD 40,000 in all. Omar Idrissi's fine alone amounts to roughly US$1,100.", []],
    ["`the fine` and `comes to`", "Tomas Vidal was fined 2,000,000 pesos. The fine comes to nearly €2,000 at today's rate.", ["fined 2,000,000 pesos"]],
    ["the plural and `were worth`", "Both were fined 300,000 tenge; their fines were worth about $600 each.", ["fined 300,000 tenge"]],
  ])("%s", (_, text, expected) => {
    const texts = found(text).map((f) => f.split("|")[0] ?? "");
    for (const e of expected) expect(texts.some((t) => t.includes(e))).toBe(true);
    expect(found(text).some((f) => /\|(?:USD|EUR)\|/u.test(f))).toBe(false);
  });

  it.each([
    ["an indefinite fine stated by its value", "The court imposed a fine equivalent to 20 tax units on Rosa Diaz.", "20|tax unit"],
    ["a sum the fine is first stated as", "Juan Mora was ordered to pay a fine amounting to $1,200.", "1200|USD"],
    ["a fine noun in another clause", "The fine was upheld, and Amal Haddad was fined a further 500 dinars.", "500|"],
  ])("keeps %s", (_, text, expected) => {
    expect(found(text).some((f) => f.includes(expected))).toBe(true);
  });
});

describe("fines/amount: property taken or raised, and a sum restated in a unit (session 20)", () => {
  it.each([
    ["a confiscated sum beside a fine", "The court fined Rui Costa MZN 20,000 and ordered the confiscation of the USD 3,000 found at his home.", ["MZN"]],
    ["accounts frozen, which hold a sum", "The court fined the editor Ilya Gor KGS 50,000 and froze the outlet's accounts, which hold about 1.2 million soms.", ["KGS"]],
    ["money raised for the fines", "Ana Ruiz was fined €2,000; a solidarity fund has raised €1,500 to pay the fines.", ["EUR"]],
    ["a sum restated in tomans", "Both were fined 200,000,000 rials (20 million tomans) each.", ["IRR"]],
  ])("%s", (_, text, currencies) => {
    expect(found(text).map((f) => f.split("|")[2])).toEqual(currencies);
  });

  it.each([
    ["a fine after a confiscation in the same clause", "Police confiscated his phone and the court fined Ali Saleh 5,000 dinars.", "5000|"],
    ["a fine raised on appeal", "The appeal court raised the fine to €5,000 for Mia Berg.", "5000|EUR"],
    ["a fine held over", "The court held Jon Lee in contempt and fined him $800.", "800|USD"],
  ])("keeps %s", (_, text, expected) => {
    expect(found(text).some((f) => f.includes(expected))).toBe(true);
  });
});

describe("fines/amount: a fine on a company marked as one (session 20)", () => {
  it.each([
    ["`itself` after the company's name", "The labour court fined Rapid Parcel Services itself EGP 20,000 and fined its driver Omar Nabil EGP 5,000.", ["EGP 5,000"]],
    ["a legal form and `legal entity` in apposition", "The court also ordered Volga Print LLC, the outlet's legal entity, to pay a fine of 2 million soms; its editor Aigul Bekova was fined 50,000 soms.", ["50,000 soms"]],
    ["a legal form right before the amount", "The regulator fined Kora Media Ltd 300,000 naira, and the reporter Ada Obi 20,000 naira.", ["20,000 naira"]],
  ])("%s", (_, text, kept) => {
    expect(found(text).map((f) => f.split("|")[0] ?? "").filter((t) => !kept.some((k) => t.includes(k)))).toEqual([]);
    expect(found(text)).toHaveLength(1);
  });

  it.each([
    ["a person who works for a company", "Ana Ruiz, director of Volga Print LLC, was fined 50,000 roubles.", "50000|RUB"],
    ["a co-accused", "The court fined her co-accused Ivan Sych 8,000 hryvnias.", "8000|UAH"],
    ["a person whose aside names her company", "The court fined Lerato Mofo, shop steward at Blue Knit (Pty) Ltd, two thousand maloti in Maseru, Lesotho.", "2000|LSL"],
  ])("keeps %s", (_, text, expected) => {
    expect(found(text).some((f) => f.includes(expected))).toBe(true);
  });
});
