// Run in a child process by heapGrowth.test.ts: 40 MB that stays, then a typing-like stream of garbage (a new 1 MB
// text per step, the last two kept), printing the highest heap use seen. With `limit`, the server's limitHeapGrowth
// is called first.
import { limitHeapGrowth } from '../../../server/src/heapGrowth';

if (process.argv.includes('limit')) limitHeapGrowth();
const MB = 1 << 20;
const live: string[] = [];
for (let i = 0; i < 40; i++) live.push('x'.repeat(MB) + i);
for (const text of live) text.charCodeAt(1); // flat strings, as a parsed document's text is
(globalThis as { gc?: () => void }).gc?.(); // the limit is set at a full collection
let peak = 0;
const recent: string[] = [];
for (let i = 0; i < 400; i++) {
  const text = 'y'.repeat(MB) + i;
  text.charCodeAt(1);
  recent.push(text);
  if (recent.length > 2) recent.shift();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
}
process.stdout.write(JSON.stringify({ peakMB: peak / MB, liveMB: live.length + recent.length }));
