import type { Finding } from '../diagnostics/finding';
import type { Severity } from '../diagnosticCodes';

// Severity overrides, from the project file and the user's setting: a level per code, `off` to drop its findings.

export type Level = 'off' | Severity;

const LEVELS: ReadonlySet<string> = new Set(['off', 'information', 'warning', 'error']);

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && LEVELS.has(value);
}

/** `findings` at the levels `overrides` give their codes, without those turned off. */
export function withLevels(findings: readonly Finding[], overrides: ReadonlyMap<string, Level>): Finding[] {
  if (overrides.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const finding of findings) {
    const level = overrides.get(finding.code);
    if (level === undefined) out.push(finding);
    else if (level !== 'off') out.push(level === finding.severity ? finding : { ...finding, severity: level });
  }
  return out;
}

/** The overrides in force: the user's on top of the project's (the user's setting wins, code by code). */
export function mergeLevels(project: ReadonlyMap<string, Level>, user: ReadonlyMap<string, Level>): ReadonlyMap<string, Level> {
  if (user.size === 0) return project;
  if (project.size === 0) return user;
  return new Map([...project, ...user]);
}
