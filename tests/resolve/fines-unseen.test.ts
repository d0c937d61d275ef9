/**
 * Fines as unseen letters word them (issue 12, "What to build" item 3; session 11's audit): every
 * shape written again in made-up words, names and countries, through the fine rules and the
 * linking. Each person fined `each`, amounts in words and with scales (`lakh`, `crore`, `m`), signs
 * glued to numbers, the code from the currency's name and the letter's country and date, units
 * with their equivalents; and sums that are no fines (bail, bonds, damages, costs, compensation,
 * donations, seized or embezzled sums, a law's maximum, a request, a fine on a body).
 */
import { describe, expect, it } from "vitest";
import { fines, run } from "./penalties-helpers.js";

describe("fines: who is fined, and in what", () => {
  it.each([
    // An order to pay `each` after another person's fine in the clause before: not the first person's too.
    ["an order to pay each after a fine", "On 4 March 2024 the Mombasa court fined Halima Wanjiru KSh200,000 and ordered Peter Otieno and Silas Kiprop to pay KSh50,000 each.", ["Halima Wanjiru", "Peter Otieno", "Silas Kiprop"], ["Halima Wanjiru|200000|KES|-", "Peter Otieno|50000|KES|-", "Silas Kiprop|50000|KES|-"]],
    ["told to pay each after a fine, in Uganda", "The magistrate in Gulu, Uganda, fined Okello Joseph USh3,000,000; Acan Grace and Opio Denis were told to pay Shs500,000 each.", ["Okello Joseph", "Acan Grace", "Opio Denis"], ["Okello Joseph|3000000|UGX|-", "Acan Grace|500000|UGX|-", "Opio Denis|500000|UGX|-"]],
    ["must pay each, after a contrast", "In Lusaka, Zambia, the court fined Mwila Banda K20,000, while both Chanda Phiri and Bwalya Tembo must pay K10,000 each.", ["Mwila Banda", "Chanda Phiri", "Bwalya Tembo"], ["Mwila Banda|20000|ZMW|-", "Chanda Phiri|10000|ZMW|-", "Bwalya Tembo|10000|ZMW|-"]],
    ["were each fined, three names", "Kenji Sato, Aiko Tanaka and Hiroshi Mori were each fined 300,000 yen by the Osaka District Court.", ["Kenji Sato", "Aiko Tanaka", "Hiroshi Mori"], ["Kenji Sato|300000|JPY|-", "Aiko Tanaka|300000|JPY|-", "Hiroshi Mori|300000|JPY|-"]],
    ["a fine of X each, after the names", "The Hanoi court sentenced Tran Van Minh and Le Thi Hoa to a fine of 30 million dong each.", ["Tran Van Minh", "Le Thi Hoa"], ["Tran Van Minh|30000000|VND|-", "Le Thi Hoa|30000000|VND|-"]],
    ["ordered to pay an amount in words each, no fine word", "In Kampala, Uganda, the magistrate ordered Nambi Sarah and Wasswa Peter to pay two hundred thousand shillings each.", ["Nambi Sarah", "Wasswa Peter"], ["Nambi Sarah|200000|UGX|-", "Wasswa Peter|200000|UGX|-"]],
    ["a penalty apiece, glued cedi sign", "In Accra, Ghana, Kofi Mensah and Ama Owusu received a penalty of GH₵1,200 apiece.", ["Kofi Mensah", "Ama Owusu"], ["Kofi Mensah|1200|GHS|-", "Ama Owusu|1200|GHS|-"]],
    ["Rs. each in Sri Lanka", "In Colombo, Sri Lanka, Nimal Perera and Kamal Silva were fined Rs. 25,000 each.", ["Nimal Perera", "Kamal Silva"], ["Nimal Perera|25000|LKR|-", "Kamal Silva|25000|LKR|-"]],
    ["dinars in words", "An Algiers court fined the journalist Samir Benali fifty thousand dinars.", ["Samir Benali"], ["Samir Benali|50000|DZD|-"]],
    ["rupees in words in India", "In New Delhi the court fined Indian union leader Suresh Kumar ten thousand rupees.", ["Suresh Kumar"], ["Suresh Kumar|10000|INR|-"]],
    ["a glued naira N", "The Kano magistrate fined comrade Aliyu Musa N40,000 for leading the strike.", ["Aliyu Musa"], ["Aliyu Musa|40000|NGN|-"]],
    ["a naira sign with a glued m", "In Lagos, Nigeria, the court fined union leader Joe Ajaero ₦1.5m.", ["Joe Ajaero"], ["Joe Ajaero|1500000|NGN|-"]],
    ["a glued Rs in Pakistan", "In Lahore, Pakistan, the labour court fined Imran Qureshi Rs5,000.", ["Imran Qureshi"], ["Imran Qureshi|5000|PKR|-"]],
    ["HK$ glued", "A Hong Kong court fined Chan Ka-wai HK$6,500 for unlawful assembly.", ["Chan Ka-wai"], ["Chan Ka-wai|6500|HKD|-"]],
    ["S$ glued", "The Singaporean activist Tan Wei Ling was fined S$3,000.", ["Tan Wei Ling"], ["Tan Wei Ling|3000|SGD|-"]],
    ["a code with million", "The Seoul court fined union organiser Park Ji-hoon KRW 2 million.", ["Park Ji-hoon"], ["Park Ji-hoon|2000000|KRW|-"]],
    ["taka in lakh", "A Dhaka court fined Rahima Akter Tk 1.5 lakh for organising a rally in Bangladesh.", ["Rahima Akter"], ["Rahima Akter|150000|BDT|-"]],
    ["rupees in crore", "The Mumbai sessions court imposed a fine of Rs 2 crore on Vikram Desai, an Indian trade unionist.", ["Vikram Desai"], ["Vikram Desai|20000000|INR|-"]],
    ["YTL as TRY", "The Istanbul court fined Turkish editor Mehmet Kaya YTL 3,000.", ["Mehmet Kaya"], ["Mehmet Kaya|3000|TRY|-"]],
    ["manat in Azerbaijan", "A Baku court fined Azerbaijani journalist Elvin Mammadov 1,500 manats.", ["Elvin Mammadov"], ["Elvin Mammadov|1500|AZN|-"]],
    ["manat in Turkmenistan", "A court in Turkmenistan fined Turkmen reporter Berdi Orazov 2,000 manat.", ["Berdi Orazov"], ["Berdi Orazov|2000|TMT|-"]],
    ["dirhams in the Emirates", "In Dubai an Emirati court fined blogger Khalid Al Mansoori 50,000 dirhams.", ["Khalid Al Mansoori"], ["Khalid Al Mansoori|50000|AED|-"]],
    ["CFA francs in Senegal", "In Dakar a Senegalese court fined the journalist Awa Diop 200,000 CFA francs.", ["Awa Diop"], ["Awa Diop|200000|XOF|-"]],
    ["francs in the DR Congo", "The Congolese court in Kinshasa fined the teacher Jean Mbala 500,000 francs.", ["Jean Mbala"], ["Jean Mbala|500000|CDF|-"]],
    ["francs in Cameroon", "A court in Douala, Cameroon, fined reporter Paul Nkou 300,000 francs.", ["Paul Nkou"], ["Paul Nkou|300000|XAF|-"]],
    ["dinars in Jordan", "In Amman a Jordanian court fined teacher Omar Khalil 500 dinars.", ["Omar Khalil"], ["Omar Khalil|500|JOD|-"]],
    ["pounds in Egypt", "In Cairo an Egyptian court fined the journalist Mona Adel 20,000 pounds.", ["Mona Adel"], ["Mona Adel|20000|EGP|-"]],
    ["MCI with its tenge", "The court in Kazakhstan fined union leader Aigul Nurlanova 100 MCI (about 345,000 tenge).", ["Aigul Nurlanova"], ["Aigul Nurlanova|100|monthly calculation index|-"]],
    ["basic amounts with BYN", "The Belarusian court fined Siarhei Kazlou 30 basic amounts (BYN 1,110).", ["Siarhei Kazlou"], ["Siarhei Kazlou|30|basic amount|-"]],
    ["tomans with dollars", "The Revolutionary Court in Tehran fined the Iranian teacher Reza Karimi 15 million tomans (about 300 USD).", ["Reza Karimi"], ["Reza Karimi|15000000|toman|-"]],
    ["UMA with pesos", "In Monterrey, Mexico, the judge fined Rosa Garza Montes 200 UMA (about 22,628 pesos).", ["Rosa Garza Montes"], ["Rosa Garza Montes|200|UMA|-"]],
    ["the Lebanese pound's LL", "In Beirut the military court fined Lebanese union treasurer Rania Khalil Saad LL 3,000,000.", ["Rania Khalil Saad"], ["Rania Khalil Saad|3000000|LBP|-"]],
    ["Lebanese pounds by name", "The court fined Lebanese organiser Karim Haddad 4 million Lebanese pounds.", ["Karim Haddad"], ["Karim Haddad|4000000|LBP|-"]],
    ["Shs with the East African /= mark", "In Kampala, Uganda, the court fined Musoke Ivan Shs 500,000/= for the march.", ["Musoke Ivan"], ["Musoke Ivan|500000|UGX|-"]],
    ["a code with million in Tanzania", "In Dar es Salaam the court fined Juma Hamisi TZS 2 million.", ["Juma Hamisi"], ["Juma Hamisi|2000000|TZS|-"]],
    ["slapped with a fine, Kshs. and /-", "In Nairobi, Achieng Odhiambo was slapped with a fine of Kshs. 100,000/- for the strike.", ["Achieng Odhiambo"], ["Achieng Odhiambo|100000|KES|-"]],
    ["rupees grouped by lakhs", "The Pune court fined Indian organiser Meena Rao Rs 1,00,000.", ["Meena Rao"], ["Meena Rao|100000|INR|-"]],
    ["a hyphenated amount before the fine noun", "The Moroccan court handed journalist Hamid Alaoui a 2,000-dirham fine.", ["Hamid Alaoui"], ["Hamid Alaoui|2000|MAD|-"]],
    ["a fine amounting to", "The court ordered Indonesian activist Budi Santoso to pay a fine amounting to 3 million rupiah.", ["Budi Santoso"], ["Budi Santoso|3000000|IDR|-"]],
    ["sentenced to pay fines each, a code", "The Dhaka tribunal sentenced Rubel Hossain and Shirin Akter to pay fines of BDT 5,000 each.", ["Rubel Hossain", "Shirin Akter"], ["Rubel Hossain|5000|BDT|-", "Shirin Akter|5000|BDT|-"]],
    ["amounts shared out respectively", "The court fined Turkish unionists Ali Demir and Zeynep Kaya 3,000 and 2,000 lira respectively.", ["Ali Demir", "Zeynep Kaya"], ["Ali Demir|3000|TRY|-", "Zeynep Kaya|2000|TRY|-"]],
    ["a fine paid", "Zimbabwean nurse Rudo Chikwanha paid a US$300 fine imposed in March.", ["Rudo Chikwanha"], ["Rudo Chikwanha|300|USD|-"]],
    ["a fine beside moral damages", "The court fined Filipino organiser Jose Ramos PHP 20,000 and ordered him to pay P50,000 in moral damages.", ["Jose Ramos"], ["Jose Ramos|20000|PHP|-"]],
    ["base units with roubles after a comma", "The Belarusian court fined Aliaksandr Bialiatski 40 base units, about 1,480 roubles.", ["Aliaksandr Bialiatski"], ["Aliaksandr Bialiatski|40|basic amount|-"]],
    ["pesos in Colombia", "A Colombian court in Bogotá fined Luis Gómez 5 million pesos.", ["Luis Gómez"], ["Luis Gómez|5000000|COP|-"]],
    ["dinars in Tunisia", "The Tunisian court fined the journalist Sami Ben Salah 1,000 dinars.", ["Sami Ben Salah"], ["Sami Ben Salah|1000|TND|-"]],
    ["a fine with a default term", "Zimbabwean teacher Obert Masaraure was fined US$200 or, in default of payment, 30 days in prison.", ["Obert Masaraure"], ["Obert Masaraure|200|USD|-"]],
  ] as const)("%s", (_, text, names, expected) => {
    expect(fines(run(text, [...names]))).toEqual(expected);
  });
});

