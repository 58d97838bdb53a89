import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticHandler, parseHeaders } from '../../scripts/static-server.ts';

/**
 * Issue 17: the local static server (`npm start`, the e2e tests) against the requests that
 * crashed it, redirected off-site or reached outside dist/, over a small built site of its own.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const SERVE = join(ROOT, 'scripts/serve.ts');
const site = mkdtempSync(join(tmpdir(), 'serve-test-'));
const dist = join(site, 'dist');
// A sibling whose name starts with the served folder's: a prefix test of the path would serve it.
const sibling = join(site, 'dist-private');
const headersText = readFileSync(join(ROOT, 'public/_headers'), 'utf8');
const hostHeaders = parseHeaders(headersText).find((r) => r.pattern.test('/'))!.headers;

let server: Server;
let port = 0;

beforeAll(async () => {
	mkdirSync(join(dist, '1-1'), { recursive: true });
	mkdirSync(join(dist, '日本'), { recursive: true });
	mkdirSync(sibling, { recursive: true });
	writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
	writeFileSync(join(dist, '1-1/index.html'), '<!doctype html><title>1.1</title>');
	writeFileSync(join(dist, '日本/index.html'), '<!doctype html><title>nihon</title>');
	writeFileSync(join(dist, '404.html'), '<!doctype html><title>404 ページが見つかりません</title>');
	writeFileSync(join(dist, '_headers'), headersText);
	writeFileSync(join(sibling, 'secret.txt'), 'secret');
	server = createServer(createStaticHandler(dist));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

interface Answer {
	readonly status: number;
	readonly headers: Record<string, string | string[] | undefined>;
	readonly body: string;
}

/** A request with its path sent exactly as written (fetch would normalise 「..」 away). */
function raw(path: string, method = 'GET', p = port): Promise<Answer> {
	return new Promise((done, failed) => {
		const req = request({ host: '127.0.0.1', port: p, path, method }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (c: string) => (body += c));
			res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
		});
		req.on('error', failed);
		req.end();
	});
}

const expectHostHeaders = (answer: Answer) => {
	for (const [name, value] of hostHeaders) expect(answer.headers[name.toLowerCase()], name).toBe(value);
};

describe('the static server', () => {
	test('serves a page, with the _headers rules', async () => {
		const page = await raw('/1-1/');
		expect(page.status).toBe(200);
		expect(page.body).toContain('<title>1.1</title>');
		expect(page.headers['content-type']).toMatch(/^text\/html/u);
		expectHostHeaders(page);
	});

	test('a folder without its final 「/」 redirects to it, on this site, with the headers', async () => {
		const answer = await raw('/1-1?x=1');
		expect(answer.status).toBe(301);
		expect(answer.headers.location).toBe('/1-1/?x=1');
		expectHostHeaders(answer);
		expect((await raw('/%E6%97%A5%E6%9C%AC')).headers.location).toBe('/%E6%97%A5%E6%9C%AC/');
	});

	test('an encoded non-ASCII folder with 「..%2F」 does not crash the server (it used to put 「日」 in Location)', async () => {
		const answer = await raw('/%E6%97%A5/..%2F1-1');
		expect(answer.status).toBe(404);
		expectHostHeaders(answer);
		expect((await raw('/')).status).toBe(200);
	});

	test.each(['/%2Fexample.com/..%2F1-1', '//example.com/../1-1', '/%2F%2Fexample.com/%2E%2E/1-1', '/\\example.com/..%2F1-1'])('no redirect leaves the site: %s', async (path) => {
		const answer = await raw(path);
		const location = answer.headers.location;
		if (location !== undefined) expect(String(location)).toMatch(/^\/(?![/\\])/u);
		expectHostHeaders(answer);
	});

	test.each(['/../dist-private/secret.txt', '/..%2Fdist-private/secret.txt', '/%2E%2E/dist-private/secret.txt', '/..%5Cdist-private%5Csecret.txt'])('a sibling folder is out of reach: %s', async (path) => {
		const answer = await raw(path);
		expect(answer.body).not.toContain('secret');
		expect(answer.status).not.toBe(200);
	});

	test('a path with an encoded line break gets the headers like any other, and the 404 page', async () => {
		const answer = await raw('/1-1/%0A');
		expect(answer.status).toBe(404);
		expect(answer.body).toContain('404 ページが見つかりません');
		expectHostHeaders(answer);
		expectHostHeaders(await raw('/%0Aindex.html'));
	});

	test('a missing page is the 404 page with status 404 and the headers', async () => {
		const answer = await raw('/no-such-page/');
		expect(answer.status).toBe(404);
		expect(answer.body).toContain('404 ページが見つかりません');
		expectHostHeaders(answer);
	});

	test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s is refused with 405, Allow: GET, HEAD and the headers', async (method) => {
		const answer = await raw('/1-1/', method);
		expect(answer.status).toBe(405);
		expect(answer.headers.allow).toBe('GET, HEAD');
		expectHostHeaders(answer);
	});

	test('HEAD answers like GET without a body', async () => {
		const answer = await raw('/1-1/', 'HEAD');
		expect(answer.status).toBe(200);
		expect(answer.body).toBe('');
		expectHostHeaders(answer);
	});
});

describe('the command line', () => {
	test.each(['abc', '0', '65536', '4321x', ''])('a bad --port (%s) is said in plain words, without a stack', (value) => {
		const run = spawnSync(NODE, [SERVE, '--port', value, '--dir', dist], { encoding: 'utf8', timeout: 20_000 });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain(`ポート番号「${value}」は使えません`);
		expect(run.stderr).not.toMatch(/\n\s+at /u);
	});

	test('a port that is taken is said at once, before any build (npm start builds only on a port of its own)', async () => {
		const started = Date.now();
		const run = spawnSync(NODE, [SERVE, '--build', '--port', String(port), '--dir', dist], { encoding: 'utf8', timeout: 20_000 });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`ポート ${port} は使用中です`);
		expect(run.stdout).not.toContain('ビルドします');
		expect(Date.now() - started).toBeLessThan(15_000);
	});

	test('serves a built folder on the port it is given (as playwright.config.ts starts it)', async () => {
		const probe = createServer();
		await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
		const free = (probe.address() as AddressInfo).port;
		await new Promise<void>((done) => probe.close(() => done()));
		const child = spawn(NODE, [SERVE, '--port', String(free), '--dir', dist], { stdio: 'ignore' });
		try {
			let answer: Answer | null = null;
			for (let i = 0; i < 100 && !answer; i++) {
				answer = await raw('/', 'GET', free).catch(() => new Promise<null>((r) => setTimeout(() => r(null), 100)));
			}
			expect(answer?.status).toBe(200);
			expectHostHeaders(answer!);
		} finally {
			child.kill();
		}
	});
});
