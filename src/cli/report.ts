// `npm run report -- [--days 30] [--unmatched]`: the anonymous usage report for content owners,
// read from the storage the bot is configured with (same environment variables).
import { runReportCommand } from '../usage/report-command.js';
import { runCli } from './run.js';

runCli(runReportCommand);
