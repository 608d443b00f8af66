import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { REPO, scratch } from './runCli';

// `npx sagemaker-terraform check .` from the packed npm package: pack what is built, install the tarball offline into
// an empty project (the command bundles everything, so nothing is fetched), run it there.

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the npm package', () => {
  const { dir, remove } = scratch();
  after(remove);

  test('packs the command, installs offline and runs through npx', () => {
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: REPO, stdio: 'pipe' });
    const tarball = readdirSync(dir).find((n) => n.endsWith('.tgz'));
    assert.ok(tarball);
    const project = join(dir, 'project');
    cpSync(join(REPO, 'test/fixtures/cli/mistakes'), join(project, 'infra'), { recursive: true });
    execFileSync(npm, ['init', '-y'], { cwd: project, stdio: 'pipe' });
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', join(dir, tarball)], { cwd: project, stdio: 'pipe' });
    const r = spawnSync(npm, ['exec', '--offline', '--', 'sagemaker-terraform', 'check', '.'], { cwd: project, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^infra\/main\.tf:16:22 {2}error {2}sagemaker\/invalid-enum-value {2}/m);
    assert.match(r.stdout, /errors?, \d+ warnings?, \d+ information in 1 file of 1 module/);
  });
});
