// YAML text → positioned Node tree. Aliases and `<<` merge keys are expanded here, under a
// node budget, so a billion-laughs document fails fast instead of exhausting memory.
import type { SourceLocation } from '../errors.js';
import { LineCounter, parseDocument, isAlias, isMap, isScalar, isSeq, type Document } from 'yaml';
import type { Diagnostics } from './diagnostics.js';
import { mapNode, scalarNode, seqNode, type MapNode, type Node } from './node.js';
import { withPlainProcessEnv } from './plain-env.js';

/** Most nodes one document may expand to (aliases included); real projects use far fewer. */
export const MAX_NODES = 250_000;
/** Deepest nesting accepted; compose documents are a handful of levels deep. */
export const MAX_DEPTH = 64;
/** Largest compose or env file read, in bytes. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** The yaml library's own guard against alias expansion, kept in step with MAX_NODES. */
const MAX_ALIAS_COUNT = 1000;

const MERGE_TAGS = new Set(['!reset', '!override']);

class Abort extends Error {}

/** Decodes bytes as strict UTF-8 (a BOM is dropped); reports where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array, file: string, diags: Diagnostics): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const before = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD')));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    diags.error('the file is not valid UTF-8 text', undefined, { file, line, column });
    return undefined;
  }
}

/** Parses one YAML document. Returns undefined (with diagnostics) when it cannot be read. */
export function parseYaml(text: string, file: string, diags: Diagnostics): Node | undefined {
  const lineCounter = new LineCounter();
  const at = locator(lineCounter, file);
  const doc = readDocument(text, file, lineCounter, diags, at);
  if (!doc) return undefined;
  const before = diags.errors.length;
  try {
    const root = new TreeBuilder(at, diags).convert(doc.contents, 0, { file, line: 1, column: 1 }, 0);
    if (diags.errors.length > before) return undefined;
    if (root.kind === 'scalar' && root.value === null) return mapNode(root.loc) as MapNode;
    return root;
  } catch (err) {
    if (err instanceof AbortAt) diags.error(err.message, undefined, err.loc);
    else if (err instanceof Abort) diags.error(err.message, undefined, { file, line: 1, column: 1 });
    else if (err instanceof RangeError)
      diags.error('the document is too deeply nested to read', undefined, { file, line: 1, column: 1 });
    else throw err;
    return undefined;
  }
}

type Locate = (offset: number | undefined) => SourceLocation;

/** The line holding an offset: the last line start at or before it (the parser records offset 0 first). */
function locator(lineCounter: LineCounter, file: string): Locate {
  const starts = lineCounter.lineStarts;
  return (offset) => {
    const at = offset ?? 0;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { file, line: low + 1, column: at - (starts[low] ?? 0) + 1 };
  };
}

/** The library's document, or undefined when it has errors (each reported where it was found). */
function readDocument(
  text: string,
  file: string,
  lineCounter: LineCounter,
  diags: Diagnostics,
  at: Locate,
): Document.Parsed | undefined {
  let doc: Document.Parsed;
  try {
    doc = withPlainProcessEnv(() =>
      parseDocument(text, {
        lineCounter,
        merge: true,
        // Checked below instead, in one pass per mapping: the library compares each key with every earlier
        // one, which is quadratic in a `services:` of a thousand entries (issue 13: loading).
        uniqueKeys: false,
        prettyErrors: false,
        strict: true,
      }),
    );
  } catch (err) {
    diags.error(`the YAML parser gave up: ${(err as Error).message}`, undefined, {
      file,
      line: 1,
      column: 1,
    });
    return undefined;
  }
  const before = diags.errors.length;
  for (const e of doc.errors) diags.error(yamlMessage(e.message), undefined, at(e.pos[0]));
  for (const w of doc.warnings) {
    const tag = /^Unresolved tag: (.*)$/.exec(w.message)?.[1];
    if (tag && MERGE_TAGS.has(tag)) continue;
    diags.error(
      tag ? `unsupported YAML tag ${tag} (only !reset and !override are understood)` : yamlMessage(w.message),
      undefined,
      at(w.pos[0]),
    );
  }
  return diags.errors.length > before ? undefined : doc;
}

/**
 * Builds the Node tree in one walk of the library's document. Anchors are indexed and duplicate keys found
 * during the walk (the library's Alias.resolve searches the whole document per alias, which makes many
 * `<<: *defaults` quadratic). The walk is in document order, so every anchor before an alias is indexed
 * when it is met.
 */
class TreeBuilder {
  private readonly anchors = new Map<string, Array<{ offset: number; node: unknown }>>();
  private budget = MAX_NODES;

  constructor(
    private readonly at: Locate,
    private readonly diags: Diagnostics,
  ) {}

