/** JSON error answers of the web-mode server, in the one shape the contract documents. */
import type { ServerResponse } from 'node:http';
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode } from '../../shared/api/errors';

export function sendError(res: ServerResponse, error: ApiErrorBody): void {
  sendJson(res, ERROR_STATUS[error.code], { error });
}

export function sendErrorCode(res: ServerResponse, code: ErrorCode, message: string): void {
  sendError(res, { code, message });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': bytes.length,
    'Cache-Control': 'no-store',
  });
  res.end(bytes);
}
