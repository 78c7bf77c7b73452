#!/usr/bin/env python3
"""Helper for scripts/bench (standard library only). Not part of the test run.

Subcommands (all print to stdout; errors go to stderr with exit status 1):

  free-port                         a free TCP port on 127.0.0.1
  wait --port P [--pid PID] [--timeout S]
                                    poll GET /healthz until it answers 200; fail early
                                    when process PID has exited
  ids --port P --token T --count N --lua FILE
                                    collect N distinct talent ids (pages of sort=name,
                                    spread over the table) and write a wrk Lua script
                                    that rotates GET /api/v1/talents/{id} among them
  search --port P --token T --requests N [--reference occupations.yaml]
                                    the fixed query mix: one warm-up pass, then N timed
                                    sequential requests on one keep-alive connection;
                                    prints JSON {n, p50, p95, p99, max, slowest, queries}
  first-password --port P --email E --password OLD
                                    sign in on the web with the one-time password of
                                    `talent create-admin` and choose a new one (API
                                    requests of an account that must still change its
                                    password are refused, and changing it revokes its
                                    tokens: so do this before `talent token create`)
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
        return  # no change required
    new = "Bench-" + secrets.token_urlsafe(12) + "-7q"
    token = browser.csrf("/account/password")
    status, location, text = browser.request("POST", "/account/password", {
        "_csrf": token, "current": args.password, "new": new, "confirm": new})
    if status not in (302, 303):
        die(f"changing the one-time password failed: status {status} {text[:500]}")


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

    # 1. Import.
    if "sqlite" in engines:
        base, ours = seconds("import.baseline.seconds"), seconds("import.ours.seconds")
        base_rps = n / base if base else None
        ours_rps = n / ours if ours else None
        rows.append((f"import {n:,} rows: sqlite3 .import, plain table (baseline)",
                     f"{fmt_int(base_rps)} rows/s ({secs(base)})" if base else missing, "—", "—"))
        if ours_rps and base_rps:
            ratio = ours_rps / base_rps
            rows.append((f"import {n:,} rows: talent import talents (SQLite)",
                         f"{fmt_int(ours_rps)} rows/s ({secs(ours)})", "≥ 0.25 × baseline",
                         f"{ratio:.2f} × baseline, {verdict(ratio >= 0.25)}"))
        else:
            rows.append((f"import {n:,} rows: talent import talents (SQLite)", missing,
                         "≥ 0.25 × baseline", "—"))
    if "postgres" in engines:
        load = seconds("pg.load.seconds")
        rows.append((f"load {n:,} talents: talent demo (PostgreSQL, info)",
                     f"{fmt_int(n / load)} rows/s ({secs(load)})" if load else missing, "—", "info"))

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

    # 3. API read of one talent, and 4. memory.
    for engine in engines:
        name = ENGINE_NAMES.get(engine, engine)
        conns = metrics.get("wrk.connections", "?")
        duration = metrics.get("wrk.duration", "?")
        health = talent = None
        try:
            if f"wrk.{engine}.healthz" in metrics:
                health = parse_wrk(metrics[f"wrk.{engine}.healthz"])
            if f"wrk.{engine}.talent" in metrics:
                talent = parse_wrk(metrics[f"wrk.{engine}.talent"])
        except (OSError, ValueError) as error:
            print(f"bench_client: cannot read wrk output: {error}", file=sys.stderr)

        def errors(result):
            bad = result["non2xx"] + result["socket_errors"]
            return f" ({bad:,} errors!)" if bad else ""

        rows.append((f"GET /healthz ({name}; wrk {conns} conns, {duration} s)",
                     f"{fmt_int(health['rps'])} req/s{errors(health)}" if health else missing, "—", "—"))
        if talent and health:
            ratio = talent["rps"] / health["rps"]
            ok = ratio >= 0.5 and not (talent["non2xx"] + talent["socket_errors"])
            rows.append((f"GET /api/v1/talents/{{id}} ({name}; {metrics.get(f'wrk.{engine}.ids', '?')} ids)",
                         f"{fmt_int(talent['rps'])} req/s{errors(talent)}", "≥ 0.5 × /healthz",
                         f"{ratio:.2f} × /healthz, {verdict(ok)}"))
            p99 = talent.get("p99")
            rows.append((f"  talent by id p99 latency ({name})",
                         f"{p99:.1f} ms (p50 {talent.get('p50', float('nan')):.1f} ms)" if p99 is not None else missing,
                         "≤ 20 ms", f"{p99 / 20:.2f} × goal, {verdict(p99 <= 20)}" if p99 is not None else "—"))
        else:
            rows.append((f"GET /api/v1/talents/{{id}} ({name})", missing, "≥ 0.5 × /healthz", "—"))
            rows.append((f"  talent by id p99 latency ({name})", missing, "≤ 20 ms", "—"))
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
