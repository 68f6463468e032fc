// POSTs to the bot like a channel would.
export interface Posted {
  readonly status: number;
  readonly text: string;
  /** The body as JSON, or undefined when it is empty or not JSON. */
  readonly json: unknown;
}

export async function post(
  url: string,
  body: string | object,
  headers: Record<string, string> = {},
): Promise<Posted> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}
