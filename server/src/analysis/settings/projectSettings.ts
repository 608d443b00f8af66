import { dirname, join, relative, sep } from 'node:path';
import { parseExpressionDocument } from '../../hcl';
import type { Expression, Span } from '../../hcl/ast';
import { codeInfo, Codes, isDiagnosticCode, normalizeCode } from '../diagnosticCodes';
import type { Finding } from '../diagnostics/finding';
import type { FileSystem } from '../workspace';
import { matchesGlob } from './glob';
import { isLevel, type Level } from './levels';

// The project file, `.sagemaker-terraform.json`, at a workspace or repository root: severities per code and paths
// left unchecked, for the editor and the command line alike. The nearest one up the tree from a module wins.
//
//   { "severity": { "sagemaker/missing-kms-key": "off", "unused-ignore": "warning" }, "ignorePaths": ["legacy/**"] }

export const PROJECT_FILE_NAME = '.sagemaker-terraform.json';
/** Folders searched upwards from a module: far above any real tree, and a bound on a strange one. */
const MAX_LEVELS = 64;
const MAX_PATTERNS = 200;
const MAX_PATTERN_LENGTH = 500;

export interface ProjectSettings {
  /** The file read; undefined when none was found (then everything is at its default). */
  path?: string;
  /** Its text, which `problems` are offsets into. */
  text: string;
  severity: ReadonlyMap<string, Level>;
  ignorePaths: readonly string[];
  /** What in the file could not be read (bad JSON, entries of the wrong shape); those entries keep their defaults. */
  problems: Finding[];
}

export const NO_PROJECT_SETTINGS: ProjectSettings = { text: '', severity: new Map(), ignorePaths: [], problems: [] };

/**
 * The settings that apply to a module folder (an absolute path): those of the nearest `.sagemaker-terraform.json`
 * in it or a folder above it. `cache` (folder → settings found from there) spares the reads for sibling modules.
 */
export function projectSettingsFor(folder: string, fs: Pick<FileSystem, 'readFile'>, cache?: Map<string, ProjectSettings>): ProjectSettings {
  const visited: string[] = [];
  let found = NO_PROJECT_SETTINGS;
  for (let dir = folder, level = 0; level < MAX_LEVELS; level++) {
    const known = cache?.get(dir);
    if (known) {
      found = known;
      break;
    }
    visited.push(dir);
    const path = join(dir, PROJECT_FILE_NAME);
    const read = fs.readFile(path);
    if (read !== undefined) {
      found = settingsOf(path, read);
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const dir of visited) cache?.set(dir, found);
  return found;
}

/** The settings of a project file from what reading it gave (see FileSystem.readFile); none when it is unreadable. */
export function settingsOf(path: string, read: ReturnType<FileSystem['readFile']>): ProjectSettings {
  if (read === undefined) return { ...NO_PROJECT_SETTINGS, path };
  if (typeof read === 'string') return readProjectSettings(path, read);
  return { ...NO_PROJECT_SETTINGS, path, problems: [problem({ start: 0, end: 0 }, 'This file is too large to read: the defaults apply.')] };
}

/** Whether the settings leave a file (absolute path) unchecked. */
export function isIgnoredPath(settings: ProjectSettings, file: string): boolean {
  if (!settings.path || settings.ignorePaths.length === 0) return false;
  const path = relative(dirname(settings.path), file).split(sep).join('/');
  if (path.startsWith('../')) return false;
  return settings.ignorePaths.some((pattern) => matchesGlob(pattern, path));
}

/** Reads a project file's text; never throws. */
export function readProjectSettings(path: string, text: string): ProjectSettings {
  const settings = { path, text, severity: new Map<string, Level>(), ignorePaths: [] as string[], problems: [] as Finding[] };
  try {
    JSON.parse(text);
  } catch (error) {
    settings.problems.push(problem(jsonErrorSpan(text, error), `Not valid JSON (${error instanceof Error ? error.message : String(error)}): the defaults apply.`));
    return settings;
  }
  // JSON is HCL expression syntax: the HCL parser gives the spans that problems point at.
  const root = parseExpressionDocument(text).expression;
  if (root.kind !== 'Object') {
    settings.problems.push(problem(root, 'Expected an object with "severity" and "ignorePaths": the defaults apply.'));
    return settings;
  }
  for (const item of root.items) {
    const key = keyOf(text, item.key);
    if (key === 'severity') readSeverities(text, item.value, settings);
    else if (key === 'ignorePaths') readIgnorePaths(text, item.value, settings);
    else if (key !== '$schema') settings.problems.push(problem(item.key, `Unknown setting ${JSON.stringify(key)}: expected "severity" or "ignorePaths".`));
  }
  return settings;
}

function readSeverities(text: string, value: Expression, settings: { severity: Map<string, Level>; problems: Finding[] }): void {
  if (value.kind !== 'Object') {
    settings.problems.push(problem(value, 'Expected an object of code → "off", "information", "warning" or "error".'));
    return;
  }
  for (const item of value.items) {
    const code = normalizeCode(keyOf(text, item.key) ?? '');
    const level = stringOf(text, item.value);
    if (!isDiagnosticCode(code)) settings.problems.push(problem(item.key, `${JSON.stringify(code)} is not a code of SageMaker Terraform.`));
    else if (level === undefined || !isLevel(level)) settings.problems.push(problem(item.value, 'Expected "off", "information", "warning" or "error".'));
    else settings.severity.set(code, level);
  }
}

function readIgnorePaths(text: string, value: Expression, settings: { ignorePaths: string[]; problems: Finding[] }): void {
  if (value.kind !== 'Tuple') {
    settings.problems.push(problem(value, 'Expected an array of path globs.'));
    return;
  }
  for (const item of value.items) {
    const glob = stringOf(text, item);
    if (glob === undefined || glob === '') settings.problems.push(problem(item, 'Expected a path glob (a non-empty string).'));
    else if (glob.length > MAX_PATTERN_LENGTH || settings.ignorePaths.length >= MAX_PATTERNS) settings.problems.push(problem(item, `Left out: at most ${MAX_PATTERNS} globs of ${MAX_PATTERN_LENGTH} characters are read.`));
    else settings.ignorePaths.push(glob);
  }
}

/** The string a JSON string expression holds (the JSON text is valid, so its slice parses). */
function stringOf(text: string, expression: Expression): string | undefined {
  if (expression.kind !== 'Template') return undefined;
  try {
    const value: unknown = JSON.parse(text.slice(expression.start, expression.end));
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

const keyOf = stringOf;

/** Where JSON.parse stopped, from its message ("… at position 12"), else the start. */
function jsonErrorSpan(text: string, error: unknown): Span {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  const at = match ? Math.min(Number(match[1]), text.length) : 0;
  return { start: at, end: Math.min(at + 1, text.length) };
}

function problem(span: Span, message: string): Finding {
  const { severity, docs } = codeInfo(Codes.invalidProjectSettings);
  return { span: { start: span.start, end: span.end }, code: Codes.invalidProjectSettings, severity, message, docs };
}
