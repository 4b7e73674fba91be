/**
 * The sample pictures in content/images/, drawn as SVG from made-up numbers and rendered to PNG
 * by scripts/generate-sample-images.ts. Every colour comes from the site's palette
 * (src/styles/global.css) and nothing needs a font: numbers on the axes are drawn as strokes
 * ({@link digits}), so the pictures look the same on any machine and need no translation.
 * The numbers come from a seeded generator, so running the script again gives the same files.
 */

/** global.css, light theme: paper, ink, accent (teal) and focus (orange), plus tints of both. */
export const PALETTE = {
  paper: '#fdfcfa',
  ink: '#1d1f21',
  muted: '#4f5357',
  grid: '#e8e5df',
  border: '#d9d6cf',
  chip: '#eef3f3',
  accent: '#0b5e6b',
  accentMid: '#2f8f9d',
  accentLight: '#7fd3df',
  accentPale: '#cfeef2',
  warm: '#c2410c',
  warmLight: '#fdba74',
  warmPale: '#fde7d3',
  night: '#16181a',
} as const;

export const WIDTH = 1600;
export const HEIGHT = 900;

/** A sample picture: its file name in content/images/ and its SVG. */
export interface SamplePicture {
  name: string;
  svg: string;
}

/** Mulberry32: a small seeded generator, so the made-up data is the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Strokes of each character on a 6 × 10 grid (x right, y down). */
const GLYPHS: Record<string, string> = {
  '0': 'M1 1H5V9H1Z',
  '1': 'M2 2L3.5 1V9M2 9H5',
  '2': 'M1 1H5V5H1V9H5',
  '3': 'M1 1H5V9H1M1.5 5H5',
  '4': 'M1 1V5H5M4.5 1V9',
  '5': 'M5 1H1V5H5V9H1',
  '6': 'M5 1H1V9H5V5H1',
  '7': 'M1 1H5L2.5 9',
  '8': 'M1 1H5V9H1ZM1 5H5',
  '9': 'M5 5H1V1H5V9H1',
  '%': 'M1 9L5 1M1.6 1.2a.9 .9 0 1 0 .01 0M4.4 7.2a.9 .9 0 1 0 .01 0',
  ':': 'M3 3.2h.1M3 7.2h.1',
  '.': 'M3 8.8h.1',
  '-': 'M1.5 5H4.5',
};

/**
 * Text made of strokes (digits, %, :, . and -), `size` pixels tall, anchored like SVG text.
 * @example digits('80%', 100, 200, 24, '#000', 'end')
 */
export function digits(
  text: string,
  x: number,
  y: number,
  size: number,
  colour: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
): string {
  const scale = size / 10;
  const advance = 6 * scale;
  const width = advance * text.length;
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  const strokes = [...text]
    .map((char, i) =>
      GLYPHS[char]
        ? `<path transform="translate(${round(left + i * advance)} ${round(y - size)}) scale(${scale})" d="${GLYPHS[char]}"/>`
        : '',
    )
    .join('');
  // The stroke is scaled with each glyph: 1.1 grid units is about a seventh of the height.
  return `<g fill="none" stroke="${colour}" stroke-width="1.1" stroke-linecap="round" stroke-linejoin="round">${strokes}</g>`;
}

function svg(body: string, background: string = PALETTE.paper): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>${body}</svg>`;
}

/** The plotting area every chart shares, so they line up as a set. */
const PLOT = { left: 200, right: 1500, top: 110, bottom: 760 };

function xOf(value: number, min: number, max: number): number {
  return PLOT.left + ((value - min) / (max - min)) * (PLOT.right - PLOT.left);
}
function yOf(value: number, min: number, max: number): number {
  return PLOT.bottom - ((value - min) / (max - min)) * (PLOT.bottom - PLOT.top);
}

/** Horizontal grid lines with their values at the left, and the baseline. */
function yGrid(values: number[], min: number, max: number, suffix = ''): string {
  return values
    .map((value) => {
      const y = round(yOf(value, min, max));
      return `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y}" y2="${y}" stroke="${value === min ? PALETTE.border : PALETTE.grid}" stroke-width="${value === min ? 3 : 2}"/>${digits(`${value}${suffix}`, PLOT.left - 28, y + 16, 32, PALETTE.muted, 'end')}`;
    })
    .join('');
}

