// `npx tsx src/cli/profile.ts check|publish <file>` or `… remove`: check an organization profile,
// or publish it to (remove it from) the storage the bot reads it from, with the same environment
// variables as the bot (STORAGE, DATA_DIR, AZURE_STORAGE_*). See README, "Updating the organization
// profile".
import { runProfileCommand } from '../organization/profile-command.js';
import { runCli } from './run.js';

runCli(runProfileCommand);
