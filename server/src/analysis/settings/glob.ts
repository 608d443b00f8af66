// Path globs of the project file's `ignorePaths`: `*` and `?` within one path segment, `**` for any number of
// segments, and a pattern that names a folder covers everything under it. Matching is by segment with a table, so
// its cost is bounded by the lengths (patterns are capped when read), never exponential.

/** Whether `path` (relative, `/`-separated) or a folder it is in matches `pattern`. */
export function matchesGlob(pattern: string, path: string): boolean {
  const p = split(pattern);
  const s = split(path);
  if (p.length === 0) return false;
  // reach[j]: the pattern's first i segments match the path's first j.
  let reach = new Array<boolean>(s.length + 1).fill(false);
  reach[0] = true;
  for (const segment of p) {
    const next = new Array<boolean>(s.length + 1).fill(false);
    for (let j = 0; j <= s.length; j++) {
      if (segment === '**') next[j] = reach[j] || (j > 0 && next[j - 1]);
      else if (j > 0) next[j] = reach[j - 1] && matchesSegment(segment, s[j - 1]);
    }
    reach = next;
  }
  // A match of the path itself, or of a folder it is in.
  return reach.some(Boolean);
}

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '' && segment !== '.');
}

/** `*` and `?` wildcards in one segment: the classic two-pointer match, linear in practice and O(n·m) at worst. */
function matchesSegment(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
