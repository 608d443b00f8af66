// Text into HTML for the status webview: every string from AWS, the user or a document goes through here, in
// element text and in quoted attributes alike.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '`: safe in element text and in quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Escaped text whose `backticked` spans (the commands a detail names) become <code>, so the panel shows no raw
 * Markdown. The span pattern is a bounded negated class: linear in the text's length.
 */
export function withCode(text: string): string {
  return escapeHtml(text).replace(/`([^`\n]{1,200})`/g, '<code>$1</code>');
}
