/**
 * `npm run icons`: draws Tactful's icon (a speech bubble with a check mark, in LinkedIn-friendly blue)
 * at every size the stores ask for, as PNG files in public/icon/. No image library: a tiny rasterizer
 * with 4×4 supersampling and Node's zlib for the PNG encoding. The PNGs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BLUE: [number, number, number] = [10, 102, 194];
const WHITE: [number, number, number] = [255, 255, 255];

/** Is the point (x, y) in 0..1 coordinates inside the bubble (a rounded square with a tail)? */
function inBubble(x: number, y: number): boolean {
  const r = 0.22;
  const [l, t, rr, b] = [0.06, 0.06, 0.94, 0.8];
  if (x >= l && x <= rr && y >= t && y <= b) {
    const cx = Math.min(Math.max(x, l + r), rr - r);
    const cy = Math.min(Math.max(y, t + r), b - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  }
  // The tail: a triangle below the bottom-left.
  return y > b - 0.01 && y <= 0.96 && x >= 0.2 && x <= 0.42 - (y - b) * 1.2;
}

/** Is the point on the check mark (two thick strokes)? */
function inCheck(x: number, y: number): boolean {
  const dist = (ax: number, ay: number, bx: number, by: number) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
  };
  const w = 0.065;
  return dist(0.28, 0.44, 0.44, 0.6) <= w || dist(0.44, 0.6, 0.74, 0.28) <= w;
}

function draw(size: number): Buffer {
  const rows: Buffer[] = [];
  const S = 4;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let bubble = 0;
      let check = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (inBubble(x, y)) {
            bubble++;
            if (inCheck(x, y)) check++;
          }
        }
      }
      const coverage = bubble / (S * S);
      const mix = bubble ? check / bubble : 0;
      const color = BLUE.map((c, i) => Math.round(c * (1 - mix) + WHITE[i]! * mix));
      row.set([...color, Math.round(coverage * 255)], 1 + px * 4);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function png(size: number, raw: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const dir = join(import.meta.dirname, '../public/icon');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(join(dir, `${size}.png`), draw(size));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to public/icon/`);
