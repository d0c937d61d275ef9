/**
 * The review report in a real browser: headless Chromium opens the report of the fixture
 * batch from the file system, checks the counts, clicks a sentence and checks that its span
 * is highlighted and in view, checks the cases sheet, persons and charts, and proves the
 * hostile letter runs and loads nothing.
 */
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentResult, RunSummary } from "../../src/records.js";
import { writeReport } from "../../src/write/report/index.js";
import { HAS_CHROMIUM, SKIP_REASON, launchChromium } from "./chromium.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/report");
const RESULTS = join(import.meta.dirname, "../../test-results");

/** What a page did that a report must never do. */
interface Incidents {
  dialogs: string[];
  errors: string[];
  requests: string[];
}

// Note: CI sets CASEBOOK_REQUIRE_CHROMIUM=1 so that a missing browser fails there instead of skipping.
if (!HAS_CHROMIUM && process.env.CASEBOOK_REQUIRE_CHROMIUM === "1") throw new Error(`Chromium is required: ${SKIP_REASON}`);
if (!HAS_CHROMIUM) console.warn(`tests/e2e/report.test.ts ${SKIP_REASON}`);
const suite = HAS_CHROMIUM ? describe : describe.skip;

suite(HAS_CHROMIUM ? "report in headless Chromium" : `report in headless Chromium (${SKIP_REASON})`, () => {
  let browser: Browser;
  let dir: string;
  let url: string;
  let summary: RunSummary;

  async function fixture(id: string): Promise<DocumentResult> {
    return DocumentResult.parse(JSON.parse(await readFile(join(FIXTURES, "json", `${id}.json`), "utf8")));
  }

  async function open(address = url): Promise<{ page: Page; incidents: Incidents }> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const incidents: Incidents = { dialogs: [], errors: [], requests: [] };
    page.on("dialog", (dialog) => {
      incidents.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => incidents.errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") incidents.errors.push(message.text());
    });
    page.on("request", (request) => {
      if (request.url() !== address) incidents.requests.push(request.url());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener("securitypolicyviolation", (event) => w.violations.push(event.violatedDirective));
    });
    await page.goto(address);
    await page.waitForSelector("body[data-ready=true]");
    return { page, incidents };
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "casebook-e2e-"));
    await cp(FIXTURES, dir, { recursive: true });
    summary = RunSummary.parse(JSON.parse(await readFile(join(dir, "run.json"), "utf8")));
    await writeReport(dir, summary);
    url = pathToFileURL(join(dir, "report/index.html")).href;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("shows the run summary, the failure and a count per record type", async () => {
    const { page, incidents } = await open();
    expect(await page.textContent('[data-stat="documents"] .stat-value')).toBe(String(summary.documents));
    for (const [type, count] of Object.entries(summary.counts)) {
      expect(await page.textContent(`[data-stat="${type}"] .stat-value`)).toBe(String(count));
      expect(await page.textContent(`#record-tabs [data-type="${type}"] .count`)).toBe(String(count));
    }
    const failure = page.locator("table.messages").first();
    expect(await failure.textContent()).toContain("NO_TEXT_LAYER");
    expect(await failure.textContent()).toContain("the PDF has no text layer");
    expect(incidents).toEqual({ dialogs: [], errors: [], requests: [] });
    await page.close();
  });

  it("clicking a sentence highlights its span in the letter and scrolls it into view", async () => {
    const { page } = await open();
    const expected = (await fixture("2019/disk-turkey-long.txt")).sentences[0];
    await page.click('#record-tabs [data-type="sentences"]');
    await page.fill("#filter-person", "Arzu");
    await expect.poll(() => page.locator("#records-body tr").count()).toBe(1);
    await page.click("#records-body tr");
    const found = await page.evaluate(() => {
      const pane = document.getElementById("letter-body") as HTMLElement;
      const marks = Array.from(pane.querySelectorAll<HTMLElement>("mark.is-target"));
      const first = marks[0] as HTMLElement;
      const before = document.createRange();
      before.setStart(pane, 0);
      before.setEndBefore(first);
      const box = first.getBoundingClientRect();
      const paneBox = pane.getBoundingClientRect();
      return {
        letter: (document.getElementById("letter-picker") as HTMLSelectElement).selectedOptions[0]?.textContent,
        text: marks.map((mark) => mark.textContent).join(""),
        start: before.toString().length,
        allSentences: marks.every((mark) => mark.classList.contains("t-sentences")),
        flashing: marks.every((mark) => mark.classList.contains("flash")),
        scrolled: pane.scrollTop,
        inPane: box.top >= paneBox.top && box.bottom <= paneBox.bottom,
        inWindow: box.top >= 0 && box.bottom <= window.innerHeight,
      };
    });
    expect(found).toMatchObject({
      letter: "2019/disk-turkey-long.txt",
      text: expected?.text,
      start: expected?.start,
      allSentences: true,
      flashing: true,
      inPane: true,
      inWindow: true,
    });
    expect(found.scrolled).toBeGreaterThan(0);
    await mkdir(RESULTS, { recursive: true });
    await page.waitForTimeout(1700);
    await page.screenshot({ path: join(RESULTS, "report.png") });
    await page.close();
  });

  it("keeps both highlights where a person is named inside a sentence phrase", async () => {
    const { page } = await open();
    await page.selectOption("#letter-picker", { label: "2020/itf-belarus-strike.txt" });
    expect(await page.locator("#letter-body mark.t-people.t-sentences").allTextContents()).toEqual(["Sergei Dylevsky"]);
    expect(await page.locator("#letter-body mark.t-organisations.t-sentences").allTextContents()).toEqual(["MTZ"]);
    const refs = await page.getAttribute("#letter-body mark.t-people.t-sentences", "data-refs");
    expect(refs?.split(" ").sort()).toEqual(["people:1", "sentences:0"]);
    await page.close();
  });

  it("shows a record's fields and rule on hover", async () => {
    const { page } = await open();
    await page.selectOption("#letter-picker", { label: "2021/ei-iran-teachers.md" });
    await page.hover('#letter-body mark.t-sentences:text-is("sentenced to 1 year of prison")');
    const tip = page.locator("#tooltip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.textContent();
    expect(text).toContain("Rasoul Bodaghi");
    expect(text).toContain("P1Y");
    expect(text).toContain("sentences/sentenced-to");
    await page.close();
  });

  it("clicking a highlight selects its record in the table", async () => {
    const { page } = await open();
    await page.selectOption("#letter-picker", { label: "2021/baj-journalists-fined.docx" });
    await page.click('#letter-body mark.t-fines:has-text("fined a further")');
    expect(await page.getAttribute('#record-tabs [data-type="fines"]', "aria-selected")).toBe("true");
    expect(await page.locator("#records-body tr").count()).toBe(3);
    expect(await page.textContent("#records-body tr.selected td.col-text")).toBe("fined a further 20 basic amounts (EUR 175)");
    expect(await page.locator("#letter-body mark.is-target").allTextContents()).toEqual(["fined a further 20 basic amounts (EUR 175)"]);
    await page.close();
  });

  it("sorts and filters the tables", async () => {
    const { page } = await open();
    await page.click('#record-tabs [data-type="sentences"]');
    const days = () => page.locator("#records-body tr td:nth-child(5)").allTextContents();
    await page.click('#records-head button:text-is("Days")');
    expect((await days())[0]).toBe("10");
    await page.click('#records-head button:text-is("Days")');
    expect((await days())[0]).toBe("3465");
    await page.selectOption("#filter-kind", "prison");
    expect(await days()).toEqual(["3465", "2190", "365", "90"]);
    await page.selectOption("#filter-doc", { label: "2021/ei-iran-teachers.md" });
    expect(await days()).toEqual(["3465", "2190", "365"]);
    expect(await page.textContent("#table-status")).toBe("Showing 3 of 3 (9 in all)");
    await page.close();
  });

  it("opens on the cases sheet, keeps days held, terms not held and each currency apart, and lists persons", async () => {
    const { page, incidents } = await open();
    expect(await page.locator("#record-tabs button").first().getAttribute("data-type")).toBe("cases");
    expect(await page.getAttribute('#record-tabs [data-type="cases"]', "aria-selected")).toBe("true");
    expect(await page.textContent('#record-tabs [data-type="cases"] .count')).toBe(String(summary.counts.sentences + summary.counts.fines));
    expect(await page.locator("#records-head th").first().textContent()).toBe("Person");
    const held = await page.locator("#chart-days .bar-label").allTextContents();
    expect(held).toEqual(expect.arrayContaining(["Esmail Abdi", "Sergei Dylevsky"]));
    expect(held.filter((name) => name.startsWith("Arzu") || name === "Maksim Sereda")).toEqual([]);
    const notHeld = await page.locator("#chart-other .bar-label").allTextContents();
    expect(notHeld).toEqual(expect.arrayContaining(["Arzu Çerkezoğlu · suspended prison", "Maksim Sereda · restricted freedom"]));
    expect(await page.locator("#chart-fines h3").allTextContents()).toEqual(["basic amount", "USD"]);
    // Two detention terms of one man in one letter: one bar of 25 days, and his two cases behind it.
    expect(await page.getAttribute('#chart-days .bar-row:has-text("Sergei Dylevsky")', "title")).toBe("Sergei Dylevsky: 25 d");
    await page.click('#chart-days .bar-row:has-text("Sergei Dylevsky")');
    expect(await page.getAttribute('#record-tabs [data-type="cases"]', "aria-selected")).toBe("true");
    expect(await page.locator("#records-body tr td.col-days").allTextContents()).toEqual(["15", "10"]);
    await page.click('#record-tabs [data-type="persons"]');
    await page.fill("#filter-person", "Kozel");
    await expect.poll(() => page.locator("#records-body tr").count()).toBe(1);
    expect(await page.textContent("#records-body tr td.col-fines")).toBe("45 basic amount");
    await page.click("#records-body tr button.record-link");
    expect(await page.locator("#letter-picker option:checked").textContent()).toBe("2021/baj-journalists-fined.docx");
    expect(await page.locator("#letter-body mark.is-target").first().textContent()).toBe("Andrei Kozel");
    expect(incidents).toEqual({ dialogs: [], errors: [], requests: [] });
    await page.close();
  });

  it("shows a hostile letter as text: nothing runs, nothing loads", async () => {
    const { page, incidents } = await open();
    const text = await readFile(join(FIXTURES, "text/2022/hostile.txt.txt"), "utf8");
    await page.selectOption("#letter-picker", { label: "2022/hostile.txt" });
    expect(await page.textContent("#letter-body")).toBe(text);
    expect(await page.locator("#letter-body *:not(mark)").count()).toBe(0);
    expect(await page.locator("img, iframe, object, embed, body svg:not(.months)").count()).toBe(0);
    await page.hover("#letter-body mark.t-people");
    expect(await page.textContent("#tooltip")).toContain('"><script>window.__pwned=1</script>');
    expect(await page.textContent("#letter-body mark.t-people")).toBe("Kim <b>Lee</b>");
    await page.click('#record-tabs [data-type="people"]');
    await page.click("#records-body tr:has-text('Kim <b>Lee</b>')");
    await page.locator("details summary").click();
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      violations: (window as unknown as { violations: string[] }).violations,
    }));
    expect(state).toEqual({ pwned: undefined, violations: [] });
    expect(incidents).toEqual({ dialogs: [], errors: [], requests: [] });
    await page.close();
  });

  it("stays responsive with 300 letters", async () => {
    const big = await mkdtemp(join(tmpdir(), "casebook-e2e-big-"));
    try {
      const ids = ["2019/disk-turkey-long.txt", "2020/itf-belarus-strike.txt", "2021/baj-journalists-fined.docx", "2021/ei-iran-teachers.md"];
      const total: RunSummary = { ...summary, documents: 300, ok: 300, failed: 0, failures: [], warnings: [] };
      for (let n = 0; n < 300; n++) {
        const source = ids[n % ids.length] as string;
        const id = `big/${String(n).padStart(3, "0")}-${source.replace("/", "-")}`;
        const result = await fixture(source);
        result.document.id = id;
        await mkdir(join(big, "json/big"), { recursive: true });
        await mkdir(join(big, "text/big"), { recursive: true });
        await cp(join(FIXTURES, "json", `${source}.json`), join(big, "json", `${id}.json`));
        await cp(join(FIXTURES, "text", `${source}.txt`), join(big, "text", `${id}.txt`));
      }
      const started = performance.now();
      await writeReport(big, total);
      const writeMs = performance.now() - started;
      const address = pathToFileURL(join(big, "report/index.html")).href;
      const opened = performance.now();
      const { page, incidents } = await open(address);
      const readyMs = performance.now() - opened;
      await page.click('#record-tabs [data-type="dates"]');
      const clicked = performance.now();
      await page.click("#records-body tr >> nth=250");
      await page.waitForSelector("#letter-body mark.is-target");
      const clickMs = performance.now() - clicked;
      console.log(`300 letters: report written in ${writeMs.toFixed(0)} ms, page ready in ${readyMs.toFixed(0)} ms, record shown in ${clickMs.toFixed(0)} ms`);
      expect(readyMs).toBeLessThan(5000);
      expect(clickMs).toBeLessThan(1000);
      expect(incidents.errors).toEqual([]);
      await page.close();
    } finally {
      await rm(big, { recursive: true, force: true });
    }
  });
});
