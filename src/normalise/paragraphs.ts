/** Paragraph separation: exactly one blank line between paragraphs, none at the ends. */

/** Collapses runs of blank lines to one and trims blank lines at the start and end. */
export function paragraphs(text: string): string {
  return text.replace(/\n{3,}/g, "\n\n").replace(/^\n+|\n+$/g, "");
}
