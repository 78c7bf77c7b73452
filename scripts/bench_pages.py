#!/usr/bin/env python3
"""Server time of the working pages at the demo's size (issue 17, Deliver 11). Never part
of the test run.

Usage:
  scripts/bench_pages.py [--talents N] [--requests R]

  --talents N    the demo's talents (default 1000, `talent demo`'s default)
  --requests R   timed requests per page (default 50)

Environment: TALENT_BIN, the binary to run (default .build/release/talent; build it with
`swift build -c release --product talent`).

In a fresh data folder (SQLite, the platform's default engine): `talent demo`, an
administrator (`talent create-admin`, the one-time password replaced on the web, a
read_write token), then through the API one recorded certificate and one voucher batch,
so that every page has something to show. Then each page — signed in as the
administrator, who sees every capability's part — gets 3 warm-up requests and R timed
ones on one keep-alive connection (request sent to body read, loopback). p50, p95 and
max in ms, and the ratio p95 / p95 of GET /healthz (the machine-independent figure).
Goal: every page's p95 <= 50 ms. One table on stdout, last.
"""
import argparse
import html
import http.client
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from bench_client import Browser, Client, percentile  # noqa: E402

EMAIL = "bench-admin@example.cn"


def note(text):
    print(f"[bench_pages] {text}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def talent(binary, data, *args):
    env = dict(os.environ, TALENT_DATA_DIR=str(data), LOG_LEVEL="notice")
    return subprocess.run([binary, *args], env=env, capture_output=True, text=True, check=True).stdout


class Session(Browser):
    """The administrator's browser: signed in, the one-time password replaced."""

    def sign_in(self, password):
        token = self.csrf("/login")
        status, location, text = self.request(
            "POST", "/login", {"_csrf": token, "identifier": EMAIL, "password": password, "next": ""})
        if status not in (302, 303):
            sys.exit(f"sign-in failed: {status} {text[:300]}")
        if location.startswith("/account/password"):
            new = "Bench-" + secrets.token_urlsafe(12) + "-7q"
            token = self.csrf("/account/password")
            status, _, text = self.request(
                "POST", "/account/password", {"_csrf": token, "current": password, "new": new, "confirm": new})
            if status not in (302, 303):
                sys.exit(f"password change failed: {status} {text[:300]}")

    def connection(self):
        """A keep-alive connection and the headers that carry the session cookie."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.connect()
        conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        headers = {"Accept": "text/html", "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        return conn, headers


def serve(binary, env):
    """`talent serve` on a free loopback port, once /healthz answers: (process, port)."""
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            if Client(port).get("/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.1)
    return server, port


def post_json(port, token, path, body):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("POST", path, body=json.dumps(body), headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    response = conn.getresponse()
    text = response.read().decode()
    conn.close()
    if response.status >= 300:
        sys.exit(f"POST {path}: {response.status} {text[:300]}")
    return json.loads(text)


def measure(conn, headers, path, requests):
    times = []
    for index in range(3 + requests):
        start = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        elapsed = time.perf_counter() - start
        if response.status != 200:
            sys.exit(f"GET {path} answered {response.status}")
        if index >= 3:
            times.append(elapsed * 1000)
    times.sort()
    return percentile(times, 50), percentile(times, 95), times[-1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--talents", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    binary = os.environ.get("TALENT_BIN", str(ROOT / ".build/release/talent"))
    work = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    note(f"demo of {args.talents} talents in {work}")
    talent(binary, work, "demo", "--talents", str(args.talents))
    out = talent(binary, work, "create-admin", EMAIL)
    password = [line for line in out.splitlines() if "password" in line.lower()][-1].split()[-1]
    env = dict(os.environ, TALENT_DATA_DIR=str(work), LOG_LEVEL="notice")
    server, port = serve(binary, env)
    try:
        session = Session(port)
        session.sign_in(password)
        token = talent(binary, work, "token", "create", EMAIL, "--scope", "read_write").strip().split()[-1]
        api = Client(port, token)
        talents = api.get_json("/api/v1/talents?limit=5")["items"]
        certificate = post_json(port, token, "/api/v1/certificates", {
            "talentID": talents[0]["id"], "kind": "skill_level", "level": "senior",
            "issuerName": "山东省职业技能鉴定中心", "number": "BENCH-1", "issuedOn": "2026-05-01"})
        expires = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 90 * 86400))
        batch = post_json(port, token, "/api/v1/voucher-batches", {
            "name": "基准批次", "keyGroup": "college_graduates", "occupationCode": "2-02-38-03", "value": 800,
            "expiresOn": expires})
        pages = [
            "/", "/workspace", "/talents", "/talents?q=%E6%95%B0%E6%8D%AE", "/talents?q=%E6%95%B0%E6%8D%AE&page=5",
            "/training/manage", "/vouchers", f"/vouchers/batches/{batch['id']}", "/courses/reviews",
            f"/certificates/{certificate['id']}/print", f"/verify/{certificate['code']}", "/admin/audit",
        ]
        conn, headers = session.connection()
        h50, h95, hmax = measure(conn, {}, "/healthz", args.requests)
        rows = []
        for path in pages:
            p50, p95, worst = measure(conn, headers, path, args.requests)
            rows.append((path, p50, p95, worst, p95 / h95))
            note(f"{path}: p95 {p95:.1f} ms")
    finally:
        server.terminate()
        server.wait()
    width = max(len(r[0]) for r in rows)
    print(f"\nmachine: {os.cpu_count()} cores; {args.talents} demo talents; SQLite; {args.requests} requests a page")
    print(f"/healthz: p50 {h50:.2f} ms, p95 {h95:.2f} ms, max {hmax:.2f} ms\n")
    print(f"| {'page'.ljust(width)} | p50 ms | p95 ms | max ms | p95 / healthz p95 | goal p95 <= 50 ms |")
    print(f"|{'-' * (width + 2)}|-------:|-------:|-------:|------------------:|:-----------------:|")
    for path, p50, p95, worst, ratio in rows:
        print(f"| {path.ljust(width)} | {p50:6.1f} | {p95:6.1f} | {worst:6.1f} | {ratio:17.1f} | "
              f"{'met' if p95 <= 50 else 'MISSED':^17} |")
    slowest = max(rows, key=lambda r: r[2])
    print(f"\nslowest: {slowest[0]} (p95 {slowest[2]:.1f} ms)")


if __name__ == "__main__":
    main()
