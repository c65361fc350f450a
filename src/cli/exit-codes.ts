/** Exit codes of the `recap` command (CONTRACT.md). */
export const EXIT = {
  ok: 0,
  badInput: 1,
  usage: 2,
  serviceUnavailable: 3,
} as const;

/**
 * Ends a command with an exit code after it has written its output: a check that finds problems
 * (`recap check`, exit 1) has nothing else to say.
 */
export class ExitWith extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'ExitWith';
  }
}
