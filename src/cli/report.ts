// `npm run report -- [--days 30] [--unmatched]`: the anonymous usage report for content owners,
// read from the storage the bot is configured with (same environment variables).
import { runReportCommand } from '../usage/report-command.js';

runReportCommand(process.argv.slice(2), process.env).then(
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
