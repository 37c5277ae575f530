import { InterkalError } from '@interkal/core';
import type { Context } from 'hono';
import type { z } from 'zod';

/** What went wrong, independent of how it is shown: a problem document for programs, a page for people. */
export interface Failure {
  status: 400 | 404 | 405 | 413 | 415 | 500;
  /** A problem type URI; about:blank when the status says it all. */
  type?: string;
  title: string;
  /** English, for programs; pages say it in the reader's language from the fields below. */
  detail: string;
  parameter?: string;
  allowed?: string;
  /** The unknown holiday of a 404, for the page's message. */
  holidayId?: string;
  /** The methods a 405's resource answers. */
  allow?: string;
}

/** An RFC 9457 problem document (the JSON fields, without `allow` and `holidayId`). */
export interface Problem {
  type: string;
  title: string;
  status: Failure['status'];
  detail: string;
  parameter?: string;
  allowed?: string;
}

export function problemResponse(c: Context, failure: Failure): Response {
  const { allow, holidayId: _, ...fields } = failure;
  const body: Problem = { ...fields, type: failure.type ?? 'about:blank' };
  // Echoed input stays inert even if a client renders the body as HTML.
  const json = JSON.stringify(body).replace(
    /[<>&]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return c.body(json, failure.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(allow ? { Allow: allow } : {}),
  });
}

// The core names options as in JavaScript; the HTTP API names them as query parameters.
const QUERY_PARAMETER: Record<string, string> = {
  locale: 'lang',
  islamicMethod: 'islamic-method',
  crescentCriterion: 'crescent-criterion',
  islamicCountry: 'islamic-country',
  sikhCalendar: 'sikh-calendar',
};

export function failureFromError(error: InterkalError): Failure {
  const notFound = error.code === 'unknown-id' && error.parameter === 'id';
  const parameter = QUERY_PARAMETER[error.parameter] ?? error.parameter;
  return {
    type: `https://interkal.dev/problems/${error.code}`,
    title: notFound ? 'Holiday not found' : 'Invalid parameter',
    status: notFound ? 404 : 400,
    detail: error.message.replace(`Invalid ${error.parameter}:`, `Invalid ${parameter}:`),
    parameter,
    allowed: error.allowed,
    ...(notFound && typeof error.value === 'string' ? { holidayId: error.value } : {}),
  };
}

/** A failed schema check: the parameter, the value received and, for enums, what is allowed. */
export function failureFromIssue(issue: z.core.$ZodIssue, query: Record<string, string>): Failure {
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((key) => JSON.stringify(key)).join(', ');
    return {
      type: 'https://interkal.dev/problems/unknown-parameter',
      title: 'Unknown parameter',
      status: 400,
      detail: `Unknown parameter${issue.keys.length > 1 ? 's' : ''}: ${names}.`,
      parameter: issue.keys.join(','),
    };
  }
  const parameter = issue.path.join('.') || 'query';
  const allowed = 'values' in issue && Array.isArray(issue.values) ? issue.values.join(', ') : undefined;
  const value = JSON.stringify(query[parameter] ?? null);
  return {
    type: 'https://interkal.dev/problems/invalid-option',
    title: 'Invalid parameter',
    status: 400,
    detail: allowed
      ? `Invalid ${parameter}: ${value}. Allowed: ${allowed}.`
      : `Invalid ${parameter}: ${issue.message}`,
    parameter,
    ...(allowed ? { allowed } : {}),
  };
}

export const notFoundFailure = (path: string): Failure => ({
  title: 'Not found',
  status: 404,
  detail: `No resource at ${path}.`,
});

export const methodNotAllowedFailure = (method: string, allow: string): Failure => ({
  title: 'Method not allowed',
  status: 405,
  detail: `${method} is not allowed here. Allowed: ${allow}.`,
  allow,
});

export const serverFailure = (): Failure => ({
  title: 'Internal error',
  status: 500,
  detail: 'The server could not answer this request.',
});

/** One line for the log: the request and the error's first line and frame, never the query's contents. */
export function logLine(c: Context, error: unknown): string {
  const text =
    error instanceof Error
      ? `${error.name}: ${error.message} ${error.stack?.split('\n')[1]?.trim() ?? ''}`
      : String(error);
  const path = new URL(c.req.url).pathname;
  return `interkal: 500 ${c.req.method} ${path}: ${text}`.replace(/\s+/g, ' ').slice(0, 500);
}

export const isInterkalError = (error: unknown): error is InterkalError => error instanceof InterkalError;
