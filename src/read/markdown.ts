/** Markdown reader: the syntax is removed by walking the mdast tree, not by regexes. */
import type { Nodes, Parents } from "mdast";
import { checkMarkdownDepth } from "./limits.js";
import { readText } from "./text.js";
import type { Reader } from "./types.js";

// Note: a private-use character marks hard breaks until soft breaks are settled.
const HARD_BREAK = "\u{F0000}";
const BLOCKS = new Set(["paragraph", "heading", "blockquote", "list", "listItem", "code", "html", "table", "tableRow", "thematicBreak", "definition"]);

/** Inline text of a node: text keeps its value, breaks become newlines, links keep their text. */
function inline(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return HARD_BREAK;
    case "html":
    case "image":
    case "imageReference":
    case "footnoteReference":
      return "";
    default:
      if (!("children" in node)) return "";
      // Note: each child's text once, for its own place and for the label test of the child before it.
      const children = (node as Parents).children;
      const texts = children.map(inline);
      return texts.map((_, i) => lineBroken(children, texts, i)).join("");
  }
}

const EMPHASIS = new Set(["strong", "emphasis"]);

/**
 * Whether the line before a child is all emphasis (`**Beirut, 24 March 2025**`, `*Note n° 11 –
 * Ouagadougou, le 4 novembre 2024*`): a letterhead's lines are written each in its own bold or
 * italics, so the soft break after such a line is a line break, whatever the line's length. Note:
 * the emphasis must open its line too; a bold word closing a wrapped prose line is not a line.
 */
function wholeLineBefore(children: readonly Nodes[], i: number): boolean {
  const child = children[i];
  const before = children[i - 1];
  if (child?.type !== "text" || !child.value.startsWith("\n") || !before || !EMPHASIS.has(before.type)) return false;
  const opener = children[i - 2];
  return opener === undefined || (opener.type === "text" && /\n$/u.test(opener.value)) || opener.type === "break";
}

/**
 * Whether a child is a field's label in emphasis (`**Court:**`, `*Fecha :*`, `**Date of this note**:`):
 * its emphasis closes on a colon, inside or right after it.
 */
function labelAt(children: readonly Nodes[], texts: readonly string[], i: number): boolean {
  const child = children[i];
  if (!child || !EMPHASIS.has(child.type)) return false;
  const after = children[i + 1];
  return /:\s*$/u.test(texts[i] ?? "") || (after?.type === "text" && after.value.startsWith(":"));
}

/**
 * A child's text with the soft break that ends or opens it kept as a line break where the break
 * separates lines of a head: after a line all in emphasis (wholeLineBefore), and before a field
 * opening its line with a label in emphasis (`**Case:** …\n**Court:** …\n**Date:** 8 April 2026`),
 * a form's lines that rendered Markdown would run together.
 */
function lineBroken(children: readonly Nodes[], texts: readonly string[], i: number): string {
  const text = texts[i] ?? "";
  let out = wholeLineBefore(children, i) ? text.replace(/^\n/u, HARD_BREAK) : text;
  if (children[i]?.type === "text" && out.endsWith("\n") && labelAt(children, texts, i + 1)) out = out.slice(0, -1) + HARD_BREAK;
  return out;
}

/**
 * A soft line break inside a paragraph is a space in rendered Markdown (CommonMark).
 * Note: letterhead and signature lines written without the two-space hard break would then run
 * together ("Ayuba Wabba President"), so a soft break after a short line (< 40 characters, far
 * below a prose wrap) is kept as a line break.
 */
function softBreaks(text: string): string {
  // Note: split, not a regex: `([^\n]*)\n` retries from every position of a line without a
  // break, which is quadratic in the length of a long paragraph.
  const lines = text.split("\n");
  let out = lines[0] ?? "";
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i - 1] as string).split(HARD_BREAK).at(-1) ?? "";
    out += (line.trim().length >= 40 ? " " : "\n") + (lines[i] as string);
  }
  return out.replaceAll(HARD_BREAK, "\n");
}

/** Paragraph texts of a block subtree, in document order. */
function blocks(node: Nodes, out: string[]): void {
  if (node.type === "code") {
    out.push(node.value);
  } else if (node.type === "paragraph" || node.type === "heading") {
    out.push(softBreaks(inline(node)));
  } else if (node.type === "table") {
    // Note: a table is one block of rows, one line a row, cells joined by a tab (normalise/tables.ts).
    const cell = (node: Nodes): string => softBreaks(inline(node)).replace(/\s+/gu, " ").trim();
    out.push(node.children.map((row) => row.children.map(cell).join("\t")).join("\n"));
  } else if ("children" in node) {
    for (const child of (node as Parents).children) {
      if (BLOCKS.has(child.type)) blocks(child, out);
      else out.push(softBreaks(inline(child)));
    }
  }
}

/**
 * Plain text of a Markdown document: block nodes become paragraphs separated by a blank line.
 * Note: the parser (micromark, ~50 modules, ~90 ms of CPU) is imported on a thread's first
 * Markdown document, so that a batch of plain text never loads it (issue 19).
 */
export async function markdownToText(source: string): Promise<string> {
  const [{ fromMarkdown }, { gfmTableFromMarkdown }, { gfmTable }] = await Promise.all([
    import("mdast-util-from-markdown"),
    import("mdast-util-gfm-table"),
    import("micromark-extension-gfm-table"),
  ]);
  const out: string[] = [];
  blocks(fromMarkdown(source, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }), out);
  return out.filter((block) => block.trim() !== "").join("\n\n");
}

export const markdownReader: Reader = {
  format: "markdown",
  async read(bytes) {
    const raw = readText(bytes, "markdown");
    checkMarkdownDepth(raw.pages[0] ?? "");
    return { ...raw, pages: [await markdownToText(raw.pages[0] ?? "")] };
  },
};
