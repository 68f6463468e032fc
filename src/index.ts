// Wiring only: config → services → Teams host. Every failure to start is reported plainly.
import { readConfig, summarizeConfig } from './config.js';
import { createLogger } from './logger.js';
import { createServices } from './services.js';
import { startServer } from './teams/index.js';

async function main() {
  const config = readConfig(process.env);
  const logger = createLogger(config.logLevel);
  logger.info({ config: summarizeConfig(config) }, 'starting');
  const { bot, catalogue } = createServices(config);
  logger.info(
    { entries: catalogue.entries.length, version: catalogue.version },
    'catalogue loaded',
  );
  const server = await startServer({ config, bot, logger });
  logger.info({ url: `${server.url}/api/messages` }, 'ready');
  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  const problems = (error as { problems?: readonly string[] }).problems;
  console.error(problems ? `${(error as Error).message}` : error);
  process.exit(1);
});
