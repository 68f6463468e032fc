// The Agents SDK's CloudAdapter.process() writes its answer to an Express-style response. The Teams
// host answers the HTTP request itself (turn deadline, invoke responses, connection handling:
// ../teams/messages-endpoint.ts), so process() gets this one, which only records what it was told.
export interface CapturedAnswer {
  readonly status: number;
  readonly body?: unknown;
}

export class CapturingResponse {
  status_: number | undefined;
  body_: unknown;
  ended = false;

  get headersSent(): boolean {
    return this.ended;
  }
  get writableEnded(): boolean {
    return this.ended;
  }
  status(code: number): this {
    this.status_ = code;
    return this;
  }
  setHeader(): this {
    return this; // content-type only: the host sets its own
  }
  send(body?: unknown): this {
    this.body_ = body;
    return this;
  }
  end(): this {
    this.ended = true;
    return this;
  }

  /** What process() answered; 200 without a body when it ended without saying. */
  answer(): CapturedAnswer {
    return this.body_ === undefined
      ? { status: this.status_ ?? 200 }
      : { status: this.status_ ?? 200, body: this.body_ };
  }
}
