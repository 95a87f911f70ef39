// Draws the toolbar icon (a teal rounded square with a white "B"-like double bar and a quote dot)
// as PNGs at every size the manifests use. Run once; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};

function icon(size) {
  const px = Buffer.alloc(size * size * 4);
  const s = (v) => v * size; // coordinates in 0..1 of the icon
  const inRounded = (x, y, r) => {
    const cx = Math.min(Math.max(x, r), size - r), cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const X = x + 0.5, Y = y + 0.5;
      if (!inRounded(X, Y, s(0.2))) continue;
      let [r, g, b] = [11, 110, 105];
      // Three text lines of an article, the last one short, in white.
      const line = (top, right) => Y >= s(top) && Y < s(top + 0.11) && X >= s(0.22) && X < s(right);
      if (line(0.24, 0.78) || line(0.445, 0.78) || line(0.65, 0.52)) [r, g, b] = [255, 255, 255];
      // A gold dot: the "context" marker beside the short line.
      if ((X - s(0.7)) ** 2 + (Y - s(0.705)) ** 2 <= s(0.09) ** 2) [r, g, b] = [242, 183, 102];
      px.set([r, g, b, 255], i);
    }
  }
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
