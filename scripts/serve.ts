/**
 * Serves the built site (dist/) on localhost the way a static host would (the handler:
 * scripts/static-server.ts). Used by `npm start` (with `--build`) and by the tests.
 *
 *   node scripts/serve.ts [--port 4321] [--dir dist] [--host 127.0.0.1] [--build]
 *
 * `--build` takes the port first and builds the site after: a port that is taken is said at
 * once, before a build of a minute that would be lost (issue 17).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticHandler } from './static-server.ts';

function fail(ja: string, en: string, code = 1): never {
	console.error(ja);
	console.error(en);
	process.exit(code);
}

let values: { port: string; dir: string; host: string; build: boolean };
try {
	values = parseArgs({
		options: {
			port: { type: 'string', default: process.env.PORT ?? '4321' },
			dir: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
			host: { type: 'string', default: '127.0.0.1' },
			build: { type: 'boolean', default: false },
		},
	}).values as typeof values;
} catch (error) {
	fail(
		`指定が読み取れません: ${(error as Error).message}\n使い方: node scripts/serve.ts [--port 4321] [--dir dist] [--build]`,
		'Usage: node scripts/serve.ts [--port 4321] [--dir dist] [--build]',
		2,
	);
}

const port = /^\d{1,5}$/u.test(values.port) ? Number(values.port) : NaN;
if (!(port >= 1 && port <= 65535)) {
	fail(
		`ポート番号「${values.port}」は使えません。1〜65535 の数字を指定してください（例: --port 4322、または PORT=4322 npm start）。`,
		`"${values.port}" is not a port number. Give a number from 1 to 65535 (e.g. --port 4322, or PORT=4322 npm start).`,
		2,
	);
}

const root = resolve(values.dir);
let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;

const server = createServer((req, res) => {
	try {
		if (handler) return handler(req, res);
		res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' }).end('サイトをビルドしています。しばらくしてから再読み込みしてください。\n');
	} catch {
		// A request must never stop the server: it gets an error, the next one is served.
		if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
		res.end('Internal Server Error');
	}
});
server.on('clientError', (_error, socket) => {
	if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});
server.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EADDRINUSE') {
		fail(
			`ポート ${port} は使用中です。別のポートを指定してください: PORT=4322 npm start（または --port 4322）`,
			`Port ${port} is already in use. Choose another one: PORT=4322 npm start (or --port 4322)`,
		);
	}
	if (error.code === 'EACCES') fail(`ポート ${port} は使えません（権限がありません）。1024 以上の番号を指定してください。`, `Port ${port} is not allowed here. Use one from 1024 up.`);
	fail(`サーバーを起動できませんでした: ${error.message}`, `Could not start the server: ${error.message}`);
});

function serveBuilt(): void {
	if (!existsSync(join(root, 'index.html'))) {
		fail(
			`サイトがビルドされていません (${root}/index.html がありません)。先に npm run build を実行してください。`,
			`The site is not built (no ${root}/index.html). Run npm run build first.`,
		);
	}
	handler = createStaticHandler(root);
	console.log(`サイトを表示しています / Serving the site: http://localhost:${port}/`);
}

server.listen(port, values.host, () => {
	if (!values.build) return serveBuilt();
	console.log(`ポート ${port} を確保しました。サイトをビルドします… / Port ${port} is ours; building the site…`);
	const astro = join(import.meta.dirname, '..', 'node_modules', '.bin', 'astro');
	const build = spawn(astro, ['build'], { stdio: 'inherit' });
	build.on('exit', (code) => {
		if (code !== 0) fail(`ビルドに失敗しました（終了コード ${code}）。`, `The build failed (exit code ${code}).`);
		serveBuilt();
	});
});
