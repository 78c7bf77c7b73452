#!/usr/bin/env python3
"""Helper for scripts/bench (standard library only). Not part of the test run.

Subcommands (all print to stdout; errors go to stderr with exit status 1):

  free-port                         a free TCP port on 127.0.0.1
  wait --port P [--pid PID] [--timeout S]
                                    poll GET /healthz until it answers 200; fail early
                                    when process PID has exited
  ids --port P --token T --count N --lua FILE [--ids FILE]
                                    collect N distinct talent ids (pages of sort=name,
                                    spread over the table) and write a wrk Lua script
                                    that rotates GET /api/v1/talents/{id} among them
                                    (and the ids, one a line, to --ids)
  search --port P --token T --requests N [--reference occupations.yaml]
                                    the fixed query mix: one warm-up pass, then N timed
                                    sequential requests on one keep-alive connection;
                                    prints JSON {n, p50, p95, p99, max, slowest, queries}
  first-password --port P --email E --password OLD
                                    sign in on the web with the one-time password of
                                    `talent create-admin` and choose a new one (API
                                    requests of an account that must still change its
                                    password are refused, and changing it revokes its
                                    tokens: so do this before `talent token create`);
                                    prints the password now in force
  mix [--occupation CODE]           the query mix's searches as query strings, one a
                                    line (for `talent search count`)
  pages --port P --email E --password PW --ids FILE --requests N
                                    signed in on the web: the HTML talent search (a
                                    2-character keyword and 2 filters, 20 rows) and
                                    profile pages (rotating over the ids), warm-up then
                                    N timed each; the server's time is read from the
                                    Server-Timing header; prints JSON
  rss --pid PID                     VmRSS and VmHWM of a process in kB, as JSON
  report --metrics FILE             the results table (markdown, aligned) from the
                                    key=value lines scripts/bench collected
"""

import argparse
import html
import http.client
import json
import math
import os
import re
import secrets
import socket
import statistics
import sys
import time
import unicodedata
import urllib.parse

API = "/api/v1/talents"


def die(message):
    print(f"bench_client: {message}", file=sys.stderr)
    sys.exit(1)


# --- HTTP ---------------------------------------------------------------------------


class Client:
    """Sequential requests on one keep-alive connection (reconnects only if the
    server closed it, and counts that)."""

    def __init__(self, port, token=None, timeout=60):
        self.port = port
        self.timeout = timeout
        self.headers = {"Accept": "application/json", "Connection": "keep-alive"}
        if token:
            self.headers["Authorization"] = f"Bearer {token}"
        self.conn = None
        self.reconnects = -1

    def _connect(self):
        if self.conn is not None:
            self.conn.close()
        self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        self.conn.connect()
        self.conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.reconnects += 1

    def get(self, path):
        """(status, body bytes, seconds). The time covers sending the request and
        reading the whole body, not JSON decoding."""
        for attempt in (1, 2):
            if self.conn is None:
                self._connect()
            try:
                start = time.perf_counter()
                self.conn.request("GET", path, headers=self.headers)
                response = self.conn.getresponse()
                body = response.read()
                elapsed = time.perf_counter() - start
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError,
                    http.client.CannotSendRequest, http.client.ResponseNotReady):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
                continue
            if response.getheader("Connection", "").lower() == "close":
                self.conn.close()
                self.conn = None
            return response.status, body, elapsed
        raise AssertionError("unreachable")

    def get_json(self, path):
        status, body, _ = self.get(path)
        if status != 200:
            die(f"GET {path} answered {status}: {body[:300].decode('utf-8', 'replace')}")
        return json.loads(body)


def query_path(params):
    return API + "?" + urllib.parse.urlencode(params) if params else API


# --- subcommands --------------------------------------------------------------------


def cmd_free_port(_args):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
    s.close()


