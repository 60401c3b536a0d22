import { describe, expect, it } from 'vitest';
import { packKnowledge, unpackKnowledge, withCauses } from '../../src/knowledge/compact.ts';
import type { KnowledgeEntry } from '../../src/knowledge/types.ts';
import { entries } from './content.ts';

const LEFT_OUT = new Set(['file', 'source', 'sources']);

/** An entry as the extension's pages read it: without the fields the compact copy leaves out. */
function shown(entry: KnowledgeEntry): KnowledgeEntry {
  return Object.fromEntries(
    Object.entries(entry).filter(([key]) => !LEFT_OUT.has(key)),
  ) as unknown as KnowledgeEntry;
}

describe('the extension copy of the knowledge base', () => {
  it('gives back every entry with its causes, without its file and source pages', () => {
    const { knowledge, causes } = packKnowledge(entries);

    const back = withCauses(unpackKnowledge(JSON.parse(JSON.stringify(knowledge))), causes);

    expect(back).toEqual(entries.map(shown));
  });

  it('leaves the causes out of the copy the popup loads', () => {
    const { knowledge } = packKnowledge(entries);

    const back = unpackKnowledge(knowledge);

    expect(entries.some((e) => e.ja.causes !== undefined)).toBe(true);
    expect(back.filter((e) => e.ja.causes !== undefined || e.en.causes !== undefined)).toEqual([]);
  });

  it('ships no code entry keyword or trigger that the code implies', () => {
    const { knowledge } = packKnowledge(entries);

    const codes = knowledge.id.flatMap((id, i) => (id.startsWith('code-') ? [i] : []));

    expect(codes.length).toBeGreaterThan(0);
    expect(codes.map((i) => knowledge.ja.keywords[i]).filter((k) => k !== null)).toEqual([]);
    const derived = codes.flatMap((i) => Object.keys(knowledge.triggers[i] ?? {}));
    expect(derived.filter((k) => k === 'statuses' || k === 'replies')).toEqual([]);
  });

  it('keeps a code entry keyword that the code does not imply', () => {
    const code = entries.find((e) => e.kind === 'code');
    if (code === undefined) throw new Error('no code entry in content/');
    const odd = { ...code, ja: { ...code.ja, keywords: [...code.ja.keywords, 'extra'] } };

    const back = unpackKnowledge(packKnowledge([odd]).knowledge);

    expect(back[0]?.ja.keywords).toContain('extra');
    expect(back[0]?.en.keywords).not.toContain('extra');
  });

  it('refuses a code entry whose title does not start with its code', () => {
    const code = entries.find((e) => e.kind === 'code');
    if (code === undefined) throw new Error('no code entry in content/');
    const odd = { ...code, en: { ...code.en, title: 'Something else' } };

    expect(() => packKnowledge([odd])).toThrow(/must start with/);
  });
});
