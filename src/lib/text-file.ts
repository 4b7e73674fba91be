/**
 * Reads content files as UTF-8, strictly. Node's `readFileSync(file, 'utf8')`
 * turns every byte that is not UTF-8 into `�` without a word, so a file saved
 * as Latin-1 by an old editor would publish "F�hrung" for "Führung".
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

export type TextResult = { ok: true; text: string } | { ok: false; problem: string };

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * The file's text, or why it is not UTF-8, naming the first line that is not and what its
 * bytes say read as Windows-1252 (Latin-1), the usual encoding of such files.
 * @example readText('de/x.mdx') // { ok: false, problem: 'line 9 is not UTF-8 text (read as Latin-1 it says: Führung …' }
 */
export function readText(file: string): TextResult {
  const bytes = readFileSync(file);
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    return { ok: false, problem: notUtf8(bytes) };
  }
}

function notUtf8(bytes: Buffer): string {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const lineBytes = bytes.subarray(start, end < 0 ? bytes.length : end);
    try {
      strict.decode(lineBytes);
    } catch {
      const shown = new TextDecoder('windows-1252').decode(lineBytes).trim();
      const excerpt = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
      return `line ${line} is not UTF-8 text (read as Latin-1 it says: ${excerpt}): save the file with the encoding UTF-8 in your editor, then check its umlauts and accents`;
    }
    if (end < 0) break;
    start = end + 1;
  }
  return 'is not UTF-8 text: save it with the encoding UTF-8';
}

export type YamlResult = { ok: true; value: unknown } | { ok: false; problem: string };

/**
 * A YAML data file (topics.yaml, engagements.yaml): its text read as {@link readText} does, then
 * parsed; what is wrong comes back as one line, never as an exception.
 */
export function readYamlFile(file: string): YamlResult {
  const read = readText(file);
  if (!read.ok) return read;
  try {
    return { ok: true, value: parseYaml(read.text) };
  } catch (error) {
    return { ok: false, problem: `not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}
