/**
 * Address lines: `1 Hoang Hoa Tham, Ba Dinh, Hanoi, Viet Nam`, `Shram Shakti Bhawan, Rafi Marg`
 * above `New Delhi 110001`. Their capitalised words are streets, buildings and districts, never
 * people, so name rules skip them.
 */
import { isPlaceName } from "../nlp.js";
import { HONORIFICS, ROLE_HEADS } from "./lexicon.js";
import { MONTH_ABBREVIATIONS } from "../dates/patterns.js";

// Note: a house number opens an address line; a postcode (5–6 digits, or `SW1X 7BJ`-like) ends one.
const HOUSE_NUMBER = /^\d{1,4}[a-z]?[,\s]/u;
const POSTCODE = /(?:^|\s)(?:\d{5,6}|\p{Lu}{1,2}\d[\dA-Z]? \d\p{Lu}{2})$/u;

const LONGEST = 90;

/** A date opening a line (`15 Jan 2025`, `3rd March`): a byline's or letter's date, no house number. */
const DATE_LINE = new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0]+(?:${MONTH_ABBREVIATIONS})`, "iu");

/**
 * The line holding `offset` and the line after it, or null when the line is longer than an
 * address line. Note: the search is bounded, so a text written on one long line stays linear.
 */
function linesAt(text: string, offset: number): [string, string] | null {
  const from = Math.max(0, offset - LONGEST);
  const back = text.lastIndexOf("\n", offset - 1);
  if (back < from - 1 && from > 0) return null;
  const start = back + 1;
  const window = text.slice(offset, offset + LONGEST + 1);
  const ahead = window.indexOf("\n");
  if (ahead < 0 && offset + window.length < text.length) return null;
  const end = ahead < 0 ? text.length : offset + ahead;
  const line = text.slice(start, end).trim();
  const nextWindow = text.slice(end + 1, end + 2 + LONGEST);
  const nextEnd = nextWindow.indexOf("\n");
  return [line, (nextEnd < 0 ? nextWindow : nextWindow.slice(0, nextEnd)).trim()];
}

/**
 * True when a line itself shows an address: a house number, a postcode, or three parts or more
 * one of which is a known place. Note: `Jane Doe, London` (two parts) may be a signature.
 */
function addressEvidence(line: string, parts: string[]): boolean {
  return HOUSE_NUMBER.test(line) || POSTCODE.test(line) || (parts.length >= 3 && parts.some((part) => isPlaceName(part)));
}

const isRole = (word: string): boolean => ROLE_HEADS.has(word) || ROLE_HEADS.has(word.replace(/e?s$/u, ""));

/** A line of comma-separated short parts with no sentence punctuation and no form of address. */
function listLike(line: string): string[] | null {
  if (line.length > LONGEST || /[.;:!?()"“”]/u.test(line.replace(/\b(?:St|Av|Bd|Rd|No)\./gu, ""))) return null;
  // Note: a byline names its writer (`By Ama Owusu, Accra`).
  if (/^By[ \u00a0]/u.test(line)) return null;
  const parts = line.split(/\s*,\s*/u).filter(Boolean);
  if (parts.some((part) => part.split(/\s+/u).length > 5)) return null;
  // Note: a form of address or a role (`John Smith, General Secretary, Brussels`) makes it a signature.
  const words = line.toLowerCase().split(/[\s,]+/u).map((word) => word.replace(/\.$/u, ""));
  if (words.some((word) => HONORIFICS.has(word) || isRole(word))) return null;
  return parts;
}

/**
 * True when the line holding `offset` is an address line: comma-separated parts with a house
 * number, a postcode or a known place, or such parts directly above a line with a postcode or
 * a known place (`Shram Shakti Bhawan, Rafi Marg` / `New Delhi 110001`).
 */
export function onAddressLine(text: string, offset: number): boolean {
  const lines = linesAt(text, offset);
  if (!lines) return false;
  const [line, next] = lines;
  const parts = listLike(line);
  if (!parts) return false;
  if (addressEvidence(line, parts)) return true;
  const nextParts = listLike(next);
  return parts.length >= 2 && nextParts !== null && (POSTCODE.test(next) || (HOUSE_NUMBER.test(next) && !DATE_LINE.test(next)));
}
