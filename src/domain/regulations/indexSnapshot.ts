import type { Postings } from './postingsBuilder';
import { runSteps } from './steps';
import type { DocumentPostings, TextIndex } from './searchIndex';

/**
 * The text index as bytes, so that a restart reads it instead of loading every article from the store and
 * building it again. Layout: an 8-byte magic, a little-endian u32 header length, the JSON header (documents,
 * chapters, section lengths, the key it was built for), then the sections, each 8-byte aligned. Strings live in
 * UTF-16 blobs decoded once (for Chinese text smaller than UTF-8, and decoded with little more than a copy); postings
 * are one array per kind, cut into per-term views on load. Bumping SNAPSHOT_FORMAT (a change of `TextIndex` or of how it is built) makes
 * every older snapshot unreadable, and so rebuilt.
 */
const SNAPSHOT_FORMAT = 3;
const MAGIC = 'DKTRIDX1';

interface SnapshotHeader {
  readonly format: number;
  readonly key: string;
  readonly documents: TextIndex['documents'];
  readonly chapters: readonly string[];
  /** [document, chapter index] of each context. */
  readonly contexts: ReadonlyArray<readonly [number, number]>;
  readonly sections: Readonly<Record<SectionName, number>>;
}

const SECTIONS = [
  'articleFields',
  'numbers',
  'texts',
  'textEnds',
  'leads',
  'leadEnds',
  'leadRelativeLength',
  'relativeLength',
  'terms',
  'termCounts',
  'postingArticles',
  'postingFrequencies',
  'documentTerms',
  'documentTermCounts',
  'documentPostingDocuments',
  'documentPostingFrequencies',
  'documentRelativeLength',
] as const;
export type SectionName = (typeof SECTIONS)[number];

/** Per article: document, ordinal, suffix, chapter index, context. */
const ARTICLE_FIELDS = 5;
const ALIGN = 8;

function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** A string's UTF-16 code units, little-endian as `utf16` decodes them (and as every typed array here is). */
function utf16Bytes(text: string): Uint8Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return bytesOf(units);
}

const utf16 = new TextDecoder('utf-16le');

/** Strings end to end in one blob, with their end offsets in UTF-16 units of the decoded blob. */
function joined(strings: readonly string[]): { blob: Uint8Array; ends: Uint32Array } {
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((s, i) => {
    end += s.length;
    ends[i] = end;
  });
  return { blob: utf16Bytes(strings.join('')), ends };
}

/** Index terms are Han characters, Latin words and digit runs: a newline never occurs in one. */
function termBlob(terms: Iterable<string>): Uint8Array {
  return utf16Bytes([...terms].join('\n'));
}

