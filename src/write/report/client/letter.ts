/**
 * Browser code of the report, part 2: the letter viewer. Only the letter on screen is
 * rendered (lazily, on demand), its text cut into segments at every record boundary so
 * overlapping records (a person inside a sentence phrase) each keep their class.
 */
export const LETTER_SCRIPT = String.raw`
const viewer = {
  index: -1,
  refs: new Map(),
  pane: document.getElementById("letter-body"),
  picker: document.getElementById("letter-picker"),
  meta: document.getElementById("letter-meta"),
  legend: document.getElementById("letter-legend"),
};

function spansOf(doc) {
  const spans = [];
  for (const type of TYPES) {
    doc[type].forEach((rec, i) => {
      const places = rec.mentions && rec.mentions.length ? rec.mentions : [rec];
      for (const place of places) spans.push({ s: place.start, e: place.end, type: type, ref: type + ":" + i });
    });
  }
  return spans;
}

/** Cuts [0, length) at every span boundary; each segment lists the spans covering it. */
function segmentsOf(length, spans) {
  const cuts = new Set([0, length]);
  const clean = [];
  for (const span of spans) {
    const s = Math.max(0, Math.min(length, Math.floor(Number(span.s) || 0)));
    const e = Math.max(s, Math.min(length, Math.floor(Number(span.e) || 0)));
    if (e === s) continue;
    clean.push({ s: s, e: e, type: span.type, ref: span.ref });
    cuts.add(s);
    cuts.add(e);
  }
  const points = Array.from(cuts).sort((a, b) => a - b);
  clean.sort((a, b) => a.s - b.s || b.e - a.e);
  const segments = [];
  let active = [];
  let next = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k];
    active = active.filter((span) => span.e > from);
    while (next < clean.length && clean[next].s <= from) active.push(clean[next++]);
    segments.push({ s: from, e: points[k + 1], spans: active.slice() });
  }
  return segments;
}

function renderText(doc) {
  const text = doc.text || "";
  const fragment = document.createDocumentFragment();
  viewer.refs = new Map();
  for (const segment of segmentsOf(text.length, spansOf(doc))) {
    const piece = text.slice(segment.s, segment.e);
    if (segment.spans.length === 0) {
      fragment.append(document.createTextNode(piece));
      continue;
    }
    const mark = el("mark", "hl", piece);
    const refs = [];
    for (const span of segment.spans) {
      mark.classList.add("t-" + span.type);
      if (refs.indexOf(span.ref) < 0) refs.push(span.ref);
    }
    mark.dataset.refs = refs.join(" ");
    for (const ref of refs) {
      if (!viewer.refs.has(ref)) viewer.refs.set(ref, []);
      viewer.refs.get(ref).push(mark);
    }
    fragment.append(mark);
  }
  return fragment;
}

function renderMeta(doc) {
  clear(viewer.meta);
  const d = doc.document;
  const title = el("h3", "letter-title", d.id);
  title.append(el("span", "badge " + (d.status === "ok" ? "ok" : "failed"), d.status));
  const facts = el("p", "letter-facts");
  const parts = [["Letter date", d.letter_date || "none"], ["Words", fmt(d.words)], ["Format", d.format || "?"]];
  if (d.date_order) parts.push(["Date order", d.date_order]);
  if (d.language) parts.push(["Language", d.language]);
  if (d.ocr) parts.push(["OCR", "pages " + d.ocr_pages.join(", ")]);
  for (const [label, value] of parts) facts.append(el("span", "fact-label", label), el("span", "fact", value));
  viewer.meta.append(title, facts);
  for (const message of d.errors.concat(d.warnings)) {
    const line = el("p", "notice " + message.severity);
    line.append(el("code", "", message.code), document.createTextNode(" " + message.message));
    viewer.meta.append(line);
  }
  clear(viewer.legend);
  for (const type of TYPES) {
    const chip = el("label", "chip");
    const box = el("input");
    box.type = "checkbox";
    box.checked = !viewer.pane.classList.contains("hide-" + type);
    box.addEventListener("change", () => viewer.pane.classList.toggle("hide-" + type, !box.checked));
    chip.append(box, el("span", "swatch t-" + type), el("span", "", LABELS[type].plural), el("span", "count", doc[type].length));
    viewer.legend.append(chip);
  }
}

function openDoc(index) {
  if (index === viewer.index || !DOCS[index]) return;
  viewer.index = index;
  hideTooltip();
  const doc = DOCS[index];
  viewer.picker.value = String(index);
  renderMeta(doc);
  clear(viewer.pane);
  if (doc.text === null) viewer.pane.append(el("p", "empty", "No normalised text was found for this document."));
  else if (doc.text === "") viewer.pane.append(el("p", "empty", doc.document.status === "ok" ? "This document has no text." : "No text: the document failed (see above)."));
  else viewer.pane.append(renderText(doc));
  viewer.pane.scrollTop = 0;
  document.getElementById("letter-prev").disabled = index === 0;
  document.getElementById("letter-next").disabled = index === DOCS.length - 1;
}

/** Marks record i of a type in letter d and flashes it; unless told not to, scrolls it to the middle of the pane. */
function openRecord(type, d, i, stay) {
  openDoc(d);
  for (const old of viewer.pane.querySelectorAll(".is-target")) old.classList.remove("is-target", "flash");
  const marks = viewer.refs.get(type + ":" + i) || [];
  viewer.pane.classList.remove("hide-" + type);
  const status = document.getElementById("letter-status");
  status.textContent = marks.length ? "" : "This record's offsets fall outside the text.";
  if (!marks.length) return;
  for (const mark of marks) mark.classList.add("is-target");
  const first = marks[0];
  if (stay) {
    for (const mark of marks) mark.classList.add("flash");
    return;
  }
  const pane = viewer.pane.getBoundingClientRect();
  const box = first.getBoundingClientRect();
  viewer.pane.scrollTop += box.top - pane.top - viewer.pane.clientHeight / 2 + box.height / 2;
  const after = first.getBoundingClientRect();
  if (after.top < 0 || after.bottom > window.innerHeight) first.scrollIntoView({ block: "center" });
  void first.offsetWidth;
  for (const mark of marks) mark.classList.add("flash");
}

function initLetters() {
  DOCS.forEach((doc, index) => {
    const option = el("option", "", doc.document.id + (doc.document.status === "ok" ? "" : " (failed)"));
    option.value = String(index);
    viewer.picker.append(option);
  });
  viewer.picker.addEventListener("change", () => openDoc(Number(viewer.picker.value)));
  document.getElementById("letter-prev").addEventListener("click", () => openDoc(viewer.index - 1));
  document.getElementById("letter-next").addEventListener("click", () => openDoc(viewer.index + 1));
  viewer.pane.addEventListener("mouseover", (event) => {
    const mark = event.target.closest ? event.target.closest("mark.hl") : null;
    if (mark) showTooltip(DOCS[viewer.index], mark.dataset.refs.split(" "), event.clientX, event.clientY);
  });
  viewer.pane.addEventListener("mouseout", (event) => {
    if (!event.relatedTarget || !event.relatedTarget.closest || !event.relatedTarget.closest("mark.hl")) hideTooltip();
  });
  viewer.pane.addEventListener("scroll", hideTooltip, { passive: true });
  viewer.pane.addEventListener("click", (event) => {
    const mark = event.target.closest ? event.target.closest("mark.hl") : null;
    if (!mark) return;
    // Note: refs run outer to inner (spans sorted by start, longest first), so the last is the innermost.
    const [type, i] = mark.dataset.refs.split(" ").pop().split(":");
    openRecord(type, viewer.index, Number(i), true);
    revealRow(type, viewer.index, Number(i));
  });
  document.addEventListener("click", (event) => {
    const button = event.target.closest ? event.target.closest("[data-open-doc]") : null;
    if (!button) return;
    const index = docIndexById(button.dataset.openDoc);
    if (index >= 0) {
      openDoc(index);
      document.getElementById("letter").scrollIntoView({ block: "start" });
    }
  });
  const first = DOCS.findIndex((doc) => doc.text);
  if (DOCS.length) openDoc(first >= 0 ? first : 0);
}
`;
