/**
 * The Identity port: who is calling, as the platform says. CloudBase reads the WeChat OPENID
 * from the function context; the local gateway verifies its signed dev-login token.
 * A payload never takes part in this.
 */
export interface Principal {
  /** Stable platform id (WeChat OPENID, or `dev:<persona>` locally). */
  openid: string;
  /**
   * The login this call belongs to, when the platform has such a thing: the local dev-login
   * token's session (revocable with `users.logout`). CloudBase has none — WeChat vouches for
   * every call — so there it is absent and logout is the client clearing the phone.
   */
  sessionId?: string;
}

export interface Identity {
  /** Returns the caller's principal, or null for an anonymous call. */
  resolve(platformContext: unknown): Promise<Principal | null>;
}