/** The snapshot of `text`, built for `key` (what the store held), as chunks to write one after another. */
export function encodeTextIndex(text: TextIndex, key: string): Uint8Array[] {
  const chapterIds = new Map<string, number>();
  const chapterOf = (chapter: string): number => {
    let id = chapterIds.get(chapter);
    if (id === undefined) chapterIds.set(chapter, (id = chapterIds.size));
    return id;
  };
  const { articles } = text;
  const fields = new Int32Array(articles.length * ARTICLE_FIELDS);
  articles.forEach((a, i) => {
    fields.set([a.document, a.ordinal, a.suffix, chapterOf(a.chapter), a.context], i * ARTICLE_FIELDS);
  });
  const contexts = text.contextSources.map(([document, chapter]) => [document, chapterOf(chapter)] as const);
  const texts = joined(articles.map((a) => a.text));
  const leads = joined(articles.map((a) => a.lead));

  const termCounts = new Uint32Array(text.postings.size);
  let entries = 0;
  [...text.postings.values()].forEach((p, i) => {
    termCounts[i] = p.articles.length;
    entries += p.articles.length;
  });
  const postingArticles = new Int32Array(entries);
  const postingFrequencies = new Uint16Array(entries);
  let at = 0;
  for (const p of text.postings.values()) {
    postingArticles.set(p.articles, at);
    postingFrequencies.set(p.frequencies, at);
    at += p.articles.length;
  }

  const documentTermCounts = new Uint32Array(text.documentPostings.size);
  let documentEntries = 0;
  [...text.documentPostings.values()].forEach((p, i) => {
    documentTermCounts[i] = p.documents.length;
    documentEntries += p.documents.length;
  });
  const documentPostingDocuments = new Int32Array(documentEntries);
  const documentPostingFrequencies = new Float32Array(documentEntries);
  at = 0;
  for (const p of text.documentPostings.values()) {
    documentPostingDocuments.set(p.documents, at);
    documentPostingFrequencies.set(p.frequencies, at);
    at += p.documents.length;
  }

  const sections: Record<SectionName, Uint8Array> = {
    articleFields: bytesOf(fields),
    numbers: termBlob(articles.map((a) => a.number)),
    texts: texts.blob,
    textEnds: bytesOf(texts.ends),
    leads: leads.blob,
    leadEnds: bytesOf(leads.ends),
    leadRelativeLength: bytesOf(Float64Array.from(articles, (a) => a.leadRelativeLength)),
    relativeLength: bytesOf(text.relativeLength),
    terms: termBlob(text.postings.keys()),
    termCounts: bytesOf(termCounts),
    postingArticles: bytesOf(postingArticles),
    postingFrequencies: bytesOf(postingFrequencies),
    documentTerms: termBlob(text.documentPostings.keys()),
    documentTermCounts: bytesOf(documentTermCounts),
    documentPostingDocuments: bytesOf(documentPostingDocuments),
    documentPostingFrequencies: bytesOf(documentPostingFrequencies),
    documentRelativeLength: bytesOf(text.documentRelativeLength),
  };
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    key,
    documents: text.documents,
    chapters: [...chapterIds.keys()],
    contexts,
    sections: Object.fromEntries(SECTIONS.map((name) => [name, sections[name].byteLength])) as Record<
      SectionName,
      number
    >,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const prefix = new Uint8Array(padded(MAGIC.length + 4 + headerBytes.length));
  prefix.set(new TextEncoder().encode(MAGIC));
  new DataView(prefix.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  prefix.set(headerBytes, MAGIC.length + 4);
  const chunks: Uint8Array[] = [prefix];
  for (const name of SECTIONS) {
    const bytes = sections[name];
    chunks.push(bytes);
    const padding = padded(bytes.byteLength) - bytes.byteLength;
    if (padding > 0) chunks.push(new Uint8Array(padding));
  }
  return chunks;
}

function padded(length: number): number {
  return Math.ceil(length / ALIGN) * ALIGN;
}

/** Bytes before the JSON header: the magic and the header's length. */
export const SNAPSHOT_PREFIX_BYTES = MAGIC.length + 4;

/** Where each section of a snapshot lies in its file, once its header has been read (`snapshotLayout`). */
export interface SnapshotLayout {
  readonly header: SnapshotHeader;
  /** Byte offset and length of each section, in `SECTIONS` order. */
  readonly sections: ReadonlyArray<{ readonly name: SectionName; readonly offset: number; readonly length: number }>;
  /** Bytes the file must hold at least: up to the end of its last section. */
  readonly end: number;
}

/** The length of the JSON header that follows the prefix; undefined when the bytes do not start a snapshot. */
export function snapshotHeaderLength(prefix: Uint8Array): number | undefined {
  if (prefix.byteLength < SNAPSHOT_PREFIX_BYTES) return undefined;
  if (new TextDecoder().decode(prefix.subarray(0, MAGIC.length)) !== MAGIC) return undefined;
  return new DataView(prefix.buffer, prefix.byteOffset).getUint32(MAGIC.length, true);
}

/**
 * The layout of a snapshot from its JSON header (the bytes after the prefix) when it is of this format and built for
 * `key`; undefined otherwise (another format, another key — the store changed since — or a damaged header), so the
 * caller builds anew.
 */
export function snapshotLayout(headerBytes: Uint8Array, key: string): SnapshotLayout | undefined {
  let header: SnapshotHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(headerBytes)) as SnapshotHeader;
  } catch {
    return undefined;
  }
  if (header?.format !== SNAPSHOT_FORMAT || header.key !== key) return undefined;
  const sections: SnapshotLayout['sections'][number][] = [];
  let offset = padded(SNAPSHOT_PREFIX_BYTES + headerBytes.byteLength);
  for (const name of SECTIONS) {
    const length = header.sections?.[name];
    if (!Number.isInteger(length) || (length as number) < 0) return undefined;
    sections.push({ name, offset, length: length as number });
    offset += padded(length as number);
  }
  const last = sections[sections.length - 1];
  return { header, sections, end: last ? last.offset + last.length : offset };
}

/**
 * The text index in `bytes` when they are a snapshot of this format built for `key`; undefined otherwise
 * (another format, another key — the store changed since — or a file cut short), so the caller builds anew.
 */