/** Hour labels along the bottom. */
function hourLabels(hours: number[], min: number, max: number): string {
  return hours
    .map((hour) => {
      const x = round(xOf(hour, min, max));
      return `<line x1="${x}" x2="${x}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 12}" stroke="${PALETTE.border}" stroke-width="3"/>${digits(`${String(hour).padStart(2, '0')}:00`, x, PLOT.bottom + 66, 32, PALETTE.muted, 'middle')}`;
    })
    .join('');
}

function polyline(points: [number, number][]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)} ${round(y)}`).join('');
}

/** A smooth path through points (Catmull-Rom turned into cubic Béziers). */
function smooth(points: [number, number][]): string {
  let d = `M${round(points[0]![0])} ${round(points[0]![1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${round(c1[0]!)} ${round(c1[1]!)} ${round(c2[0]!)} ${round(c2[1]!)} ${round(p2[0])} ${round(p2[1])}`;
  }
  return d;
}

/** Contacts offered per half-hour on a made-up Tuesday: a morning peak and a smaller one after lunch. */
function dayCurve(hour: number): number {
  const morning = Math.exp(-((hour - 10.5) ** 2) / 3.2);
  const afternoon = 0.72 * Math.exp(-((hour - 14.5) ** 2) / 4);
  return 40 + 260 * Math.max(morning, afternoon) + 30 * Math.sin(hour);
}

/** Service level per half-hour against an 80 % target: the dip at the morning peak stands out. */
function serviceLevel(): SamplePicture {
  const random = seeded(11);
  const [min, max] = [0, 100];
  const slots = Array.from({ length: 24 }, (_, i) => 8 + i / 2);
  const slot = (PLOT.right - PLOT.left) / slots.length;
  const bars = slots
    .map((hour) => {
      const peak = Math.exp(-((hour - 10.75) ** 2) / 0.9);
      const level = Math.min(97, 88 - 34 * peak + random() * 8 - 4);
      const x = PLOT.left + (hour - 8) * 2 * slot + slot * 0.16;
      const y = yOf(level, min, max);
      const colour = level < 80 ? PALETTE.warm : PALETTE.accent;
      return `<rect x="${round(x)}" y="${round(y)}" width="${round(slot * 0.68)}" height="${round(PLOT.bottom - y)}" rx="6" fill="${colour}"/>`;
    })
    .join('');
  const target = round(yOf(80, min, max));
  return {
    name: 'service-level-by-half-hour.png',
    svg: svg(
      `${yGrid([0, 20, 40, 60, 80, 100], min, max, '%')}${bars}<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${target}" y2="${target}" stroke="${PALETTE.ink}" stroke-width="4" stroke-dasharray="18 12"/>${hourLabels([8, 10, 12, 14, 16, 18, 20], 8, 20)}`,
    ),
  };
}

/** Forecast against actual contacts over a day, the tolerance band shaded around the forecast. */
function forecastVsActual(): SamplePicture {
  const random = seeded(23);
  const [min, max] = [0, 400];
  const hours = Array.from({ length: 49 }, (_, i) => 8 + i / 4);
  const forecast = hours.map((h): [number, number] => [xOf(h, 8, 20), yOf(dayCurve(h), min, max)]);
  const upper = hours.map((h): [number, number] => [
    xOf(h, 8, 20),
    yOf(dayCurve(h) * 1.1, min, max),
  ]);
  const lower = hours.map((h): [number, number] => [
    xOf(h, 8, 20),
    yOf(dayCurve(h) * 0.9, min, max),
  ]);
  const actual = hours.map((h): [number, number] => {
    const surprise = 70 * Math.exp(-((h - 15.5) ** 2) / 0.6);
    return [xOf(h, 8, 20), yOf(dayCurve(h) * (0.97 + random() * 0.08) + surprise, min, max)];
  });
  const band = `${polyline(upper)}L${polyline([...lower].reverse()).slice(1)}Z`;
  return {
    name: 'forecast-vs-actual.png',
    svg: svg(
      `${yGrid([0, 100, 200, 300, 400], min, max)}<path d="${band}" fill="${PALETTE.accentPale}"/><path d="${smooth(forecast)}" fill="none" stroke="${PALETTE.accent}" stroke-width="6" stroke-dasharray="20 12" stroke-linecap="round"/><path d="${smooth(actual)}" fill="none" stroke="${PALETTE.warm}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>${hourLabels([8, 10, 12, 14, 16, 18, 20], 8, 20)}`,
    ),
  };
}

