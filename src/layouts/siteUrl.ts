/**
 * A link for the page's head or text: absolute under the site's public address when the build
 * was given one (SITE=https://… npm run build), otherwise root-relative, so that no page carries
 * the address of the machine it was built on. Scripts that need an absolute URL without SITE
 * (citations, embed code, a worksheet's address) build it from `location` at run time.
 */
export function siteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
