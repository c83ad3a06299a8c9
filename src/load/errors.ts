/** An input problem the user can fix; the CLI prints `message` on one line and exits 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
  }
}
