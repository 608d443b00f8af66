// Isolates the AWS SDK from the machine running the tests: every AWS_* variable is set aside, HOME points at a temp
// directory, the shared config and credentials files are temp files the test writes, and the EC2 metadata service is
// disabled. `guardNetwork` makes any connection to a host other than loopback fail and records it, so a test can
// prove that nothing went to AWS or to 169.254.169.254.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FAKE_ACCESS_KEY_ID = 'AKIAFAKEFAKEFAKE1234';
export const FAKE_SECRET = 'fakeSecretKeyDoNotLog/9f8e7d6c5b4a3210ABCDEFGHIJ';
export const FAKE_SESSION_TOKEN = 'FwoGZXIvYXdzEFAKESESSIONTOKENdoNotLog0123456789abcdefSESSION';

export interface AwsEnvOptions {
  /** Static keys in the environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), unless `false`. */
  envKeys?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | false;
  /** AWS_REGION, if given. */
  region?: string;
  /** Contents of the shared credentials file (default: empty). */
  credentialsFile?: string;
  /** Contents of the shared config file (default: empty). */
  configFile?: string;
  /** AWS_PROFILE, if given. */
  profile?: string;
}

export interface AwsEnv {
  dir: string;
  restore(): void;
}

const HOME_KEYS = ['HOME', 'USERPROFILE', 'HOMEPATH', 'HOMEDRIVE'];

/** Replaces the AWS environment for the duration of a test; call `restore()` afterwards (e.g. in `t.after`). */
export function useAwsEnv(options: AwsEnvOptions = {}): AwsEnv {
  const saved = new Map<string, string | undefined>();
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) saved.set(key, process.env[key]);
  for (const key of HOME_KEYS) saved.set(key, process.env[key]);
  for (const key of saved.keys()) if (key.startsWith('AWS_')) delete process.env[key];

  const dir = mkdtempSync(join(tmpdir(), 'sm-aws-env-'));
  const credentials = join(dir, 'credentials');
  const config = join(dir, 'config');
  writeFileSync(credentials, options.credentialsFile ?? '');
  writeFileSync(config, options.configFile ?? '');
  const set = (key: string, value: string) => {
    if (!saved.has(key)) saved.set(key, process.env[key]);
    process.env[key] = value;
  };
  set('HOME', dir);
  set('USERPROFILE', dir);
  set('AWS_EC2_METADATA_DISABLED', 'true');
  set('AWS_SHARED_CREDENTIALS_FILE', credentials);
  set('AWS_CONFIG_FILE', config);
  if (options.region) set('AWS_REGION', options.region);
  if (options.profile) set('AWS_PROFILE', options.profile);
  const keys = options.envKeys === undefined ? { accessKeyId: FAKE_ACCESS_KEY_ID, secretAccessKey: FAKE_SECRET } : options.envKeys;
  if (keys) {
    set('AWS_ACCESS_KEY_ID', keys.accessKeyId);
    set('AWS_SECRET_ACCESS_KEY', keys.secretAccessKey);
    if (keys.sessionToken) set('AWS_SESSION_TOKEN', keys.sessionToken);
  }
  return {
    dir,
    restore() {
      for (const key of Object.keys(process.env)) if (key.startsWith('AWS_') && !saved.has(key)) delete process.env[key];
      for (const [key, value] of saved) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '::ffff:127.0.0.1']);

export interface NetworkGuard {
  /** Destinations that were refused (`host:port`). */
  blocked: string[];
  uninstall(): void;
}

/** Refuses every TCP connection that is not to loopback, and records it. */
export function guardNetwork(): NetworkGuard {
  const blocked: string[] = [];
  const original = Socket.prototype.connect;
  const patched = function (this: Socket, ...args: unknown[]): Socket {
    const first = args[0];
    let host: string | undefined;
    let port: unknown;
    let path: unknown;
    if (Array.isArray(first)) {
      // net's internal normalized form: [options, callback]
      const o = first[0] as { host?: string; port?: unknown; path?: unknown } | undefined;
      host = o?.host;
      port = o?.port;
      path = o?.path;
    } else if (typeof first === 'object' && first !== null) {
      const o = first as { host?: string; port?: unknown; path?: unknown };
      host = o.host;
      port = o.port;
      path = o.path;
    } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
      port = first;
      host = typeof args[1] === 'string' ? args[1] : undefined;
    } else if (typeof first === 'string') {
      path = first;
    }
    if (typeof path !== 'string' && !LOOPBACK.has(host ?? 'localhost')) {
      blocked.push(`${host}:${String(port)}`);
      const error = Object.assign(new Error(`test network guard: connection to ${host}:${String(port)} refused`), { code: 'ECONNREFUSED' });
      process.nextTick(() => this.destroy(error));
      return this;
    }
    return (original as (...a: unknown[]) => Socket).apply(this, args);
  };
  Socket.prototype.connect = patched as typeof Socket.prototype.connect;
  return {
    blocked,
    uninstall() {
      Socket.prototype.connect = original;
    },
  };
}

/** Rejects if `promise` takes longer than `ms` (a guard for "fails fast" assertions). */
export async function within<T>(ms: number, promise: Promise<T>, what = 'operation'): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, guard]);
  } finally {
    clearTimeout(timer);
  }
}
