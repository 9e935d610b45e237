/**
 * Snapshots of a read index on the instance's own disk, so that an instance starting again
 * loads its index in seconds and catches up from the change log, instead of reading and
 * tokenising every row (ADR 0007). A cache, never a source: a snapshot names the data version it
 * holds, and is used only when the database's epoch is the same, its change log still reaches
 * back to that version and holds the very entry the snapshot saw there; anything else is a
 * full build from Postgres, as without a snapshot.
 *
 * File: "TYOINDEX"; the stamp's length (u32) and the stamp (JSON: format and data version),
 * so that a snapshot of no use is refused before anything else is read; the header's length and
 * the header (JSON: the store's plain data, where each array lies); then the arrays' bytes, the
 * first 8-aligned in the file, each 8-aligned after the one before.
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
export const SNAPSHOT_FORMAT = 3;

/** The data version a snapshot holds. */
export interface SnapshotVersion {
  epoch: string;
  version: string;
  /** When the change log entry of `version` was written (null at version 0): the history it belongs to. */
  marker: string | null;
}

interface Stamp extends SnapshotVersion {
  format: number;
}

interface Header {
  meta: StoreSnapshot["meta"];
  arrays: Array<{ name: string; type: ArrayType; offset: number; length: number }>;
}

const ARRAY_TYPES = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
};
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
  const stamp = Buffer.from(JSON.stringify({ format: SNAPSHOT_FORMAT, ...version } satisfies Stamp));
  const header = Buffer.from(JSON.stringify({ meta, arrays: layout } satisfies Header));
  const preamble = Buffer.alloc(aligned(MAGIC.length + 4 + stamp.length + 4 + header.length));
  preamble.write(MAGIC, 0, "latin1");
  preamble.writeUInt32LE(stamp.length, MAGIC.length);
  stamp.copy(preamble, MAGIC.length + 4);
  preamble.writeUInt32LE(header.length, MAGIC.length + 4 + stamp.length);
  header.copy(preamble, MAGIC.length + 8 + stamp.length);
  mkdirSync(path.dirname(file), { recursive: true });
  // A file of its own, renamed into place: a reader never sees half a snapshot.
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    writeSync(fd, preamble);
    const padding = Buffer.alloc(8);
    for (const array of Object.values(arrays)) {
      writeSync(fd, Buffer.from(array.buffer, array.byteOffset, array.byteLength));
      if (aligned(array.byteLength) > array.byteLength)
        writeSync(fd, padding, 0, aligned(array.byteLength) - array.byteLength);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/**
 * The version a snapshot file holds and a way to load its store, or null when there is none of
 * this format. Only the stamp is read here; the rest when `load` is called.
 */
export function readSnapshot(
  file: string,
): { version: SnapshotVersion; load: (reference: Reference) => IndexStore | null } | null {
  let stamp: Stamp;
  try {
    stamp = readFile(file, (read) => {
      if (read(0, MAGIC.length).toString("latin1") !== MAGIC) throw new Error("not a read index snapshot");
      return JSON.parse(read(MAGIC.length + 4, read(MAGIC.length, 4).readUInt32LE(0)).toString("utf8")) as Stamp;
    });
  } catch {
    return null;
  }
  if (stamp.format !== SNAPSHOT_FORMAT) return null;
  return {
    version: { epoch: stamp.epoch, version: stamp.version, marker: stamp.marker },
    load: (reference) =>
      readFile(file, (read, size) => {
        const headerAt = MAGIC.length + 4 + read(MAGIC.length, 4).readUInt32LE(0);
        const headerLength = read(headerAt, 4).readUInt32LE(0);
        const header = JSON.parse(read(headerAt + 4, headerLength).toString("utf8")) as Header;
        // The arrays are views of one buffer of their own, read in one go (its start is 8-aligned).
        const base = aligned(headerAt + 4 + headerLength);
        const bytes = read(base, size - base);
        const arrays: StoreSnapshot["arrays"] = {};
        for (const { name, type, offset, length } of header.arrays) {
          const Type = ARRAY_TYPES[type];
          if (!Type || offset + length * Type.BYTES_PER_ELEMENT > bytes.length) return null;
          arrays[name] = new Type(
            bytes.buffer as ArrayBuffer,
            bytes.byteOffset + offset,
            length,
          ) as AnyTypedArray as StoreSnapshot["arrays"][string];
        }
        return IndexStore.fromSnapshot({ meta: header.meta, arrays }, reference);
      }),
  };
}

/**
 * Reads from an open file by position: `read(at, length)` gives those bytes in a buffer of
 * their own (in pieces: `readFileSync` refuses files over 2 GiB, and a national index's
 * snapshot is larger).
 */
function readFile<T>(file: string, use: (read: (at: number, length: number) => Buffer, size: number) => T): T {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const read = (at: number, length: number) => {
      if (at + length > size) throw new Error("snapshot file ended early");
      const bytes = Buffer.from(new ArrayBuffer(length));
      for (let done = 0; done < length; ) {
        const got = readSync(fd, bytes, done, Math.min(length - done, READ_PIECE), at + done);
        if (got === 0) throw new Error("snapshot file ended early");
        done += got;
      }
      return bytes;
    };
    return use(read, size);
  } finally {
    closeSync(fd);
  }
}
const READ_PIECE = 1 << 30;
