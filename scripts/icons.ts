// Draws the Teams app icons for Social Media Guidance into manifest/ (run: npx tsx scripts/icons.ts).
//   color.png   192×192: a white speech bubble with a check mark in front of a light-blue bubble with a
//               question mark ("ask, get the guidance's answer"), on Canada.ca's dark blue (#26374A).
//   outline.png  32×32: the front bubble and its check mark, white on a fully transparent background.
// Made for this product: no flag, maple leaf, wordmark or other official symbol (the guidance itself asks
// public servants not to use official symbols on personal items, and the app should not look official).
// Teams' icon rules: https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package
// (color 192×192, outline 32×32 white on transparent). The PNGs are committed; rerun after changing this.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
type Shape = (x: number, y: number) => boolean;

const BLUE: Rgb = [0x26, 0x37, 0x4a];
const LIGHT_BLUE: Rgb = [0xb3, 0xcb, 0xe6];
const WHITE: Rgb = [0xff, 0xff, 0xff];

// --- shapes, in pixel coordinates (pixel (i, j) covers [i, i+1) × [j, j+1)) ---

const roundRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };

const triangle = (
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): Shape => {
  const edge = (px: number, py: number, qx: number, qy: number, x: number, y: number) =>
    (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const [e1, e2, e3] = [
      edge(ax, ay, bx, by, x, y),
      edge(bx, by, cx, cy, x, y),
      edge(cx, cy, ax, ay, x, y),
    ];
    return (e1 >= 0 && e2 >= 0 && e3 >= 0) || (e1 <= 0 && e2 <= 0 && e3 <= 0);
  };
};

/** A thick line through the points, with round caps and joins. */
const stroke =
  (points: readonly (readonly [number, number])[], width: number): Shape =>
  (x, y) => {
    const r2 = (width / 2) ** 2;
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[i + 1]!;
      const [vx, vy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
      const [px, py] = [ax + t * vx - x, ay + t * vy - y];
      if (px * px + py * py <= r2) return true;
    }
    return false;
  };

/** An arc of a circle (angles in degrees, clockwise from 3 o'clock since y points down), stroked. */
const arc =
  (cx: number, cy: number, r: number, from: number, to: number, width: number): Shape =>
  (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    if (Math.abs(d - r) > width / 2) return false;
    let a = (Math.atan2(y - cy, x - cx) * 180) / Math.PI;
    while (a < from) a += 360;
    return a <= to;
  };

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

const minus =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && !b(x, y);

// --- rendering with supersampling (anti-aliased edges) ---

interface Layer {
  readonly shape: Shape;
  readonly color: Rgb;
}

function render(size: number, samples: number, pixel: (x: number, y: number) => [...Rgb, number]) {
  const png = new PNG({ width: size, height: size });
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      // Colours are summed premultiplied, so that partly covered pixels keep the right colour.
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sj = 0; sj < samples; sj++) {
        for (let si = 0; si < samples; si++) {
          const [pr, pg, pb, pa] = pixel(i + (si + 0.5) / samples, j + (sj + 0.5) / samples);
          [r, g, b, a] = [r + pr * pa, g + pg * pa, b + pb * pa, a + pa];
        }
      }
      const at = (j * size + i) * 4;
      const rgb = a > 0 ? [r / a, g / a, b / a] : [0, 0, 0];
      rgb.forEach((v, c) => (png.data[at + c] = Math.round(v)));
      png.data[at + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return png;
}

/** color.png: opaque, layers painted in order over the background. */
export function drawColorIcon(): PNG {
  const backBubble = union(roundRect(84, 28, 166, 98, 20), triangle(130, 92, 154, 92, 164, 118));
  const question = union(
    arc(134, 50, 11, 180, 405, 8),
    stroke(
      [
        [141.8, 57.8],
        [134, 64],
        [134, 68],
      ],
      8,
    ),
    circle(134, 79, 4.75),
  );
  const frontBubble = union(roundRect(26, 74, 128, 150, 22), triangle(42, 142, 76, 142, 32, 170));
  const gap = (s: Shape, by: number): Shape => {
    // The front bubble grown by `by` pixels, painted in the background colour: separates the bubbles.
    const offsets = Array.from({ length: 16 }, (_, k) => (k * Math.PI) / 8);
    return (x, y) => s(x, y) || offsets.some((a) => s(x + by * Math.cos(a), y + by * Math.sin(a)));
  };
  const check = stroke(
    [
      [51, 112],
      [70, 131],
      [105, 93],
    ],
    14,
  );
  const layers: Layer[] = [
    { shape: backBubble, color: LIGHT_BLUE },
    { shape: question, color: BLUE },
    { shape: gap(frontBubble, 6), color: BLUE },
    { shape: frontBubble, color: WHITE },
    { shape: check, color: BLUE },
  ];
  return render(192, 4, (x, y) => {
    let color = BLUE;
    for (const layer of layers) if (layer.shape(x, y)) color = layer.color;
    return [...color, 1];
  });
}

/** outline.png: white ink with coverage as alpha; everything else fully transparent. */
export function drawOutlineIcon(): PNG {
  const outer = roundRect(2.5, 4, 29.5, 23.5, 6);
  const inner = roundRect(4.75, 6.25, 27.25, 21.25, 3.75);
  const tail = triangle(6.5, 22, 13.5, 22, 4.5, 29.5);
  const check = stroke(
    [
      [10, 13.5],
      [14, 17.25],
      [21.75, 9.75],
    ],
    2.5,
  );
  const ink = union(minus(union(outer, tail), inner), check);
  return render(32, 8, (x, y) => (ink(x, y) ? [...WHITE, 1] : [...WHITE, 0]));
}

/** Fully transparent pixels are written as (255, 255, 255, 0): every pixel is white, only alpha varies. */
function whitenTransparent(png: PNG): PNG {
  for (let at = 0; at < png.data.length; at += 4) {
    if (png.data[at + 3] === 0) png.data.fill(255, at, at + 3);
  }
  return png;
}

export function writeIcons(manifestDir: string): void {
  writeFileSync(join(manifestDir, 'color.png'), PNG.sync.write(drawColorIcon()));
  writeFileSync(
    join(manifestDir, 'outline.png'),
    PNG.sync.write(whitenTransparent(drawOutlineIcon())),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const manifestDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'manifest');
  writeIcons(manifestDir);
  console.log(`Wrote ${join(manifestDir, 'color.png')} and ${join(manifestDir, 'outline.png')}`);
}
