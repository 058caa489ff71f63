import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Noto Sans SC cut down to the characters of one picture, as small OTF files for resvg.
 *
 * resvg-js takes fonts by file path only and reads the file again for every glyph it draws: with the whole
 * Noto Sans SC that cost most of a weekly chart's CPU. A subset holding only the picture's characters is
 * a small file, and the same chart renders far faster, pixel for pixel the same (figures: docs/digests.md).
 *
 * The subsetting is HarfBuzz's own (hb-subset, the WebAssembly build the harfbuzzjs package ships), which
 * handles the font's CFF outlines and keeps its metrics, names and layout tables. The full font is parsed
 * once and then cut per character set on the event loop (far shorter than a render); the WebAssembly
 * instance, which holds the whole font in its memory, is let go after a minute without use, so
 * `docket serve` holds it only around a report run.
 *
 * Subsets are files in one temporary directory per process, named by a hash of their characters, reused
 * while they are among the last `maxFiles` used, and removed when the process exits; the directory of a
 * process that could not remove its own (killed) is removed by the next one to make a subset.
 */

/** The part of hb-subset's C API used here (harfbuzzjs exports it raw, see its harfbuzz-subset example). */
interface HarfBuzzSubset {
  memory: { buffer: ArrayBuffer };
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** The global WebAssembly object (the project's TypeScript lib has no DOM types, where it is declared). */
const wasm = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }> };
  }
).WebAssembly;

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/** Every character an SVG can draw: each character of its source, markup included (a superset, never short), and those written as character references. */
export function svgCodepoints(svg: string): number[] {
  const points = new Set<number>();
  for (const character of svg) points.add(character.codePointAt(0) as number);
  for (const match of svg.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
    const reference = match[1] as string;
    const point =
      reference[0] === 'x' || reference[0] === 'X'
        ? Number.parseInt(reference.slice(1), 16)
        : Number.parseInt(reference, 10);
    if (point <= 0x10ffff) points.add(point);
  }
  return [...points].sort((a, b) => a - b);
}

/** One loaded font inside one HarfBuzz instance. */
class Subsetter {
  private constructor(
    private readonly hb: HarfBuzzSubset,
    private readonly face: number,
  ) {}

  static async load(wasmFile: string, fontFile: string): Promise<Subsetter> {
    const [bytes, font] = await Promise.all([fs.promises.readFile(wasmFile), fs.promises.readFile(fontFile)]);
    const { instance } = await wasm.instantiate(bytes);
    const hb = instance.exports as HarfBuzzSubset;
    hb._initialize();
    const data = hb.malloc(font.byteLength);
    if (data === 0) throw new Error(`HarfBuzz could not allocate ${font.byteLength} bytes for ${fontFile}`);
    new Uint8Array(hb.memory.buffer).set(font, data);
    // The blob owns nothing (no destroy callback): the font stays in the instance's memory for its life.
    const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    return new Subsetter(hb, face);
  }

  /** The font with the glyphs of these characters only (and what its layout rules reach from them). */
  subset(codepoints: readonly number[]): Buffer {
    const hb = this.hb;
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('hb_subset_input_create_or_fail failed');
    try {
      // Every name and layout feature the font has (by default HarfBuzz keeps names 0–6 and common
      // features): resvg sees the same family names and shapes with the same rules as with the full font.
      for (const which of [HB_SUBSET_SETS_NAME_ID, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG]) {
        const all = hb.hb_subset_input_set(input, which);
        hb.hb_set_clear(all);
        hb.hb_set_invert(all);
      }
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const point of codepoints) hb.hb_set_add(unicodes, point);
      const subset = hb.hb_subset_or_fail(this.face, input);
      if (subset === 0) throw new Error('hb_subset_or_fail failed');
      try {
        const blob = hb.hb_face_reference_blob(subset);
        try {
          const data = hb.hb_blob_get_data(blob, 0);
          const length = hb.hb_blob_get_length(blob);
          if (length === 0) throw new Error('HarfBuzz made an empty subset');
          // A copy: the instance's memory is reused (and may grow, detaching views) after this.
          return Buffer.from(new Uint8Array(hb.memory.buffer, data, length));
        } finally {
          hb.hb_blob_destroy(blob);
        }
      } finally {
        hb.hb_face_destroy(subset);
      }
    } finally {
      hb.hb_subset_input_destroy(input);
    }
  }
}

interface SubsetFile {
  file: Promise<string>;
  /** Renders using the file now: it is not removed under them. */
  users: number;
}

