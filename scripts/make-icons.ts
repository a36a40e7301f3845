/**
 * Draws Backstory's toolbar and store icons into public/icon/{16,32,48,128}.png, where WXT picks
 * them up for both manifests. Node built-ins only (zlib for PNG's deflate); the output is
 * deterministic, so re-running it changes nothing unless the drawing changes.
 *   npx tsx scripts/make-icons.ts
 *
 * The picture: three lines of "text" on a dark tile, underlined in the three highlight colours
 * (people blue, countries green, hedges orange: the Okabe-Ito shades of the content script).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128] as const;

type RGBA = [number, number, number, number];
interface Shape {
  /** Coverage test in the 128-unit design grid. */
  inside(x: number, y: number): boolean;
  color: RGBA;
}

const hex = (value: string, alpha = 255): RGBA => [
  parseInt(value.slice(1, 3), 16),
  parseInt(value.slice(3, 5), 16),
  parseInt(value.slice(5, 7), 16),
  alpha,
];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, color: RGBA): Shape {
  return {
    color,
    inside(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  };
}

const TEXT = hex('#ececef');
const UNDERLINES = [hex('#56b4e9'), hex('#3fcf9f'), hex('#f0a040')];
const LINE_ENDS = [104, 88, 98];

const SHAPES: Shape[] = [
  roundedRect(4, 4, 124, 124, 26, hex('#2b2d33')),
  ...LINE_ENDS.flatMap((end, i) => {
    const top = 24 + i * 30;
    return [roundedRect(22, top, end, top + 11, 3, TEXT), roundedRect(22, top + 16, end, top + 23, 2, UNDERLINES[i]!)];
  }),
];

/** Renders the shapes at `size` pixels, 4×4 samples a pixel, painter's order. */
function render(size: number): Buffer {
  const samples = 4;
  const scale = 128 / size;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none), then RGBA
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          let color: RGBA | undefined;
          for (const shape of SHAPES) if (shape.inside(x, y)) color = shape.color;
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += color[3];
        }
      }
      const n = samples * samples;
      const covered = a / 255; // samples with colour (all shapes are opaque)
      const offset = 1 + px * 4;
      row[offset] = covered ? Math.round(r / covered) : 0;
      row[offset + 1] = covered ? Math.round(g / covered) : 0;
      row[offset + 2] = covered ? Math.round(b / covered) : 0;
      row[offset + 3] = Math.round(a / n);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
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

function png(width: number, height: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1]?.endsWith('make-icons.ts')) {
  mkdirSync('public/icon', { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(`public/icon/${size}.png`, render(size));
    console.log(`public/icon/${size}.png`);
  }
}
