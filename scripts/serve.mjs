#!/usr/bin/env node
// A tiny, dependency-free static file server for the built site (dist/).
// Used by the browser tests and handy for a quick look:
//   node scripts/serve.mjs [root=dist] [port=4321] [base=/]
// It behaves like a plain static host (GitHub Pages and the like): a directory
// without its trailing slash is redirected, a missing file gets root/404.html, and text
// (HTML, CSS, JavaScript, SVG, JSON) is sent gzipped to a client that accepts it.
import { createServer } from "node:http";
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

// Off the event loop: the tests run this server in their own process.
const gzipAsync = promisify(gzip);

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
};

/** Types worth compressing, as static hosts do; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** Normalizes a base path to the form "/", "/fme/". */
export function normalizeBase(base = "/") {
  const trimmed = String(base).replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/**
 * @param {string} file
 * @returns {Promise<import("node:fs").Stats | null>}
 */
async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/**
 * Starts the server. Resolves once it listens.
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, origin: string, base: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root, base = "/", port = 0, host = "127.0.0.1" }) {
  // The site is only ever served to this machine; never listen on a public interface.
  if (!LOOPBACK.has(host)) throw new Error(`serve: refusing non-loopback host ${host}`);
  const rootDir = await realpath(path.resolve(root)).catch(() => {
    throw new Error(`serve: root directory ${path.resolve(root)} does not exist`);
  });
  base = normalizeBase(base);

  /** @param {import("node:http").ServerResponse} res @param {number} status @param {string} text */
  const sendText = (res, status, text) => {
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
    res.end(text);
  };

  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  const send404 = async (req, res) => {
    const body = await readFile(path.join(rootDir, "404.html")).catch(() => null);
    if (!body) return sendText(res, 404, "404 Not Found\n");
    res.writeHead(404, {
      "Content-Type": CONTENT_TYPES[".html"],
      "Content-Length": body.length,
      "Cache-Control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };

  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  const handle = async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return sendText(res, 405, "405 Method Not Allowed\n");
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return sendText(res, 400, "400 Bad Request\n");
    }
    if (pathname.includes("\0")) return sendText(res, 400, "400 Bad Request\n");
    // "/fme" is the directory "/fme/" without its slash.
    if (pathname === base.slice(0, -1) && base !== "/") {
      res.writeHead(301, { Location: base + url.search });
      return res.end();
    }
    if (!pathname.startsWith(base)) return send404(req, res);

    const rel = pathname.slice(base.length);
    const file = path.resolve(rootDir, rel);
    // Refuse anything that resolves outside root, e.g. "/%2e%2e/%2e%2e/etc/passwd".
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      return sendText(res, 403, "403 Forbidden\n");
    }

    let target = file;
    let info = await statOrNull(target);
    if (info?.isDirectory()) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { Location: url.pathname + "/" + url.search });
        return res.end();
      }
      target = path.join(file, "index.html");
      info = await statOrNull(target);
    }
    if (!info?.isFile()) return send404(req, res);
    // A symlink inside root could still point outside it.
    const real = await realpath(target);
    if (!real.startsWith(rootDir + path.sep)) return sendText(res, 403, "403 Forbidden\n");

    const type = CONTENT_TYPES[path.extname(real).toLowerCase()] ?? "application/octet-stream";
    const compress =
      COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    const body = compress ? await gzipAsync(await readFile(real)) : await readFile(real);
    res.writeHead(200, {
      "Content-Type": type,
      "Content-Length": body.length,
      ...(compress && { "Content-Encoding": "gzip" }),
      Vary: "Accept-Encoding",
      // Wrong content types must show up in tests, not be papered over by sniffing.
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) sendText(res, 500, `500 Internal Server Error\n${err}\n`);
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("serve: no TCP address");
  const origin = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url: origin + base,
    origin,
    base,
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections from the browser would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [root = "dist", port = "4321", base = process.env.BASE ?? "/"] = process.argv.slice(2);
  const { url, close } = await startServer({ root, base, port: Number(port) });
  console.log(`Serving ${path.resolve(root)} at ${url} (Ctrl+C to stop)`);
  const stop = () => close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
