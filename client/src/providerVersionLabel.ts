import type { ProviderVersionResult } from '../../shared/protocol';
import { shownFileName, shownVersion } from './uiText';

// What the provider-version status item says (pure, so it is tested without VS Code).

/** The status text and detail for a server answer; version and file name pass the display gate (uiText.ts). */
export function providerVersionLabel(result: ProviderVersionResult | null | undefined): { text: string; detail: string } {
  const version = shownVersion(result?.version);
  const file = shownFileName(result?.uri);
  if (result?.source === 'lock' && version) return { text: `AWS provider ${version}`, detail: file ?? 'lock file' };
  if (result?.source === 'constraint' && version) {
    return { text: `AWS provider ${version}`, detail: `required_providers in ${file ?? 'the module'}` };
  }
  return { text: 'AWS provider: newest', detail: 'No lock file or version constraint' };
}
