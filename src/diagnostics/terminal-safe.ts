// A terminal obeys escape sequences: a name, or a folder's name, printed raw
// can retitle the window or clear the screen (ECMA-48). Whatever eco prints
// to a terminal from the input — messages, places, reports — goes through this.

/** C0 controls but tab and newline, DEL, the C1 controls, and the bidirectional overrides. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Shows control characters as \u escapes instead of letting the terminal obey them. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