/** Abandonment rate against average wait: half-hours as dots and the curve they follow. */
function abandonmentVsWait(): SamplePicture {
  const random = seeded(5);
  const [xMax, yMax] = [300, 30];
  const curve = (wait: number) => 1.5 + 26 * (1 - Math.exp(-wait / 160));
  const dots = Array.from({ length: 90 }, () => {
    const wait = 5 + random() ** 1.4 * 290;
    const rate = Math.max(0.5, curve(wait) + (random() - 0.5) * 7);
    return `<circle cx="${round(xOf(wait, 0, xMax))}" cy="${round(yOf(rate, 0, yMax))}" r="11" fill="${PALETTE.accentMid}" fill-opacity="0.55"/>`;
  }).join('');
  const line = Array.from({ length: 61 }, (_, i): [number, number] => [
    xOf(i * 5, 0, xMax),
    yOf(curve(i * 5), 0, yMax),
  ]);
  const ticks = [0, 60, 120, 180, 240, 300]
    .map((wait) =>
      digits(String(wait), xOf(wait, 0, xMax), PLOT.bottom + 66, 32, PALETTE.muted, 'middle'),
    )
    .join('');
  return {
    name: 'abandonment-vs-wait.png',
    svg: svg(
      `${yGrid([0, 10, 20, 30], 0, yMax, '%')}${dots}<path d="${smooth(line)}" fill="none" stroke="${PALETTE.warm}" stroke-width="7" stroke-linecap="round"/>${ticks}`,
    ),
  };
}

