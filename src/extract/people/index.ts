/** The people rules, in the order they run; resolution merges what they find into one record per person. */
import type { PersonCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { akaRule } from "./aka.js";
import { appositionRule } from "./apposition.js";
import { bylineRule } from "./byline.js";
import { capsSignatureRule } from "./caps-signature.js";
import { capsSurnameRule } from "./caps-surname.js";
import { creditRule } from "./credit.js";
import { givenNameRule } from "./given-name.js";
import { honorificRule } from "./honorific.js";
import { languageRoleRule } from "./language-role.js";
import { letterheadRule } from "./letterhead.js";
import { listRule } from "./list.js";
import { markedItemPersonRule } from "./marked-item.js";
import { nameShapeRule } from "./name-shape.js";
import { penaltySlotRule } from "./penalty-slot.js";
import { namedAsRule } from "./named-as.js";
import { sharedSurnameRule } from "./shared-surname.js";
import { tableRule } from "./table.js";
import { titleRule } from "./title.js";

export const peopleExtractors: Extractor<PersonCandidate>[] = [
  honorificRule,
  titleRule,
  languageRoleRule,
  appositionRule,
  letterheadRule,
  capsSurnameRule,
  capsSignatureRule,
  tableRule,
  listRule,
  akaRule,
  givenNameRule,
  nameShapeRule,
  penaltySlotRule,
  bylineRule,
  creditRule,
  namedAsRule,
  markedItemPersonRule,
  sharedSurnameRule,
];
