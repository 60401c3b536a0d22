/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice of a
 * string as a view into the whole: a sample line or an address kept from a 1 MiB chunk of log
 * would keep the whole chunk alive. Joining a space in front makes a new string that slicing
 * must first copy out flat; the slice after the space then refers to that copy alone. Three
 * times as fast as a JSON round trip, which the summary paid on every deferral it remembers.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}
