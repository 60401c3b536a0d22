import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync, type Plugin } from 'vite';

/**
 * The extension's pages never show where a phrase is seen, yet the `seen:` notes of the phrase
 * tables and the format rules weigh about 5 KiB of the popup's gzipped JavaScript. This plugin
 * blanks them out of the extension's bundle; the source, the CLI and the tests keep them.
 *
 * Each note is overwritten with spaces, line breaks kept, so every other character stays where it
 * was and the source map needs no change. The build stops, rather than ship the notes or break the
 * decoder, when a file does not parse, when a note's value could have an effect, or when the file
 * uses the name `seen` any other way: reading a note at run time would then find nothing.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The files whose tables carry notes, as paths from the project's root: a folder ends in `/`. */
export const NOTED = ['src/core/classify/', 'src/core/extract/formats.ts'];

const NAME = 'seen';

const pathOf = (id: string) => id.replace(/[?#].*$/, '');

/** Whether a module id (an absolute path, perhaps with a query) is one of the noted tables. */
export function isNoted(id: string): boolean {
  const path = relative(ROOT, pathOf(id)).split(sep).join('/');
  return (
    path.endsWith('.ts') && NOTED.some((n) => (n.endsWith('/') ? path.startsWith(n) : path === n))
  );
}

/** An ESTree node as the parser gives it: offsets in UTF-16 code units, as JavaScript counts. */
interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

function children(node: Node): Node[] {
  return Object.values(node).flatMap((v) =>
    Array.isArray(v) ? v.filter(isNode) : isNode(v) ? [v] : [],
  );
}

/** The key's name, for `seen: …` and `'seen': …` alike. */
function keyName(node: Node): unknown {
  const key = node.key;
  if (!isNode(key) || node.computed === true) return undefined;
  return key.type === 'Identifier' ? key.name : key.type === 'Literal' ? key.value : undefined;
}

/** A value whose evaluation cannot have an effect: text, names, and case changes of names. */
function isInert(node: Node): boolean {
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
      return true;
    case 'ParenthesizedExpression':
      return isNode(node.expression) && isInert(node.expression);
    case 'TemplateLiteral':
      return (node.expressions as Node[]).every(isInert);
    case 'CallExpression': {
      const callee = node.callee as Node;
      const property = callee.property as Node | undefined;
      return (
        (node.arguments as Node[]).length === 0 &&
        callee.type === 'MemberExpression' &&
        callee.computed === false &&
        /^to(?:Upper|Lower)Case$/.test(String(property?.name)) &&
        isInert(callee.object as Node)
      );
    }
    default:
      return false;
  }
}

/** The span of a property together with the comma that joins it to its neighbours. */
function spanWithComma(object: Node, property: Node): [number, number] {
  const properties = object.properties as Node[];
  const i = properties.indexOf(property);
  const next = properties[i + 1];
  const previous = properties[i - 1];
  if (next !== undefined) return [property.start, next.start];
  if (previous !== undefined) return [previous.end, property.end];
  // The only property: a trailing comma would be left alone inside the braces.
  return [property.start, object.end - 1];
}

function lineOf(code: string, offset: number): number {
  return code.slice(0, offset).split('\n').length;
}

/** The spans of every note in a table's source; throws where one cannot safely go. */
function noteSpans(code: string, fileName: string, program: Node): [number, number][] {
  const fail = (node: Node, what: string): never => {
    throw new Error(
      `${fileName}:${lineOf(code, node.start)}: ${what}, so its phrase notes cannot be ` +
        'stripped safely (scripts/strip-phrase-notes.ts)',
    );
  };
  const spans: [number, number][] = [];
  const visit = (node: Node, parent: Node | null): void => {
    if (node.type === 'Property' && keyName(node) === NAME) {
      if (node.shorthand === true || node.kind !== 'init' || node.method === true) {
        fail(node, `"${NAME}" is not a plain property`);
      }
      if (!isInert(node.value as Node)) fail(node, 'a note could have an effect');
      if (parent?.type !== 'ObjectExpression') fail(node, 'a note is outside an object');
      spans.push(spanWithComma(parent as Node, node));
      return;
    }
    // Types are erased anyway: the rows' interface may declare the field.
    if (node.type === 'TSPropertySignature' && keyName(node) === NAME) return;
    if (node.type === 'Identifier' && node.name === NAME) fail(node, `"${NAME}" is a name here`);
    if (node.type === 'Literal' && node.value === NAME) fail(node, `"${NAME}" is a string here`);
    for (const child of children(node)) visit(child, node);
  };
  visit(program, null);
  return spans.sort((a, b) => a[0] - b[0]);
}

const blank = (text: string) => text.replace(/[^\r\n]/g, ' ');

/** The source with its notes blanked out, or null when it has none. */
export function stripPhraseNotes(code: string, fileName: string): string | null {
  const { program, errors } = parseSync(fileName, code, { lang: 'ts' });
  if (errors.length > 0) {
    const why = errors.map((e) => e.message).join('; ');
    throw new Error(`${fileName} does not parse, so its phrase notes stay: ${why}`);
  }
  const spans = noteSpans(code, fileName, program as unknown as Node);
  if (spans.length === 0) return null;

  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += code.slice(at, start) + blank(code.slice(start, end));
    at = end;
  }
  return out + code.slice(at);
}

/** A note read outside the tables, as in `row.seen` or `row?.seen`. */
const READ = /\.seen\b/;

/**
 * Vite plugin for the extension's build. It also fails the build when one of the project's other
 * files reads a note, which the bundle no longer has. test/build/strip-phrase-notes.test.ts checks
 * that a bundle of the decoder keeps no note and decodes as the source does.
 */
export function phraseNotesPlugin(): Plugin {
  return {
    name: 'strip-phrase-notes',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (isNoted(id)) {
        const out = stripPhraseNotes(code, id);
        return out === null ? null : { code: out, map: null };
      }
      const own = !id.includes('/node_modules/') && /\.tsx?$/.test(pathOf(id));
      if (own && READ.test(code)) this.error(`${id} reads a phrase note, which the bundle lacks`);
      return null;
    },
  };
}