export interface FontSubsetsOptions {
  fontFile: string;
  /** Subset files kept for reuse (the least recently used beyond this are removed once no render uses them). */
  maxFiles?: number;
  /** The HarfBuzz instance and the font in it are let go after this long without a subset. */
  idleMs?: number;
  /** Where the per-process directory goes (the system's temporary directory). */
  tmpDir?: string;
}

/** A lease on a subset file: `release()` once the render that reads it has finished. */
export interface FontLease {
  readonly file: string;
  release(): void;
}

const DIR_PREFIX = 'docket-chart-fonts-';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the subset directories of processes that ended without removing theirs (killed, or a test runner's worker). */
function sweepOrphans(root: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^docket-chart-fonts-(\d+)-/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    try {
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
    } catch {
      // Another process's to remove, or gone already.
    }
  }
}

let temporaryNames = 0;

export class FontSubsets {
  private readonly fontFile: string;
  private readonly maxFiles: number;
  private readonly idleMs: number;
  private readonly root: string;
  /** In order of last use, oldest first. */
  private readonly files = new Map<string, SubsetFile>();
  private subsetter: Promise<Subsetter> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private dir: string | null = null;
  private readonly removeDir = (): void => {
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
  };

  constructor(options: FontSubsetsOptions) {
    this.fontFile = options.fontFile;
    this.maxFiles = options.maxFiles ?? 64;
    this.idleMs = options.idleMs ?? 60_000;
    this.root = options.tmpDir ?? os.tmpdir();
  }

  /** A file holding the font's glyphs for every character of the SVG; made once per character set. */
  async lease(svg: string): Promise<FontLease> {
    const codepoints = svgCodepoints(svg);
    const key = createHash('sha256').update(Uint32Array.from(codepoints)).digest('hex').slice(0, 32);
    let entry = this.files.get(key);
    if (entry) {
      this.files.delete(key);
    } else {
      entry = { file: this.write(key, codepoints), users: 0 };
    }
    this.files.set(key, entry);
    entry.users += 1;
    const held = entry;
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      held.users -= 1;
      this.evict();
    };
    try {
      let file = await held.file;
      // A temporary-file cleaner may have removed it since: cut it again (resvg would draw no text without it).
      if (!fs.existsSync(file)) {
        held.file = this.write(key, codepoints);
        file = await held.file;
      }
      return { file, release };
    } catch (error) {
      if (this.files.get(key) === held) this.files.delete(key);
      release();
      throw error;
    }
  }

  /** Subset files on disk now (made or being made). */
  get size(): number {
    return this.files.size;
  }

  /** Removes every subset file and lets HarfBuzz go (tests; the process's exit does it too). */
  close(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.subsetter = null;
    this.files.clear();
    this.removeDir();
    this.dir = null;
    process.off('exit', this.removeDir);
  }

  private async write(key: string, codepoints: readonly number[]): Promise<string> {
    const subsetter = await this.loadSubsetter();
    const bytes = subsetter.subset(codepoints);
    this.touchIdleTimer();
    const dir = this.directory();
    const file = path.join(dir, `${key}.otf`);
    // Written aside and renamed into place, so a render never reads half a file.
    const partial = path.join(dir, `${key}.${(temporaryNames += 1)}.partial`);
    await fs.promises.writeFile(partial, bytes);
    await fs.promises.rename(partial, file);
    return file;
  }

  private loadSubsetter(): Promise<Subsetter> {
    if (!this.subsetter) {
      const loading = Subsetter.load(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'), this.fontFile);
      this.subsetter = loading;
      // A failed load is not kept: the next picture tries again.
      loading.catch(() => {
        if (this.subsetter === loading) this.subsetter = null;
      });
    }
    return this.subsetter;
  }

  private touchIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      this.subsetter = null;
    }, this.idleMs);
    this.idleTimer.unref();
  }

  /** This process's directory, named with its pid so that a later process can tell it is orphaned. */
  private directory(): string {
    if (!this.dir) {
      sweepOrphans(this.root);
      this.dir = fs.mkdtempSync(path.join(this.root, `${DIR_PREFIX}${process.pid}-`));
      process.on('exit', this.removeDir);
    } else {
      fs.mkdirSync(this.dir, { recursive: true });
    }
    return this.dir;
  }

  /** Drops the least recently used files beyond `maxFiles` that no render is reading. */
  private evict(): void {
    for (const [key, entry] of this.files) {
      if (this.files.size <= this.maxFiles) return;
      if (entry.users > 0) continue;
      this.files.delete(key);
      entry.file
        .then(
          (file) => fs.promises.rm(file, { force: true }),
          () => undefined,
        )
        .catch(() => undefined);
    }
  }
}
