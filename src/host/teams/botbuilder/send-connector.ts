// Turns off the Azure SDK's own retries on the connector client used for a proactive send, so the
// only retries are ours (send-retry.ts), which never resend what Teams may already have stored.
//
// What botbuilder 4.23.3 does, read in node_modules:
// - CloudAdapterBase.processProactive (botbuilder-core/lib/cloudAdapterBase.js) asks the
//   ConnectorFactory for a new ConnectorClient per proactive turn and puts it in
//   turnState[adapter.ConnectorClientKey]; TurnContext.sendActivity → CloudAdapterBase.sendActivities
//   posts with that client (conversations.replyToActivity / sendToConversation).
// - ConnectorFactoryImpl.create (botframework-connector/lib/auth/connectorFactoryImpl.js) builds it
//   with `requestPolicyFactories` replaced by its own "accept" header policy.
// - ServiceClientContext (botbuilder-stdlib/lib/azureCoreHttpCompat/serviceClientContext.js) wraps
//   `new ServiceClient({...})` from @azure/core-client, passing only endpoint, content type, user
//   agent, proxy, httpClient and credential scopes: no retryOptions. core-client's default pipeline
//   (@azure/core-rest-pipeline createPipelineFromOptions) therefore contains `defaultRetryPolicy`
//   (@typespec/ts-http-runtime): up to 3 retries of the same POST on 408 and 5xx except 501/505 (so
//   on 500 too), on 429/503 with Retry-After, and on ETIMEDOUT, ECONNRESET, ESOCKETTIMEDOUT,
//   ECONNREFUSED, ENOENT, ENOTFOUND — a reset or timeout after Teams stored the message means a
//   second card in the channel.
// - The ConnectorClientOptions flag `noRetryPolicy` ("turn off the default retry policy") is
//   declared but never read (the compat layer has a "do something with noPolicy option" comment),
//   and ConfigurationBotFrameworkAuthentication's connectorClientOptions cannot reach retryOptions.
//   There is no supported switch in 4.23.3.
// So the policy is removed, by name, from the pipeline of the very client the turn will post with.
// The pipeline is @azure/core-rest-pipeline's public Pipeline API (removePolicy, getOrderedPolicies);
// reaching it goes through ServiceClientContext's `client` field, private in the typings. If a
// botbuilder upgrade moves it, the send fails closed (nothing posted, slot "failed") rather than
// posting with retries on; tests/teams/proactive-sdk.test.ts fails loudly in that case.

/** @azure/core-rest-pipeline's defaultRetryPolicyName. */
export const SDK_RETRY_POLICY = 'defaultRetryPolicy';

interface PipelineLike {
  removePolicy(options: { name?: string }): unknown[];
  getOrderedPolicies(): ReadonlyArray<{ readonly name: string }>;
}

/** The SDK's retries could not be turned off: the send is not attempted. */
export class SdkRetryError extends Error {
  override readonly name = 'SdkRetryError';
}

const isPipeline = (p: unknown): p is PipelineLike =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as PipelineLike).removePolicy === 'function' &&
  typeof (p as PipelineLike).getOrderedPolicies === 'function';

/**
 * Removes every retry policy from the connector client's HTTP pipeline, or throws SdkRetryError.
 * Returns the names of the policies removed (for tests).
 */
export function disableSdkRetries(connectorClient: unknown): string[] {
  const pipeline = (connectorClient as { client?: { pipeline?: unknown } } | undefined)?.client
    ?.pipeline;
  if (!isPipeline(pipeline))
    throw new SdkRetryError('connector client pipeline not found: cannot turn SDK retries off');
  const retrying = pipeline
    .getOrderedPolicies()
    .map((p) => p.name)
    .filter((name) => name === SDK_RETRY_POLICY || /retry/i.test(name));
  for (const name of retrying) pipeline.removePolicy({ name });
  const left = pipeline.getOrderedPolicies().filter((p) => /retry/i.test(p.name));
  if (left.length > 0)
    throw new SdkRetryError(
      `retry policy still in the pipeline: ${left.map((p) => p.name).join()}`,
    );
  return retrying;
}
