/**
 * Renders PDF pages to PNG images for OCR with pdf-parse v2's `getScreenshot` (pdf.js and
 * @napi-rs/canvas underneath; no second PDF engine).
 */

/** PDF user-space units per inch: a page rendered at scale 1 is 72 dpi. */
const POINTS_PER_INCH = 72;

/** One rendered page: its 1-based number and PNG bytes. */
export interface RenderedPage {
  page: number;
  png: Uint8Array;
}

/**
 * Renders the given 1-based pages at `dpi`, one at a time, calling `each` on every image
 * before the next is rendered (a 300 dpi US Letter page is about 2550 × 3300 pixels).
 */
export async function renderPdfPages(
  bytes: Uint8Array,
  pages: number[],
  dpi: number,
  each: (page: RenderedPage) => Promise<void>,
): Promise<void> {
  // Note: pdf.js may transfer (detach) the buffer it is given; the caller's bytes are
  // still needed by the PDF reader, so it gets a copy.
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    for (const page of pages) {
      const shot = await parser.getScreenshot({
        partial: [page],
        scale: dpi / POINTS_PER_INCH,
        imageDataUrl: false,
        imageBuffer: true,
      });
      const image = shot.pages[0];
      if (!image) throw new Error(`page ${page} of ${shot.total} could not be rendered`);
      await each({ page, png: image.data });
    }
  } finally {
    await parser.destroy();
  }
}
