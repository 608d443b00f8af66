// npm run bench: drives the BUILT server (server/out/server.js --stdio) as an editor does and
// prints latency / memory / size numbers against the budgets. A measurement, not a test: exit 0.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readFileSync, statSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { doc, pair } from './document.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
const SERVER = join(ROOT, 'server/out/server.js');
const QUICK = process.argv.includes('--quick');

if (!process.argv.includes('--no-bundle')) {
  console.log('> npm run bundle');
  const r = spawnSync('npm', ['run', 'bundle'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) console.error('bench: `npm run bundle` failed; using the existing build if there is one');
}
if (!existsSync(SERVER)) {
  console.error(`bench: ${SERVER} is missing; run \`npm run bundle\` first`);
  process.exit(1);
}

// ---------- helpers
const median = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };
const stats = (a) => ({ median: median(a), p95: p95(a), n: a.length });
const rssMB = (pid) => { try { const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8')); return m ? Number(m[1]) / 1024 : NaN; } catch { return NaN; } };

function posOf(text, needle, delta = 0, from = 0) {
  const off = text.indexOf(needle, from); if (off < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, off + delta); const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

class Client {
  static async start(rootPath) {
    const c = new Client();
    const t0 = performance.now();
    c.proc = spawn(process.execPath, ['--expose-gc', SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }); // as the VS Code client starts it (client/src/languageServer.ts)
    c.proc.stderr.on('data', () => {});
    c.conn = createMessageConnection(new StreamMessageReader(c.proc.stdout), new StreamMessageWriter(c.proc.stdin));
    c.waiters = [];
    c.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      for (const w of [...c.waiters]) if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) { c.waiters.splice(c.waiters.indexOf(w), 1); w.resolve(p); }
    });
    c.conn.onRequest('client/registerCapability', () => null);
    c.conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
    c.logs = [];
    c.conn.onNotification('window/logMessage', (m) => { for (const l of [...c.logs]) l(m.message); });
    c.conn.listen();
    const rootUri = rootPath ? pathToFileURL(rootPath).href : null;
    c.init = await c.conn.sendRequest('initialize', {
      processId: process.pid, rootUri, workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
      // What VS Code's language client says of diagnostics (vscode-languageclient's client.js): with data, a
      // diagnostic with fixes carries a pointer to its finding. The server tells the version either way.
      capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true } }, workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    c.readyMs = performance.now() - t0;
    await c.conn.sendNotification('initialized', {});
    const sync = c.init.capabilities.textDocumentSync;
    c.incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;
    return c;
  }
  diagnostics(uri, version, timeout = 60000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), timeout);
      this.waiters.push({ uri, version, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }
  async close(uri) {
    const p = this.diagnostics(uri, undefined);
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await p;
  }
  async open(uri, text) {
    const t0 = performance.now();
    const p = this.diagnostics(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text } });
    await p; return performance.now() - t0;
  }
  async edit(uri, version, text, pos, ch) {
    // one-character insertion at pos; text is the text before the edit
    const lines = text.split('\n'); const l = lines[pos.line]; lines[pos.line] = l.slice(0, pos.character) + ch + l.slice(pos.character);
    const newText = lines.join('\n');
    const change = this.incremental ? { range: { start: pos, end: pos }, text: ch } : { text: newText };
    const t0 = performance.now();
    const p = this.diagnostics(uri, version);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await p; return { ms: performance.now() - t0, text: newText };
  }
  async timed(method, params) { const t0 = performance.now(); await this.conn.sendRequest(method, params); return performance.now() - t0; }
  async stop() {
    try { await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]); await this.conn.sendNotification('exit'); } catch {}
    await new Promise((r) => { if (this.proc.exitCode !== null) return r(); this.proc.once('exit', r); setTimeout(() => { this.proc.kill('SIGKILL'); r(); }, 2000).unref(); });
    this.conn.dispose();
  }
}

