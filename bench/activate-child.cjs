// Child process: times `require(client/out/extension.js)` and `activate()` (until its promise resolves, which is
// what VS Code reports as activation) with a stub `vscode` module, and then the time until the deferred language
// client is about to be constructed (marked by the call to workspace.createFileSystemWatcher, made while building
// the client options right before `new LanguageClient(...)`; the stub throws a sentinel there so no server is
// spawned).
const Module = require('node:module');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const root = path.resolve(__dirname, '..');
const calls = [];
const SENTINEL = new Error('bench: language client start reached');
let reachedAt;
function stub(name) {
  const target = function () {};
  const values = new Map();
  return new Proxy(target, {
    set(_t, prop, value) { values.set(prop, value); return true; },
    get(t, prop) {
      if (values.has(prop)) return values.get(prop);
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => name;
      if (typeof prop === 'symbol') return t[prop];
      if (prop === 'prototype') return t.prototype;
      if (prop === 'isTrusted') return true;
      return stub(`${name}.${String(prop)}`);
    },
    apply(_t, _this, args) {
      calls.push(name);
      if (name === 'vscode.workspace.createFileSystemWatcher') { reachedAt = performance.now(); throw SENTINEL; }
      return stub(`${name}()`);
    },
    construct() { calls.push(`new ${name}`); return stub(`new ${name}`); },
  });
}
const fs = require('node:fs');
const dts = fs.readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [root] }), 'utf8');
const names = new Set([...dts.matchAll(/^\t?export (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((m) => m[1]));
const vscode = { __esModule: false };
for (const n of names) vscode[n] = stub(`vscode.${n}`);
const origResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'vscode') return 'vscode';
  return origResolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
const ext = path.join(root, 'client/out/extension.js');
const context = { subscriptions: [], asAbsolutePath: (p) => path.join(root, p), extensionPath: root, extensionUri: vscode.Uri };
(async () => {
  const t0 = performance.now();
  const mod = require(ext);
  const tRequire = performance.now() - t0;
  let error;
  const t1 = performance.now();
  try { await mod.activate(context); } catch (e) { if (e !== SENTINEL) error = String(e && e.stack || e); }
  const tActivate = performance.now() - t1;
  // The language client loads on a later turn of the event loop; wait for it (bounded).
  for (let i = 0; i < 200 && reachedAt === undefined; i++) await new Promise((r) => setTimeout(r, 5));
  const awsLoaded = Object.keys(require.cache).some((k) => k.endsWith(path.join('client', 'out', 'aws.js')) || /@aws-sdk/.test(k));
  process.stdout.write(JSON.stringify({ requireMs: tRequire, activateMs: tActivate, totalMs: tRequire + tActivate, clientStartMs: reachedAt === undefined ? NaN : reachedAt - t0, reachedClientStart: reachedAt !== undefined, awsLoaded, error, vscodeCalls: calls.length, firstCalls: calls.slice(0, 8) }));
})();
