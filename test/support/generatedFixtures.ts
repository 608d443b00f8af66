import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FINDINGS_PER_FILE } from '../../server/src/analysis/diagnostics';
import { MAX_FILE_SIZE } from '../../server/src/analysis/workspace';

// Invalid fixture modules too large to keep in git, annotated like those in test/fixtures/invalid and checked the
// same way: the tests write them to a temporary folder.

const ENDPOINT = 'resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "config"\n';

export const GENERATED_INVALID: Record<string, Record<string, () => string>> = {
  // One unknown argument more than are shown: the last one is where the closing "1 more problem" finding sits.
  'too-many-problems': {
    'main.tf': () => {
      let text = ENDPOINT;
      for (let i = 1; i <= MAX_FINDINGS_PER_FILE; i++) text += `  unknown_${i} = ${i} # expect: sagemaker/unknown-argument\n`;
      return `${text}  unknown_last = 0 # expect: sagemaker/too-many-problems\n}\n`;
    },
  },
  // One byte over the limit, of comments: the file is not read, and its one finding sits at its start.
  'file-too-large': {
    'main.tf': () => {
      const head = `# expect: sagemaker/file-too-large\n${ENDPOINT}  unknown = 1\n}\n`;
      const line = `#${'-'.repeat(78)}\n`;
      const padding = MAX_FILE_SIZE + 1 - head.length;
      return head + line.repeat(Math.floor(padding / line.length)) + '#'.repeat(padding % line.length);
    },
  },
};

/** Writes every generated module under a new temporary folder; returns each module's folder by name. */
export function writeGeneratedFixtures(): Map<string, string> {
  const root = mkdtempSync(join(tmpdir(), 'sm-generated-fixtures-'));
  const folders = new Map<string, string>();
  for (const [name, files] of Object.entries(GENERATED_INVALID)) {
    const folder = join(root, name);
    mkdirSync(folder);
    for (const [file, make] of Object.entries(files)) writeFileSync(join(folder, file), make());
    folders.set(name, folder);
  }
  return folders;
}
