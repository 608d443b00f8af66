// Caps and formats for the text the status views keep and show: AWS answers may send megabytes where the API allows
// a few characters, so every string is cut to a known size with a visible marker.

/** What a capped string ends with, so a person sees that it was cut. */
export const TRUNCATED = '… (truncated)';

/**
 * Caps on the AWS strings the view keeps (whatever answers may send megabytes): the API's maximum for names and ARNs,
 * a few KB for free text. Enumerations (statuses, instance types, strategies) are short; 64 is generous.
 */
export const TEXT_MAX = { name: 63, arn: 2048, enumeration: 64, failureReason: 4096, message: 1024, alarm: 255, line: 2048 } as const;

/** A string from an answer, cut to `max` characters plus TRUNCATED; numbers and booleans as text, anything else empty. */
export function capText(value: unknown, max: number): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  return text.length > max ? `${text.slice(0, max)}${TRUNCATED}` : text;
}

/** `0 s`, `45 s`, `5 min`, `1 h 30 min`. */
export function formatDuration(seconds: number): string {
  if (seconds < 60 || seconds % 60 !== 0) {
    if (seconds < 60) return `${seconds} s`;
    const m = Math.floor(seconds / 60);
    return `${m} min ${seconds % 60} s`;
  }
  const minutes = seconds / 60;
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