export function decodeTextIndex(bytes: Uint8Array, key: string): TextIndex | undefined {
  return runSteps(decodeTextIndexSteps(bytes, key));
}

/** `decodeTextIndex` in steps, for a server that answers other requests between them (see `runSteps`). */
function* decodeTextIndexSteps(bytes: Uint8Array, key: string): Generator<void, TextIndex | undefined> {
  const headerLength = snapshotHeaderLength(bytes);
  if (headerLength === undefined || SNAPSHOT_PREFIX_BYTES + headerLength > bytes.byteLength) return undefined;
  const layout = snapshotLayout(bytes.subarray(SNAPSHOT_PREFIX_BYTES, SNAPSHOT_PREFIX_BYTES + headerLength), key);
  if (!layout || layout.end > bytes.byteLength) return undefined;
  const section = new Map(layout.sections.map((s) => [s.name, bytes.subarray(s.offset, s.offset + s.length)]));
  return yield* decodeSectionsSteps(layout, (name) => section.get(name) as Uint8Array);
}

/** A snapshot received in pieces, its sections each in a buffer of their own (`SnapshotAssembler`). */
export interface AssembledSnapshot {
  readonly layout: SnapshotLayout;
  readonly section: (name: SectionName) => Uint8Array;
  /** The snapshot's bytes as its file holds them, in order: what `encodeTextIndex` gave for it. */
  readonly chunks: Uint8Array[];
}

/**
 * A snapshot given in order, piece by piece, as it is unpacked: each section copied straight into a buffer of its own
 * (as a reader of a file reads them), rather than the whole snapshot gathered into one buffer and each section
 * copied out of it after (two copies of 87.5 MB for the full library). Bytes that are no snapshot of this format for
 * `key` are ignored: `finish` then says so.
 */
export class SnapshotAssembler {
  private head = new Uint8Array(0);
  /** Where the head ends: the prefix's end until the prefix has come, then the first section's offset. */
  private headEnd = SNAPSHOT_PREFIX_BYTES;
  private prefixRead = false;
  private layout: SnapshotLayout | undefined;
  private rejected = false;
  private sections: Uint8Array[] = [];
  /** Bytes received so far, and the section they have reached. */
  private position = 0;
  private current = 0;

  constructor(private readonly key: string) {}

  push(bytes: Uint8Array): void {
    let at = 0;
    while (!this.layout && !this.rejected && at < bytes.byteLength) {
      const take = Math.min(this.headEnd - this.head.byteLength, bytes.byteLength - at);
      const head = new Uint8Array(this.head.byteLength + take);
      head.set(this.head);
      head.set(bytes.subarray(at, at + take), this.head.byteLength);
      this.head = head;
      at += take;
      this.position += take;
      if (this.head.byteLength === this.headEnd) this.readHead();
    }
    const layout = this.layout;
    if (!layout) return;
    for (;;) {
      this.passSectionsReceived();
      const section = layout.sections[this.current];
      if (!section || at >= bytes.byteLength) return;
      if (this.position < section.offset) {
        const skip = Math.min(section.offset - this.position, bytes.byteLength - at); // padding
        at += skip;
        this.position += skip;
        continue;
      }
      const take = Math.min(section.offset + section.length - this.position, bytes.byteLength - at);
      (this.sections[this.current] as Uint8Array).set(bytes.subarray(at, at + take), this.position - section.offset);
      at += take;
      this.position += take;
    }
  }

  /** Moves past the sections received whole (an empty one as soon as its offset is reached). */
  private passSectionsReceived(): void {
    const sections = this.layout?.sections ?? [];
    for (let s = sections[this.current]; s && this.position >= s.offset + s.length; s = sections[this.current])
      this.current++;
  }

  /** The sections received, when the bytes were a whole snapshot of this format for `key`; undefined otherwise. */
  finish(): AssembledSnapshot | undefined {
    const { layout, sections, head } = this;
    this.passSectionsReceived();
    if (!layout || this.current < layout.sections.length) return undefined;
    const chunks: Uint8Array[] = [head];
    sections.forEach((bytes) => {
      chunks.push(bytes);
      const padding = padded(bytes.byteLength) - bytes.byteLength;
      if (padding > 0) chunks.push(new Uint8Array(padding));
    });
    return {
      layout,
      section: (name) => sections[SECTIONS.indexOf(name)] as Uint8Array,
      chunks,
    };
  }

