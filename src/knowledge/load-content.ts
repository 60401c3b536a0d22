import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { buildEntries, type ContentBuild, type RawContentFile } from './normalise.ts';

/** Node only: the build script and the tests read content/ through this. */

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

function readOne(root: string, path: string): RawContentFile | { file: string; error: string } {
  const file = relative(root, path).split(sep).join('/');
  try {
    return { file, data: parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { file, error: `not valid YAML: ${message}` };
  }
}

/** Reads, validates and normalises every YAML file under `root` (the content directory). */
export function loadContent(root: string): ContentBuild {
  const files: RawContentFile[] = [];
  const unreadable: ContentBuild['problems'] = [];

  for (const path of yamlFiles(root)) {
    const read = readOne(root, path);
    if ('error' in read) unreadable.push({ file: read.file, path: null, message: read.error });
    else files.push(read);
  }

  const built = buildEntries(files);
  return { entries: built.entries, problems: [...unreadable, ...built.problems] };
}
