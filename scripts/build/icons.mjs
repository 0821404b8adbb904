// The add-in's icons, drawn in code and encoded as PNG with node:zlib (no image tool needed on the build machine):
// a goal post in Goalpost green on a light tile, with a red / yellow / green traffic light.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA pixels from a function of (x, y) in [0, 1) to a PNG buffer. */
export function png(size, paint) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = paint((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const GREEN = [0, 97, 0, 255];
const TILE = [236, 246, 236, 255];
const LIGHTS = [[156, 0, 6, 255], [156, 87, 0, 255], [0, 140, 40, 255]];

export function goalpostIcon(x, y) {
  const post = (x > 0.14 && x < 0.24 && y > 0.18 && y < 0.86) || (x > 0.14 && x < 0.66 && y > 0.18 && y < 0.28) || (x > 0.56 && x < 0.66 && y > 0.18 && y < 0.86);
  if (post) return GREEN;
  for (let i = 0; i < 3; i++) {
    const cy = 0.42 + i * 0.17;
    if ((x - 0.82) ** 2 + (y - cy) ** 2 < 0.07 ** 2) return LIGHTS[i];
  }
  const inTile = x > 0.03 && x < 0.97 && y > 0.03 && y < 0.97;
  return inTile ? TILE : [0, 0, 0, 0];
}

export const ICON_SIZES = [16, 32, 64, 80];