const results = { machine: { node: process.version, platform: `${process.platform}-${process.arch}`, date: new Date().toISOString() }, sizes: {} };
const tmp = mkdtempSync(join(tmpdir(), 'sm-bench-'));
const started = performance.now();

// ---------- server start to initialize result
{
  const reps = QUICK ? 5 : 20; const ms = [];
  for (let i = 0; i < reps; i++) { const c = await Client.start(tmp); ms.push(c.readyMs); await c.stop(); }
  results.serverReady = stats(ms);
}

// ---------- documents
const hcl2json = require('@cdktf/hcl2json');
// Every size types the same number of edits, so their p95s are the same statistic and can be compared (with 10, a
// p95 is the slowest edit; with 40, the third slowest).
const EDITS = 40;
for (const [label, target, reps, editReps, reqReps, fullReps] of [['100', 100, 20, EDITS, 20, 20], ['1000', 1000, 20, EDITS, 20, 20], ['26000', 26000, 5, EDITS, 10, 10]]) {
  const text = doc(target);
  const lines = text.split('\n').length - 1;
  const r = { lines };
  results.sizes[label] = r;
  const n = QUICK ? Math.min(reps, 3) : reps;
  // open-to-first-diagnostics: a fresh server per repetition (first open of a fresh document)
  const openMs = []; const rss = {};
  let client;
  for (let i = 0; i < n; i++) {
    client = await Client.start(tmp);
    rss.afterInit = rssMB(client.proc.pid);
    const uri = pathToFileURL(join(tmp, `main-${label}.tf`)).href;
    openMs.push(await client.open(uri, text));
    if (i < n - 1) await client.stop();
    else {
      rss.afterOpen = rssMB(client.proc.pid);
      // edits: insert one character in a string value deep in the file, then keep going
      const editMs = []; let cur = text; let version = 1;
      const at = posOf(text, '"model-', 2, Math.floor(text.length / 2));
      for (let k = 0; k < (QUICK ? 3 : editReps); k++) { await new Promise((res) => setTimeout(res, Math.max(250, 2 * (editMs.at(-1) ?? 0)))); /* idle first: the server throttles runs to one per (adaptive, >= 50 ms) interval while typing */ version++; const e = await client.edit(uri, version, cur, { line: at.line, character: at.character + k }, 'x'); editMs.push(e.ms); cur = e.text; rss.editPeak = Math.max(rss.editPeak ?? 0, rssMB(client.proc.pid)); }
      r.editToDiagnostics = stats(editMs);
      r.editsInOrder = editMs; // the first keystrokes after opening run code the JIT has not compiled yet
      rss.afterEdits = rssMB(client.proc.pid);
      // completion and hover (positions in the last-edited text, middle of the file)
      const mid = Math.floor(cur.length / 2);
      const pvLine = posOf(cur, '    variant_name', 4, mid); // start of an argument line inside production_variants
      const itVal = posOf(cur, 'instance_type          = ', 25, mid); // right after `instance_type = `
      const argName = posOf(cur, 'kms_key_arn', 3, mid); // on an argument name
      const resType = posOf(cur, 'aws_sagemaker_endpoint"', 5, mid);
      const td = { uri };
      const m = QUICK ? 5 : reqReps;
      const time = async (method, pos) => { const a = []; for (let k = 0; k < m; k++) a.push(await client.timed(method, { textDocument: td, position: pos })); return stats(a); };
      r.completion = { insideProductionVariants: await time('textDocument/completion', pvLine), afterInstanceTypeEquals: await time('textDocument/completion', itVal) };
      r.hover = { argumentName: await time('textDocument/hover', argName), instanceTypeValue: await time('textDocument/hover', { line: itVal.line, character: itVal.character + 3 }), resourceType: await time('textDocument/hover', resType) };
      const all = [...Object.values(r.completion), ...Object.values(r.hover)];
      r.completionHoverWorstP95 = Math.max(...all.map((s) => s.p95));
      rss.afterRequests = rssMB(client.proc.pid);
      // full diagnostics on a warm server: documents it has never seen (other names, each in a folder of its own so
      // it is a module of its own), open -> diagnostics published, then closed. Nothing can come from a cache.
      const fullMs = [];
      for (let k = 0; k < (QUICK ? 3 : fullReps); k++) {
        const folder = join(tmp, `full-${label}-${k}`); mkdirSync(folder, { recursive: true });
        const fresh = pathToFileURL(join(folder, 'main.tf')).href;
        fullMs.push(await client.open(fresh, doc(target, `k${k}_`)));
        await client.close(fresh);
      }
      r.fullDiagnosticsWarm = stats(fullMs);
      await client.stop();
    }
  }
  r.openToDiagnostics = stats(openMs);
  r.rssMB = rss;
  // hcl2json parse of the same text
  const hm = []; const hn = label === '26000' ? (QUICK ? 2 : 5) : (QUICK ? 3 : 10);
  await hcl2json.parse(`warm.tf`, 'a = 1\n');
  for (let k = 0; k < hn; k++) { const t0 = performance.now(); await hcl2json.parse(`main-${label}.tf`, text); hm.push(performance.now() - t0); }
  r.hcl2jsonParse = stats(hm);
  r.hcl2jsonOverOurs = r.hcl2jsonParse.median / r.fullDiagnosticsWarm.median;
  r.hcl2jsonOverOursColdOpen = r.hcl2jsonParse.median / r.openToDiagnostics.median;
}

