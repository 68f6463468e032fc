// Runs a command-line tool's command: its output on stdout (stderr when it failed), its exit code,
// and a configuration problem as its one-line message rather than a stack trace.
export interface CommandResult {
  readonly code: number;
  readonly output: string;
}

export function runCli(
  command: (args: readonly string[], env: NodeJS.ProcessEnv) => Promise<CommandResult>,
): void {
  command(process.argv.slice(2), process.env).then(
    ({ code, output }) => {
      (code === 0 ? console.log : console.error)(output);
      process.exitCode = code;
    },
    (error: unknown) => {
      const problems = (error as { problems?: readonly string[] }).problems;
      console.error(problems ? (error as Error).message : error);
      process.exitCode = 1;
    },
  );
}
