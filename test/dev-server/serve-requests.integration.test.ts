/**
 * `npm run serve` against hostile requests: it listens on localhost only unless `--host` says otherwise, and
 * malformed or traversal paths sent as they are (raw socket, no client normalising them) get 400 or 404 while the
 * server keeps serving.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { badRequestPath } from '../../src/dev-server/request-paths.ts';
import { article, makeContent } from '../helpers/content-fixture.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { freePort, waitFor } from '../helpers/wait.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Sends `path` exactly as given in a request line and returns the status code (0 when the connection fails). */
function rawStatus(host: string, port: number, path: string): Promise<number> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    let response = '';
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('connect', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n`));
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    socket.on('error', () => done(0));
    socket.on('close', () => done(Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0)));
  });
}

async function startServe(args: string[]): Promise<{ server: ChildProcess; port: number; output: () => string }> {
  const work = await tempDir('arsip-serve-requests-');
  const content = await makeContent({ 'articles/2018-03-01-berita-uji.md': article({ title: 'Berita Uji Serve' }) });
  const port = await freePort();
  let output = '';
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts', '--content', content, '--out', join(work, 'out'), '--port', String(port), ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  await waitFor('the server to start', async () => output.includes('serving http') || server.exitCode !== null, 60_000);
  assert.equal(server.exitCode, null, output);
  return { server, port, output: () => output };
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.pid && server.exitCode === null && server.signalCode === null) {
    process.kill(-server.pid, 'SIGTERM');
    await once(server, 'exit');
  }
}

const otherAddress = Object.values(networkInterfaces())
  .flat()
  .find((info) => info && info.family === 'IPv4' && !info.internal)?.address;

const hostile = [
  '/%ZZ',
  '/%',
  '/%E0%A4%A',
  '/..%2f..%2fetc/passwd',
  '/..%2F..%2F..%2Fpackage.json',
  '/%2e%2e/%2e%2e/package.json',
  '/%c0%ae%c0%ae/etc/passwd',
  '/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afpackage.json',
  '/../package.json',
  '/../../../../etc/passwd',
  '/artikel/../../package.json',
  '/..\\..\\package.json',
  '/..%5c..%5cpackage.json',
  '/%00',
  '/index.html%00.txt',
  '/%0d%0aSet-Cookie:%20x=1',
  '//etc/passwd',
  '/%252e%252e/%252e%252e/package.json',
  `/${'a'.repeat(10_000)}`,
  `/${'%ZZ'.repeat(1000)}`,
  '*',
  'http://example.com/../package.json',
];

test('serve: hostile request paths get 400 or 404, never a file outside the site, and the server keeps running', { timeout: 120_000 }, async () => {
  const { server, port, output } = await startServe([]);
  try {
    for (const path of hostile) {
      const status = await rawStatus('localhost', port, path);
      assert.ok(status === 400 || status === 404, `${JSON.stringify(path.slice(0, 60))}: status ${status}`);
      assert.equal(server.exitCode, null, `server still running after ${JSON.stringify(path.slice(0, 60))}:\n${output()}`);
      assert.equal(await rawStatus('localhost', port, '/'), 200, `the home page is still served after ${JSON.stringify(path.slice(0, 60))}`);
    }
    // A path longer than Node's header limit is refused by Node itself (431, or the connection reset while the request
    // is still being sent: no status); the server lives on.
    const tooLong = await rawStatus('localhost', port, `/${'a'.repeat(100_000)}`);
    assert.ok(tooLong === 0 || tooLong >= 400, `status ${tooLong}`);
    assert.equal(server.exitCode, null, 'server still running after an over-long request');
    assert.equal(await rawStatus('localhost', port, '/artikel/2018-03-01-berita-uji/'), 200, 'ordinary pages are still served');
    assert.doesNotMatch(output(), /URI malformed|Uncaught|ERR_/);
  } finally {
    await stop(server);
  }
});

test('serve listens on localhost only; --host opens it to other machines deliberately', { timeout: 120_000, skip: otherAddress ? false : 'no non-loopback IPv4 address' }, async () => {
  const local = await startServe([]);
  try {
    assert.equal(await rawStatus('localhost', local.port, '/'), 200);
    assert.equal(await rawStatus(otherAddress!, local.port, '/'), 0, `not reachable on ${otherAddress}`);
  } finally {
    await stop(local.server);
  }
  const open = await startServe(['--host', '0.0.0.0']);
  try {
    assert.equal(await rawStatus(otherAddress!, open.port, '/'), 200, `reachable on ${otherAddress} with --host 0.0.0.0`);
    assert.match(open.output(), /listening on 0\.0\.0\.0: other machines can see it/);
  } finally {
    await stop(open.server);
  }
});

test('the path check: what is refused and what is served', () => {
  for (const path of ['/', '/artikel/berita/', '/search/head.json?v=1', '/topik/kerja-sama%20militer/', '/a..b/', '/%E2%80%94/']) {
    assert.equal(badRequestPath(path), undefined, path);
  }
  for (const path of hostile.filter((p) => p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/%252e'))) {
    assert.ok(badRequestPath(path), `refused: ${path.slice(0, 40)}`);
  }
});
