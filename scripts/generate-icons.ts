/**
 * Writes the app's icons as PNG files into public/icons/ (run once; the files are committed):
 * the letter N of index.html's inline favicon, white on the brand blue, at the sizes an install
 * prompt and home screens ask for, plus a maskable one with the letter inside the safe zone.
 * A rasteriser of one polygon in a few lines rather than an image library (docs/decisions/008-offline-share-export.md).
 *
 *   node --import tsx scripts/generate-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x0b, 0x5c, 0xad] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
/** The N of the favicon, in its 32×32 viewBox. */
const LETTER: [number, number][] = [
  [9, 23],
  [9, 9],
  [12, 9],
  [20, 18.5],
  [20, 9],
  [23, 9],
  [23, 23],
  [20, 23],
  [12, 13.5],
  [12, 23],
];

function inside(x: number, y: number, polygon: [number, number][]): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 32 - radius);
  const cy = Math.min(Math.max(y, radius), 32 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels; `scale` shrinks the letter about the centre (maskable icons keep it in the middle 80%). */
function draw(size: number, { maskable }: { maskable: boolean }): Buffer {
  const samples = 4;
  const letterScale = maskable ? 0.75 : 1;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let letter = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 32;
          const y = ((py + (sy + 0.5) / samples) / size) * 32;
          if (maskable || insideRoundedSquare(x, y, 6)) background++;
          const lx = 16 + (x - 16) / letterScale;
          const ly = 16 + (y - 16) / letterScale;
          if (inside(lx, ly, LETTER)) letter++;
        }
      }
      const n = samples * samples;
      const alpha = background / n;
      const white = letter / n;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(WHITE[c]! * white + BLUE[c]! * (1 - white));
      pixels[offset + 3] = Math.round(255 * alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of 8-bit RGBA pixels (colour type 6), each row with filter 0. */
function png(size: number, pixels: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outputs: [string, number, boolean][] = [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon-180.png', 180, true],
];
for (const [name, size, maskable] of outputs) {
  const path = new URL(`../public/icons/${name}`, import.meta.url);
  writeFileSync(path, png(size, draw(size, { maskable })));
  console.log(`wrote public/icons/${name}`);
}
