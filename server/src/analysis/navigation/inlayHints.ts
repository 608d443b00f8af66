import { InlayHintKind, type InlayHint } from 'vscode-languageserver-types';
import type { ParsedFile } from '../parsedFile';
import type { ModuleScope } from '../evaluation/scope';
import { trafficSplit, formatShare } from '../trafficSplit';
import { attribute } from '../tree/blocks';

// Inlay hints: each production variant's share of traffic after its opening brace, when the whole split is known
// (trafficSplit), so three variants weighted 0.9, 0.1 and nothing show 45%, 5% and 50% where they are written.

/** Hints whose place lies in `start`..`end` (offsets). */
export function inlayHints(file: ParsedFile, scope: ModuleScope, start: number, end: number): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const resource of file.resources) {
    if (resource.block.end < start || resource.block.start > end) continue;
    const split = trafficSplit(resource, scope);
    if (!split) continue;
    for (const { variant, share } of split) {
      if (variant.openBrace === undefined || variant.openBrace + 1 < start || variant.openBrace + 1 > end) continue;
      const weight = attribute(variant, 'initial_variant_weight') ? '' : ' (default weight 1)';
      hints.push({
        position: file.positionAt(variant.openBrace + 1),
        label: share === undefined ? 'no traffic' : `${formatShare(share)} of traffic${weight}`,
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
      });
    }
  }
  return hints;
}
