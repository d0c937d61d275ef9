import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToParagraphs } from "../../src/read/html.js";

describe("htmlToParagraphs", () => {
  it("makes one paragraph per block, keeps <br> as a line break and drops other tags", () => {
    const html = '<h1>Appeal</h1><p><strong>Jane Roe</strong><br />General Secretary</p><table><tr><td>Minsk</td><td>Brest</td></tr></table><ul><li>one</li></ul>';
    expect(htmlToParagraphs(html)).toEqual(["Appeal", "Jane Roe\nGeneral Secretary", "Minsk", "Brest", "one"]);
  });

  it("drops footnote markers and back-links but keeps the notes", () => {
    const html =
      '<p>He was sentenced to 10 days.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> Others were fined.</p>' +
      '<ol><li id="footnote-1"><p>Source: the union’s release. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToParagraphs(html)).toEqual(["He was sentenced to 10 days. Others were fined.", "Source: the union’s release."]);
  });

  it("decodes entities", () => {
    expect(decodeEntities("Roe &amp; Doe &lt;x&gt; &quot;q&quot; &#8220;a&#x201D; &bogus;")).toBe('Roe & Doe <x> "q" “a” &bogus;');
  });
});