/** How far evaluators' scores for the same call spread before calibration and after it. */
function calibrationSpread(): SamplePicture {
  const [min, max] = [50, 100];
  const bell = (mean: number, spread: number, height: number) =>
    Array.from({ length: 101 }, (_, i): [number, number] => {
      const score = 50 + i / 2;
      return [
        xOf(score, min, max),
        yOf(height * Math.exp(-((score - mean) ** 2) / (2 * spread ** 2)), 0, 1),
      ];
    });
  const area = (points: [number, number][]) =>
    `${smooth(points)}L${PLOT.right} ${PLOT.bottom}L${PLOT.left} ${PLOT.bottom}Z`;
  const random = seeded(41);
  const before = Array.from({ length: 12 }, () => 70 + (random() - 0.5) * 32);
  const after = Array.from({ length: 12 }, () => 82 + (random() - 0.5) * 8);
  const marks = (scores: number[], y: number, colour: string) =>
    scores
      .map(
        (s) =>
          `<circle cx="${round(xOf(s, min, max))}" cy="${y}" r="13" fill="${colour}" stroke="${PALETTE.paper}" stroke-width="4"/>`,
      )
      .join('');
  const ticks = [50, 60, 70, 80, 90, 100]
    .map((s) => digits(String(s), xOf(s, min, max), PLOT.bottom + 66, 32, PALETTE.muted, 'middle'))
    .join('');
  return {
    name: 'qa-calibration-spread.png',
    svg: svg(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="${PALETTE.border}" stroke-width="3"/><path d="${area(bell(70, 9, 0.42))}" fill="${PALETTE.warmPale}" stroke="${PALETTE.warm}" stroke-width="5"/><path d="${area(bell(82, 2.6, 0.92))}" fill="${PALETTE.accentPale}" fill-opacity="0.85" stroke="${PALETTE.accent}" stroke-width="5"/>${marks(before, PLOT.bottom - 40, PALETTE.warm)}${marks(after, PLOT.bottom - 90, PALETTE.accent)}${ticks}`,
    ),
  };
}

/** A ring of four steps with arrows between them: observe, feed back, practise, follow up. */
function cycle(
  name: string,
  centre: [number, number],
  radius: number,
  icons: string[],
  options: { background: string; ring: string; node: string; nodeStroke: string; ink: string },
): SamplePicture {
  const [cx, cy] = centre;
  const n = icons.length;
  const nodeRadius = 120;
  const gap = (nodeRadius + 30) / radius;
  const arrows = icons
    .map((_, i) => {
      const a0 = -Math.PI / 2 + (i * 2 * Math.PI) / n + gap;
      const a1 = -Math.PI / 2 + ((i + 1) * 2 * Math.PI) / n - gap;
      const p = (a: number) =>
        `${round(cx + radius * Math.cos(a))} ${round(cy + radius * Math.sin(a))}`;
      const tip = [cx + radius * Math.cos(a1), cy + radius * Math.sin(a1)];
      const dir = a1 + Math.PI / 2;
      const head = (turn: number) =>
        `${round(tip[0]! - 34 * Math.cos(dir + turn))} ${round(tip[1]! - 34 * Math.sin(dir + turn))}`;
      return `<path d="M${p(a0)}A${radius} ${radius} 0 0 1 ${p(a1)}" fill="none" stroke="${options.ring}" stroke-width="10" stroke-linecap="round"/><path d="M${head(0.5)}L${round(tip[0]!)} ${round(tip[1]!)}L${head(-0.5)}" fill="none" stroke="${options.ring}" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>`;
    })
    .join('');
  const nodes = icons
    .map((icon, i) => {
      const a = -Math.PI / 2 + (i * 2 * Math.PI) / n;
      const x = round(cx + radius * Math.cos(a));
      const y = round(cy + radius * Math.sin(a));
      return `<circle cx="${x}" cy="${y}" r="${nodeRadius}" fill="${options.node}" stroke="${options.nodeStroke}" stroke-width="6"/><g transform="translate(${x} ${y})" fill="none" stroke="${options.ink}" stroke-width="10" stroke-linecap="round" stroke-linejoin="round">${icon}</g>`;
    })
    .join('');
  return { name, svg: svg(`${arrows}${nodes}`, options.background) };
}

/** Icons drawn around (0, 0), about 120 px across. */
const ICONS = {
  eye: '<path d="M-60 0C-30-42 30-42 60 0C30 42-30 42-60 0Z"/><circle r="17"/>',
  speech:
    '<path d="M-55-40H55Q65-40 65-30V20Q65 30 55 30H-10L-40 55V30H-55Q-65 30-65 20V-30Q-65-40-55-40Z"/><path d="M-35-12H35M-35 8H15"/>',
  repeat:
    '<path d="M-50 10A50 50 0 0 1 40-32"/><path d="M22-52L42-32L18-16"/><path d="M50-10A50 50 0 0 1-40 32"/><path d="M-22 52L-42 32L-18 16"/>',
  check: '<path d="M-48 2L-14 36L50-36"/>',
  chart: '<path d="M-55 50V-50M-55 50H55"/><path d="M-35 25L-10 0L12 15L45-30"/>',
  person: '<circle cy="-28" r="24"/><path d="M-48 52Q-48 8 0 8Q48 8 48 52"/>',
};

/** Coaching as a loop: observe, feed back, practise, check it stuck. */
function coachingLoop(): SamplePicture {
  return cycle(
    'coaching-loop.png',
    [800, 450],
    290,
    [ICONS.eye, ICONS.speech, ICONS.repeat, ICONS.check],
    {
      background: PALETTE.paper,
      ring: PALETTE.accentMid,
      node: PALETTE.chip,
      nodeStroke: PALETTE.accent,
      ink: PALETTE.accent,
    },
  );
}

/** Repeat contacts: most customers are done after one contact, the rest come back once or more. */
function firstContactResolution(): SamplePicture {
  const random = seeded(77);
  const weeks = 12;
  const slot = (PLOT.right - PLOT.left) / weeks;
  const bars = Array.from({ length: weeks }, (_, i) => {
    const first = 64 + i * 1.3 + random() * 4;
    const second = (100 - first) * (0.62 + random() * 0.08);
    // The rest, up to 100 %, came back more than once: the bar is drawn to the top.
    const x = round(PLOT.left + i * slot + slot * 0.18);
    const w = round(slot * 0.64);
    const y1 = yOf(first, 0, 100);
    const y2 = yOf(first + second, 0, 100);
    return `<rect x="${x}" y="${round(y1)}" width="${w}" height="${round(PLOT.bottom - y1)}" fill="${PALETTE.accent}"/><rect x="${x}" y="${round(y2)}" width="${w}" height="${round(y1 - y2)}" fill="${PALETTE.accentLight}"/><rect x="${x}" y="${round(PLOT.top)}" width="${w}" height="${round(y2 - PLOT.top)}" fill="${PALETTE.warmLight}"/>`;
  }).join('');
  return {
    name: 'first-contact-resolution-by-week.png',
    svg: svg(`${yGrid([0, 25, 50, 75, 100], 0, 100, '%')}${bars}`),
  };
}

/** Keynote covers: quieter pictures on the accent colour, one idea each. */
function cover(name: string, body: string): SamplePicture {
  return { name, svg: svg(body, PALETTE.accent) };
}

function keynoteCovers(): SamplePicture[] {
  const light = PALETTE.accentLight;
  const pale = PALETTE.accentPale;
  const warm = PALETTE.warmLight;
  const random = seeded(101);

  // A path of dots that mostly reaches a person; a few drift off into a loop and fade.
  const flow = Array.from({ length: 26 }, (_, i) => {
    const x = 150 + i * 44;
    const y = 450 + Math.sin(i / 3) * 60;
    return `<circle cx="${round(x)}" cy="${round(y)}" r="${14 + (i % 3) * 3}" fill="${pale}" fill-opacity="${round(0.4 + i / 45)}"/>`;
  }).join('');
  const loop = `<path d="M620 400C560 220 820 180 820 300C820 400 660 380 700 250" fill="none" stroke="${warm}" stroke-width="12" stroke-linecap="round" stroke-dasharray="2 26"/>`;
  const automation = cover(
    'keynote-automation-without-abandonment.png',
    `${flow}${loop}<circle cx="1360" cy="450" r="150" fill="${PALETTE.accentMid}"/><g transform="translate(1360 450) scale(1.6)" fill="none" stroke="${PALETTE.paper}" stroke-width="8" stroke-linecap="round">${ICONS.person}</g>`,
  );

  // A ring split into the parts of a contact: the short arc of handle time inside the whole.
  const segments = [0.18, 0.32, 0.22, 0.28];
  let start = -Math.PI / 2;
  const ring = segments
    .map((share, i) => {
      const end = start + share * 2 * Math.PI - 0.05;
      const p = (a: number, r: number) =>
        `${round(800 + r * Math.cos(a))} ${round(450 + r * Math.sin(a))}`;
      const d = `M${p(start, 300)}A300 300 0 ${share > 0.5 ? 1 : 0} 1 ${p(end, 300)}`;
      start = end + 0.05;
      return `<path d="${d}" fill="none" stroke="${[warm, light, pale, PALETTE.accentMid][i]}" stroke-width="${i === 0 ? 90 : 60}"/>`;
    })
    .join('');
  const beyond = cover(
    'keynote-beyond-handle-time.png',
    `${ring}<circle cx="800" cy="450" r="150" fill="none" stroke="${pale}" stroke-width="4" stroke-dasharray="6 18"/>`,
  );

  // Steps rising to the right, a dot on the highest.
  const steps = Array.from({ length: 6 }, (_, i) => {
    const x = 250 + i * 190;
    const h = 110 + i * 95;
    return `<rect x="${x}" y="${800 - h}" width="170" height="${h}" rx="14" fill="${i === 5 ? light : pale}" fill-opacity="${round(0.35 + i * 0.12)}"/>`;
  }).join('');
  const careers = cover(
    'keynote-careers-in-customer-experience.png',
    `${steps}<circle cx="1285" cy="160" r="46" fill="${warm}"/>`,
  );

  // A calm signal that rises through a threshold weeks before the spike everyone sees.
  const signal = Array.from({ length: 81 }, (_, i): [number, number] => {
    const x = 100 + i * 17.5;
    const rise = 260 / (1 + Math.exp(-(i - 52) / 5));
    return [x, 640 - rise - Math.sin(i / 2.5) * 18 - random() * 14];
  });
  const warning = cover(
    'keynote-early-warning-system.png',
    `<line x1="100" x2="1500" y1="470" y2="470" stroke="${warm}" stroke-width="6" stroke-dasharray="24 16"/><path d="${smooth(signal)}" fill="none" stroke="${pale}" stroke-width="12" stroke-linecap="round" stroke-linejoin="round"/><circle cx="${round(signal[46]![0])}" cy="470" r="30" fill="${warm}"/>`,
  );

  // A scorecard: rows of marks that mostly agree.
  const grid = Array.from({ length: 5 }, (_, row) =>
    Array.from({ length: 8 }, (_, column) => {
      const x = 330 + column * 130;
      const y = 190 + row * 130;
      const off = random() < 0.12;
      return off
        ? `<circle cx="${x}" cy="${y}" r="30" fill="none" stroke="${warm}" stroke-width="8"/>`
        : `<path d="M${x - 32} ${y}L${x - 8} ${y + 24}L${x + 34} ${y - 26}" fill="none" stroke="${pale}" stroke-width="12" stroke-linecap="round" stroke-linejoin="round"/>`;
    }).join(''),
  ).join('');
  const quality = cover('keynote-quality-agents-trust.png', grid);

  // A team leader at the centre, the team around, with the coaching loop between them.
  const team = Array.from({ length: 8 }, (_, i) => {
    const a = (i * Math.PI) / 4;
    const x = round(800 + 300 * Math.cos(a));
    const y = round(450 + 300 * Math.sin(a));
    return `<line x1="800" y1="450" x2="${x}" y2="${y}" stroke="${PALETTE.accentMid}" stroke-width="6"/><circle cx="${x}" cy="${y}" r="62" fill="${pale}"/><g transform="translate(${x} ${y}) scale(0.7)" fill="none" stroke="${PALETTE.accent}" stroke-width="10" stroke-linecap="round">${ICONS.person}</g>`;
  }).join('');
  const coaches = cover(
    'keynote-team-leaders-as-coaches.png',
    `<circle cx="800" cy="450" r="300" fill="none" stroke="${PALETTE.accentMid}" stroke-width="6"/>${team}<circle cx="800" cy="450" r="110" fill="${warm}"/><g transform="translate(800 450)" fill="none" stroke="${PALETTE.accent}" stroke-width="12" stroke-linecap="round" stroke-linejoin="round">${ICONS.repeat}</g>`,
  );

  // A schedule: shifts as bars across the day, breaks as gaps, following the day's curve.
  const shifts = Array.from({ length: 9 }, (_, row) => {
    const begin = 180 + Math.floor(random() * 6) * 70;
    const length = 560 + Math.floor(random() * 4) * 70;
    const gapAt = begin + 210 + Math.floor(random() * 3) * 70;
    const y = 150 + row * 68;
    const fill = row % 4 === 3 ? warm : row % 2 ? light : pale;
    return `<rect x="${begin}" y="${y}" width="${gapAt - begin - 14}" height="46" rx="10" fill="${fill}"/><rect x="${gapAt + 56}" y="${y}" width="${begin + length - gapAt - 56}" height="46" rx="10" fill="${fill}"/>`;
  }).join('');
  const planning = cover('keynote-workforce-planning-for-real-people.png', shifts);

  return [automation, beyond, careers, warning, quality, coaches, planning];
}

/** Every sample picture, in the order the script writes them. */
export function samplePictures(): SamplePicture[] {
  return [
    serviceLevel(),
    forecastVsActual(),
    abandonmentVsWait(),
    calibrationSpread(),
    coachingLoop(),
    firstContactResolution(),
    ...keynoteCovers(),
  ];
}
