/**
 * The site's Content-Security-Policy and security headers, defined once. Each page carries the
 * policy in a `<meta>` (Astro adds `script-src` and `style-src` with the hashes of the page's own
 * inline scripts and styles); hosts send the site-wide part as headers: `dist/_headers` (Netlify,
 * Cloudflare Pages), the nginx snippet in the README and `npm start` all come from here.
 *
 * A browser enforces both policies, header and meta, so a request must pass each. The header
 * therefore leaves out `default-src`, `script-src` and `style-src`: it cannot know a page's script
 * hashes, and a header `default-src` would block the hashed inline scripts the meta allows. It
 * carries what a `<meta>` cannot (`frame-ancestors`) and repeats every other directive.
 */

/** Directives in both policies: everything comes from this site, nothing from anywhere else. */
const sharedDirectives = {
  /** Pagefind fetches its index and WebAssembly from /pagefind/. */
  'connect-src': ["'self'"],
  'img-src': ["'self'"],
  'media-src': ["'self'"],
  'font-src': ["'self'"],
  /** Pagefind searches in a web worker, /pagefind/pagefind-worker.js. */
  'worker-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  /** The search forms are GET forms to this site's search page; the quiz and enquiry use mailto links. */
  'form-action': ["'self'"],
} as const;

type DirectiveName = keyof typeof sharedDirectives | 'default-src' | 'frame-ancestors';
type Directives = Partial<Record<DirectiveName, readonly string[]>>;

/** Every page's `<meta>` policy, without `script-src` and `style-src`, which Astro writes. */
export const metaDirectives: Directives = {
  'default-src': ["'none'"],
  ...sharedDirectives,
};

/** `script-src` sources besides the hashes: the bundled files under /_astro/ and /pagefind/. */
export const scriptSources = ["'self'"];
/** `style-src` sources besides the hashes: the bundled stylesheets. */
export const styleSources = ["'self'"];
/**
 * Added to `script-src` on the search page only. Pagefind compiles its WebAssembly in its worker,
 * whose policy is the header's; a browser that cannot start the worker makes it fall back to
 * compiling on the page, which needs this.
 */
export const searchScriptSources = ["'wasm-unsafe-eval'"];

/** The header policy: the shared directives plus what only a header can say. */
export const headerDirectives: Directives = {
  ...sharedDirectives,
  /** No other site may frame these pages (clickjacking); ignored in a `<meta>`. */
  'frame-ancestors': ["'none'"],
};

/** `name source source` strings, as Astro's `security.csp.directives` takes them. */
export function directiveList(directives: Directives): `${DirectiveName} ${string}`[] {
  return (Object.entries(directives) as [DirectiveName, readonly string[]][]).map(
    ([name, sources]): `${DirectiveName} ${string}` => `${name} ${sources.join(' ')}`,
  );
}

/** A policy as one header value: `name source; name source`. */
export function policyText(directives: Directives): string {
  return directiveList(directives).join('; ');
}

/**
 * Features no page uses, switched off for the page and anything it might embed. Only names
 * Chromium knows (checked in its `document.featurePolicy.features()`): it logs an error on every
 * page for an unknown one. `browsing-topics` is the current name of the ad-interest API,
 * `interest-cohort` its retired predecessor (FLoC). The clipboard stays writable for the copy
 * buttons of the quiz and the enquiry; full screen and picture-in-picture stay for videos.
 */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
];

/** Every response's security headers, in the order hosts list them. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policyText(headerDirectives),
  'X-Content-Type-Options': 'nosniff',
  // The site has no analytics and nothing it links to needs to know where a reader came from.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
  // frame-ancestors for browsers that predate it.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Ignored over plain HTTP (npm start); once served over HTTPS, browsers stay on HTTPS for a year.
  'Strict-Transport-Security': 'max-age=31536000',
};

/** `dist/_headers` for Netlify and Cloudflare Pages: every header on every path. */
export function headersFile(headers: Readonly<Record<string, string>> = securityHeaders): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}

/**
 * The same headers as nginx `add_header` lines (`always`, so 404 pages get them too). nginx
 * drops a server's `add_header` lines in any `location` that has its own, so they belong at
 * server level.
 */
export function nginxHeaders(headers: Readonly<Record<string, string>> = securityHeaders): string {
  return Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
