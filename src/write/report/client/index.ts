/** The report page's one inline script, assembled from its parts. */
import { CHARTS_SCRIPT } from "./charts.js";
import { COLUMNS_SCRIPT } from "./columns.js";
import { CORE_SCRIPT } from "./core.js";
import { LETTER_SCRIPT } from "./letter.js";
import { TABLES_SCRIPT } from "./tables.js";

/**
 * The whole client as one strict-mode IIFE. Note: the page's CSP allows exactly this text
 * (by its SHA-256), so it must be the verbatim content of the `<script>` element.
 */
export const CLIENT_SCRIPT = [
  '(() => {\n"use strict";',
  CORE_SCRIPT,
  LETTER_SCRIPT,
  COLUMNS_SCRIPT,
  TABLES_SCRIPT,
  CHARTS_SCRIPT,
  "initLetters();\ninitTables();\ninitCharts();\ndocument.body.dataset.ready = \"true\";\n})();\n",
].join("\n");
