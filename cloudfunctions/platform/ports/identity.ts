/**
 * The Identity port: who is calling, as the platform says. CloudBase reads the WeChat OPENID
 * from the function context; the local gateway verifies its signed dev-login token.
 * A payload never takes part in this.
 */
export interface Principal {
  /** Stable platform id (WeChat OPENID, or `dev:<persona>` locally). */
  openid: string;
}

export interface Identity {
  /** Returns the caller's principal, or null for an anonymous call. */
  resolve(platformContext: unknown): Promise<Principal | null>;
}
