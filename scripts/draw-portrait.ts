/**
 * Draws the placeholder portrait of the speaker (content/images/morgan-reyes-portrait.jpg): a flat,
 * editorial-style head-and-shoulders illustration in the site's teal, composed as SVG and
 * rasterised by sharp. It stands in until a real photograph replaces the file; run it again
 * only to change the drawing: `npx tsx scripts/draw-portrait.ts`.
 */
import path from 'node:path';
import sharp from 'sharp';

const WIDTH = 1600;
const HEIGHT = 2000;
const out = path.resolve(process.argv[2] ?? 'content/images/morgan-reyes-portrait.jpg');

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 1600 2000">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#e9f1ef"/>
      <stop offset="0.55" stop-color="#cfe3e0"/>
      <stop offset="1" stop-color="#f3dcc4"/>
    </linearGradient>
    <radialGradient id="halo" cx="0.5" cy="0.42" r="0.5">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.85"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="jacket" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#12505a"/>
      <stop offset="1" stop-color="#0a343b"/>
    </linearGradient>
    <linearGradient id="skin" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#e7b48f"/>
      <stop offset="1" stop-color="#c98d69"/>
    </linearGradient>
    <linearGradient id="neck" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#b97c5a"/>
      <stop offset="1" stop-color="#d49c77"/>
    </linearGradient>
    <linearGradient id="hair" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#3b2a24"/>
      <stop offset="1" stop-color="#1f1613"/>
    </linearGradient>
  </defs>

  <rect width="1600" height="2000" fill="url(#sky)"/>
  <circle cx="800" cy="840" r="720" fill="url(#halo)"/>
  <g fill="none" stroke="#0b5e6b" stroke-opacity="0.12" stroke-width="6">
    <circle cx="800" cy="840" r="560"/>
    <circle cx="800" cy="840" r="660"/>
    <circle cx="800" cy="840" r="760"/>
  </g>
  <circle cx="1290" cy="330" r="120" fill="#f2a65a" fill-opacity="0.55"/>
  <circle cx="300" cy="1420" r="70" fill="#0b5e6b" fill-opacity="0.18"/>

  <!-- shoulders and jacket -->
  <path d="M120 2000 C 130 1600 300 1420 610 1360 L 990 1360 C 1300 1420 1470 1600 1480 2000 Z" fill="url(#jacket)"/>
  <!-- shirt -->
  <path d="M650 1350 L 950 1350 L 800 1690 Z" fill="#f7f4ee"/>
  <!-- neck, with the shadow the chin casts -->
  <path d="M680 1120 L 920 1120 L 935 1380 C 880 1440 720 1440 665 1380 Z" fill="url(#neck)"/>
  <path d="M680 1190 C 740 1290 860 1290 920 1190 L 922 1240 C 860 1320 740 1320 678 1240 Z" fill="#8f5a3f" fill-opacity="0.35"/>
  <!-- lapels -->
  <path d="M610 1360 L 800 1730 L 700 1980 L 460 1520 Z" fill="#0e4650"/>
  <path d="M990 1360 L 800 1730 L 900 1980 L 1140 1520 Z" fill="#0e4650"/>
  <path d="M610 1360 L 800 1730 L 760 1770 L 570 1410 Z" fill="#175f6b" fill-opacity="0.6"/>
  <!-- pocket square -->
  <path d="M1080 1700 L 1180 1690 L 1170 1730 L 1090 1738 Z" fill="#f2a65a"/>

  <!-- ears -->
  <ellipse cx="552" cy="900" rx="46" ry="78" fill="#d49c77"/>
  <ellipse cx="1048" cy="900" rx="46" ry="78" fill="#c98d69"/>
  <!-- head -->
  <path d="M800 520 C 990 520 1060 660 1060 860 C 1060 1080 960 1250 800 1250 C 640 1250 540 1080 540 860 C 540 660 610 520 800 520 Z" fill="url(#skin)"/>
  <!-- hair -->
  <path d="M540 880 C 500 640 620 450 820 450 C 1010 450 1110 580 1070 860 C 1050 760 1010 700 950 660 C 850 700 700 690 600 640 C 570 700 550 780 540 880 Z" fill="url(#hair)"/>
  <!-- glasses: a calm, abstract hint of a face -->
  <g fill="none" stroke="#1d2a2e" stroke-width="14" stroke-linecap="round">
    <rect x="610" y="850" width="150" height="104" rx="44"/>
    <rect x="840" y="850" width="150" height="104" rx="44"/>
    <path d="M760 892 C 780 876 820 876 840 892"/>
  </g>
</svg>`;

await sharp(Buffer.from(svg))
  .jpeg({ quality: 86, mozjpeg: true, chromaSubsampling: '4:4:4' })
  .toFile(out);
process.stdout.write(`${path.relative(process.cwd(), out)}: ${WIDTH}×${HEIGHT}\n`);
