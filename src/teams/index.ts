// The Teams host's public surface.
export { startServer, type RunningServer, type StartServerOptions } from './server.js';
