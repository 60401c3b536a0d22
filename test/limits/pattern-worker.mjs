// Runs source patterns over adversarial text, off the main thread so that a pattern which never
// finishes can be stopped. Receives { id, source, flags, size }; answers { id, input, ms } per
// input and { id, done: true } at the end. Plain JavaScript: a worker starts without a loader.
import { parentPort } from 'node:worker_threads';

/** Characters that stand for themselves in a pattern's source, in order of appearance. */
function literals(source) {
  const out = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[++i] ?? '';
      if (/[.\-[\]()*+?{}|^$/\\<>:=!@ ]/.test(next)) out.push(next);
      continue;
    }
    if (!/[()[\]{}*+?|^$\\]/.test(c)) out.push(c);
  }
  return out;
}

/** The pattern's first run of literal characters, such as `host ` or `postfix/`. */
function prefix(source) {
  const m = /^(?:\^|\\b|\(\?:)*([A-Za-z0-9 =<>@/_:;,-]{2,})/.exec(source);
  return m ? m[1] : '';
}

function fill(unit, size) {
  return unit.repeat(Math.ceil(size / Math.max(unit.length, 1))).slice(0, size);
}

/**
 * Text that makes a backtracking engine try hard: long runs of one character the pattern
 * accepts, then one it does not; the pattern's own literals cycled; its prefix repeated.
 */
export function adversarial(source, size) {
  const chars = [...new Set(literals(source))];
  const punctuation = chars.filter((c) => !/[A-Za-z0-9]/.test(c)).slice(0, 8);
  const inputs = [
    ['letters then !', `${fill('a', size)}!`],
    ['spaces then !', `${fill(' ', size)}!`],
    ['tabs and spaces then a', `a${fill(' \t', size)}a`],
    ['digits and dots', `${fill('5.', size)}5..`],
    ['address characters', `${fill('a.', size)}@`],
    ['Japanese letters', `${fill('あ', size)}!`],
    ['the literals cycled', `${fill(chars.join(''), size)}\u0000`],
  ];
  const head = prefix(source);
  if (head) inputs.push([`"${head}" repeated`, fill(`${head}a`, size)]);
  for (const c of punctuation) {
    inputs.push([`a, then ${JSON.stringify(c)} repeated, then a`, `a${fill(c, size)}a`]);
  }
  return inputs;
}

parentPort?.on('message', ({ id, source, flags, size }) => {
  // A global pattern is run as the code runs it, over every match; another one match at most.
  const pattern = new RegExp(source, flags.replace('y', ''));
  for (const [input, text] of adversarial(source, size)) {
    const start = performance.now();
    if (pattern.global) text.replace(pattern, '');
    else pattern.exec(text);
    parentPort.postMessage({ id, input, ms: performance.now() - start });
  }
  parentPort.postMessage({ id, done: true });
});
