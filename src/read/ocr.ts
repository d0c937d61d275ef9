/** Placeholder until OCR lands: pages without a text layer cannot be read. */
import { CasebookError } from "../messages.js";

export interface OcrPage {
  /** 1-based page number. */
  page: number;
  text: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
}

/** OCRs the given 1-based pages of a PDF, rendered at `dpi`. */
export async function ocrPdfPages(_bytes: Uint8Array, _pages: number[], _dpi: number): Promise<OcrPage[]> {
  throw new CasebookError("NO_TEXT_LAYER");
}

/** OCRs one image (PNG, JPEG, TIFF). */
export async function ocrImage(_bytes: Uint8Array): Promise<OcrPage> {
  throw new CasebookError("NO_TEXT_LAYER");
}
