// The vocabulary of a Terraform-vs-live comparison: its rows, and how one declared value is set against one live
// value. A value Terraform sets at plan is never a difference: it is listed as not compared. Pure.
import type { Declared } from '../../../shared/protocol';

export type DriftKind =
  /** The endpoint runs another configuration than Terraform declares. */
  | 'configuration'
  /** Terraform's configuration is being deployed right now (expected, not drift). */
  | 'deploying'
  | 'variantOnlyLive'
  | 'variantOnlyTerraform'
  | 'instanceType'
  | 'instanceCount'
  /** An instance count set at runtime by autoscaling (expected, not drift). */
  | 'autoscaled'
  | 'weight'
  | 'serverless'
  | 'routing'
  | 'dataCapture'
  | 'model'
  /** Any other argument: accelerator, volume size, AMI version, managed scaling, KMS key, async output. */
  | 'setting';

export interface DriftRow {
  subject: string;
  terraform: string;
  live: string;
  /** What it means, in plain words. */
  meaning: string;
  kind: DriftKind;
  /** True for what is expected to differ (autoscaling, a deployment under way): said, but not counted as drift. */
  expected: boolean;
}

/** Rows and the values set at plan that were therefore not compared, as one comparison collects them. */
export class DriftCollector {
  readonly rows: DriftRow[] = [];
  readonly notCompared: string[] = [];

  add(kind: DriftKind, subject: string, terraform: string, live: string, meaning: string, expected = false): void {
    this.rows.push({ subject, terraform, live, meaning, kind, expected });
  }

  /**
   * Sets a declared value against a live one. Not written (undefined) is not judged; set at plan is listed as not
   * compared; a known value differing from the live one (absent live: "not set") is a row with `meaning`.
   */
  compare<T extends string | number | boolean>(
    kind: DriftKind,
    subject: string,
    declared: Declared<T> | undefined,
    live: T | undefined,
    meaning: string,
    same: (a: T, b: T) => boolean = sameValue,
  ): void {
    if (!declared) return;
    if (!declared.known) {
      this.notCompared.push(subject);
      return;
    }
    if (live !== undefined && same(declared.value, live)) return;
    this.add(kind, subject, shownDeclared(declared), live === undefined ? 'not set' : String(live), meaning);
  }
}

/** Numbers equal to 9 digits (weights are floats); anything else strictly. */
export function sameValue<T>(a: T, b: T): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/** A known declared value as the Terraform column shows it. */
export function shownDeclared<T>(declared: Extract<Declared<T>, { known: true }>): string {
  return `${String(declared.value)}${declared.defaulted ? ' (default)' : ''}`;
}

/** The value when known before plan, else undefined. */
export function knownValue<T>(declared: Declared<T> | undefined): T | undefined {
  return declared?.known ? declared.value : undefined;
}
