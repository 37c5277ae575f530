/** Per-request values the app's middleware sets for the routes. */
export interface AppEnv {
  Variables: {
    /** Today's date, YYYY-MM-DD (UTC), from the app's clock. */
    today: string;
  };
}