def cmd_wait(args):
    deadline = time.monotonic() + args.timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if args.pid and not os.path.exists(f"/proc/{args.pid}"):
            die(f"the server (pid {args.pid}) exited before /healthz answered")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=5)
            conn.request("GET", "/healthz")
            response = conn.getresponse()
            response.read()
            conn.close()
            if response.status == 200:
                return
            last = f"status {response.status}"
        except OSError as error:
            last = str(error)
        time.sleep(0.25)
    die(f"/healthz on port {args.port} did not answer 200 within {args.timeout:.0f} s ({last})")


def cmd_ids(args):
    client = Client(args.port, args.token)
    ids, seen = [], set()
    # Names sort independently of insertion order, so these ids are spread over the
    # table rather than being the newest rows. Start pages at several surnames.
    starts = ["", "张", "王", "李", "刘", "陈", "赵", "周", "孙", "郭", "马", "林"]
    per_start = max(100, math.ceil(args.count / len(starts)))
    for start in starts:
        cursor, taken = None, 0
        while taken < per_start and len(ids) < args.count:
            params = [("sort", "name"), ("limit", "100")]
            if start:
                params.append(("q", start))
            if cursor:
                params.append(("cursor", cursor))
            page = client.get_json(query_path(params))
            for item in page["items"]:
                if item["id"] not in seen:
                    seen.add(item["id"])
                    ids.append(item["id"])
                    taken += 1
            cursor = page.get("nextCursor")
            if not cursor or not page["items"]:
                break
        if len(ids) >= args.count:
            break
    if not ids:
        die("the search returned no talents: is the database empty?")
    # Each wrk thread has its own Lua state: start each at a different offset.
    lua = ["-- generated by scripts/bench_client.py: rotate GET /api/v1/talents/{id}",
           "local ids = {"]
    lua += [f'  "{i}",' for i in ids]
    lua += ["}",
            "local n = 0",
            "local thread_counter = 0",
            "function setup(thread)",
            "  thread_counter = thread_counter + 1",
            "  thread:set('offset', thread_counter * 7919)",
            "end",
            "function init(args)",
            "  n = offset or 0",
            "end",
            "function request()",
            "  n = n + 1",
            f'  return wrk.format("GET", "{API}/" .. ids[(n % #ids) + 1])',
            "end",
            ""]
    with open(args.lua, "w", encoding="utf-8") as f:
        f.write("\n".join(lua))
    if args.ids:
        with open(args.ids, "w", encoding="utf-8") as f:
            f.write("\n".join(ids) + "\n")
    print(len(ids))


def digital_occupations(path):
    """Codes flagged is_digital: true in the reference occupations.yaml (a light parse
    of `- code: "…"` followed by `is_digital: true` in the same entry)."""
    codes = set()
    if not path or not os.path.exists(path):
        return codes
    code = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s*-\s*code:\s*"?([^"\s]+)"?', line)
            if m:
                code = m.group(1)
                continue
            if code and re.match(r"\s*is_digital:\s*true\b", line):
                codes.add(code)
    return codes


def pick_occupation(client, reference):
    """The most common occupation code among some talents' profiles, preferring codes
    the reference data marks digital."""
    digital = digital_occupations(reference)
    page = client.get_json(query_path([("q", "数据"), ("limit", "50")]))
    counts = {}
    for item in page["items"][:50]:
        talent = client.get_json(f"{API}/{item['id']}")
        for code in talent.get("occupations", []):
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        die("no talent profile has an occupation: cannot build the occupation filter query")
    ranked = sorted(counts.items(), key=lambda kv: (-(kv[0] in digital), -kv[1], kv[0]))
    return ranked[0][0]


