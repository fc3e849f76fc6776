import "server-only";
import { randomBytes } from "node:crypto";

/**
 * The page's Content-Security-Policy (issue 8). Scripts run only with this
 * request's nonce: Next reads the nonce from the *request's*
 * Content-Security-Policy header and stamps it on its bootstrap and flight
 * scripts (next/dist/server/app-render/get-script-nonce-from-header.js), so the
 * server entry sets the same policy on the request it hands to Next and on the
 * response. 'strict-dynamic' lets the nonced bootstrap load Next's chunks.
 *
 * Styles keep 'unsafe-inline': React and Recharts write style="" attributes
 * everywhere, and a style cannot run code; scripts are what the policy guards.
 */
export function makeNonce(): string {
  return randomBytes(18).toString("base64");
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    // data:/blob: for the PNG export (modern-screenshot renders through an <img>)
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
