/** An export that cannot be made, said in the reader's language, with the largest size that works when size is the problem. */
export class SnapshotError extends Error {
  constructor(
    message: string,
    readonly largest?: { widthPx: number; heightPx: number },
  ) {
    super(message);
    this.name = 'SnapshotError';
  }
}
