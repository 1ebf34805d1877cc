/**
 * An in-process fake of the few GitHub REST/GraphQL endpoints plan mode calls, at the HTTP level:
 * the real octokit from @actions/github talks to it through `baseUrl` or GITHUB_API_URL.
 *
 *   GET   /repos/:owner/:repo/contents/:path?ref=   files by commit (404 when absent); a directory
 *                                                   as its listing (an array), a submodule as one entry
 *   GET   /repos/:owner/:repo/issues/:n/comments    paginated (per_page, page, Link header)
 *   POST  /repos/:owner/:repo/issues/:n/comments    authored by the token's identity
 *   PATCH /repos/:owner/:repo/issues/comments/:id   403 unless the token's identity wrote it
 *   GET   /repos/:owner/:repo/pulls/:n              the head commit set by setPullHead (404 for any other PR)
 *   GET   /repos/:owner/:repo/issues                 state, labels (all of them), sort=created, direction; paginated
 *   POST  /repos/:owner/:repo/issues                 authored by the token's identity, with its labels
 *   PATCH /repos/:owner/:repo/issues/:n              title, body, state, state_reason (any writer may, as on GitHub)
 *   POST  /repos/:owner/:repo/issues/:n/labels       adds labels
 *   GET   /user                                     403 for installation tokens, as GitHub does
 *   POST  /graphql                                  `viewer { login }` only
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export interface FakeIdentity {
  readonly login: string;
  readonly type: 'User' | 'Bot';
  /** `installation`: like GITHUB_TOKEN or an app token, GET /user is refused. */
  readonly kind: 'installation' | 'user';
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot'; id: number };
  html_url: string;
  issue: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  user: { login: string; type: 'User' | 'Bot'; id: number };
  html_url: string;
  repo: string;
}

export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly token: string | undefined;
  readonly body: unknown;
}

/** A path that is not a file, answered as GitHub's contents API answers it. */
export type FakeEntry =
  /** A directory: the API answers with the array of its entries. */
  | { readonly kind: 'directory'; readonly names: readonly string[] }
  /** A submodule: one object of `type: 'submodule'`, with no content. */
  | { readonly kind: 'submodule'; readonly url: string };

export interface FakeGitHubOptions {
  /** token → who it acts as. */
  readonly tokens: Record<string, FakeIdentity>;
  /** `owner/repo` → commit sha → path → file text (or a directory or submodule). */
  readonly files?: Record<string, Record<string, Record<string, string | FakeEntry>>>;
  /** When false, /graphql answers 502 (to exercise the REST fallback). Default true. */
  readonly graphql?: boolean;
  /** When true, creating or editing comments is refused with 403 (a fork's read-only token). */
  readonly readOnly?: boolean;
  /**
   * When true, creating or editing comments is answered 404, as GitHub answers a token that may not
   * see the pull request (or a PR deleted meanwhile).
   */
  readonly commentsNotFound?: boolean;
  /** When true, GET of a pull request answers 403, as GitHub does for a token without `pull-requests: read`. */
  readonly pullsForbidden?: boolean;
  /** When true, every issue endpoint answers 410, as GitHub does when a repository turns issues off. */
  readonly issuesDisabled?: boolean;
  /** When true, labels sent when opening an issue are silently dropped (GitHub does so for tokens that may not set them). */
  readonly dropLabels?: boolean;
}

export interface FakeGitHub {
  readonly url: string;
  readonly requests: FakeRequest[];
  /** Every comment on every issue, in creation order. */
  readonly comments: FakeComment[];
  /** Every issue of every repository, in creation order. */
  readonly issues: FakeIssue[];
  /** Opens an issue as `author` (who need not be a token). */
  seedIssue(repo: string, author: { login: string; type: 'User' | 'Bot' }, issue: { title: string; body: string; labels?: string[]; state?: 'open' | 'closed' }): FakeIssue;
  issuesOf(repo: string): FakeIssue[];
  /** Adds a comment as `author` (who need not be a token). */
  seedComment(repo: string, issue: number, author: { login: string; type: 'User' | 'Bot' }, body: string): FakeComment;
  commentsOn(repo: string, issue: number): FakeComment[];
  /** The pull request's head commit from now on (a push to the PR); until set, GET of the PR answers 404. */
  setPullHead(repo: string, pr: number, sha: string): void;
  writes(): FakeRequest[];
  close(): Promise<void>;
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const requests: FakeRequest[] = [];
  const comments: FakeComment[] = [];
  const issues: FakeIssue[] = [];
  const pullHeads = new Map<string, string>();
  let nextId = 1000;
  let url = '';

  const add = (repo: string, issue: number, author: { login: string; type: 'User' | 'Bot' }, body: string): FakeComment => {
    const id = nextId++;
    const comment: FakeComment = { id, body, user: { ...author, id: 50_000 + author.login.length }, html_url: `https://github.example/${repo}/pull/${issue}#issuecomment-${id}`, issue: `${repo}#${issue}` };
    comments.push(comment);
    return comment;
  };

