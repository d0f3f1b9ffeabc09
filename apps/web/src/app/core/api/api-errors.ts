import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@alliance/contracts';

/**
 * Resources wrap errors that are not `Error` instances (HttpErrorResponse is not), keeping the original as `cause`.
 */
export function httpErrorOf(error: unknown): HttpErrorResponse | null {
  if (error instanceof HttpErrorResponse) return error;
  if (error instanceof Error && error.cause instanceof HttpErrorResponse)
    return error.cause;
  return null;
}

/** The HTTP status of a failed call, or 0 when the service could not be reached (or the error was not an HTTP one). */
export function httpStatusOf(error: unknown): number {
  return httpErrorOf(error)?.status ?? 0;
}

/** The messages the API sent with an error (`message` may be one string or several). */
export function apiMessagesOf(error: unknown): string[] {
  const body: unknown = httpErrorOf(error)?.error;
  if (!isApiErrorBody(body)) return [];
  const messages = Array.isArray(body.message) ? body.message : [body.message];
  return messages.filter(
    (message) => typeof message === 'string' && message.trim() !== '',
  );
}

/** Messages to show a person after a failed change: the API's own words when it sent any, otherwise a plain fallback. */
export function problemMessagesOf(error: unknown): string[] {
  const messages = apiMessagesOf(error);
  if (messages.length > 0 && httpStatusOf(error) < 500) return messages;
  return [fallbackMessage(httpStatusOf(error))];
}

export function fallbackMessage(status: number): string {
  switch (status) {
    case 0:
      return 'Alliance cannot be reached. Check your internet connection and try again.';
    case 401:
      return 'You need to sign in again.';
    case 403:
      return 'You do not have permission to do this.';
    case 404:
      return 'We could not find what you were looking for. It may have been removed, or you may not have access to it.';
    case 409:
      return 'This has already been done, or someone else changed it. Reload the page and check.';
    case 429:
      return 'Too many attempts. Wait 15 minutes and try again.';
    default:
      return status >= 500
        ? 'Sorry, there is a problem with the service. Try again later.'
        : 'Sorry, something went wrong. Check your answers and try again.';
  }
}

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'message' in body;
}
