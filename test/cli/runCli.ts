import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The bundled command, run as a user runs it: a child process with its own working directory.

export const CLI = resolve(__dirname, '../../server/out/cli.js');
export const FIXTURES = resolve(__dirname, '../fixtures');
export const REPO = resolve(__dirname, '../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  summary: { error: number; warning: number; information: number; files: number; modules: number; durationMs: number };
  findings: {
    path: string;
    start: { line: number; column: number };
    end: { line: number; column: number };
    code: string;
    severity: string;
    message: string;
    docs: string;
    fixes: { title: string; preferred: boolean; edits: { path: string; start: { line: number; column: number }; end: { line: number; column: number }; newText: string }[] }[];
  }[];
  fixed: { path: string; start: { line: number; column: number }; code: string; title: string }[];
  errors: { path: string; message: string }[];
  notes: { path: string; message: string }[];
}

export function runJson(args: readonly string[], cwd = REPO): { status: number | null; report: JsonReport; stderr: string } {
  const r = runCli(['check', '--format', 'json', ...args], cwd);
  return { status: r.status, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

/** A scratch folder for the test file, removed by the returned function. */
export function scratch(copyFrom?: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sm-cli-'));
  if (copyFrom) cpSync(copyFrom, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
