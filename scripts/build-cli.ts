import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the CLI and everything it imports into one ES module that Node runs as is. */
export async function buildCli(logLevel: 'info' | 'warning' = 'info'): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // postal-mime's `new Blob(...)` becomes a PartsBlob: see src/cli/parts-blob.ts
    inject: ['src/cli/parts-blob.ts'],
    // commander is CommonJS and requires Node built-ins, which an ES module bundle cannot do
    // without a `require` of its own.
    banner: {
      js:
        "import { createRequire as __createRequire } from 'node:module';\n" +
        'const require = __createRequire(import.meta.url);',
    },
    logLevel,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // esbuild has already printed each error with its file and line; a stack trace adds nothing.
  await buildCli().catch(() => {
    process.exitCode = 1;
  });
}
