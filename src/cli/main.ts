import { loadKnowledge, nodeIo } from './node-io.ts';
import { run } from './run.ts';

// Output piped into `head` and the like: stop quietly once the reader has gone.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), nodeIo(await loadKnowledge()));