describe("fines: sums that are no fines", () => {
  it.each([
    ["bail and a surety", "The Kampala court released Okello Joseph on bail of USh2,000,000, and set a surety of Shs5m for Acan Grace.", ["Okello Joseph", "Acan Grace"]],
    ["damages and costs", "The Nairobi court ordered Peter Otieno to pay KSh300,000 in damages to the company and KSh20,000 in costs.", ["Peter Otieno"]],
    ["compensation to the employer", "The Kenyan court ordered union leader Mary Achieng to pay compensation of KSh150,000 to the employer.", ["Mary Achieng"]],
    ["an embezzled sum", "Officials accused union treasurer Bola Ade of embezzling N2,000,000, a claim he denies; no fine was imposed.", ["Bola Ade"]],
    ["a price to buy out a term", "Filipino organiser Jose Ramos was jailed for six months; he could buy out the term for a fine of P20,000.", ["Jose Ramos"]],
    ["a term commutable to a fine", "Carlos Mendoza was sentenced to two years, a term commutable to a fine of 90,000 pesos.", ["Carlos Mendoza"]],
    ["a fine on a company", "The Bangladeshi court fined the Apex Garments company Tk 500,000 for unsafe workplaces.", []],
    ["a fine only requested", "The prosecutor requested a fine of 10,000 lira for Turkish reporter Ayse Demir.", ["Ayse Demir"]],
    ["a law's maximum", "Kenyan organiser James Mwangi faces a fine of up to KSh1,000,000 under the law.", ["James Mwangi"]],
    ["a maximum a section provides", "Section 57 provides a maximum fine of Tk 1 crore; union leader Kalpona Akter was charged under it.", ["Kalpona Akter"]],
    ["a union fined, its leader not", "The Zimbabwean union was fined US$2,000 by the Labour Court; its president Tendai Moyo was not charged.", ["Tendai Moyo"]],
    ["confiscated money", "Police confiscated 5 million soums from Uzbek activist Dilshod Karimov, who had been fined before.", ["Dilshod Karimov"]],
    ["legal costs", "The Labour Court ordered organiser Thabo Nkosi to pay the employer's legal costs of R150,000, but no fine.", ["Thabo Nkosi"]],
    ["a good-behaviour bond", "Nurse Mere Vula, never fined, was released on a good-behaviour bond of $500.", ["Mere Vula"]],
    ["a suit for damages", "The company sued Filipino organiser Ana Reyes for P5 million in damages, though no fine was set.", ["Ana Reyes"]],
  ] as const)("%s", (_, text, names) => {
    expect(fines(run(text, [...names]))).toEqual([]);
  });

  it.each([
    ["a donation towards the fine", "Zimbabwean unionist Tendai Moyo was fined ZWL$5,000; members donated US$300 to help pay it.", ["Tendai Moyo"], ["Tendai Moyo|5000|ZWL|-"]],
    ["a monthly wage beside the fine", "Zambian miner Mulenga Chola was fined K5,000, although he earns only K3,000 a month.", ["Mulenga Chola"], ["Mulenga Chola|5000|ZMW|-"]],
  ] as const)("only the fine in %s", (_, text, names, expected) => {
    expect(fines(run(text, [...names]))).toEqual(expected);
  });
});
