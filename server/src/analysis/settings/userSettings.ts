import { Codes, isDiagnosticCode, normalizeCode } from '../diagnosticCodes';
import { isLevel, type Level } from './levels';

/** At most this many entries are read from the setting: far above the number of codes. */
const MAX_ENTRIES = 500;

/**
 * The user's levels from `sagemakerTerraform.diagnostics`: its `severity` object (code → level; `sagemaker/` may be
 * left out; entries that are no code or no level are skipped), and the older `kmsHint: false`, which is
 * `"sagemaker/missing-kms-key": "off"` unless `severity` names that code itself.
 */
export function userLevels(section: unknown): Map<string, Level> {
  const levels = new Map<string, Level>();
  if (typeof section !== 'object' || section === null) return levels;
  const { severity, kmsHint } = section as { severity?: unknown; kmsHint?: unknown };
  if (kmsHint === false) levels.set(Codes.missingKmsKey, 'off');
  if (typeof severity === 'object' && severity !== null && !Array.isArray(severity)) {
    for (const [key, level] of Object.entries(severity).slice(0, MAX_ENTRIES)) {
      const code = normalizeCode(key);
      if (isDiagnosticCode(code) && isLevel(level)) levels.set(code, level);
    }
  }
  return levels;
}
