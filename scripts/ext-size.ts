import { resolve } from 'node:path';
import { htmlPages, sizeReport } from '../test/e2e/chunk-sizes.ts';

/**
 * The gzipped size (gzip -9) of the JavaScript each extension page can load, chunk by chunk for
 * the popup: `npx wxt build && tsx scripts/ext-size.ts [.output/chrome-mv3]`.
 */

const dir = resolve(process.argv[2] ?? '.output/chrome-mv3');
for (const html of htmlPages(dir)) {
  for (const line of sizeReport(dir, html, html === 'popup.html')) console.log(line);
}
