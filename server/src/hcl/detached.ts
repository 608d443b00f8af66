// V8 makes a substring of 13 or more characters a view into the string it was cut from, and that whole string then
// stays in memory as long as the substring does. Syntax trees outlive their text (the incremental parse hands the
// nodes of unchanged blocks on to later versions), so the strings a tree keeps are copied out of the text: else every
// place edited would keep the whole file as it was then alive (100 edits at different places of a 1 MB file kept
// 96 MB).

/** V8 copies shorter substrings, and makes no cons string of a shorter concatenation. */
const SHARED_FROM = 13;

/** `s` as a flat string of its own: slicing a concatenation makes V8 copy it first (test/unit/hcl/detached.test.ts). */
export function detached(s: string): string {
  return s.length < SHARED_FROM ? s : (s + ' ').slice(0, -1);
}

/** `text.slice(start, end)`, sharing no memory with `text`. */
export function sliceOf(text: string, start: number, end: number): string {
  return end - start < SHARED_FROM ? text.slice(start, end) : detached(text.slice(start, end));
}
