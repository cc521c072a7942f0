/**
 * The pages' cookies. Over https they carry the `__Host-` prefix, which browsers accept only when the
 * cookie is Secure, has Path=/ and no Domain: nobody on a sibling subdomain or on plain http can plant
 * or overwrite them. Over plain http (a laptop, a LAN test) browsers would drop such a cookie, so the
 * bare names are used there. Changing PUBLIC_BASE_URL to https signs everybody out once.
 */
export interface CookieNames {
  signIn: string;
  csrf: string;
}

export function cookieNames(secure: boolean): CookieNames {
  const prefix = secure ? '__Host-' : '';
  return { signIn: `${prefix}huiwu_session`, csrf: `${prefix}huiwu_csrf` };
}
