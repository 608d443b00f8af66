// node watchdog.mjs OWNER_PID COMMAND [ARGS...]: runs COMMAND in this process group and kills the whole group as
// soon as OWNER_PID is gone, so a VS Code server never outlives the test process that started it, even when that
// process was killed outright. Signals it gets are passed on; it exits with COMMAND's code.
import { spawn } from 'node:child_process';

const [owner, command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: 'inherit' });
const killGroup = () => {
  try {
    process.kill(-process.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
    process.exit(1);
  }
};
const timer = setInterval(() => {
  try {
    process.kill(Number(owner), 0);
  } catch {
    killGroup();
  }
}, 1000);
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.once('exit', (code, signal) => {
  clearInterval(timer);
  process.exit(code ?? (signal ? 128 : 1));
});
