/**
 * The caller's network address as the platform saw it: the local gateway passes the HTTP client's
 * address (`GatewayCallContext.clientAddress`). CloudBase gives none — WeChat calls always carry an
 * OPENID — so there it is null. Used only for limits and per-viewer counts of anonymous callers,
 * and only as a keyed hash where anything is kept.
 */
export function clientAddressOf(platformContext: unknown): string | null {
  if (typeof platformContext !== 'object' || platformContext === null) return null;
  const address = (platformContext as { clientAddress?: unknown }).clientAddress;
  return typeof address === 'string' && address.length > 0 && address.length <= 100
    ? address
    : null;
}
