import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One hash over every file's path, content and mtime below `dir` ('' when it does not exist). */
export function hashTree(dir: string): string {
  if (!existsSync(dir)) return '';
  const hash = createHash('sha256');
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).sort();
  for (const file of files) {
    const full = path.join(dir, file);
    const stat = statSync(full);
    hash.update(file);
    if (stat.isFile()) hash.update(readFileSync(full)).update(String(stat.mtimeMs));
  }
  return hash.digest('hex');
}
