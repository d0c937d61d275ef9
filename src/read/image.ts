/** Image reader (PNG, JPEG, TIFF): OCR when enabled, else the image has no text to read. */
import { CasebookError } from "../messages.js";
import { ocrImage, ocrWarnings } from "./ocr.js";
import type { Reader } from "./types.js";

export const imageReader: Reader = {
  format: "image",
  async read(bytes, options) {
    if (!options.ocr) throw new CasebookError("NO_TEXT_LAYER", "an image; OCR is off");
    const page = await ocrImage(bytes);
    const ocr = { pages: [1], confidence: page.confidence };
    return { format: "image", pages: [page.text], header: "", footer: "", ocr, warnings: ocrWarnings([page]) };
  },
};
