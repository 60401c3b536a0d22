/**
 * Finds every occurrence of many literals in one pass over a text (the Aho-Corasick automaton),
 * so that matching a thousand phrases costs about as much as reading the text once. Built once
 * from the tables; the text is never used to build anything, so its content cannot slow it down.
 */
export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private readonly lengths: number[] = [];
  /**
   * Each UTF-16 code unit's symbol, from 1; 0 for a unit that no literal contains, where every
   * partial match ends.
   */
  private readonly symbols = new Uint16Array(0x10000);
  /** Symbols in use, plus 1. */
  private alphabet = 1;
  /** Each node's transitions: edges first[node] to first[node + 1] - 1 of the edge arrays. */
  private readonly first: Int32Array;
  private readonly edgeSymbol: Int32Array;
  private readonly edgeNode: Int32Array;
  private readonly fail: Int32Array;
  /** The literal that ends at each node, or -1. */
  private readonly ends: Int32Array;
  /** The nearest node down the failure chain where a literal ends, or 0. */
  private readonly dict: Int32Array;
  /** The root's transitions by symbol: most steps of a scan start again from the root. */
  private readonly root: Int32Array;

  constructor(literals: Iterable<string>) {
    const unique: string[] = [];
    for (const literal of literals) {
      if (literal === '' || this.ids.has(literal)) continue;
      this.ids.set(literal, unique.length);
      this.lengths.push(literal.length);
      unique.push(literal);
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (this.symbols[code] === 0) this.symbols[code] = this.alphabet++;
      }
    }

    const most = unique.reduce((sum, literal) => sum + literal.length, 1);
    this.fail = new Int32Array(most);
    this.ends = new Int32Array(most).fill(-1);
    this.dict = new Int32Array(most);
    this.root = new Int32Array(this.alphabet);
    this.first = new Int32Array(most + 1);
    this.edgeSymbol = new Int32Array(most);
    this.edgeNode = new Int32Array(most);
    const nodes = this.build(unique);
    this.edges(nodes);
    this.link(nodes);
  }

  idOf(literal: string): number | undefined {
    return this.ids.get(literal);
  }

  /** Start offsets of each literal found in the text, in increasing order, by literal id. */
  scan(text: string): Map<number, number[]> {
    const found = new Map<number, number[]>();
    const { symbols, ends, dict, lengths } = this;
    let node = 0;

    for (let i = 0; i < text.length; i++) {
      const symbol = symbols[text.charCodeAt(i)]!;
      if (symbol === 0) {
        node = 0;
        continue;
      }
      node = this.step(node, symbol);
      for (let at = ends[node]! >= 0 ? node : dict[node]!; at; at = dict[at]!) {
        const id = ends[at]!;
        const start = i - lengths[id]! + 1;
        const list = found.get(id);
        if (list) list.push(start);
        else found.set(id, [start]);
      }
    }

    return found;
  }

  private step(from: number, symbol: number): number {
    const { first, edgeSymbol, edgeNode, fail } = this;
    let node = from;
    while (node !== 0) {
      for (let e = first[node]!, last = first[node + 1]!; e < last; e++) {
        if (edgeSymbol[e] === symbol) return edgeNode[e]!;
      }
      node = fail[node]!;
    }
    return this.root[symbol]!;
  }

  /**
   * The trie of the literals, built in sorted order: a literal shares with the ones before it
   * exactly its common prefix with the one just before, so no lookup of children is needed.
   */
  private build(literals: readonly string[]) {
    const size = this.fail.length;
    const parent = new Int32Array(size);
    const symbol = new Int32Array(size);
    const depth = new Int32Array(size);
    const path = [0];
    let previous = '';
    let count = 1;

    for (const literal of [...literals].sort()) {
      let shared = 0;
      while (shared < literal.length && literal[shared] === previous[shared]) shared++;
      for (let i = shared; i < literal.length; i++) {
        const node = count++;
        parent[node] = path[i]!;
        symbol[node] = this.symbols[literal.charCodeAt(i)]!;
        depth[node] = i + 1;
        path[i + 1] = node;
      }
      this.ends[path[literal.length]!] = this.ids.get(literal)!;
      previous = literal;
    }

    return { count, parent, symbol, depth };
  }

  /** Each node's children as one run of the edge arrays (a counting sort on the parent). */
  private edges({ count, parent, symbol }: ReturnType<LiteralIndex['build']>): void {
    for (let node = 1; node < count; node++) this.first[parent[node]! + 1]!++;
    for (let node = 1; node <= count; node++) {
      this.first[node] = this.first[node]! + this.first[node - 1]!;
    }
    const next = this.first.slice(0, count);
    for (let node = 1; node < count; node++) {
      const up = parent[node]!;
      if (up === 0) this.root[symbol[node]!] = node;
      const e = next[up]!++;
      this.edgeSymbol[e] = symbol[node]!;
      this.edgeNode[e] = node;
    }
  }

  /** Failure and dictionary links, breadth first: a node falls back to its longest suffix. */
  private link(nodes: ReturnType<LiteralIndex['build']>): void {
    for (const node of byDepth(nodes.depth, nodes.count)) {
      const up = nodes.parent[node]!;
      const fallback = up === 0 ? 0 : this.step(this.fail[up]!, nodes.symbol[node]!);
      this.fail[node] = fallback;
      this.dict[node] = this.ends[fallback]! >= 0 ? fallback : this.dict[fallback]!;
    }
  }
}

/** Nodes 1 to count - 1 in order of depth (a counting sort): parents before their children. */
function byDepth(depth: Int32Array, count: number): Int32Array {
  let deepest = 0;
  for (let node = 1; node < count; node++) deepest = Math.max(deepest, depth[node]!);
  // Where each depth's nodes begin in the order
  const starts = new Int32Array(deepest + 2);
  for (let node = 1; node < count; node++) starts[depth[node]! + 1]!++;
  for (let d = 1; d < starts.length; d++) starts[d] = starts[d]! + starts[d - 1]!;
  const order = new Int32Array(count - 1);
  for (let node = 1; node < count; node++) order[starts[depth[node]!]!++] = node;
  return order;
}
