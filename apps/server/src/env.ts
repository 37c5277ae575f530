/** Per-request values the app's middleware sets for the routes. */
export interface AppEnv {
  Variables: {
    /** Today's date, YYYY-MM-DD (UTC), from the app's clock. */
    today: string;
    /** The public origin links, QR codes, feed URLs and UIDs are built on (see origin.ts). */
    origin: string;
  };
}
