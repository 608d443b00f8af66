// Character classes of HCL's scanner. HCL identifiers are Unicode (ID_Start | '_') (ID_Continue | '-')*; ASCII is
// answered from a table, everything else falls back to a Unicode property regex (rare in Terraform files).

const ID_START_RE = /^[\p{ID_Start}]$/u;
const ID_CONTINUE_RE = /^[\p{ID_Continue}]$/u;

const ASCII_ID_START = new Uint8Array(128);
/** 1 for ASCII characters that continue an identifier (letters, digits, `_`, `-`). */
export const ASCII_ID_CONTINUE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const digit = c >= 48 && c <= 57;
  ASCII_ID_START[c] = letter || c === 95 ? 1 : 0;
  ASCII_ID_CONTINUE[c] = letter || digit || c === 95 || c === 45 ? 1 : 0;
}

/** Length in UTF-16 units (1 or 2) of an identifier-start character at `pos`, or 0. */
export function identStartLength(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c < 128) return ASCII_ID_START[c];
  return unicodeLength(text, pos, c, ID_START_RE);
}

/** Length in UTF-16 units (1 or 2) of an identifier-continue character (including '-') at `pos`, or 0. */
export function identContinueLength(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (c < 128) return ASCII_ID_CONTINUE[c];
  return unicodeLength(text, pos, c, ID_CONTINUE_RE);
}

/** Per code point: 0 not yet asked, 1 no, 2 yes. Asked once each, so no regex runs per character. */
const BMP_START = new Uint8Array(0x10000);
const BMP_CONTINUE = new Uint8Array(0x10000);
const ASTRAL_START = new Map<number, boolean>();
const ASTRAL_CONTINUE = new Map<number, boolean>();

function unicodeLength(text: string, pos: number, c: number, re: RegExp): number {
  if (c !== c) return 0; // NaN: past the end
  if (c < 0xd800 || c > 0xdfff) {
    const memo = re === ID_START_RE ? BMP_START : BMP_CONTINUE;
    if (memo[c] === 0) memo[c] = re.test(String.fromCharCode(c)) ? 2 : 1;
    return memo[c] === 2 ? 1 : 0;
  }
  const cp = text.codePointAt(pos) as number;
  // A lone surrogate is not a character at all; never part of a name.
  if (cp <= 0xffff) return 0;
  const memo = re === ID_START_RE ? ASTRAL_START : ASTRAL_CONTINUE;
  let yes = memo.get(cp);
  if (yes === undefined) {
    yes = re.test(String.fromCodePoint(cp));
    if (memo.size < 4096) memo.set(cp, yes); // bounded: garbage input could name a million code points
  }
  return yes ? 2 : 0;
}

/** Whitespace as Go's unicode.IsSpace sees it, which is what HCL trims in templates. */
export function isUnicodeSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
