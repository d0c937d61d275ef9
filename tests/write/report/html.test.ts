import { describe, expect, it } from "vitest";
import { escapeHtml, html, jsonForScript, raw } from "../../../src/write/report/html.js";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("html", () => {
  it("escapes interpolated values but keeps SafeHtml and joins arrays", () => {
    const name = `"><img src=x onerror=alert(1)>`;
    const out = html`<td title="${name}">${[name, raw("<b>ok</b>")]}${null}${3}</td>`.value;
    expect(out).toBe(
      '<td title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;<b>ok</b>3</td>',
    );
  });
});

describe("jsonForScript", () => {
  const hostile = { text: "</script><script>alert(1)</script><!-- & \u2028\u2029" };

  it("leaves no character that could end or confuse a script block", () => {
    const out = jsonForScript(hostile);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain("\\u003c/script\\u003e");
  });

  it("parses back to the same value", () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});