  /** Once the prefix has come: how long the head is; once the head has come: the layout, and the sections' buffers. */
  private readHead(): void {
    if (!this.prefixRead) {
      this.prefixRead = true;
      const headerLength = snapshotHeaderLength(this.head);
      if (headerLength === undefined) this.rejected = true;
      else this.headEnd = padded(SNAPSHOT_PREFIX_BYTES + headerLength);
      return;
    }
    const headerLength = snapshotHeaderLength(this.head) as number;
    this.layout = snapshotLayout(
      this.head.subarray(SNAPSHOT_PREFIX_BYTES, SNAPSHOT_PREFIX_BYTES + headerLength),
      this.key,
    );
    if (!this.layout) this.rejected = true;
    else this.sections = this.layout.sections.map(({ length }) => new Uint8Array(length));
  }
}

/** Articles made per step of `decodeSectionsSteps`. */
const ARTICLES_PER_STEP = 16_384;

/**
 * The text index from the sections of a snapshot whose layout was read, each given by `section` (its bytes, of the
 * length the layout gives), in steps. A section that is a whole buffer of its own — as a reader that reads each
 * section into its own buffer gives them — is used as it is; any other is copied first (a view into a larger
 * buffer, a Node Buffer's slice, would keep all of it, the texts' bytes included, alive as long as the index).
 */
export function* decodeSectionsSteps(
  layout: SnapshotLayout,
  section: (name: SectionName) => Uint8Array,
): Generator<void, TextIndex | undefined> {
  const { header } = layout;
  for (const { name, length } of layout.sections) if (section(name).byteLength !== length) return undefined;
  const own = (name: SectionName): ArrayBuffer => {
    const bytes = section(name);
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
      ? bytes.buffer
      : new Uint8Array(bytes).buffer;
  };
  const int32 = (name: SectionName) => new Int32Array(own(name));
  const uint32 = (name: SectionName) => new Uint32Array(own(name));
  const uint16 = (name: SectionName) => new Uint16Array(own(name));
  const float32 = (name: SectionName) => new Float32Array(own(name));
  const float64 = (name: SectionName) => new Float64Array(own(name));
  const decoder = utf16;
  const fields = int32('articleFields');
  const articleCount = fields.length / ARTICLE_FIELDS;
  const numbers = decoder.decode(section('numbers')).split('\n');
  const texts = decoder.decode(section('texts'));
  yield;
  const textEnds = uint32('textEnds');
  const leads = decoder.decode(section('leads'));
  const leadEnds = uint32('leadEnds');
  const leadRelativeLength = float64('leadRelativeLength');
  if (numbers.length !== (articleCount || 1) || textEnds.length !== articleCount) return undefined;

  const articles: TextIndex['articles'][number][] = [];
  for (let i = 0; i < articleCount; i++) {
    if (i > 0 && i % ARTICLES_PER_STEP === 0) yield;
    const base = i * ARTICLE_FIELDS;
    articles.push({
      document: fields[base] as number,
      number: numbers[i] as string,
      ordinal: fields[base + 1] as number,
      suffix: fields[base + 2] as number,
      chapter: header.chapters[fields[base + 3] as number] as string,
      // A slice shares the decoded blob, which holds nothing but the texts.
      text: texts.slice(i === 0 ? 0 : textEnds[i - 1], textEnds[i]),
      context: fields[base + 4] as number,
      lead: leads.slice(i === 0 ? 0 : leadEnds[i - 1], leadEnds[i]),
      leadRelativeLength: leadRelativeLength[i] as number,
    });
  }
  yield;

  const postingArticles = int32('postingArticles');
  const postingFrequencies = uint16('postingFrequencies');
  const postings = new PackedPostings<Postings>(
    decoder.decode(section('terms')),
    uint32('termCounts'),
    (start, end) => ({
      articles: postingArticles.subarray(start, end),
      frequencies: postingFrequencies.subarray(start, end),
    }),
  );
  yield;
  const documentPostingDocuments = int32('documentPostingDocuments');
  const documentPostingFrequencies = float32('documentPostingFrequencies');
  const documentPostings = new PackedPostings<DocumentPostings>(
    decoder.decode(section('documentTerms')),
    uint32('documentTermCounts'),
    (start, end) => ({
      documents: documentPostingDocuments.subarray(start, end),
      frequencies: documentPostingFrequencies.subarray(start, end),
    }),
  );
  if (postings.entryCount !== postingArticles.length) return undefined;
  if (documentPostings.entryCount !== documentPostingDocuments.length) return undefined;

  return {
    documents: header.documents,
    articles,
    postings,
    relativeLength: float32('relativeLength'),
    documentPostings,
    documentRelativeLength: float32('documentRelativeLength'),
    contextSources: header.contexts.map(([document, chapter]) => [document, header.chapters[chapter] as string]),
  };
}

