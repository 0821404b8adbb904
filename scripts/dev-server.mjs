// A small static-file server for the built add-ins: files under `root` only, correct content types, no caching.
// The Excel add-in needs https (Office loads add-ins over https only); the playground is fine with http.
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8', '.ico': 'image/x-icon', '.map': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve `root` (and optional extra mounts, e.g. { '/office/': '<dir of office.js>' }).
 * `transform(urlPath, text)` may rewrite HTML on the way out (the dev server points office.js at the local copy).
 * Resolves to { server, url, close() } once listening; port 0 picks a free port.
 */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1', https = null, mounts = {}, transform = null }) {
  const roots = Object.entries({ ...mounts, '/': root }).map(([prefix, dir]) => [prefix, resolve(dir)]);
  async function handle(req, res) {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const [prefix, dir] = roots.find(([p]) => path.startsWith(p));
      let file = resolve(dir, '.' + path.slice(prefix.length - 1));
      // Path traversal: a resolved file must stay inside its folder.
      if (file !== dir && !file.startsWith(dir + sep)) return send(res, 403, 'Forbidden');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = resolve(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return send(res, 404, `Not found: ${path}`);
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const out = transform && type.startsWith('text/html') ? Buffer.from(transform(path, body.toString('utf8'))) : body;
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : out);
    } catch (e) {
      send(res, 400, `Bad request: ${e.message}`);
    }
  }
  const server = https ? createHttps(https, handle) : createHttp(handle);
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  const { port: actual } = server.address();
  const url = `${https ? 'https' : 'http'}://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${actual}`;
  return { server, url, port: actual, close: () => new Promise((ok) => server.close(ok)) };
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Serve office.js from node_modules/@microsoft/office-js when developing: same files as the CDN, no network needed. */
export const localOfficeJs = (_path, html) => html.split(OFFICE_CDN).join('/office/office.js');
