import { describe, expect, it } from "vitest";
import { extractFile, extractText, VERSION } from "../src/index.js";

describe("the library API", () => {
  it("extracts records from text, with offsets into the normalised text", async () => {
    const text = "On 5 October 2020 Sergei Cherkasov, Vice-Chair of the BNP, was sentenced to 15 days in prison.";
    const result = await extractText(text);
    expect(result.document.status).toBe("ok");
    const person = result.people.find((p) => p.name === "Sergei Cherkasov");
    expect(person).toBeDefined();
    expect(result.sentences).toMatchObject([{ person: "Sergei Cherkasov", days: 15, duration: "P15D", date: "2020-10-05" }]);
    expect(result.dates.map((d) => d.value)).toEqual(["2020-10-05"]);
    for (const date of result.dates) expect(text.slice(date.start, date.end)).toBe(date.text);
  });

  it("extracts records from a file of any supported format", async () => {
    const result = await extractFile("fixtures/letters/ituc-belarus-2020.docx");
    expect(result.document).toMatchObject({ id: "ituc-belarus-2020.docx", format: "docx", letter_date: "2020-10-12" });
    expect(result.fines).toMatchObject([{ person: "Anatoly Bokun", amount: 25, unit: "basic amount" }]);
  });

  it("reports a bad file as a failed document, never by throwing", async () => {
    const result = await extractFile("fixtures/bad/truncated.pdf");
    expect(result.document.status).toBe("failed");
    expect(result.document.errors.map((e) => e.code)).toEqual(["PDF_CORRUPT"]);
  });

  it("has a version", () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});