// ---------- in-process breakdown of the 26,000-line document's full diagnostics (no transport)
{
  const esbuild = require('esbuild');
  const script = join(tmp, 'phases.cjs');
  await esbuild.build({ entryPoints: [join(ROOT, 'bench/phases.ts')], bundle: true, platform: 'node', format: 'cjs', minify: true, outfile: script, logLevel: 'warning' });
  const textFile = join(tmp, 'phases-26000.tf');
  writeFileSync(textFile, doc(26000, 'p_'));
  results.phases26000 = JSON.parse(execFileSync(process.execPath, [script, textFile, QUICK ? '4' : '10'], { encoding: 'utf8' }));
}

// ---------- module folder of 200 files
{
  const dir = join(tmp, 'module'); mkdirSync(dir, { recursive: true });
  for (let f = 0; f < 200; f++) { const t = []; for (let i = 0; i < 5; i++) t.push(...pair(f * 5 + i)); writeFileSync(join(dir, `f${f}.tf`), t.join('\n') + '\n'); }
  const reps = QUICK ? 2 : 5; const ready = [], open = [], rss = [];
  for (let i = 0; i < reps; i++) {
    const c = await Client.start(dir); ready.push(c.readyMs);
    const file = join(dir, 'f100.tf');
    open.push(await c.open(pathToFileURL(file).href, readFileSync(file, 'utf8')));
    await new Promise((r) => setTimeout(r, 300)); // let any workspace indexing settle
    rss.push(rssMB(c.proc.pid));
    await c.stop();
  }
  results.moduleFolder = { files: 200, linesPerFile: 65, serverReady: stats(ready), openOneFileToDiagnostics: stats(open), rssMB: median(rss) };
}

