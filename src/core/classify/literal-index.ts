/**
 * Finds every occurrence of many literals in one pass over a text (the Aho-Corasick automaton),
 * so that matching a thousand phrases costs about as much as reading the text once. Built once
 * from the tables; the text is never used to build anything, so its content cannot slow it down.
 */
export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private readonly lengths: number[] = [];
  /** Transitions, keyed by node * 0x10000 + UTF-16 code unit. */
  private readonly next = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** The literal that ends at each node, or -1. */
  private readonly ends: number[] = [-1];
  /** The nearest node down the failure chain where a literal ends, or 0. */
  private readonly dict: number[] = [0];
  /** The root's transitions as an array: most steps of a scan start again from the root. */
  private readonly root = new Int32Array(0x10000);

  constructor(literals: Iterable<string>) {
    for (const literal of literals) this.add(literal);
    this.link();
  }

  idOf(literal: string): number | undefined {
    return this.ids.get(literal);
  }

  /** Start offsets of each literal found in the text, in increasing order, by literal id. */
  scan(text: string): Map<number, number[]> {
    const found = new Map<number, number[]>();
    let node = 0;

    for (let i = 0; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i));
      for (let at = this.ends[node]! >= 0 ? node : this.dict[node]!; at; at = this.dict[at]!) {
        const id = this.ends[at]!;
        const start = i - this.lengths[id]! + 1;
        const list = found.get(id);
        if (list) list.push(start);
        else found.set(id, [start]);
      }
    }

    return found;
  }

  private step(from: number, code: number): number {
    let node = from;
    while (node !== 0) {
      const to = this.next.get(node * 0x10000 + code);
      if (to !== undefined) return to;
      node = this.fail[node]!;
    }
    return this.root[code]!;
  }

  private add(literal: string): void {
    if (literal === '' || this.ids.has(literal)) return;
    const id = this.lengths.length;
    this.ids.set(literal, id);
    this.lengths.push(literal.length);

    let node = 0;
    for (let i = 0; i < literal.length; i++) {
      const key = node * 0x10000 + literal.charCodeAt(i);
      let to = this.next.get(key);
      if (to === undefined) {
        to = this.fail.length;
        this.fail.push(0);
        this.ends.push(-1);
        this.dict.push(0);
        this.next.set(key, to);
        if (node === 0) this.root[literal.charCodeAt(i)] = to;
      }
      node = to;
    }
    this.ends[node] = id;
  }

  /** Failure and dictionary links, breadth first: a node falls back to its longest suffix. */
  private link(): void {
    const children: number[][] = this.fail.map(() => []);
    for (const [key, to] of this.next) children[Math.floor(key / 0x10000)]!.push(key, to);

    const queue = [0];
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      const edges = children[node]!;
      for (let e = 0; e < edges.length; e += 2) {
        const code = edges[e]! % 0x10000;
        const to = edges[e + 1]!;
        const fallback = node === 0 ? 0 : this.step(this.fail[node]!, code);
        this.fail[to] = fallback;
        this.dict[to] = this.ends[fallback]! >= 0 ? fallback : this.dict[fallback]!;
        queue.push(to);
      }
    }
  }
}
