/**
 * Reads the PHP-serialized values WordPress plugins keep in term descriptions,
 * e.g. Polylang's translation groups `a:2:{s:2:"en";i:12;s:2:"de";i:15;}`.
 * Only plain data (arrays, strings, numbers, booleans, null); objects are refused.
 * String lengths in the format count UTF-8 bytes, so the text is read as bytes.
 */

export type PhpValue = string | number | boolean | null | PhpArray;
export interface PhpArray {
  [key: string]: PhpValue;
}

/**
 * @example unserializePhp('a:2:{s:2:"en";i:12;s:2:"de";i:15;}') // { en: 12, de: 15 }
 * @returns undefined when the text is not a serialized value.
 */
export function unserializePhp(text: string): PhpValue | undefined {
  const bytes = Buffer.from(text.trim(), 'utf8');
  try {
    const { value, end } = readValue(bytes, 0);
    return end === bytes.length ? value : undefined;
  } catch {
    return undefined;
  }
}

function readUntil(bytes: Buffer, start: number, char: string): { text: string; end: number } {
  const at = bytes.indexOf(char, start, 'utf8');
  if (at < 0) throw new Error(`expected "${char}"`);
  return { text: bytes.toString('utf8', start, at), end: at + 1 };
}

function expect(bytes: Buffer, at: number, char: string): number {
  if (bytes.toString('utf8', at, at + 1) !== char) throw new Error(`expected "${char}" at ${at}`);
  return at + 1;
}

function readValue(bytes: Buffer, start: number): { value: PhpValue; end: number } {
  const type = bytes.toString('utf8', start, start + 1);
  if (type === 'N') return { value: null, end: expect(bytes, start + 1, ';') };
  let at = expect(bytes, start + 1, ':');
  switch (type) {
    case 'i':
    case 'd': {
      const { text, end } = readUntil(bytes, at, ';');
      const value = Number(text);
      if (text === '' || Number.isNaN(value)) throw new Error('not a number');
      return { value, end };
    }
    case 'b': {
      const { text, end } = readUntil(bytes, at, ';');
      return { value: text === '1', end };
    }
    case 's': {
      const { text: length, end } = readUntil(bytes, at, ':');
      at = expect(bytes, end, '"');
      const stop = at + Number(length);
      const value = bytes.toString('utf8', at, stop);
      return { value, end: expect(bytes, expect(bytes, stop, '"'), ';') };
    }
    case 'a': {
      const { text: count, end } = readUntil(bytes, at, ':');
      at = expect(bytes, end, '{');
      const result: PhpArray = {};
      for (let i = 0; i < Number(count); i++) {
        const key = readValue(bytes, at);
        if (typeof key.value !== 'string' && typeof key.value !== 'number')
          throw new Error('bad array key');
        const entry = readValue(bytes, key.end);
        result[String(key.value)] = entry.value;
        at = entry.end;
      }
      return { value: result, end: expect(bytes, at, '}') };
    }
    default:
      throw new Error(`unsupported type "${type}"`);
  }
}
