import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/knowledge/load-content.ts';

/** The real content/ directory, loaded once per test file through the build's own loader. */
export const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));

export const content = loadContent(CONTENT_DIR);
export const entries = content.entries;
