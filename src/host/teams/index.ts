// The Teams host's public surface.
export { startServer, type RunningServer, type StartServerOptions } from './server.js';
export { publicUrlOf } from './stage-page.js';
export {
  isAllowedServiceUrl,
  TEAMS_SERVICE_URL_HOSTS,
  type ServiceUrlPolicy,
} from './service-url.js';
