/** The organisations rules, in the order they run; resolution merges acronyms, full names and aliases. */
import type { OrganisationCandidate } from "../../records.js";
import type { Extractor } from "../types.js";
import { acronymRule } from "./acronym.js";
import { apposedRule } from "./apposed.js";
import { bylineRule } from "./byline.js";
import { causeRule } from "./cause.js";
import { definitionRule } from "./definition.js";
import { descriptorRule } from "./descriptor.js";
import { firmRule } from "./firm.js";
import { legalFormRule } from "./legal-form.js";
import { languageBodyRule } from "./language-body.js";
import { lineRule } from "./line.js";
import { listRule } from "./list.js";
import { mediaRule } from "./media.js";
import { missionRule } from "./mission.js";
import { namedRule } from "./named.js";
import { organRule } from "./organ.js";
import { quotedRule } from "./quoted.js";
import { signatoriesRule } from "./signatories.js";
import { stateRule } from "./state.js";

export const organisationExtractors: Extractor<OrganisationCandidate>[] = [
  definitionRule,
  namedRule,
  acronymRule,
  descriptorRule,
  mediaRule,
  listRule,
  causeRule,
  apposedRule,
  quotedRule,
  firmRule,
  legalFormRule,
  bylineRule,
  languageBodyRule,
  organRule,
  stateRule,
  missionRule,
  lineRule,
  signatoriesRule,
];
