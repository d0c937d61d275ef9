import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { RunSummary } from "../../../src/records.js";
import { CLIENT_SCRIPT } from "../../../src/write/report/client/index.js";
import { collectDocuments } from "../../../src/write/report/collect.js";
import { renderPage } from "../../../src/write/report/page.js";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/report");
let page = "";

/** The page with the JSON data block and the inline script cut out: the markup itself. */
function markupOnly(text: string): string {
  return text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "<script></script>");
}

beforeAll(async () => {
  const summary = RunSummary.parse(JSON.parse(await readFile(join(FIXTURES, "run.json"), "utf8")));
  page = renderPage(summary, await collectDocuments(FIXTURES));
});

describe("renderPage", () => {
  it("has exactly one data block and one script, and the CSP allows that script by hash", () => {
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((match) => match[1])).toEqual([' type="application/json" id="casebook-data"', ""]);
    const hash = createHash("sha256").update(scripts[1]?.[2] ?? "").digest("base64");
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? "";
    expect(policy).toContain("default-src &#39;none&#39;");
    expect(policy).toContain(`script-src &#39;sha256-${hash}&#39;`);
    expect(policy).not.toContain("unsafe");
  });

  it("carries every document's text as JSON that parses back intact", async () => {
    const data = /<script type="application\/json" id="casebook-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    const parsed = JSON.parse(data) as { documents: { text: string }[] };
    const hostile = await readFile(join(FIXTURES, "text/2022/hostile.txt.txt"), "utf8");
    expect(parsed.documents.map((d) => d.text)).toContain(hostile);
  });

  it("lets no hostile text into the markup unescaped", () => {
    const markup = markupOnly(page);
    expect(markup).not.toMatch(/<img|<svg|<b>|<!-- a comment/i);
    expect(markup).not.toMatch(/\son[a-z]+\s*=/i);
    expect(markup).toContain("decoded as &lt;b&gt;windows-1252&lt;/b&gt; &lt;script&gt;");
    expect(page.match(/<script/g)).toHaveLength(2);
  });

  it("escapes a hostile document id and failure message in the summary", () => {
    const id = `"><img src=x onerror=alert(1)>.txt`;
    const summary = RunSummary.parse({
      casebook: "0.1.0", documents: 1, ok: 0, failed: 1,
      counts: { people: 0, organisations: 0, dates: 0, sentences: 0, fines: 0 },
      failures: [{ id, errors: [{ code: "INTERNAL", severity: "error", message: "<script>alert(1)</script>", cause: "<b>x</b>" }] }],
      warnings: [], words: 0, elapsed_ms: 1,
    });
    const markup = markupOnly(renderPage(summary, { documents: [], problems: [{ file: `json/${id}.json`, reason: "<i>bad</i>" }] }));
    expect(markup).not.toMatch(/<img|<b>|<i>|<script>alert/);
    expect(markup).toContain('data-open-doc="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt"');
  });

  it("shows the summary counts and the failure with its code and message", () => {
    expect(page).toMatch(/data-stat="documents">[\s\S]*?<div class="stat-value">6</);
    expect(page).toMatch(/data-stat="sentences">[\s\S]*?<div class="stat-value">9</);
    expect(page).toContain("<code>NO_TEXT_LAYER</code>");
    expect(page).toContain('data-open-doc="2022/scan.pdf"');
  });

  it("has a client script that compiles and never uses innerHTML or eval", () => {
    expect(() => new Function(CLIENT_SCRIPT)).not.toThrow();
    expect(CLIENT_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });

  it("carries the persons across the letters and the kinds held for the charts", () => {
    const data = /<script type="application\/json" id="casebook-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
    const parsed = JSON.parse(data) as { custodial: string[]; persons: { name: string; custodial_days: number; other_days: { kind: string }[] }[] };
    expect(parsed.custodial).toEqual(["prison", "detention", "administrative detention"]);
    const arzu = parsed.persons.find((p) => p.name.startsWith("Arzu"));
    expect(arzu).toMatchObject({ custodial_days: 0, other_days: [{ kind: "suspended prison", days: 455, sentences: 1 }] });
  });

  it("names the charts by what they add up: days held apart from terms not held, fines per currency", () => {
    expect(page).toContain("<h2>Days held per person</h2>");
    expect(page).toContain("<h2>Terms not held per person</h2>");
    expect(page).toContain("<h2>Fines per person, by currency</h2>");
    expect(page).not.toContain("Days of detention");
  });

  it("links the run's files, cases first, escaping their names", () => {
    const summary = RunSummary.parse({
      casebook: "0.1.0", documents: 0, ok: 0, failed: 0, counts: { people: 0, organisations: 0, dates: 0, sentences: 0, fines: 0 },
      failures: [], warnings: [], words: 0, elapsed_ms: 1, outputs: ["cases.csv", "cases.json", "run.json", "report/index.html", `"><b>x</b>`],
    });
    const markup = markupOnly(renderPage(summary, { documents: [], problems: [] }));
    expect(markup).toMatch(/<a href="..\/cases.csv">cases.csv<\/a>[\s\S]*<a href="..\/cases.json">cases.json<\/a>[\s\S]*<a href="..\/run.json">/);
    expect(markup).not.toContain('href="../report/index.html"');
    expect(markup).not.toContain("<b>x</b>");
  });
});
