// The local preview's HTTP server: the page, the real sidebar with its shim, and a small JSON API.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { PreviewSession } from "./session";
import { injectShim } from "./shim";
import { snapshot } from "./snapshot";

export interface PreviewOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The repository (holding dist/, samples/ and preview/). */
  root?: string;
}

export interface RunningPreview {
  url: string;
  port: number;
  session: PreviewSession;
  close(): Promise<void>;
}

const HOST = "127.0.0.1";
const MAX_BODY = 1_000_000;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(body);
}

const json = (res: ServerResponse, value: unknown, status = 200) => send(res, status, "application/json", JSON.stringify(value));

/** JSON bodies only: a cross-site form cannot send that content type without a preflight. */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!String(req.headers["content-type"]).startsWith("application/json")) throw new Error("Content-Type application/json attendu");
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_BODY) throw new Error("Requête trop volumineuse");
  }
  const value = JSON.parse(body || "{}") as unknown;
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("Objet JSON attendu");
  return value as Record<string, unknown>;
}

export function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const root = options.root ?? resolve(__dirname, "..");
  const sidebarPath = join(root, "dist/Sidebar.html");
  if (!existsSync(join(root, "dist/Code.js"))) throw new Error("dist/Code.js est absent : lancez d'abord `node scripts/build.mjs`.");
  const session = new PreviewSession(root);
  const asset = (name: string) => readFileSync(join(root, "preview", name), "utf8");

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === "/") return send(res, 200, "text/html", asset("page.html"));
    if (req.method === "GET" && path === "/page.js") return send(res, 200, "text/javascript", asset("page.js"));
    if (req.method === "GET" && path === "/page.css") return send(res, 200, "text/css", asset("page.css"));
    // Read at each request, so that a rebuild shows without restarting the preview.
    if (req.method === "GET" && path === "/sidebar") return send(res, 200, "text/html", injectShim(readFileSync(sidebarPath, "utf8")));
    if (req.method === "GET" && path === "/api/state") return json(res, snapshot(session.state));
    if (req.method === "POST" && path === "/api/run") {
      const { fn, args = [] } = await readJson(req);
      if (typeof fn !== "string" || !Array.isArray(args)) return json(res, { ok: false, error: "{fn, args} attendu" }, 400);
      return json(res, session.run(fn, args));
    }
    if (req.method === "POST" && path === "/api/activate") {
      const { sheetId, row, col } = await readJson(req);
      if (typeof row === "number" && typeof col === "number") session.select(Number(sheetId), row, col);
      else session.activate(Number(sheetId));
      return json(res, { ok: true });
    }
    send(res, 404, "text/plain", "Introuvable");
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => json(res, { ok: false, error: e instanceof Error ? e.message : String(e) }, 400));
  });
  return new Promise((resolveStart, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, HOST, () => {
      const { port } = server.address() as AddressInfo;
      resolveStart({
        url: `http://${HOST}:${port}/`,
        port,
        session,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
