/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice of a
 * string as a view into the whole: a sample line or an address kept from a 1 MiB chunk of log
 * would keep the whole chunk alive. Called only for what the summary keeps, so it costs little.
 */
export function detach(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