  convert(value: unknown, depth: number, fallback: SourceLocation, aliases: number): Node {
    if (--this.budget < 0)
      throw new Abort(
        `the document expands to more than ${MAX_NODES} values (YAML aliases repeated too often?)`,
      );
    if (depth > MAX_DEPTH) throw new Abort(`the document nests deeper than ${MAX_DEPTH} levels`);
    if (isAlias(value)) {
      if (aliases > MAX_ALIAS_COUNT) throw new Abort('too many nested YAML aliases');
      const target = this.resolveAlias(value.source, value.range?.[0] ?? 0);
      if (!target)
        throw new AbortAt(
          `unknown YAML alias *${value.source} (no anchor &${value.source} before it)`,
          this.at(value.range?.[0]),
        );
      return this.convert(target, depth, this.at(value.range?.[0]), aliases + 1);
    }
    // Only at its own place in the document: inside an alias's expansion, a node was met already.
    if (aliases === 0) this.indexAnchor(value);
    const node = this.convertNode(value, depth, fallback, aliases);
    const tag = (value as { tag?: string } | null)?.tag;
    if (tag && MERGE_TAGS.has(tag)) node.tag = tag as '!reset' | '!override';
    return node;
  }

  private indexAnchor(node: unknown): void {
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (!anchor) return;
    const list = this.anchors.get(anchor) ?? [];
    list.push({ offset: (node as { range?: [number] }).range?.[0] ?? 0, node });
    this.anchors.set(anchor, list);
  }

  private resolveAlias(name: string, offset: number): unknown {
    // The latest definition before the alias wins (anchors may be redefined). Definitions are indexed in
    // document order, so a binary search finds it: a scan per alias made 2 MB of redefined anchors quadratic.
    const defs = this.anchors.get(name) ?? [];
    let low = 0;
    let high = defs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (defs[mid]!.offset < offset) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? defs[low - 1]!.node : undefined;
  }

  private convertNode(value: unknown, depth: number, fallback: SourceLocation, aliases: number): Node {
    if (value === null || value === undefined) return scalarNode(fallback, null);
    const loc = this.at((value as { range?: [number] }).range?.[0]);
    if (isScalar(value)) {
      const v = value.value;
      if (v === null || typeof v === 'string' || typeof v === 'boolean') return scalarNode(loc, v);
      // Compose's YAML reader (go-yaml) reads `0440` as octal, as YAML 1.1 did; file modes rely on it.
      if (typeof v === 'number')
        return scalarNode(
          loc,
          value.type === 'PLAIN' && /^0[0-7]+$/.test(value.source ?? '') ? parseInt(value.source!, 8) : v,
        );
      if (typeof v === 'bigint') return scalarNode(loc, Number(v));
      return scalarNode(loc, String(v));
    }
    if (isSeq(value)) {
      return seqNode(
        loc,
        value.items.map((item) => this.convert(item, depth + 1, loc, aliases)),
      );
    }
    if (isMap(value)) return this.convertMap(value, loc, depth, aliases);
    return scalarNode(loc, null);
  }

  private convertMap(
    value: { items: Array<{ key: unknown; value: unknown }> },
    loc: SourceLocation,
    depth: number,
    aliases: number,
  ): Node {
    const out = mapNode(loc);
    const merges: Node[] = [];
    // Duplicate keys as uniqueKeys: true would find them (the library's equality: the same scalar
    // value), once per mapping of the document, not again in an alias's expansion.
    const seen = aliases === 0 ? new Set<unknown>() : undefined;
    for (const pair of value.items) {
      const keyNode = pair.key;
      const keyOffset = (keyNode as { range?: [number] } | null)?.range?.[0];
      const keyLoc = keyOffset === undefined ? loc : this.at(keyOffset);
      if (seen) {
        this.indexAnchor(keyNode);
        if (isScalar(keyNode) && !Number.isNaN(keyNode.value)) {
          if (seen.has(keyNode.value))
            this.diags.error(yamlMessage('Map keys must be unique'), undefined, keyLoc);
          seen.add(keyNode.value);
        }
      }
      if (isScalar(keyNode) && typeof keyNode.value === 'symbol') {
        merges.push(this.convert(pair.value, depth + 1, keyLoc, aliases));
        continue;
      }
      if (keyNode !== null && !isScalar(keyNode))
        throw new AbortAt('mapping keys must be plain values, not lists or mappings', keyLoc);
      const key = keyNode === null ? '' : String(keyNode.value);
      out.entries.set(key, { keyLoc, value: this.convert(pair.value, depth + 1, keyLoc, aliases) });
    }
    // YAML merge keys: explicit keys win, then earlier merge sources win over later ones.
    for (const merged of merges) {
      const sources = merged.kind === 'seq' ? merged.items : [merged];
      for (const source of sources) {
        if (source.kind !== 'map')
          throw new AbortAt('a `<<` merge key needs a mapping or a list of mappings', source.loc);
        for (const [key, entry] of source.entries) if (!out.entries.has(key)) out.entries.set(key, entry);
      }
    }
    return out;
  }
}

class AbortAt extends Abort {
  constructor(
    message: string,
    readonly loc: SourceLocation,
  ) {
    super(message);
  }
}

/** The yaml library's messages carry their own position suffix; ours already leads with one. */
function yamlMessage(message: string): string {
  return `invalid YAML: ${message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')}`;
}
