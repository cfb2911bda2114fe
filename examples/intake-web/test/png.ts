import { inflateSync } from "node:zlib";

/** A decoded 8-bit PNG (truecolour or greyscale, with or without alpha; not interlaced). */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly channels: number;
  readonly pixels: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Decodes the PNGs Chromium writes for screenshots (8-bit, colour types 0/2/4/6, no interlace), enough to look at
 * the pixels in a test.
 *
 * @param png - the file's bytes
 * @returns the size and the unfiltered pixel rows
 * @throws {Error} for another PNG flavour, naming what was received
 * @example
 * decodePng(await page.screenshot()).width
 * //=> 1280
 */
export function decodePng(png: Buffer): DecodedPng {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error("decodePng: expected a PNG signature, received other bytes");
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8];
      const colourType = data[9] ?? -1;
      if (depth !== 8 || data[12] !== 0 || CHANNELS[colourType] === undefined)
        throw new Error(`decodePng: expected 8-bit non-interlaced PNG, received depth ${depth}, type ${colourType}`);
      channels = CHANNELS[colourType] ?? 0;
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (pixels[out + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[out - stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[out - stride + x - channels] ?? 0) : 0;
      const v = row[x] ?? 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[out + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/**
 * Simple content figures of an image: the variance of the luminance and the share of pixels that are not near-white.
 *
 * @param image - a decoded PNG
 * @returns `{ variance, inkShare, distinctColours }`
 * @example
 * imageFigures(decodePng(blankPng)).variance
 * //=> 0
 */
export function imageFigures(image: DecodedPng): { variance: number; inkShare: number; distinctColours: number } {
  const { pixels, channels } = image;
  const n = pixels.length / channels;
  let sum = 0;
  let sumSq = 0;
  let ink = 0;
  const colours = new Set<number>();
  for (let i = 0; i < pixels.length; i += channels) {
    const r = pixels[i] ?? 0;
    const g = channels >= 3 ? (pixels[i + 1] ?? 0) : r;
    const b = channels >= 3 ? (pixels[i + 2] ?? 0) : r;
    const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    sum += lum;
    sumSq += lum * lum;
    if (lum < 235) ink++;
    if (colours.size < 4096) colours.add((r << 16) | (g << 8) | b);
  }
  const mean = sum / n;
  return { variance: sumSq / n - mean * mean, inkShare: ink / n, distinctColours: colours.size };
}
