// Draws the extension's icon (images/icon.png, 128×128 RGBA) with no dependencies: shapes as signed distances, 4×4
// supersampled, written by a minimal PNG encoder (zlib from node). The picture: three variants whose traffic
// converges on one endpoint, on a purple-to-teal tile (Terraform's purple, SageMaker's teal).
// Run: node scripts/icon.mjs [out.png]
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

/** Distance from p to the segment a–b. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function roundedBox(px, py, cx, cy, half, radius) {
  const qx = Math.abs(px - cx) - half + radius;
  const qy = Math.abs(py - cy) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

const ENDPOINT = [94, 64];
const VARIANTS = [
  [30, 34],
  [30, 64],
  [30, 94],
];

/** Colour [r, g, b, a] at a point, in 0..1. */
function shade(x, y) {
  if (roundedBox(x, y, 64, 64, 62, 22) > 0) return [0, 0, 0, 0];
  const t = (x + y) / (2 * SIZE);
  const background = [0.36 + (0.0 - 0.36) * t, 0.26 + (0.6 - 0.26) * t, 0.74 + (0.64 - 0.74) * t];
  let white = 0;
  for (const [vx, vy] of VARIANTS) {
    if (Math.hypot(x - vx, y - vy) <= 9) white = 1; // a variant
    if (segment(x, y, vx, vy, ENDPOINT[0], ENDPOINT[1]) <= 3.5) white = 1; // its traffic
  }
  const ring = Math.hypot(x - ENDPOINT[0], y - ENDPOINT[1]);
  if (ring <= 17) white = 1; // the endpoint
  if (ring <= 8) white = 0.0; // …with the tile showing through its centre
  return [...background.map((c) => c + (1 - c) * white), 1];
}

export function drawIcon() {
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0: none
    for (let x = 0; x < SIZE; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = shade(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
          for (let k = 0; k < 3; k++) sum[k] += c[k] * c[3];
          sum[3] += c[3];
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = sum[3] / n;
      for (let k = 0; k < 3; k++) row[1 + x * 4 + k] = alpha > 0 ? Math.round((255 * sum[k]) / sum[3]) : 0;
      row[1 + x * 4 + 3] = Math.round(255 * alpha);
    }
    rows.push(row);
  }
  return png(SIZE, SIZE, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width, height, scanlines) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? new URL('../images/icon.png', import.meta.url).pathname;
  writeFileSync(out, drawIcon());
  console.log(`wrote ${out}`);
}
