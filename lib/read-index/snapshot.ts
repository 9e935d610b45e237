/**
 * Snapshots of a read index on the instance's own disk, so that an instance starting again
 * loads its index in seconds and catches up from the change log, instead of reading and
 * tokenising every row (ADR 0007). A cache, never a source: a snapshot names the data version it
 * holds, and is used only when the database's epoch is the same, its change log still reaches
 * back to that version and holds the very entry the snapshot saw there; anything else is a
 * full build from Postgres, as without a snapshot.
 *
 * File: "TYOINDEX", the header's length (u32) and the header (JSON: format, data version,
 * the store's plain data, where each array lies), then the arrays' bytes, each 8-aligned.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeSync } from "node:fs";
import path from "node:path";
import type { Reference, StoreSnapshot } from "./store";
import { IndexStore } from "./store";

const MAGIC = "TYOINDEX";
/**
 * Bump whenever what a build derives from the same rows changes (tokens, lexicon, postings, the
 * store's columns and sets): a snapshot of another format is never read. `snapshot.test.ts`
 * pins a digest of a known index and fails when a change would need a bump.
 */
export const SNAPSHOT_FORMAT = 1;

/** The data version a snapshot holds. */
export interface SnapshotVersion {
  epoch: string;
  version: string;
  /** When the change log entry of `version` was written (null at version 0): the history it belongs to. */
  marker: string | null;
}

interface Header extends SnapshotVersion {
  format: number;
  meta: StoreSnapshot["meta"];
  arrays: Array<{ name: string; type: ArrayType; offset: number; length: number }>;
}

const ARRAY_TYPES = { Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array };
type ArrayType = keyof typeof ARRAY_TYPES;
type AnyTypedArray = InstanceType<(typeof ARRAY_TYPES)[ArrayType]>;

const aligned = (n: number) => Math.ceil(n / 8) * 8;

/** Writes the store's snapshot (synchronously: no write can change the store half-way). */
export function writeSnapshot(file: string, version: SnapshotVersion, store: IndexStore): void {
  const { meta, arrays } = store.snapshot();
  const layout: Header["arrays"] = [];
  let offset = 0;
  for (const [name, array] of Object.entries(arrays)) {
    layout.push({ name, type: array.constructor.name as ArrayType, offset, length: array.length });
    offset = aligned(offset + array.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ format: SNAPSHOT_FORMAT, ...version, meta, arrays: layout } satisfies Header));
  const preamble = Buffer.alloc(aligned(MAGIC.length + 4 + header.length));
  preamble.write(MAGIC, 0, "latin1");
  preamble.writeUInt32LE(header.length, MAGIC.length);
  header.copy(preamble, MAGIC.length + 4);
  mkdirSync(path.dirname(file), { recursive: true });
  // A file of its own, renamed into place: a reader never sees half a snapshot.
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    writeSync(fd, preamble);
    const padding = Buffer.alloc(8);
    for (const array of Object.values(arrays)) {
      writeSync(fd, Buffer.from(array.buffer, array.byteOffset, array.byteLength));
      if (aligned(array.byteLength) > array.byteLength) writeSync(fd, padding, 0, aligned(array.byteLength) - array.byteLength);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** The version a snapshot file holds and a way to load its store, or null when there is none of this format. */
export function readSnapshot(file: string): { version: SnapshotVersion; load: (reference: Reference) => IndexStore | null } | null {
  let bytes: Buffer;
  try {
    bytes = readWhole(file);
  } catch {
    return null;
  }
  if (bytes.length < MAGIC.length + 4 || bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) return null;
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  let header: Header;
  try {
    header = JSON.parse(bytes.toString("utf8", MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
  } catch {
    return null;
  }
  if (header.format !== SNAPSHOT_FORMAT) return null;
  // The arrays are views of the file's bytes (8-aligned in the file; copied once if the buffer is not).
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
  const base = buffer.byteOffset + aligned(MAGIC.length + 4 + headerLength);
  const arrays: StoreSnapshot["arrays"] = {};
  for (const { name, type, offset, length } of header.arrays) {
    const Type = ARRAY_TYPES[type];
    if (!Type || base + offset + length * Type.BYTES_PER_ELEMENT > buffer.byteOffset + buffer.length) return null;
    arrays[name] = new Type(buffer.buffer as ArrayBuffer, base + offset, length) as AnyTypedArray as StoreSnapshot["arrays"][string];
  }
  return {
    version: { epoch: header.epoch, version: header.version, marker: header.marker },
    load: (reference) => IndexStore.fromSnapshot({ meta: header.meta, arrays }, reference),
  };
}

/**
 * The file's bytes in one buffer of its own, read in pieces: `readFileSync` refuses files over
 * 2 GiB, and a national index's snapshot is larger.
 */
function readWhole(file: string): Buffer {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.from(new ArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const read = readSync(fd, bytes, at, Math.min(size - at, READ_PIECE), at);
      if (read === 0) throw new Error("snapshot file ended early");
      at += read;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}
const READ_PIECE = 1 << 30;
