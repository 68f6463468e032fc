/** The scenario bank is inconsistent; `problems` lists every one found, not just the first. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(readonly problems: readonly string[]) {
    super(`The scenario bank is invalid:\n- ${problems.join('\n- ')}`);
  }
}
