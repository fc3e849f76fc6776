import "server-only";

/**
 * The one typed error for route handlers (STYLE.md principle 6). Handlers throw
 * `httpError(...)`; `errorResponse` turns anything thrown into JSON without
 * leaking paths or stack traces for unexpected errors.
 */
export type HttpErrorCode = "bad_request" | "forbidden" | "not_found" | "conflict" | "unavailable" | "internal";

const STATUS: Record<HttpErrorCode, number> = {
  bad_request: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: HttpErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
    this.status = STATUS[code];
  }
}

export function httpError(code: HttpErrorCode, message: string): HttpError {
  return new HttpError(code, message);
}

export function errorResponse(err: unknown): Response {
  if (err instanceof HttpError) {
    return Response.json({ error: { code: err.code, message: err.message } }, { status: err.status });
  }
  console.error("[massgen-dash] unexpected error in a route handler:", err);
  return Response.json({ error: { code: "internal", message: "Internal error" } }, { status: 500 });
}
