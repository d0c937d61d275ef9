/** The CLI's help text. */
export const USAGE = `Usage: casebook <command> [options]

Commands:
  extract [PATH...]   Extract records from letters (files or folders; default: input/)
  eval                Compare extracted records with expected ones

extract options:
  --out DIR             where to write (default: output/)
  --format LIST         json,csv (default: both)
  --concurrency N       documents processed at once, on worker threads (default: cores)
  --timeout S           per-document time limit in seconds (default: 60)
  --max-size MB         larger files fail with TOO_LARGE (default: 25)
  --max-pages N         PDFs with more pages fail with PDF_TOO_MANY_PAGES (default: 2000)
  --date-order ORDER    numeric dates: dmy, mdy or auto (default: auto, decided per document)
  --no-ocr              do not OCR scanned pages and images
  --ocr-dpi N           render resolution for OCR (default: 300)
  --no-report           do not write output/report/index.html
  --quiet               print nothing but errors

eval options:
  --expected DIR        expected records (one JSON per document)
  --actual DIR          a run's output folder (its json/ files) or a folder of result JSON
  --min-f1 X            exit 1 if the overall F1 is below X
  --min-f1-<type> X     the same for one record type (people, organisations, dates, sentences, fines)
  --verbose             list what was missed and what was extra, per document

  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 all documents processed; 1 some documents failed (the rest were written),
or eval below its minimum; 2 bad usage or no input; 130 interrupted.`;
