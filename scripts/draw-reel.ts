/**
 * Draws the sample reel (public/videos/morgan-reyes-reel.mp4, 15 s, 640×360, no sound) and its
 * posters in content/images/: title cards and an animated chart of contact reasons, each frame an
 * SVG rasterised by sharp, encoded by ffmpeg. A development tool only: the build and the tests
 * use the committed files and never need ffmpeg. Replace the files with a real reel of the same
 * names, or name others in the press kit and keynotes. Run: `npx tsx scripts/draw-reel.ts`
 * (needs `ffmpeg` on the PATH).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

const W = 640;
const H = 360;
const FPS = 12;
const SECONDS = 15;
const TEAL = '#0b5e6b';
const SAND = '#f3dcc4';
const INK = '#1d1f21';

const bars = [
  { label: 'Billing errors', value: 0.92 },
  { label: 'Late delivery', value: 0.71 },
  { label: 'Password reset', value: 0.55 },
  { label: 'Plan change', value: 0.34 },
  { label: 'Other', value: 0.2 },
];

const ease = (t: number) => (t <= 0 ? 0 : t >= 1 ? 1 : 1 - (1 - t) ** 3);

function card(title: string, subtitle: string, fade: number, scale = 1): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="100%" height="100%" fill="${TEAL}"/>
  <circle cx="${W * 0.82}" cy="${H * 0.2}" r="${140 * scale}" fill="#ffffff" opacity="0.07"/>
  <g opacity="${fade}" font-family="DejaVu Sans, sans-serif" fill="#ffffff">
    <text x="48" y="168" font-size="40" font-weight="bold">${title}</text>
    <text x="48" y="214" font-size="22" fill="${SAND}">${subtitle}</text>
    <rect x="48" y="236" width="${120 * ease(fade)}" height="4" fill="${SAND}"/>
  </g>
</svg>`;
}

function chart(progress: number): string {
  const rows = bars
    .map((bar, i) => {
      const grow = ease(progress * 1.6 - i * 0.12);
      const y = 96 + i * 46;
      const width = 380 * bar.value * grow;
      return `<text x="40" y="${y + 22}" font-size="17" fill="${INK}">${bar.label}</text>
      <rect x="200" y="${y + 4}" width="${width.toFixed(1)}" height="26" rx="3" fill="${i < 2 ? TEAL : '#7aa7ad'}"/>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="100%" height="100%" fill="#fdfcfa"/>
  <g font-family="DejaVu Sans, sans-serif">
    <text x="40" y="56" font-size="24" font-weight="bold" fill="${INK}">What customers call about, week 12</text>
    ${rows}
  </g>
</svg>`;
}

/** The frame at `time` seconds: title, chart, closing card. */
function frame(time: number): string {
  if (time < 4)
    return card(
      'The early-warning system',
      'Morgan Reyes · keynote',
      ease(time / 1.2),
      1 + time / 8,
    );
  if (time < 11) return chart((time - 4) / 5);
  return card('Listen to the floor.', 'Fix the cause, not the call.', ease((time - 11) / 1.2), 1.5);
}

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'reel-'));
try {
  for (let i = 0; i < FPS * SECONDS; i++) {
    await sharp(Buffer.from(frame(i / FPS)))
      .png()
      .toFile(path.join(work, `${String(i).padStart(4, '0')}.png`));
  }
  mkdirSync(path.join(root, 'public/videos'), { recursive: true });
  // Same input, same encoder settings: -bitexact and no metadata keep the file stable.
  execFileSync(
    'ffmpeg',
    [
      ...['-y', '-loglevel', 'error', '-framerate', String(FPS), '-i', path.join(work, '%04d.png')],
      ...['-c:v', 'libx264', '-preset', 'slow', '-crf', '28', '-pix_fmt', 'yuv420p'],
      ...[
        '-movflags',
        '+faststart',
        '-map_metadata',
        '-1',
        '-fflags',
        '+bitexact',
        '-flags:v',
        '+bitexact',
      ],
      path.join(root, 'public/videos/morgan-reyes-reel.mp4'),
    ],
    { stdio: 'inherit' },
  );
  // Posters: the reel's own title card, and a card for a talk whose video is on another site.
  await sharp(Buffer.from(card('The early-warning system', 'Morgan Reyes · keynote', 1, 1.2)))
    .resize(1280, 720)
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(path.join(root, 'content/images/morgan-reyes-reel-poster.jpg'));
  await sharp(
    Buffer.from(card('Beyond handle time', 'Morgan Reyes · conference recording', 1, 0.8)),
  )
    .resize(1280, 720)
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(path.join(root, 'content/images/beyond-handle-time-video-poster.jpg'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