// ---------- the command line on a monorepo of 300 module folders x 15 files (bench/monorepo.mjs), fresh process per run
{
  const { writeMonorepo } = await import('./monorepo.mjs');
  const dir = join(tmp, 'monorepo');
  const written = writeMonorepo(dir, 300, 15);
  const reps = QUICK ? 2 : 5; const wall = []; let summary;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, [join(ROOT, 'server/out/cli.js'), 'check', '--format', 'json', '--fail-on', 'never', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    wall.push(performance.now() - t0);
    summary = JSON.parse(out).summary;
  }
  results.cliMonorepo = { ...written, checkedFiles: summary.files, findings: summary.error + summary.warning + summary.information, wallMs: stats(wall) };

  // The language server on the same monorepo, as VS Code starts it there (watching files): its start-up scan, its
  // memory after it, and completion and hover in an open file while the scan runs.
  const scan = [], memory = [], requests = [];
  for (let i = 0; i < (QUICK ? 1 : 3); i++) {
    const t0 = performance.now();
    const c = await Client.start(dir);
    const scanned = new Promise((resolve) => c.logs.push((message) => { if (/^Workspace scan:/.test(message)) resolve(); }));
    let scanning = true;
    void scanned.then(() => { scan.push(performance.now() - t0); scanning = false; });
    const file = join(dir, 'env-0', 'service-0', 'endpoint.tf');
    const text = readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).href;
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'terraform', version: 1, text } });
    const at = posOf(text, 'instance_type', 2);
    while (scanning) {
      requests.push(await c.timed('textDocument/completion', { textDocument: { uri }, position: { line: at.line, character: 4 } }));
      requests.push(await c.timed('textDocument/hover', { textDocument: { uri }, position: at }));
      await new Promise((r) => setTimeout(r, 2));
    }
    await scanned;
    await new Promise((r) => setTimeout(r, 300));
    memory.push(rssMB(c.proc.pid));
    await c.stop();
  }
  results.serverMonorepo = { ...written, scanMs: stats(scan), rssMB: median(memory), requestsDuringScan: stats(requests) };
}

