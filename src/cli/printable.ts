/**
 * Text from a bounce made safe to print on a terminal. A hostile bounce can carry escape
 * sequences that retitle the window, move the cursor or hide lines, and bidirectional
 * overrides that show an address reversed; control characters become their Unicode control
 * pictures (ESC shows as ␛) and the rest becomes U+FFFD.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

// C0 controls but tab, DEL, C1 controls, and the bidirectional embeddings, overrides, isolates.
// Matching control characters is this pattern's very purpose.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
