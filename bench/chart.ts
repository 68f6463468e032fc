// The benchmark chart, as a self-contained SVG (no plotting dependency): throughput per round and
// latency per round, bot against the echo bot, and the matcher's scaling curve.
export interface RoundFigures {
  readonly round: number;
  readonly bot: { readonly rps: number; readonly p50: number; readonly p99: number };
  readonly echo: { readonly rps: number; readonly p50: number; readonly p99: number };
}
export interface CurvePoint {
  readonly factor: number;
  readonly model: string;
  readonly mean: number;
  readonly p50: number;
  readonly p99: number;
}

const COLORS = { bot: '#1f6feb', echo: '#8c959f', botLight: '#9ec2ff', echoLight: '#d0d7de' };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (x: number) =>
  x === 0 ? '0' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);

/** A "nice" upper bound for an axis. */
function niceMax(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= x) ?? 10) * p;
}

interface Panel {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

function axes(out: string[], p: Panel, max: number, title: string, unit: string) {
  out.push(`<text x="${p.x + p.w / 2}" y="${p.y - 28}" class="title">${esc(title)}</text>`);
  out.push(`<text x="${p.x - 8}" y="${p.y - 10}" class="unit">${esc(unit)}</text>`);
  for (let i = 0; i <= 4; i++) {
    const v = (max * i) / 4;
    const y = p.y + p.h - (p.h * i) / 4;
    out.push(`<line x1="${p.x}" x2="${p.x + p.w}" y1="${y}" y2="${y}" class="grid"/>`);
    out.push(`<text x="${p.x - 6}" y="${y + 4}" class="tick">${fmt(v)}</text>`);
  }
  out.push(
    `<line x1="${p.x}" x2="${p.x + p.w}" y1="${p.y + p.h}" y2="${p.y + p.h}" class="axis"/>`,
  );
}

function bars(
  out: string[],
  p: Panel,
  groups: readonly {
    label: string;
    bars: readonly { value: number; color: string; name: string }[];
  }[],
  max: number,
) {
  const gw = p.w / groups.length;
  groups.forEach((g, gi) => {
    const bw = Math.min(34, (gw * 0.8) / g.bars.length);
    const x0 = p.x + gi * gw + (gw - bw * g.bars.length) / 2;
    g.bars.forEach((b, bi) => {
      const h = (p.h * Math.min(b.value, max)) / max;
      const x = x0 + bi * bw;
      const y = p.y + p.h - h;
      out.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(bw - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${b.color}"><title>${esc(`${g.label} ${b.name}: ${fmt(b.value)}`)}</title></rect>`,
      );
      out.push(
        `<text x="${(x + bw / 2 - 1).toFixed(1)}" y="${(y - 3).toFixed(1)}" class="val">${fmt(b.value)}</text>`,
      );
    });
    out.push(
      `<text x="${p.x + gi * gw + gw / 2}" y="${p.y + p.h + 16}" class="label">${esc(g.label)}</text>`,
    );
  });
}

function legend(
  out: string[],
  x: number,
  y: number,
  items: readonly { color: string; name: string }[],
  spacing = 120,
) {
  items.forEach((it, i) => {
    const lx = x + i * spacing;
    out.push(`<rect x="${lx}" y="${y - 10}" width="12" height="12" fill="${it.color}"/>`);
    out.push(`<text x="${lx + 16}" y="${y}" class="legend">${esc(it.name)}</text>`);
  });
}

export function chartSvg(
  rounds: readonly RoundFigures[],
  curve: readonly CurvePoint[],
  caption: string,
): string {
  const W = 1080;
  const H = 490;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="t d">`,
    `<title id="t">Social Media Guidance bot against the echo bot</title>`,
    `<desc id="d">${esc(caption)}</desc>`,
    `<style>text{font-family:system-ui,-apple-system,Segoe UI,sans-serif;fill:#24292f}` +
      `.title{font-size:14px;font-weight:600;text-anchor:middle}.unit{font-size:11px;text-anchor:start;fill:#57606a}` +
      `.tick{font-size:10px;text-anchor:end;fill:#57606a}.label{font-size:11px;text-anchor:middle}` +
      `.val{font-size:9px;text-anchor:middle;fill:#57606a}.legend{font-size:11px}` +
      `.grid{stroke:#eaeef2}.axis{stroke:#8c959f}.cap{font-size:11px;fill:#57606a}</style>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
  );

  // 1. Throughput per round.
  const p1: Panel = { x: 60, y: 70, w: 280, h: 260 };
  const maxRps = niceMax(Math.max(...rounds.flatMap((r) => [r.bot.rps, r.echo.rps])));
  axes(out, p1, maxRps, 'Throughput per round (higher is better)', 'requests/s');
  bars(
    out,
    p1,
    rounds.map((r) => ({
      label: `round ${r.round}`,
      bars: [
        { value: r.bot.rps, color: COLORS.bot, name: 'bot' },
        { value: r.echo.rps, color: COLORS.echo, name: 'echo' },
      ],
    })),
    maxRps,
  );
  legend(out, p1.x, p1.y + p1.h + 42, [
    { color: COLORS.bot, name: 'bot' },
    { color: COLORS.echo, name: 'echo bot' },
  ]);

  // 2. Latency per round.
  const p2: Panel = { x: 420, y: 70, w: 320, h: 260 };
  const maxLat = niceMax(Math.max(...rounds.flatMap((r) => [r.bot.p99, r.echo.p99])));
  axes(out, p2, maxLat, 'Latency per round (lower is better)', 'ms');
  bars(
    out,
    p2,
    rounds.map((r) => ({
      label: `round ${r.round}`,
      bars: [
        { value: r.bot.p50, color: COLORS.botLight, name: 'bot p50' },
        { value: r.bot.p99, color: COLORS.bot, name: 'bot p99' },
        { value: r.echo.p50, color: COLORS.echoLight, name: 'echo p50' },
        { value: r.echo.p99, color: COLORS.echo, name: 'echo p99' },
      ],
    })),
    maxLat,
  );
  legend(
    out,
    p2.x,
    p2.y + p2.h + 42,
    [
      { color: COLORS.botLight, name: 'bot p50' },
      { color: COLORS.bot, name: 'bot p99' },
      { color: COLORS.echoLight, name: 'echo p50' },
      { color: COLORS.echo, name: 'echo p99' },
    ],
    82,
  );

  // 3. Matching time per question against catalogue size: mean and p50 for each model.
  const p3: Panel = { x: 820, y: 70, w: 230, h: 260 };
  const base = curve.find((c) => c.factor === 1);
  const budget = 3 * (base?.mean ?? 0);
  const models = [...new Set(curve.map((c) => c.model))];
  const series = models.flatMap((model, i) => [
    { model, key: 'mean' as const, color: i === 0 ? COLORS.bot : '#bf8700', name: `${model} mean` },
    {
      model,
      key: 'p50' as const,
      color: i === 0 ? COLORS.botLight : '#f2cc60',
      name: `${model} p50`,
    },
  ]);
  const points = (model: string) =>
    curve.filter((c) => c.model === model).sort((a, b) => a.factor - b.factor);
  const maxMs = niceMax(Math.max(budget, ...curve.map((c) => c.mean)) * 1000) / 1000;
  axes(out, p3, maxMs * 1000, 'Matching vs catalogue size', 'µs per question');
  const maxF = Math.max(...curve.map((c) => c.factor), 1);
  const px = (f: number) => p3.x + ((f - 1) / Math.max(1, maxF - 1)) * p3.w;
  const py = (v: number) => p3.y + p3.h - (p3.h * Math.min(v, maxMs)) / maxMs;
  for (const f of [...new Set(curve.map((c) => c.factor))])
    out.push(`<text x="${px(f)}" y="${p3.y + p3.h + 16}" class="label">${f}×</text>`);
  out.push(
    `<line x1="${p3.x}" x2="${p3.x + p3.w}" y1="${py(budget)}" y2="${py(budget)}" stroke="#cf222e" stroke-dasharray="4 3"/>`,
    `<text x="${p3.x + p3.w}" y="${py(budget) - 4}" class="tick" fill="#cf222e">target: 3 × mean at 1×</text>`,
  );
  for (const s of series) {
    const pts = points(s.model);
    out.push(
      `<polyline points="${pts.map((c) => `${px(c.factor).toFixed(1)},${py(c[s.key]).toFixed(1)}`).join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"/>`,
    );
    for (const c of pts)
      out.push(
        `<circle cx="${px(c.factor).toFixed(1)}" cy="${py(c[s.key]).toFixed(1)}" r="3" fill="${s.color}"><title>${esc(`${s.model} ${c.factor}× ${s.key}: ${(c[s.key] * 1000).toFixed(0)} µs`)}</title></circle>`,
      );
  }
  series.forEach((s, i) => legend(out, p3.x - 20, p3.y + p3.h + 38 + i * 15, [s]));

  out.push(`<text x="20" y="${H - 12}" class="cap">${esc(caption)}</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
