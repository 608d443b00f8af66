import type { Origin } from '../evaluation/value';

// How findings about a value written elsewhere (a variable's default, a .tfvars entry, a local, a for_each element)
// say where it is written.

/** `variables.tf line 3`: where a value is written. */
export function placeOf(origin: Origin): string {
  return `${fileName(origin.file.uri)} line ${origin.file.range(origin.expression).start.line + 1}`;
}

/** How a message says where the value of `used` (a reference as written) comes from, without saying a name twice. */
export function comesFrom(used: string, origin: Origin): string {
  const place = placeOf(origin);
  if (origin.description === `the default of ${used}`) return `${used} comes from its default (${place})`;
  if (origin.description === used) return `${used} is set in ${place}`;
  if (origin.description.startsWith(`${used} in `)) return `${used} is set in ${place}`;
  return `${used} comes from ${origin.description} (${place})`;
}

/** The last segment of a URI, decoded: the file name messages show. */
export function fileName(uri: string): string {
  const slash = uri.lastIndexOf('/');
  try {
    return decodeURIComponent(uri.slice(slash + 1));
  } catch {
    return uri.slice(slash + 1);
  }
}
