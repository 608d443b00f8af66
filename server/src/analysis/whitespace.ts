// JavaScript's whitespace: what `\s` matches and `String.prototype.trim` removes. Scans that replace a `trim()` of
// a slice or a regular expression use it, so they keep exactly the old meaning without copying or backtracking.

export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The start of the line holding `offset` (just after a `\n`, or 0) when only whitespace lies between the two, else
 * undefined. It scans backwards and stops at the first other character, so it costs the gap, not the line.
 */
export function blankLineStart(text: string, offset: number): number | undefined {
  let i = offset;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && isSpace(text.charCodeAt(i - 1))) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 ? i : undefined;
}