  const openIssue = (repo: string, author: { login: string; type: 'User' | 'Bot' }, issue: { title: string; body: string; labels?: string[]; state?: 'open' | 'closed' }): FakeIssue => {
    const number = issues.filter((i) => i.repo === repo).length + 1;
    const created: FakeIssue = {
      number,
      title: issue.title,
      body: issue.body,
      state: issue.state ?? 'open',
      state_reason: null,
      labels: [...(issue.labels ?? [])],
      user: { ...author, id: 50_000 + author.login.length },
      html_url: `https://github.example/${repo}/issues/${number}`,
      repo,
    };
    issues.push(created);
    return created;
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const body: unknown = raw === '' ? undefined : JSON.parse(raw);
    const auth = req.headers.authorization;
    const token = auth?.replace(/^(token|bearer)\s+/i, '');
    const record: FakeRequest = { method: req.method ?? 'GET', path: parsed.pathname, query: Object.fromEntries(parsed.searchParams), token, body };
    requests.push(record);
    const who = token === undefined ? undefined : options.tokens[token];
    if (who === undefined) return send(res, 401, { message: 'Bad credentials' });
    const method = record.method;
    const path = parsed.pathname;
    let m: RegExpExecArray | null;

    if (method === 'POST' && path === '/graphql') {
      if (options.graphql === false) return send(res, 502, { message: 'Bad gateway' });
      const query = (body as { query?: string } | undefined)?.query ?? '';
      if (/viewer\s*\{\s*login\s*\}/.test(query)) return send(res, 200, { data: { viewer: { login: who.login } } });
      return send(res, 200, { errors: [{ message: 'the fake only knows viewer { login }' }] });
    }
    if (method === 'GET' && path === '/user') {
      if (who.kind === 'installation') return send(res, 403, { message: 'Resource not accessible by integration' });
      return send(res, 200, { login: who.login, type: who.type, id: 1 });
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(path))) {
      const repo = `${m[1]}/${m[2]}`;
      const filePath = decodeURIComponent(m[3]!);
      const ref = parsed.searchParams.get('ref') ?? 'HEAD';
      const text = options.files?.[repo]?.[ref]?.[filePath];
      if (text === undefined) return send(res, 404, { message: 'Not Found' });
      if (typeof text !== 'string') return send(res, 200, entryView(filePath, text));
      const content = Buffer.from(text).toString('base64').replace(/(.{60})/g, '$1\n');
      return send(res, 200, { type: 'file', encoding: 'base64', size: Buffer.byteLength(text), name: filePath.split('/').pop(), path: filePath, content, sha: 'f'.repeat(40) });
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(path))) {
      if (options.pullsForbidden) return send(res, 403, { message: 'Resource not accessible by integration' });
      const sha = pullHeads.get(`${m[1]}/${m[2]}#${m[3]}`);
      if (sha === undefined) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { number: Number(m[3]), state: 'open', head: { sha, ref: 'policy-change' } });
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      const repo = `${m[1]}/${m[2]}`;
      const issue = Number(m[3]);
      if (method === 'GET') {
        const perPage = Number(parsed.searchParams.get('per_page') ?? 30);
        const page = Number(parsed.searchParams.get('page') ?? 1);
        const all = comments.filter((c) => c.issue === `${repo}#${issue}`);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) headers['link'] = `<${url}${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        return send(res, 200, slice.map(view), headers);
      }
      if (method === 'POST') {
        if (options.commentsNotFound) return send(res, 404, { message: 'Not Found' });
        if (options.readOnly) return send(res, 403, { message: 'Resource not accessible by integration' });
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string') return send(res, 422, { message: 'body is required' });
        if (text.length > 65_536) return send(res, 422, { message: 'Body is too long (maximum is 65536 characters)' });
        return send(res, 201, view(add(repo, issue, who, text)));
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(path))) {
      const repo = `${m[1]}/${m[2]}`;
      if (options.issuesDisabled) return send(res, 410, { message: 'Issues are disabled for this repo' });
      if (method === 'GET') {
        const state = parsed.searchParams.get('state') ?? 'open';
        const labels = (parsed.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const desc = parsed.searchParams.get('direction') === 'desc';
        const perPage = Number(parsed.searchParams.get('per_page') ?? 30);
        const page = Number(parsed.searchParams.get('page') ?? 1);
        const all = issues
          .filter((i) => i.repo === repo && (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)))
          .sort((a, b) => (desc ? b.number - a.number : a.number - b.number));
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) headers['link'] = `<${url}${path}?${new URLSearchParams({ ...Object.fromEntries(parsed.searchParams), page: String(page + 1) }).toString()}>; rel="next"`;
        return send(res, 200, all.slice((page - 1) * perPage, page * perPage).map(issueView), headers);
      }
      if (method === 'POST') {
        if (options.readOnly) return send(res, 403, { message: 'Resource not accessible by integration' });
        const input = body as { title?: unknown; body?: unknown; labels?: unknown } | undefined;
        if (typeof input?.title !== 'string' || input.title === '') return send(res, 422, { message: 'title is required' });
        if (typeof input.body === 'string' && input.body.length > 65_536) return send(res, 422, { message: 'body is too long (maximum is 65536 characters)' });
        const labels = options.dropLabels || !Array.isArray(input.labels) ? [] : input.labels.map(String);
        return send(res, 201, issueView(openIssue(repo, who, { title: input.title, body: typeof input.body === 'string' ? input.body : '', labels })));
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)(\/labels)?$/.exec(path)) && (method === 'PATCH' || (method === 'POST' && m[4]))) {
      const repo = `${m[1]}/${m[2]}`;
      if (options.issuesDisabled) return send(res, 410, { message: 'Issues are disabled for this repo' });
      const issue = issues.find((i) => i.repo === repo && i.number === Number(m![3]));
      if (issue === undefined) return send(res, 404, { message: 'Not Found' });
      if (options.readOnly) return send(res, 403, { message: 'Resource not accessible by integration' });
      const input = (body ?? {}) as { title?: unknown; body?: unknown; state?: unknown; state_reason?: unknown; labels?: unknown };
      if (m[4]) {
        for (const label of Array.isArray(input.labels) ? input.labels.map(String) : []) if (!issue.labels.includes(label)) issue.labels.push(label);
        return send(res, 200, issue.labels.map((name) => ({ name })));
      }
      if (typeof input.body === 'string' && input.body.length > 65_536) return send(res, 422, { message: 'body is too long (maximum is 65536 characters)' });
      if (typeof input.title === 'string') issue.title = input.title;
      if (typeof input.body === 'string') issue.body = input.body;
      if (input.state === 'open' || input.state === 'closed') issue.state = input.state;
      if (typeof input.state_reason === 'string') issue.state_reason = input.state_reason;
      if (Array.isArray(input.labels)) issue.labels = input.labels.map(String);
      return send(res, 200, issueView(issue));
    }
    if (method === 'PATCH' && (m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path))) {
      const comment = comments.find((c) => c.id === Number(m![3]));
      if (comment === undefined || options.commentsNotFound) return send(res, 404, { message: 'Not Found' });
      if (options.readOnly || comment.user.login !== who.login) return send(res, 403, { message: 'Resource not accessible by integration' });
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string') return send(res, 422, { message: 'body is required' });
      if (text.length > 65_536) return send(res, 422, { message: 'Body is too long (maximum is 65536 characters)' });
      comment.body = text;
      return send(res, 200, view(comment));
    }
    return send(res, 404, { message: `the fake does not serve ${method} ${path}` });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    comments,
    issues,
    seedComment: add,
    seedIssue: openIssue,
    issuesOf: (repo) => issues.filter((i) => i.repo === repo),
    commentsOn: (repo, issue) => comments.filter((c) => c.issue === `${repo}#${issue}`),
    setPullHead: (repo, pr, sha) => void pullHeads.set(`${repo}#${pr}`, sha),
    writes: () => requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql'),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function entryView(path: string, entry: FakeEntry) {
  const name = path.split('/').pop();
  const sha = 'e'.repeat(40);
  if (entry.kind === 'submodule') return { type: 'submodule', name, path, size: 0, sha, submodule_git_url: entry.url };
  return entry.names.map((n) => ({ type: 'file', name: n, path: `${path}/${n}`, size: 10, sha }));
}

function issueView(i: FakeIssue) {
  return { number: i.number, id: 90_000 + i.number, title: i.title, body: i.body, state: i.state, state_reason: i.state_reason, labels: i.labels.map((name) => ({ name })), user: i.user, html_url: i.html_url };
}

function view(c: FakeComment) {
  return { id: c.id, body: c.body, user: c.user, html_url: c.html_url, performed_via_github_app: null };
}

function send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(data));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** The token the in-process runs that raise an alert issue pass as `github-token`: the workflow's bot. */
export const BOT_TOKEN = 'tok';

/**
 * A fake GitHub started before the file's tests and closed after them, where BOT_TOKEN is the
 * workflow's bot (an installation token). `current` is set once the file's tests begin.
 */
export function useFakeGitHubBot(): { readonly current: FakeGitHub } {
  const handle = {} as { current: FakeGitHub };
  beforeAll(async () => {
    handle.current = await startFakeGitHub({ tokens: { [BOT_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' } } });
  });
  afterAll(async () => {
    await handle.current.close();
  });
  return handle;
}