def query_mix(occupation):
    """(label, params) for every query of the mix except the second page, which needs
    a cursor from a first page."""
    q = lambda *pairs: list(pairs)  # noqa: E731
    return [
        ("q=张", q(("q", "张"))),
        ("q=王", q(("q", "王"))),
        ("q=数", q(("q", "数"))),
        ("q=张伟", q(("q", "张伟"))),
        ("q=数据", q(("q", "数据"))),
        ("q=王芳", q(("q", "王芳"))),
        ("q=软件", q(("q", "软件"))),
        ("q=电商", q(("q", "电商"))),
        ("q=数据分析", q(("q", "数据分析"))),
        ("q=机器学习", q(("q", "机器学习"))),
        ("q=工业互联网", q(("q", "工业互联网"))),
        ("q=淄博数智", q(("q", "淄博数智"))),
        ("q=python", q(("q", "python"))),
        ("q=java", q(("q", "java"))),
        ("district=370303", q(("district", "370303"))),
        ("education=bachelor&district=370302", q(("education", "bachelor"), ("district", "370302"))),
        (f"occupation={occupation}", q(("occupation", occupation))),
        ("keyGroup=college_graduates", q(("keyGroup", "college_graduates"))),
        ("ageMin=25&ageMax=35", q(("ageMin", "25"), ("ageMax", "35"))),
        ("q=数据&district=370303", q(("q", "数据"), ("district", "370303"))),
        ("q=张&education=master", q(("q", "张"), ("education", "master"))),
        ("q=数据&sort=name", q(("q", "数据"), ("sort", "name"))),
        ("sort=name", q(("sort", "name"))),
        ("q=数据&sort=updated", q(("q", "数据"), ("sort", "updated"))),
        ("sort=updated", q(("sort", "updated"))),
    ]


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def cmd_search(args):
    client = Client(args.port, args.token)
    occupation = args.occupation or pick_occupation(client, args.reference)
    mix = query_mix(occupation)
    # Second pages: the cursor of a first page (fetched once; a cursor is stable).
    for label, params in [("q=张 page 2", [("q", "张")]), ("(no filter) page 2", [])]:
        first = client.get_json(query_path(params))
        if not first.get("nextCursor"):
            die(f"'{label}': the first page has no nextCursor (too few talents?)")
        mix.append((label, params + [("cursor", first["nextCursor"])]))
    paths = [(label, query_path(params)) for label, params in mix]

    # Warm-up: every query once, checked.
    empty = []
    for label, path in paths:
        status, body, _ = client.get(path)
        if status != 200:
            die(f"'{label}' ({path}) answered {status}: {body[:300].decode('utf-8', 'replace')}")
        document = json.loads(body)
        if not document.get("items"):
            empty.append(label)
    if empty:
        print(f"bench_client: note: no results for {', '.join(empty)}", file=sys.stderr)

    # Timed: round-robin over the mix, so each query is repeated about equally.
    rounds = math.ceil(args.requests / len(paths))
    times = {label: [] for label, _ in paths}
    all_times = []
    for _ in range(rounds):
        for label, path in paths:
            status, body, elapsed = client.get(path)
            if status != 200:
                die(f"'{label}' ({path}) answered {status} during the timed run")
            ms = elapsed * 1000
            times[label].append(ms)
            all_times.append(ms)
    all_times.sort()
    per_query = []
    for label, values in times.items():
        values.sort()
        per_query.append({"query": label, "n": len(values), "p50": statistics.median(values),
                          "p95": percentile(values, 95), "max": values[-1]})
    slowest = max(per_query, key=lambda row: row["p50"])
    print(json.dumps({
        "n": len(all_times), "distinct": len(paths), "rounds": rounds,
        "p50": percentile(all_times, 50), "p95": percentile(all_times, 95),
        "p99": percentile(all_times, 99), "max": all_times[-1],
        "mean": statistics.fmean(all_times), "occupation": occupation,
        "reconnects": client.reconnects, "slowest": slowest, "queries": per_query,
    }, ensure_ascii=False))


