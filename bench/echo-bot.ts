// The limit the bot cannot beat: a minimal echo bot on the same stack (botbuilder CloudAdapter and
// restify, the versions in package.json), local mode (no app id, no authentication), replying to
// every message with one text message through the Bot Connector at the activity's serviceUrl.
// Env: PORT, HOST. POST /api/messages; GET /healthz.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type TurnContext,
} from 'botbuilder';
import restify from 'restify';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context: TurnContext, error: unknown) => {
  console.error('echo bot: turn error', error);
  await context.sendActivity('The echo bot hit an error.');
};

const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
  await adapter.process(req, res, async (context) => {
    if (context.activity.type === 'message')
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
  });
});
server.get('/healthz', (_req: restify.Request, res: restify.Response, next: restify.Next) => {
  res.send(200, { status: 'ok' });
  next();
});
server.listen(Number(process.env.PORT ?? 3979), process.env.HOST ?? '127.0.0.1');
const stop = () => {
  server.close(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
