import type { Span } from '../../hcl/ast';
import { codeInfo, Codes } from '../diagnosticCodes';
import type { Finding } from '../diagnostics/finding';
import { isJsonConfiguration } from '../jsonConfiguration';
import type { ParsedFile } from '../parsedFile';
import type { Fix } from '../fixes/types';
import { directivesOf, type Directive, type IgnoredCode } from './directives';
import { itemsByStart } from './items';

// Inline suppressions: findings an ignore comment names are dropped, and ignore comments that silence nothing (or
// name no code of ours) become findings themselves, so stale ones get cleaned up. checkov's skips are honoured but
// never reported: they are checkov's as much as ours.

/** The codes about the ignore comments themselves, which no comment can silence. */
const ABOUT_IGNORES = new Set<string>([Codes.unusedIgnore, Codes.unknownIgnoreCode]);

/** `findings` without those an ignore comment silences, plus findings about the comments. */
export function applySuppressions(file: ParsedFile, findings: readonly Finding[]): Finding[] {
  if (file.tooLarge !== undefined || isJsonConfiguration(file.uri)) return [...findings];
  const directives = cached(file);
  if (directives.length === 0) return [...findings];
  const scopes = directives.map((d) => scopeOf(file, d));
  const used = new Set<IgnoredCode>();
  const kept = findings.filter((finding) => {
    if (ABOUT_IGNORES.has(finding.code)) return true;
    let silenced = false;
    directives.forEach((directive, i) => {
      const scope = scopes[i];
      if (!scope || finding.span.start < scope.start || finding.span.start > scope.end) return;
      for (const ignored of directive.codes) {
        if (ignored.code === finding.code) {
          used.add(ignored);
          silenced = true;
        }
      }
    });
    return !silenced;
  });
  for (const directive of directives) {
    if (directive.kind !== 'ignore') continue;
    if (directive.codes.length === 0) kept.push(about(Codes.unknownIgnoreCode, directive.span, 'This ignore comment names no code: write `sagemaker-terraform:ignore <code>`.'));
    for (const ignored of directive.codes) {
      if (!ignored.known) kept.push(about(Codes.unknownIgnoreCode, ignored.span, `"${ignored.code}" is not a code of SageMaker Terraform, so this ignores nothing.`));
      else if (!used.has(ignored)) {
        const finding = about(Codes.unusedIgnore, ignored.span, `No ${ignored.code} finding here to ignore: the comment can go.`);
        finding.fixes = [removal(file, directive, ignored)];
        kept.push(finding);
      }
    }
  }
  return kept;
}

/**
 * Where a directive applies: its own line for an end-of-line comment; else the block or attribute that starts
 * after it (nested blocks included), or that line. checkov's skips apply to the resource they are written in.
 */
function scopeOf(file: ParsedFile, directive: Directive): Span | undefined {
  if (directive.kind === 'checkov') {
    const holder = file.topLevel.body.items.find((i) => i.kind === 'Block' && i.start <= directive.span.start && directive.span.start < i.end);
    if (holder) return { start: holder.start, end: holder.end };
  }
  if (directive.trailing) return lineOf(file, directive.span.start);
  if (directive.next === undefined) return undefined;
  const item = (itemsByStartCache.get(file) ?? cacheItems(file)).get(directive.next);
  return item ? { start: item.start, end: item.end } : lineOf(file, directive.next);
}

/** Per parse: a module is diagnosed again whenever another of its files changes, this file's comments stay. */
const directiveCache = new WeakMap<ParsedFile, Directive[]>();
function cached(file: ParsedFile): Directive[] {
  let directives = directiveCache.get(file);
  if (!directives) directiveCache.set(file, (directives = directivesOf(file.text)));
  return directives;
}

const itemsByStartCache = new WeakMap<ParsedFile, ReturnType<typeof itemsByStart>>();
function cacheItems(file: ParsedFile) {
  const items = itemsByStart(file.syntax.body);
  itemsByStartCache.set(file, items);
  return items;
}

function lineOf(file: ParsedFile, offset: number): Span {
  const line = file.positionAt(offset).line;
  const start = file.offsetAt({ line, character: 0 });
  const next = file.offsetAt({ line: line + 1, character: 0 });
  return { start, end: next > start && file.text.charCodeAt(next - 1) === 10 ? next - 1 : next };
}

function about(code: typeof Codes.unusedIgnore | typeof Codes.unknownIgnoreCode, span: Span, message: string): Finding {
  const { severity, docs } = codeInfo(code);
  return { span, code, severity, message, docs };
}

/** Removes one unused code: the whole comment when it is the only one (its line too when the comment is alone on it). */
function removal(file: ParsedFile, directive: Directive, ignored: IgnoredCode): Fix {
  const text = file.text;
  const codes = directive.codes;
  if (codes.length > 1) {
    // From the code to the next one, or from the one before for the last: the separator goes with it.
    const i = codes.indexOf(ignored);
    const span = i < codes.length - 1 ? { start: ignored.span.start, end: codes[i + 1].span.start } : { start: codes[i - 1].span.end, end: ignored.span.end };
    return { title: `Remove ${ignored.code} from the ignore comment`, edits: [{ span, newText: '' }] };
  }
  let start = directive.span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = directive.span.end;
  if (!directive.trailing && (start === 0 || text[start - 1] === '\n')) {
    // The comment is alone on its line: the line goes, line break included.
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
  }
  return { title: 'Remove the unused ignore comment', edits: [{ span: { start, end }, newText: '' }] };
}
