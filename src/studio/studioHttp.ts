/** Small HTTP helpers for the studio's API: bodies with a size limit, JSON answers, refusals. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class StudioRequestRefused extends Error {
  constructor(readonly status: number, message: string, readonly details: Readonly<Record<string, unknown>> = {}) {
    super(message);
  }
}

const JSON_LIMIT_BYTES = 2 * 1024 * 1024;
/** A studio recording or a camera photograph; the check judges the size, this only stops a runaway upload. */
export const UPLOAD_LIMIT_BYTES = 200 * 1024 * 1024;

export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        reject(new StudioRequestRefused(413, `the upload is larger than ${Math.round(limit / 1024 / 1024)} MB`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(request, JSON_LIMIT_BYTES);
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Answered below: the page sent something that is not a JSON object.
  }
  throw new StudioRequestRefused(400, 'the request body is not a JSON object');
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(body);
}

export function textField(body: Readonly<Record<string, unknown>>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') throw new StudioRequestRefused(400, `"${name}" is missing`);
  return value;
}

export function optionalText(body: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}

export function textRecord(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
