/** Exit codes of the `recap` command (CONTRACT.md). */
export const EXIT = {
  ok: 0,
  badInput: 1,
  usage: 2,
  serviceUnavailable: 3,
} as const;