class Browser:
    """Just enough of a browser for the sign-in forms: cookies, the CSRF field, no
    redirects followed."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, form=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Accept": "text/html", "Accept-Language": "en"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        conn.close()
        return response.status, response.getheader("Location", ""), text

    def csrf(self, path):
        status, _, text = self.request("GET", path)
        m = re.search(r'name="_csrf"[^>]*value="([^"]+)"', text) or re.search(r'value="([^"]+)"[^>]*name="_csrf"', text)
        if status != 200 or not m:
            die(f"GET {path}: status {status}, no _csrf field in the form")
        return html.unescape(m.group(1))


def cmd_first_password(args):
    browser = Browser(args.port)
    token = browser.csrf("/login")
    status, location, text = browser.request("POST", "/login", {
        "_csrf": token, "identifier": args.email, "password": args.password, "next": ""})
    if status not in (302, 303) or "talent_session" not in browser.cookies:
        die(f"sign-in as {args.email} failed: status {status} {location} {text[:300]}")
    if not location.startswith("/account/password"):
        print(args.password)  # no change required
        return
    new = "Bench-" + secrets.token_urlsafe(12) + "-7q"
    token = browser.csrf("/account/password")
    status, location, text = browser.request("POST", "/account/password", {
        "_csrf": token, "current": args.password, "new": new, "confirm": new})
    if status not in (302, 303):
        die(f"changing the one-time password failed: status {status} {text[:500]}")
    print(new)


def sign_in(port, email, password):
    browser = Browser(port)
    token = browser.csrf("/login")
    status, location, text = browser.request("POST", "/login", {
        "_csrf": token, "identifier": email, "password": password, "next": ""})
    if status not in (302, 303) or "talent_session" not in browser.cookies:
        die(f"sign-in as {email} failed: status {status} {location} {text[:300]}")
    return browser


def cmd_mix(args):
    for _, params in query_mix(args.occupation or "2-02-38-03"):
        print(urllib.parse.urlencode(params))


def server_timing(header):
    """The app;dur=… of a Server-Timing header, in ms (None without one)."""
    m = re.search(r"\bapp;dur=([\d.]+)", header or "")
    return float(m.group(1)) if m else None


def cmd_pages(args):
    """Server time (Server-Timing) and time to the last byte of two signed-in pages."""
    browser = sign_in(args.port, args.email, args.password)
    with open(args.ids, encoding="utf-8") as f:
        ids = [line.strip() for line in f if line.strip()]
    if not ids:
        die(f"{args.ids} holds no talent ids")
    search = "/talents?" + urllib.parse.urlencode([("q", "数据"), ("district", "370303"), ("education", "bachelor")])
    conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
    headers = {"Accept": "text/html", "Accept-Language": "zh",
               "Cookie": "; ".join(f"{k}={v}" for k, v in browser.cookies.items())}

    def get(path):
        started = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            die(f"GET {path} answered {response.status}: {body[:300].decode('utf-8', 'replace')}")
        server = server_timing(response.getheader("Server-Timing"))
        if server is None:
            die(f"GET {path}: no Server-Timing header (an older binary?)")
        return server, elapsed, body

    _, _, body = get(search)
    table = re.search(r'id="talent-results".*?<tbody>(.*?)</tbody>', body.decode("utf-8", "replace"), re.S)
    rows = table.group(1).count("<tr") if table else 0
    result = {"search_path": search, "search_rows": rows}
    for name, paths in [("search", [search]), ("profile", [f"/talents/{i}" for i in ids])]:
        for path in paths[:20]:
            get(path)  # warm-up
        server_times, client_times = [], []
        for n in range(args.requests):
            server, elapsed, _ = get(paths[n % len(paths)])
            server_times.append(server)
            client_times.append(elapsed)
        server_times.sort()
        client_times.sort()
        result[name] = {"n": len(server_times), "p50": percentile(server_times, 50),
                        "p95": percentile(server_times, 95), "max": server_times[-1],
                        "client_p95": percentile(client_times, 95)}
    print(json.dumps(result, ensure_ascii=False))


def cmd_rss(args):
    values = {}
    try:
        with open(f"/proc/{args.pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0])
    except FileNotFoundError:
        die(f"process {args.pid} is gone: cannot read its memory")
    if "VmRSS" not in values:
        die(f"/proc/{args.pid}/status has no VmRSS")
    print(json.dumps(values))


# --- wrk output ---------------------------------------------------------------------

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0, "h": 3600000.0}


def duration_ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text)
    if not m:
        raise ValueError(text)
    return float(m.group(1)) * UNITS[m.group(2)]


def parse_wrk(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    result = {"non2xx": 0, "socket_errors": 0}
    m = re.search(r"Requests/sec:\s*([\d.]+)", text)
    if not m:
        raise ValueError(f"no Requests/sec in {path}")
    result["rps"] = float(m.group(1))
    m = re.search(r"(\d+) requests in", text)
    result["requests"] = int(m.group(1)) if m else 0
    for pct in ("50", "75", "90", "99"):
        m = re.search(rf"^\s*{pct}(?:\.000)?%\s+([\d.]+(?:us|ms|s|m|h))\s*$", text, re.M)
        if m:
            result[f"p{pct}"] = duration_ms(m.group(1))
    m = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", text)
    if m:
        result["non2xx"] = int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m:
        result["socket_errors"] = sum(int(x) for x in m.groups())
    return result


# --- the table ----------------------------------------------------------------------


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text, width):
    return text + " " * (width - display_width(text))


def render(rows):
    header = ("measure", "value", "goal", "ratio/verdict")
    widths = [max(display_width(r[i]) for r in [header] + rows) for i in range(4)]
    lines = ["| " + " | ".join(pad(c, w) for c, w in zip(header, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(pad(c, w) for c, w in zip(row, widths)) + " |" for row in rows]
    return "\n".join(lines)


def fmt_int(x):
    return f"{x:,.0f}"


def secs(x):
    return f"{x:.2f} s" if x < 10 else f"{x:.1f} s"


def verdict(ok):
    return "pass" if ok else "FAIL"


ENGINE_NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}


def cmd_report(args):
    metrics = {}
    with open(args.metrics, encoding="utf-8") as f:
        for line in f:
            key, sep, value = line.rstrip("\n").partition("=")
            if sep:
                metrics[key] = value
    n = int(metrics.get("talents", "0"))
    engines = [e for e in metrics.get("engines", "").split(",") if e]
    rows = []
    missing = "not measured"

    def seconds(key):
        return float(metrics[key]) if key in metrics else None

    # 1. Import: each engine's baseline, then ours against it.
    def import_rows(count, baseline_label, ours_label, base, ours, goal):
        rows.append((baseline_label, f"{fmt_int(count / base)} rows/s ({secs(base)})" if base else missing, "—", "—"))
        if base and ours:
            ratio = base / ours
            rows.append((ours_label, f"{fmt_int(count / ours)} rows/s ({secs(ours)})", f"≥ {goal:.2f} × baseline",
                         f"{ratio:.3f} × baseline, {verdict(ratio >= goal)}"))
        else:
            rows.append((ours_label, missing, f"≥ {goal:.2f} × baseline", "—"))

    if "sqlite" in engines:
        import_rows(n, f"import {n:,} rows: sqlite3 .import, plain table (baseline)",
                    f"import {n:,} rows: talent import talents (SQLite)",
                    seconds("import.baseline.seconds"), seconds("import.ours.seconds"), 0.25)
        extra = int(metrics.get("import.extra.rows", "0"))
        if extra:
            import_rows(extra, f"import {extra:,} rows: sqlite3 .import, plain table (baseline)",
                        f"import {extra:,} more rows into the pool of {n:,} (SQLite)",
                        seconds("import.extra.baseline.seconds"), seconds("import.extra.ours.seconds"), 0.10)
    if "postgres" in engines:
        import_rows(n, f"import {n:,} rows: psql \\copy, plain table (baseline)",
                    f"import {n:,} rows: talent import talents (PostgreSQL, COPY)",
                    seconds("pg.baseline.seconds"), seconds("pg.load.seconds"), 0.25)

    # 2. Search latency.
    for engine in engines:
        name = ENGINE_NAMES.get(engine, engine)
        path = metrics.get(f"search.{engine}.json")
        data = None
        if path and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        if data is None:
            rows.append((f"search p50/p95/p99 ({name}, {n:,} talents)", missing, "p95 ≤ 30 ms", "—"))
            continue
        label = f"search p50 / p95 / p99 ({name}, {n:,} talents)"
        rows.append((label, f"{data['p50']:.1f} / {data['p95']:.1f} / {data['p99']:.1f} ms",
                     "p95 ≤ 30 ms", f"{data['p95'] / 30:.2f} × goal, {verdict(data['p95'] <= 30)}"))
        slow = data["slowest"]
        rows.append((f"  slowest query ({name}; {data['n']} requests, {data['distinct']} queries)",
                     f"{slow['query']}: p50 {slow['p50']:.1f} ms, max {slow['max']:.1f} ms", "—", "info"))

    # 3. Requests (against bare Vapor in the same run), 4. pages, 5. memory, and the
    #    estimate's error.
    for engine in engines:
        name = ENGINE_NAMES.get(engine, engine)
        conns = metrics.get("wrk.connections", "?")
        duration = metrics.get("wrk.duration", "?")
        runs = {}
        for key in ("hello", "healthz", "talent", "talent16"):
            try:
                if f"wrk.{engine}.{key}" in metrics:
                    runs[key] = parse_wrk(metrics[f"wrk.{engine}.{key}"])
            except (OSError, ValueError) as error:
                print(f"bench_client: cannot read wrk output: {error}", file=sys.stderr)
        hello, health, talent, talent16 = (runs.get(k) for k in ("hello", "healthz", "talent", "talent16"))

        def errors(result):
            bad = result["non2xx"] + result["socket_errors"]
            return f" ({bad:,} errors!)" if bad else ""

        def clean(result):
            return not (result["non2xx"] + result["socket_errors"])

        rows.append((f"GET /hello, bare Vapor 4 (in the {name} round; wrk {conns} conns, {duration} s)",
                     f"{fmt_int(hello['rps'])} req/s{errors(hello)}" if hello else missing, "—", "baseline"))
        if health and hello:
            ratio = health["rps"] / hello["rps"]
            rows.append((f"GET /healthz ({name}; wrk {conns} conns)", f"{fmt_int(health['rps'])} req/s{errors(health)}",
                         "≥ 0.7 × bare Vapor", f"{ratio:.2f} × bare Vapor, {verdict(ratio >= 0.7 and clean(health))}"))
        else:
            rows.append((f"GET /healthz ({name}; wrk {conns} conns)",
                         f"{fmt_int(health['rps'])} req/s" if health else missing, "≥ 0.7 × bare Vapor", "—"))
        ids = metrics.get(f"wrk.{engine}.ids", "?")
        if talent and health:
            ratio = talent["rps"] / health["rps"]
            rows.append((f"GET /api/v1/talents/{{id}} ({name}; {ids} ids, {conns} conns)",
                         f"{fmt_int(talent['rps'])} req/s{errors(talent)}", "≥ 0.5 × /healthz",
                         f"{ratio:.2f} × /healthz, {verdict(ratio >= 0.5 and clean(talent))}"))
            rows.append((f"  talent by id p99 at {conns} connections ({name})",
                         f"{talent.get('p99', float('nan')):.1f} ms (p50 {talent.get('p50', float('nan')):.1f} ms)",
                         "report", "info"))
        else:
            rows.append((f"GET /api/v1/talents/{{id}} ({name})", missing, "≥ 0.5 × /healthz", "—"))
        p99 = talent16.get("p99") if talent16 else None
        rows.append((f"  talent by id p99 at 16 connections ({name})",
                     f"{p99:.1f} ms (p50 {talent16.get('p50', float('nan')):.1f} ms, "
                     f"{fmt_int(talent16['rps'])} req/s{errors(talent16)})" if p99 is not None else missing,
                     "≤ 20 ms", f"{p99 / 20:.2f} × goal, {verdict(p99 <= 20 and clean(talent16))}" if p99 is not None else "—"))

        pages = None
        path = metrics.get(f"pages.{engine}.json")
        if path and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                pages = json.load(f)
        for key, label in (("search", "HTML talent search, 2-char keyword + 2 filters"), ("profile", "HTML profile page")):
            data = pages.get(key) if pages else None
            extra = f", {pages['search_rows']} rows" if pages and key == "search" else ""
            rows.append((f"{label}, server time p95 ({name}{extra})",
                         f"{data['p95']:.1f} ms (p50 {data['p50']:.1f}, max {data['max']:.1f}; "
                         f"to last byte p95 {data['client_p95']:.1f})" if data else missing,
                         "≤ 20 ms", f"{data['p95'] / 20:.2f} × goal, {verdict(data['p95'] <= 20)}" if data else "—"))

        counts = []
        path = metrics.get(f"counts.{engine}.jsonl")
        if path and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                counts = [json.loads(line) for line in f if line.startswith("{")]
        estimated = [c for c in counts if not c["exact"] and c["count"]]
        if estimated:
            worst = max(estimated, key=lambda c: abs(c["shown"] - c["count"]) / c["count"])
            error = abs(worst["shown"] - worst["count"]) / worst["count"] * 100
            mean = statistics.fmean(abs(c["shown"] - c["count"]) / c["count"] * 100 for c in estimated)
            rows.append((f"estimated totals: largest error ({name}; {len(estimated)} of {len(counts)} searches estimated)",
                         f"{error:.1f} % ({worst['search']}: {worst['shown']:,} for {worst['count']:,}; mean {mean:.1f} %)",
                         "≤ 20 %", f"{verdict(error <= 20)}"))
            wrong = [c for c in counts if c["exact"] and c["shown"] != c["count"]]
            if wrong:
                rows.append((f"  exact totals that are not ({name})", ", ".join(c["search"] for c in wrong), "none", "FAIL"))
        else:
            rows.append((f"estimated totals: largest error ({name})", missing if not counts else "no search estimated",
                         "≤ 20 %", "—"))

        rss = metrics.get(f"rss.{engine}.kb")
        hwm = metrics.get(f"hwm.{engine}.kb")
        if rss:
            mb = int(rss) / 1024
            peak = f" (peak {int(hwm) / 1024:.0f} MB)" if hwm else ""
            rows.append((f"server resident memory after the run ({name})", f"{mb:.0f} MB{peak}",
                         "≤ 200 MB", f"{mb / 200:.2f} × goal, {verdict(mb <= 200)}"))
        else:
            rows.append((f"server resident memory after the run ({name})", missing, "≤ 200 MB", "—"))
    print(render(rows))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("free-port").set_defaults(run=cmd_free_port)
    p = sub.add_parser("wait")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--pid", type=int)
    p.add_argument("--timeout", type=float, default=180)
    p.set_defaults(run=cmd_wait)
    p = sub.add_parser("ids")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--lua", required=True)
    p.add_argument("--ids")
    p.set_defaults(run=cmd_ids)
    p = sub.add_parser("search")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--requests", type=int, default=400)
    p.add_argument("--occupation", help="occupation code for the filter query (default: from the data)")
    p.add_argument("--reference", help="occupations.yaml, to prefer a digital code")
    p.set_defaults(run=cmd_search)
    p = sub.add_parser("first-password")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    p.set_defaults(run=cmd_first_password)
    p = sub.add_parser("mix")
    p.add_argument("--occupation")
    p.set_defaults(run=cmd_mix)
    p = sub.add_parser("pages")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--ids", required=True)
    p.add_argument("--requests", type=int, default=200)
    p.set_defaults(run=cmd_pages)
    p = sub.add_parser("rss")
    p.add_argument("--pid", type=int, required=True)
    p.set_defaults(run=cmd_rss)
    p = sub.add_parser("report")
    p.add_argument("--metrics", required=True)
    p.set_defaults(run=cmd_report)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
