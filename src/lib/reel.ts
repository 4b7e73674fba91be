/**
 * What a reel link says about where it goes: the platform's name for the link text ("Watch …
 * on YouTube"), so a reader knows which site a click opens before anything is loaded from it.
 */

const PLATFORMS: [RegExp, string][] = [
  [/(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/, 'YouTube'],
  [/(^|\.)vimeo\.com$/, 'Vimeo'],
  [/(^|\.)bilibili\.com$/, 'Bilibili'],
  [/(^|\.)linkedin\.com$/, 'LinkedIn'],
  [/(^|\.)ted\.com$/, 'TED'],
];

/**
 * The name of the video site a URL is on: a known platform's name, else its host without `www.`.
 * @example videoPlatform('https://youtu.be/abc') // 'YouTube'
 * @example videoPlatform('https://media.example.org/talk') // 'media.example.org'
 */
export function videoPlatform(url: string): string {
  const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  return PLATFORMS.find(([pattern]) => pattern.test(host))?.[1] ?? host;
}

/**
 * The MIME type of a self-hosted reel, from its extension (the schema allows .mp4 and .webm).
 * @example videoType('/videos/reel.webm') // 'video/webm'
 */
export function videoType(file: string): string {
  return file.toLowerCase().endsWith('.webm') ? 'video/webm' : 'video/mp4';
}
