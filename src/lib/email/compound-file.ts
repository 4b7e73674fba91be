/**
 * A structural check of a Compound File (the container of an Outlook .msg) before a parser walks
 * it. A damaged file — zeroed sectors, a sector chain that points back into itself or past the
 * end — sends chain-following parsers round in circles until memory runs out. Here every chain
 * the parser will follow (the FAT sectors, the directory, the mini FAT, each stream) is walked
 * once with a visited set and a bound, so such a file gets a one-line answer instead.
 * Layout per [MS-CFB] 2.2 (header) and 2.3 (FAT chains).
 */
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_REGULAR = 0xfffffffa;

/** Why the file cannot be a sound Compound File, or undefined when its chains are sound. */
export function compoundFileProblem(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 512) return 'it is shorter than a Compound File header';
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return `its sector size (2^${shift}) is not 512 or 4096`;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.byteLength - sectorSize) / sectorSize) + 1;
  const offset = (sector: number) => (sector + 1) * sectorSize;
  const regular = (sector: number) =>
    sector <= MAX_REGULAR && offset(sector) + sectorSize <= bytes.byteLength;

  // The FAT's own sectors: the first 109 in the header, the rest in the DIFAT chain.
  const fatSectorCount = view.getUint32(0x2c, true);
  if (fatSectorCount === 0 || fatSectorCount > sectorCount) return 'its sector table is missing';
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++)
    fatSectors.push(view.getUint32(0x4c + i * 4, true));
  let difat = view.getUint32(0x44, true);
  const seenDifat = new Set<number>();
  while (fatSectors.length < fatSectorCount) {
    if (!regular(difat) || seenDifat.has(difat)) return 'its sector table list is broken';
    seenDifat.add(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fatSectors.length < fatSectorCount; i++)
      fatSectors.push(view.getUint32(offset(difat) + i * 4, true));
    difat = view.getUint32(offset(difat) + perSector * 4, true);
  }
  if (fatSectors.some((s) => !regular(s))) return 'its sector table points outside the file';
  const fat = (sector: number) => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    return fatSector === undefined
      ? FREE
      : view.getUint32(offset(fatSector) + (sector % perSector) * 4, true);
  };
  /** Follows a chain; false when it loops, leaves the file or stops without END_OF_CHAIN. */
  const soundChain = (start: number) => {
    const seen = new Set<number>();
    for (let sector = start; sector !== END_OF_CHAIN; sector = fat(sector)) {
      if (!regular(sector) || seen.has(sector) || seen.size > sectorCount) return false;
      seen.add(sector);
    }
    return true;
  };

  const directoryStart = view.getUint32(0x30, true);
  if (!soundChain(directoryStart)) return 'its directory chain is broken';
  const miniFatStart = view.getUint32(0x3c, true);
  if (miniFatStart !== END_OF_CHAIN && !soundChain(miniFatStart))
    return 'its mini sector table chain is broken';
  const cutoff = view.getUint32(0x38, true);

  // Each directory entry (128 bytes) whose stream lives in regular sectors has a chain to check.
  const seenDirectory = new Set<number>();
  for (let sector = directoryStart; sector !== END_OF_CHAIN; sector = fat(sector)) {
    if (seenDirectory.has(sector)) break;
    seenDirectory.add(sector);
    for (let entry = offset(sector); entry < offset(sector) + sectorSize; entry += 128) {
      const type = bytes[entry + 0x42];
      if (type !== 2 && type !== 5) continue; // streams and the root (which holds the mini stream)
      const start = view.getUint32(entry + 0x74, true);
      const size = view.getUint32(entry + 0x78, true);
      if (size === 0 || (type === 2 && size < cutoff)) continue; // empty, or in the mini stream
      if (!soundChain(start)) return 'a stream’s sector chain is broken';
    }
  }
  return undefined;
}