// ---------- extension activation (stub vscode; require + activate until the language client is constructed)
{
  const reps = QUICK ? 3 : 10; const runs = [];
  for (let i = 0; i < reps; i++) runs.push(JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bench/activate-child.cjs')], { encoding: 'utf8' })));
  results.activation = {
    measured: 'fresh node process with a stub `vscode` module: require(client/out/extension.js) + activate() until its promise resolves (what VS Code reports as activation); then, separately, the time from the require until the deferred language client (client/out/languageServer.js) is loaded and about to be constructed (the stub throws at vscode.workspace.createFileSystemWatcher, so no server is spawned)',
    requireMs: stats(runs.map((x) => x.requireMs)), activateMs: stats(runs.map((x) => x.activateMs)), totalMs: stats(runs.map((x) => x.totalMs)), clientStartMs: stats(runs.map((x) => x.clientStartMs)),
    reachedClientStart: runs.every((x) => x.reachedClientStart), awsLoaded: runs.some((x) => x.awsLoaded), error: runs.find((x) => x.error)?.error,
  };
}

// ---------- .vsix size
{
  const out = join(tmp, 'bench.vsix');
  const r = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', out], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  if (r.status === 0 && existsSync(out)) results.vsix = { source: 'npx vsce package (fresh)', bytes: statSync(out).size };
  else {
    const existing = join(ROOT, 'sagemaker-terraform-0.1.0.vsix');
    results.vsix = existsSync(existing) ? { source: `existing ${existing} (vsce package failed: ${(r.stderr || r.error || '').toString().trim().split('\n').pop()})`, bytes: statSync(existing).size } : { source: 'vsce package failed', bytes: NaN };
  }
}
rmSync(tmp, { recursive: true, force: true });
results.totalSeconds = (performance.now() - started) / 1000;

// ---------- budgets
const S = results.sizes;
const budgets = [
  ['completion and hover p95 < 5 ms on 1,000 lines', S['1000'].completionHoverWorstP95, (v) => v < 5, 'ms (worst p95)'],
  ['edit-to-diagnostics < 30 ms on 1,000 lines (p95)', S['1000'].editToDiagnostics.p95, (v) => v < 30, 'ms'],
  ['full diagnostics of 26,000 lines >= 20x faster than hcl2json parse (warm server, unseen document)', S['26000'].hcl2jsonOverOurs, (v) => v >= 20, 'x'],
  ['server ready < 200 ms (p95)', results.serverReady.p95, (v) => v < 200, 'ms'],
  ['RSS < 150 MB with the 26,000-line file open', Math.max(...Object.values(S['26000'].rssMB)), (v) => v < 150, 'MB (max over phases, and after each edit)'],
  ['activation < 50 ms without loading the AWS SDK (median)', results.activation.totalMs.median, (v) => v < 50 && !results.activation.awsLoaded && results.activation.reachedClientStart, `ms (aws loaded: ${results.activation.awsLoaded})`],
  ['.vsix < 2 MB', results.vsix.bytes / 1048576, (v) => v < 2, 'MB'],
  ['edit-to-diagnostics < 30 ms on 26,000 lines (p95), and within 2x of 1,000 lines', S['26000'].editToDiagnostics.p95, (v) => v < 30 && v <= 2 * S['1000'].editToDiagnostics.p95, `ms (1,000 lines: ${S['1000'].editToDiagnostics.p95.toFixed(2)} ms)`],
  ['monorepo (4,500 files): start-up scan < 1.5 s (median)', results.serverMonorepo.scanMs.median / 1000, (v) => v < 1.5, 's'],
  ['monorepo: RSS < 150 MB after the scan (median)', results.serverMonorepo.rssMB, (v) => v < 150, 'MB'],
  ['monorepo: completion and hover p95 < 10 ms during the scan', results.serverMonorepo.requestsDuringScan.p95, (v) => v < 10, `ms (n=${results.serverMonorepo.requestsDuringScan.n})`],
  ['sagemaker-terraform check of a 4,500-file monorepo < 10 s (median, fresh process)', results.cliMonorepo.wallMs.median / 1000, (v) => v < 10 && results.cliMonorepo.checkedFiles === results.cliMonorepo.files, 's'],
];
results.budgets = budgets.map(([name, value, ok, unit]) => ({ name, value, unit, met: !!ok(value) }));

// ---------- print
const f = (v) => (typeof v === 'number' ? (v >= 100 ? v.toFixed(0) : v.toFixed(2)) : String(v));
const ms2 = (s) => `${f(s.median)} / ${f(s.p95)}`;
console.log(`\nServer start -> initialize result (median / p95 ms, n=${results.serverReady.n}): ${ms2(results.serverReady)}`);
console.log('\n| lines | open->diagnostics (fresh server) | full diagnostics (warm) | edit->diagnostics | completion PV | completion instance_type= | hover arg | hover value | hover type | RSS init/open/edit peak/after edits/reqs MB | hcl2json parse | hcl2json/ours |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of Object.values(S)) {
  console.log(`| ${r.lines} | ${ms2(r.openToDiagnostics)} | ${ms2(r.fullDiagnosticsWarm)} | ${ms2(r.editToDiagnostics)} | ${ms2(r.completion.insideProductionVariants)} | ${ms2(r.completion.afterInstanceTypeEquals)} | ${ms2(r.hover.argumentName)} | ${ms2(r.hover.instanceTypeValue)} | ${ms2(r.hover.resourceType)} | ${[r.rssMB.afterInit, r.rssMB.afterOpen, r.rssMB.editPeak, r.rssMB.afterEdits, r.rssMB.afterRequests].map(f).join('/')} | ${ms2(r.hcl2jsonParse)} | ${f(r.hcl2jsonOverOurs)}x (fresh server: ${f(r.hcl2jsonOverOursColdOpen)}x) |`);
}
console.log('(cells: median / p95 ms)');
console.log(`\nOne-character edits of the 26,000-line file, in order (ms): ${S['26000'].editsInOrder.map(f).join(' · ')}`);
console.log(`\nIn-process, 26,000 lines (median ms, no LSP transport): ${Object.entries(results.phases26000).map(([k, v]) => `${k} ${f(v)}`).join(' · ')}`);
const m = results.moduleFolder;
console.log(`\nModule folder (200 files x 65 lines): ready ${ms2(m.serverReady)} ms, open one file -> diagnostics ${ms2(m.openOneFileToDiagnostics)} ms, RSS ${f(m.rssMB)} MB`);
const cm = results.cliMonorepo;
console.log(`Command line, monorepo of ${cm.modules} modules x ${cm.files / cm.modules} files (${cm.checkedFiles} checked, ${cm.findings} findings): ${ms2(cm.wallMs)} ms wall, process start to exit`);
const sm = results.serverMonorepo;
console.log(`Language server, the same monorepo: start -> scan done ${ms2(sm.scanMs)} ms, RSS after it ${f(sm.rssMB)} MB, completion/hover in an open file during the scan ${ms2(sm.requestsDuringScan)} ms (n=${sm.requestsDuringScan.n})`);
const a = results.activation;
console.log(`Activation: require ${ms2(a.requireMs)} ms + activate ${ms2(a.activateMs)} ms = ${ms2(a.totalMs)} ms; language client loaded and starting at ${ms2(a.clientStartMs)} ms; reached client start: ${a.reachedClientStart}; client/out/aws.js or @aws-sdk loaded: ${a.awsLoaded}${a.error ? `; error: ${a.error}` : ''}`);
console.log(`  measured: ${a.measured}`);
console.log(`.vsix: ${(results.vsix.bytes / 1024).toFixed(0)} KiB (${results.vsix.source})`);
console.log('\nBudgets:');
for (const b of results.budgets) console.log(`  [${b.met ? 'met' : 'NOT MET'}] ${b.name}: ${f(b.value)} ${b.unit}`);
const missed = results.budgets.filter((b) => !b.met);
console.log(missed.length ? `\n${missed.length} budget(s) missed.` : '\nAll budgets met.');
console.log(`Bench took ${results.totalSeconds.toFixed(1)} s.`);
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('Wrote bench/results.json');

// ---------- README: `npm run bench -- --readme` puts the latest table between the markers of its Performance section
if (process.argv.includes('--readme')) {
  const rows = Object.values(S).map((r) => `| ${r.lines} | ${ms2(r.openToDiagnostics)} | ${ms2(r.fullDiagnosticsWarm)} | ${ms2(r.editToDiagnostics)} | ${f(r.completionHoverWorstP95)} | ${f(Math.max(...Object.values(r.rssMB)))} | ${ms2(r.hcl2jsonParse)} | ${f(r.hcl2jsonOverOurs)}× |`);
  const block = [
    `Measured ${results.machine.date.slice(0, 10)} on a 2-core machine of the kind CI runs on (Node ${results.machine.node}); times in ms, median / p95.`,
    '',
    '| lines | open → diagnostics (fresh server) | full diagnostics (warm server, unseen text) | one-character edit → diagnostics | completion/hover worst p95 | RSS MB (max) | hcl2json parse | hcl2json ÷ ours |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Server ready ${ms2(results.serverReady)} ms · activation ${ms2(a.totalMs)} ms (language client loaded ${ms2(a.clientStartMs)} ms after the require, AWS SDK not loaded) · 200-file module: open one file → diagnostics ${ms2(m.openOneFileToDiagnostics)} ms · \`sagemaker-terraform check\` of a ${cm.files.toLocaleString('en')}-file monorepo (${cm.modules} modules) ${ms2(cm.wallMs)} ms · the language server on it: scan ${ms2(sm.scanMs)} ms, RSS ${f(sm.rssMB)} MB · .vsix ${(results.vsix.bytes / 1024).toFixed(0)} KiB`,
    '',
    `The 26,000-line file's one-character edits, in order (ms): ${S['26000'].editsInOrder.map(f).join(' · ')}.`,
    '',
    `In process, the 26,000-line document costs (median ms): ${Object.entries(results.phases26000).map(([k, v]) => `${k} ${f(v)}`).join(' · ')}.`,
    '',
    '| budget | measured | |',
    '|---|---|---|',
    ...results.budgets.map((b) => `| ${b.name} | ${f(b.value)} ${b.unit} | ${b.met ? 'met' : '**not met**'} |`),
  ].join('\n');
  const readme = join(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const re = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (!re.test(text)) console.error('bench: README.md has no <!-- bench:start --> / <!-- bench:end --> markers');
  else { writeFileSync(readme, text.replace(re, (_, a1, a2) => `${a1}${block}\n${a2}`)); console.log('Updated the Performance table in README.md'); }
}
process.exit(0);
