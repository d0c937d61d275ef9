/** The organisations rules, in the order they run. */
import type { OrganisationCandidate } from "../../records.js";
import type { Extractor } from "../types.js";

export const organisationExtractors: Extractor<OrganisationCandidate>[] = [];
