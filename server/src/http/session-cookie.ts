import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';

export const SESSIE_COOKIE = 'portaal_sessie';

export function leesSessieToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[SESSIE_COOKIE] : undefined;
}

/** HttpOnly (no script can read it) and SameSite=Strict (no other site can send it): the session's two walls. */
export function zetSessieCookie(res: Response, token: string, verlooptOp: Date, secure: boolean): void {
  res.append('Set-Cookie', stringifySetCookie({ name: SESSIE_COOKIE, value: token, httpOnly: true, sameSite: 'strict', secure, path: '/', expires: verlooptOp }));
}

export function wisSessieCookie(res: Response, secure: boolean): void {
  res.append('Set-Cookie', stringifySetCookie({ name: SESSIE_COOKIE, value: '', httpOnly: true, sameSite: 'strict', secure, path: '/', expires: new Date(0) }));
}
