/**
 * Serves the built site (dist/) on localhost the way a static host would: the files as they
 * are, the right types (Pagefind needs application/wasm), /404.html for a missing page, and
 * the headers of public/_headers (CSP and friends). Used by `npm start` and by the tests.
 *
 *   node scripts/serve.ts [--port 4321] [--dir dist]
 */
import { createServer, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4321' },
		dir: { type: 'string', default: process.env.DIST_DIR ?? 'dist' },
		host: { type: 'string', default: '127.0.0.1' },
	},
});

const root = resolve(values.dir);
const port = Number(values.port);
if (!existsSync(join(root, 'index.html'))) {
	console.error(`サイトがビルドされていません (${root}/index.html がありません)。先に npm run build を実行してください。`);
	console.error(`The site is not built (no ${root}/index.html). Run npm run build first.`);
	process.exit(1);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.ics': 'text/calendar; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** Netlify/Cloudflare-style `_headers`: a path pattern line, then indented `Name: value` lines. */
function readHeaders(): Array<{ pattern: RegExp; headers: Array<[string, string]> }> {
	const file = join(root, '_headers');
	if (!existsSync(file)) return [];
	const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
		} else {
			const at = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}
const headerRules = readHeaders();

function send(res: ServerResponse, status: number, file: string, urlPath: string): void {
	res.statusCode = status;
	res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
	res.setHeader('Content-Length', statSync(file).size);
	for (const rule of headerRules) if (rule.pattern.test(urlPath)) for (const [k, v] of rule.headers) res.setHeader(k, v);
	createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path: string;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		path = '/';
	}
	const file = normalize(join(root, path));
	if (!file.startsWith(root)) {
		res.writeHead(400).end();
		return;
	}
	if (existsSync(file) && statSync(file).isFile()) return send(res, 200, file, path);
	if (existsSync(join(file, 'index.html'))) {
		if (!path.endsWith('/')) {
			res.writeHead(301, { Location: `${path}/${url.search}` }).end();
			return;
		}
		return send(res, 200, join(file, 'index.html'), path);
	}
	const notFound = join(root, '404.html');
	if (existsSync(notFound)) return send(res, 404, notFound, path);
	res.writeHead(404).end('Not Found');
});

server.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EADDRINUSE') {
		console.error(`ポート ${port} は使用中です。別のポートを指定してください: PORT=4322 npm start`);
		console.error(`Port ${port} is already in use. Choose another one: PORT=4322 npm start`);
	} else {
		console.error(error.message);
	}
	process.exit(1);
});

server.listen(port, values.host, () => {
	console.log(`サイトを表示しています / Serving the site: http://localhost:${port}/`);
});
