#!/usr/bin/env node
// Serve the built playground (dist/playground) on 127.0.0.1 with the project's static-file server.
//   node scripts/playground-server.mjs [--port=3001]     (build first: npm run build)
// Tests import startPlaygroundServer() and use port 0 (a free port).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startStaticServer } from './dev-server.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
export const PLAYGROUND_DIR = resolve(root, 'dist/playground');

/** Resolves to { url, port, close() }; the url is http://127.0.0.1:<port>/ (the page itself). */
export async function startPlaygroundServer({ port = 0, host = '127.0.0.1', dir = PLAYGROUND_DIR } = {}) {
  if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run npm run build first.`);
  const server = await startStaticServer({ root: dir, port, host });
  return { ...server, url: `http://${host}:${server.port}/` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = process.argv.find((a) => a.startsWith('--port='));
  const { url } = await startPlaygroundServer({ port: arg ? Number(arg.slice(7)) : Number(process.env.PLAYGROUND_PORT ?? 3001) });
  console.log(`Goalpost playground: ${url}  (Ctrl+C to stop)`);
}
