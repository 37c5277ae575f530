import { InterkalError } from '@interkal/core';
import type { Context } from 'hono';
import type { z } from 'zod';

/** An RFC 9457 problem document: what went wrong, in which parameter, and what is allowed. */
export interface Problem {
  type: string;
  title: string;
  status: 400 | 404 | 405 | 406 | 500;
  detail: string;
  parameter?: string;
  allowed?: string;
}

export function problemResponse(c: Context, problem: Omit<Problem, 'type'> & { type?: string }): Response {
  const body: Problem = { type: problem.type ?? 'about:blank', ...problem };
  // Echoed input stays inert even if a client renders the body as HTML.
  const json = JSON.stringify(body).replace(
    /[<>&]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return c.body(json, problem.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}

// The core names options as in JavaScript; the HTTP API names them as query parameters.
const QUERY_PARAMETER: Record<string, string> = {
  locale: 'lang',
  islamicMethod: 'islamic-method',
  sikhCalendar: 'sikh-calendar',
};

export function problemFromError(c: Context, error: unknown): Response {
  if (error instanceof InterkalError) {
    const notFound = error.code === 'unknown-id' && error.parameter === 'id';
    return problemResponse(c, {
      type: `https://interkal.dev/problems/${error.code}`,
      title: notFound ? 'Holiday not found' : 'Invalid parameter',
      status: notFound ? 404 : 400,
      detail: error.message.replace(
        `Invalid ${error.parameter}:`,
        `Invalid ${QUERY_PARAMETER[error.parameter] ?? error.parameter}:`,
      ),
      parameter: QUERY_PARAMETER[error.parameter] ?? error.parameter,
      allowed: error.allowed,
    });
  }
  console.error(error);
  return problemResponse(c, {
    title: 'Internal error',
    status: 500,
    detail: 'The server could not answer this request.',
  });
}

/** A failed schema check as a problem: the parameter, the value received and, for enums, what is allowed. */
export function problemFromIssue(c: Context, issue: z.core.$ZodIssue): Response {
  const parameter = issue.path.join('.') || 'query';
  const allowed = 'values' in issue && Array.isArray(issue.values) ? issue.values.join(', ') : undefined;
  const value = JSON.stringify(c.req.query(parameter) ?? null);
  return problemResponse(c, {
    title: 'Invalid parameter',
    status: 400,
    detail: allowed
      ? `Invalid ${parameter}: ${value}. Allowed: ${allowed}.`
      : `Invalid ${parameter}: ${issue.message}`,
    parameter,
    ...(allowed ? { allowed } : {}),
  });
}