/**
 * Postings of every term packed end to end, each cut out when asked for: a search asks for a few dozen terms, and
 * cutting all 180,000 of the full library up front was most of a snapshot's load. Terms are found by id in
 * `TermTable`; their strings are split out only if someone iterates the keys.
 */
class PackedPostings<P> implements ReadonlyMap<string, P> {
  private readonly ids: TermTable;
  private readonly starts: Uint32Array;
  private terms: readonly string[] | undefined;

  constructor(
    /** The terms in id order, each ended by a newline but the last. */
    private readonly joinedTerms: string,
    counts: Uint32Array,
    private readonly cut: (start: number, end: number) => P,
  ) {
    this.starts = new Uint32Array(counts.length + 1);
    for (let t = 0; t < counts.length; t++) this.starts[t + 1] = (this.starts[t] as number) + (counts[t] as number);
    this.ids = new TermTable(joinedTerms, counts.length);
  }

  /** Postings entries of all terms together. */
  get entryCount(): number {
    return this.starts[this.starts.length - 1] as number;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  get(term: string): P | undefined {
    const id = this.ids.id(term);
    return id < 0 ? undefined : this.at(id);
  }

  has(term: string): boolean {
    return this.ids.id(term) >= 0;
  }

  *entries(): MapIterator<[string, P]> {
    const terms = this.termList();
    for (let id = 0; id < this.size; id++) yield [terms[id] as string, this.at(id)];
  }

  *keys(): MapIterator<string> {
    yield* this.termList();
  }

  *values(): MapIterator<P> {
    for (let id = 0; id < this.size; id++) yield this.at(id);
  }

  forEach(callback: (value: P, key: string, map: ReadonlyMap<string, P>) => void): void {
    for (const [term, postings] of this.entries()) callback(postings, term, this);
  }

  [Symbol.iterator](): MapIterator<[string, P]> {
    return this.entries();
  }

  private termList(): readonly string[] {
    this.terms ??= this.size === 0 ? [] : this.joinedTerms.split('\n');
    return this.terms;
  }

  private at(id: number): P {
    return this.cut(this.starts[id] as number, this.starts[id + 1] as number);
  }
}

/**
 * Term → id without a string per term: a term of one or two UTF-16 units (a Han character or bigram, the
 * near-totality) is keyed by its codes in one 32-bit number in an open-addressing table of typed arrays, the few
 * longer ones (Latin words, digit runs) in a Map. Building a Map of every term was most of a snapshot's load.
 */
class TermTable {
  private readonly keys: Uint32Array;
  private readonly ids: Int32Array;
  /** 32 − log2(table size), for a Fibonacci hash (as in termIds.ts). */
  private readonly shift: number;
  private readonly long = new Map<string, number>();

  constructor(joinedTerms: string, count: number) {
    let bits = 4;
    while (1 << bits < count * 2) bits++;
    this.keys = new Uint32Array(1 << bits);
    this.ids = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    let start = 0;
    for (let id = 0; id < count; id++) {
      let end = joinedTerms.indexOf('\n', start);
      if (end < 0) end = joinedTerms.length;
      if (end - start <= 2) {
        const key = TermTable.key(joinedTerms, start, end);
        // A term listed twice keeps its last id, as Map.set would.
        this.ids[this.slot(key)] = id;
      } else this.long.set(joinedTerms.slice(start, end), id);
      start = end + 1;
    }
  }

  /** The term's id, or -1. */
  id(term: string): number {
    if (term.length > 2) return this.long.get(term) ?? -1;
    if (term.length === 0) return -1;
    const slot = this.find(TermTable.key(term, 0, term.length));
    return slot < 0 ? -1 : (this.ids[slot] as number);
  }

  /** A one- or two-unit term's key: never 0, as no term holds a NUL. */
  private static key(text: string, start: number, end: number): number {
    return ((text.charCodeAt(start) << 16) | (end - start === 2 ? text.charCodeAt(start + 1) : 0)) >>> 0;
  }

  /** The slot holding `key`, taken for it when absent. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    return slot;
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const found = this.keys[slot] as number;
      if (found === key) return slot;
      if (found === 0) return -1;
    }
  }
}
