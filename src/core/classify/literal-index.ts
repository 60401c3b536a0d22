/**
 * Finds every occurrence of many literals in one pass over a text (the Aho-Corasick automaton),
 * so that matching a thousand phrases costs about as much as reading the text once. Built once
 * from the tables; the text is never used to build anything, so its content cannot slow it down.
 *
 * A node's failure link is worked out the first time a scan reaches the node, not up front: a
 * process that decodes a few bounces visits a small part of the tables' twenty thousand nodes,
 * and linking them all cost more than the scans themselves.
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
  /** The trie: each node's parent, the symbol that leads to it, its first child and next sibling. */
  private readonly parent: Int32Array;
  private readonly symbol: Int32Array;
  private readonly child: Int32Array;
  private readonly sibling: Int32Array;
  /** The root's children by symbol: most steps of a scan start again from the root. */
  private readonly root: Int32Array;
  /** The literal that ends at each node, or -1. */
  private readonly ends: Int32Array;
  /** Each node's longest proper suffix in the trie, or -1 until first needed. */
  private readonly fail: Int32Array;
  /** The nearest node down the failure chain where a literal ends (0 for none), or -1. */
  private readonly dict: Int32Array;

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
    this.parent = new Int32Array(most);
    this.symbol = new Int32Array(most);
    this.child = new Int32Array(most);
    this.sibling = new Int32Array(most);
    this.root = new Int32Array(this.alphabet);
    this.ends = new Int32Array(most).fill(-1);
    this.fail = new Int32Array(most).fill(-1);
    this.dict = new Int32Array(most).fill(-1);
    this.fail[0] = 0;
    this.dict[0] = 0;
    this.build(unique);
  }

  /** How many distinct literals: ids run from 0 to size - 1. */
  get size(): number {
    return this.lengths.length;
  }

  idOf(literal: string): number | undefined {
    return this.ids.get(literal);
  }

  /** Start offsets of each literal found in the text, in increasing order, by literal id. */
  scan(text: string): Map<number, number[]> {
    const found = new Map<number, number[]>();
    const { symbols, ends, lengths } = this;
    let node = 0;

    for (let i = 0; i < text.length; i++) {
      const symbol = symbols[text.charCodeAt(i)]!;
      if (symbol === 0) {
        node = 0;
        continue;
      }
      node = this.step(node, symbol);
      let at = ends[node]! >= 0 ? node : this.dictOf(node);
      while (at !== 0) {
        const id = ends[at]!;
        const start = i - lengths[id]! + 1;
        const list = found.get(id);
        if (list) list.push(start);
        else found.set(id, [start]);
        at = this.dictOf(at);
      }
    }

    return found;
  }

  private step(from: number, symbol: number): number {
    const { child, sibling } = this;
    let node = from;
    while (node !== 0) {
      for (let c = child[node]!; c !== 0; c = sibling[c]!) {
        if (this.symbol[c] === symbol) return c;
      }
      node = this.failOf(node);
    }
    return this.root[symbol]!;
  }

  /** Memoised lookups: the stored link, or its computation the first time. */
  private failOf(node: number): number {
    const fail = this.fail[node]!;
    return fail >= 0 ? fail : this.linkFail(node);
  }

  private dictOf(node: number): number {
    const dict = this.dict[node]!;
    return dict >= 0 ? dict : this.linkDict(node);
  }

  private linkFail(node: number): number {
    const up = this.parent[node]!;
    const fail = up === 0 ? 0 : this.step(this.failOf(up), this.symbol[node]!);
    this.fail[node] = fail;
    return fail;
  }

  private linkDict(node: number): number {
    const fail = this.failOf(node);
    const dict = this.ends[fail]! >= 0 ? fail : this.dictOf(fail);
    this.dict[node] = dict;
    return dict;
  }

  /**
   * The trie of the literals, built in sorted order: a literal shares with the ones before it
   * exactly its common prefix with the one just before, so no search among children is needed.
   */
  private build(literals: readonly string[]): void {
    /** The nodes along the literal just added, by depth. */
    const path = [0];
    /** The last child of each node so far, where the next one is linked. */
    const last = new Int32Array(this.parent.length);
    let previous = '';
    let count = 1;

    for (const literal of [...literals].sort()) {
      let shared = 0;
      while (shared < literal.length && literal[shared] === previous[shared]) shared++;
      for (let i = shared; i < literal.length; i++) {
        const node = count++;
        const up = path[i]!;
        const symbol = this.symbols[literal.charCodeAt(i)]!;
        this.parent[node] = up;
        this.symbol[node] = symbol;
        if (up === 0) this.root[symbol] = node;
        if (last[up] === 0) this.child[up] = node;
        else this.sibling[last[up]!] = node;
        last[up] = node;
        path[i + 1] = node;
      }
      this.ends[path[literal.length]!] = this.ids.get(literal)!;
      previous = literal;
    }
  }
}
