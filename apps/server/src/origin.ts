/** Where the service says it lives: links, QR codes, feed URLs and ICS UIDs are built on this origin. */
export interface OriginOptions {
  /** The public origin, e.g. https://kalender.example.de; when set, requests cannot change it. */
  publicUrl?: string;
  /** Honour X-Forwarded-Proto and X-Forwarded-Host (only behind a proxy that sets them). */
  trustProxy?: boolean;
}

// A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port: nothing else is echoed.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

/** A configured public URL as a bare origin; anything else is a deployment mistake, reported at start. */
export function publicOrigin(publicUrl: string): string {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL, got ${JSON.stringify(publicUrl)}`);
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.pathname !== '/' ||
    url.search ||
    url.hash
  ) {
    throw new Error(
      `PUBLIC_URL must be an origin such as https://kalender.example.de, got ${JSON.stringify(publicUrl)}`,
    );
  }
  return url.origin;
}

function wellFormedOrigin(scheme: string, host: string): string | undefined {
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return undefined;
  }
}

const firstValue = (header: string | null): string | undefined => header?.split(',')[0]?.trim();

/**
 * The origin for one request, or undefined when the request's Host is not a plain host name (the caller answers
 * 400). Built once per app: with a public URL every request gets it; otherwise the request's own scheme and Host,
 * or the X-Forwarded ones when the proxy is trusted and they are well-formed.
 */
export function originResolver(options: OriginOptions): (request: Request) => string | undefined {
  if (options.publicUrl !== undefined) {
    const fixed = publicOrigin(options.publicUrl);
    return () => fixed;
  }
  const trustProxy = options.trustProxy ?? false;
  return (request) => {
    const url = new URL(request.url);
    let scheme = url.protocol.slice(0, -1);
    let host = url.host;
    if (trustProxy) {
      const proto = firstValue(request.headers.get('X-Forwarded-Proto'))?.toLowerCase();
      if (proto === 'https' || proto === 'http') scheme = proto;
      const forwardedHost = firstValue(request.headers.get('X-Forwarded-Host'));
      if (forwardedHost && forwardedHost.length <= 260 && HOST.test(forwardedHost)) host = forwardedHost;
    }
    if (trustProxy && host !== url.host) {
      // The forwarded host must make a URL too (a port above 65535 does not); else the request's own stays.
      host = wellFormedOrigin(scheme, host) === undefined ? url.host : host;
    }
    if (host.length > 260 || !HOST.test(host)) return undefined;
    return wellFormedOrigin(scheme, host);
  };
}
