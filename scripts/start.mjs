// npm start: the product at work on a fresh clone. Checks the example module in examples/ with the bundled command
// (its mistakes are deliberate, so the exit code of the check does not fail npm start), then opens VS Code with this
// extension on that folder where a `code` command exists. Nothing here waits on a GUI: VS Code is started detached
// and left running; in CI (CI set, or no `code` on PATH) that step is skipped.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = 'examples/sagemaker-endpoint';

const check = spawnSync(process.execPath, [join(ROOT, 'server/out/cli.js'), 'check', EXAMPLE], { cwd: ROOT, stdio: 'inherit' });
if (check.error || check.status === 2 || check.status === null) {
  console.error('npm start: the check itself failed (see above); run `npm ci` first, which builds server/out/cli.js.');
  process.exit(1);
}
console.log(`\nThese findings are deliberate: ${EXAMPLE}/main.tf lists its mistakes at the top.`);

function onPath(command) {
  const names = process.platform === 'win32' ? [`${command}.cmd`, `${command}.exe`] : [command];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

const code = process.env.CI ? undefined : onPath('code');
if (code) {
  console.log(`Opening VS Code with the extension on ${EXAMPLE}.`);
  const child = spawn(code, [`--extensionDevelopmentPath=${ROOT}`, join(ROOT, EXAMPLE)], { detached: true, stdio: 'ignore', shell: process.platform === 'win32' });
  child.on('error', () => {});
  child.unref();
}
