/**
 * Given-name equivalents: the forms one given name takes in the romanisations casebook meets
 * (Belarusian, Russian, Ukrainian; Arabic, Persian, Turkish), and the few English forms letters
 * use for them. A small table kept by hand on purpose: it is the one place two different
 * spellings of a word are declared one name, so every row must be a name's own variants, never
 * two names that only sound alike. Rows are written in natural spelling; they are folded and
 * romanised (romanise.ts) when loaded, so `Sergey` and `Sergei` need not both be listed.
 *
 * A given name alone never joins two people: these equivalents only make two full names equal.
 * Some rows hold the form any-ascii gives a Belarusian Cyrillic name (`Сяргей` → `Syargey`,
 * `Ігар` → `Igar`: it reads г as g). Documented in docs/persons.md.
 */
import { nameTokens } from "./fold.js";
import { applyRules, SPELLING_RULES } from "./romanise.js";

/** [the name's canonical form, its other forms…]; the canonical form is the key's spelling. */
export const GIVEN_NAME_EQUIVALENTS: readonly (readonly string[])[] = [
  ["Alexander", "Aleksandr", "Aliaksandr", "Alyaksandr", "Alaksandr", "Oleksandr", "Aleksander", "Ales"],
  ["Alexei", "Aleksei", "Alexey", "Aliaksei", "Alyaksei", "Oleksii", "Oleksiy", "Alexej"],
  ["Anatoly", "Anatoli", "Anatolii", "Anatol"],
  ["Andrei", "Andrey", "Andrej", "Andrii", "Andriy", "Andrei"],
  ["Anna", "Hanna", "Ganna"],
  ["Dmitry", "Dmitri", "Dmitrii", "Dzmitry", "Dzmitri", "Dmytro"],
  ["Ekaterina", "Yekaterina", "Katsiaryna", "Kateryna", "Katerina"],
  ["Elena", "Yelena", "Alena", "Alyona", "Olena"],
  ["Elizaveta", "Yelizaveta", "Lizaveta", "Elisaveta"],
  ["Evgeny", "Yevgeny", "Evgeni", "Yevgeniy", "Yauhen", "Yauhien", "Yevhen", "Ievgen", "Eugene"],
  ["Igor", "Ihar", "Ihor", "Igar"],
  ["Irina", "Iryna"],
  ["Lyudmila", "Ludmila", "Liudmila", "Liudmyla"],
  ["Maria", "Mariya", "Maryia", "Mariia", "Marya"],
  ["Maxim", "Maksim", "Maksym", "Maxym"],
  ["Mikhail", "Mikhal", "Mykhailo", "Michail"],
  ["Natalia", "Natalya", "Nataliya", "Natallia"],
  ["Nikolai", "Nikolay", "Mikalai", "Mikalaj", "Mykola", "Mikola"],
  ["Olga", "Volha", "Olha"],
  ["Pavel", "Paval", "Pavlo"],
  ["Pyotr", "Petr", "Piotr", "Petro", "Piatro"],
  ["Sergei", "Sergey", "Siarhei", "Syarhei", "Serhii", "Serhiy", "Sergii", "Sergiy", "Sergej", "Syargey"],
  ["Svetlana", "Sviatlana", "Svyatlana", "Svitlana"],
  ["Tatiana", "Tatyana", "Tatsiana", "Tatsyana", "Tetiana", "Tetyana"],
  ["Viktor", "Victor", "Viktar"],
  ["Viktoria", "Victoria", "Viktoryia", "Viktoriya"],
  ["Vladimir", "Uladzimir", "Uladzimer", "Volodymyr", "Wladimir"],
  ["Yuri", "Yury", "Yurii", "Yuriy", "Iurii", "Jury"],
  ["Ahmad", "Ahmed", "Ahmet", "Ehmed"],
  ["Abdullah", "Abdallah", "Abdollah"],
  ["Fatima", "Fatemeh", "Fatma", "Fatimah"],
  ["Hassan", "Hasan"],
  ["Hossein", "Hussein", "Hosein", "Husein", "Husayn", "Hüseyin", "Hussain"],
  ["Ibrahim", "Ebrahim", "Ibrahem"],
  ["Ismail", "Esmail", "Esmaeil", "Ismayil", "Ismael"],
  ["Jafar", "Jaafar", "Jafer", "Cafer"],
  ["Khaled", "Khalid"],
  ["Mahmoud", "Mahmud", "Mahmood"],
  ["Maryam", "Mariam", "Meryem"],
  ["Mehdi", "Mahdi"],
  ["Morteza", "Murtaza", "Mortaza"],
  ["Muhammad", "Mohammad", "Mohammed", "Mohamed", "Muhammed", "Mohamad", "Mohamud"],
  ["Mustafa", "Mostafa", "Moustafa", "Mustapha"],
  ["Nasser", "Naser", "Nasir", "Nassir"],
  ["Omar", "Umar", "Ömer", "Omer"],
  ["Osman", "Othman", "Uthman"],
  ["Reza", "Riza", "Rıza"],
  ["Said", "Saeed", "Saied", "Sayeed"],
  ["Yusuf", "Yousef", "Youssef", "Yusef", "Yousuf", "Yussuf"],
  ["Zeynab", "Zainab", "Zaynab", "Zeinab"],
];

/** One folded token as the key spells it: romanised, without the table. */
export function spell(token: string): string {
  return applyRules(token, SPELLING_RULES);
}

const canonical = new Map<string, string>();
for (const row of GIVEN_NAME_EQUIVALENTS) {
  const target = spell(nameTokens(row[0] ?? "").join(""));
  for (const form of row) canonical.set(spell(nameTokens(form).join("")), target);
}

/** A spelled token's canonical given-name form (`siarhei` → `sergei`), or the token itself. */
export function canonicalGiven(spelled: string): string {
  return canonical.get(spelled) ?? spelled;
}

/** Whether two spelled tokens are forms of one given name in the table. */
export function sameGivenName(a: string, b: string): boolean {
  return canonicalGiven(a) === canonicalGiven(b);
}
