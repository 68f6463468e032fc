/** The catalogue's data is inconsistent; `problems` lists every one found, not just the first. */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
  constructor(readonly problems: readonly string[]) {
    super(`The guidance catalogue is invalid:\n- ${problems.join('\n- ')}`);
  }
}
