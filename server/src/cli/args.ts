// The command line of `sagemaker-terraform`: what the user asked for, or a usage error to print with exit code 2.

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];
export const FAIL_ON = ['error', 'warning', 'information', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface CheckOptions {
  command: 'check';
  paths: string[];
  format: Format;
  failOn: FailOn;
  fix: boolean;
}

export type Parsed = CheckOptions | { command: 'help' } | { command: 'version' } | { command: 'usage-error'; message: string };

export const USAGE = `Usage: sagemaker-terraform check [options] [PATH...]

Checks the aws_sagemaker_endpoint and aws_sagemaker_endpoint_configuration resources of Terraform modules, as the
editor extension does. A PATH is a module folder (searched recursively for module folders, skipping .terraform,
.git and node_modules) or a .tf / .tf.json file; the default is the current folder.

Options:
  --format text|json|sarif                  output format (default: text)
  --fail-on error|warning|information|never  lowest severity that makes the exit code 1 (default: error)
  --fix                                     apply each finding's preferred quick fix in place, then check again
  -h, --help                                show this help
  --version                                 show the version

Exit codes: 0 no findings at or above --fail-on, 1 some, 2 usage or I/O error.`;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0) return { command: 'usage-error', message: 'missing command: check' };
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'check') return { command: 'usage-error', message: `unknown command "${command}" (the only command is check)` };
  const options: CheckOptions = { command: 'check', paths: [], format: 'text', failOn: 'error', fix: false };
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    if (arg === '--fix') {
      options.fix = true;
      continue;
    }
    // `--name value` or `--name=value`.
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const value = eq < 0 ? rest[++i] : arg.slice(eq + 1);
    if (name === '--format') {
      if (!oneOf(FORMATS, value)) return { command: 'usage-error', message: `--format takes ${FORMATS.join(', ')}` };
      options.format = value;
    } else if (name === '--fail-on') {
      if (!oneOf(FAIL_ON, value)) return { command: 'usage-error', message: `--fail-on takes ${FAIL_ON.join(', ')}` };
      options.failOn = value;
    } else {
      return { command: 'usage-error', message: `unknown option ${name}` };
    }
  }
  if (options.paths.length === 0) options.paths.push('.');
  return options;
}
