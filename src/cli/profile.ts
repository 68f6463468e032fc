// `npx tsx src/cli/profile.ts check|publish <file>` or `… remove`: check an organization profile,
// or publish it to (remove it from) the storage the bot reads it from, with the same environment
// variables as the bot (STORAGE, DATA_DIR, AZURE_STORAGE_*). See README, "Updating the organization
// profile".
import { runProfileCommand } from '../organization/profile-command.js';

runProfileCommand(process.argv.slice(2), process.env).then(
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
