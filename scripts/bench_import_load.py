#!/usr/bin/env python3
"""Benchmark: ordinary requests while a large web import runs (issue 14, defect 5).

Never part of the test run. Usage:

    scripts/bench_import_load.py [--rows 145000] [--engine sqlite|postgres] [--workers 8]

TALENT_BIN picks the binary (default .build/release/talent; build it first with
`swift build -c release --product talent`).

What it does, in a fresh data folder (and, for postgres, a throwaway cluster from
scripts/pg): writes an import file of --rows talents (`talent demo --csv`), starts the
server on a free loopback port, creates an administrator and signs in through the web
form (the one-time password replaced), makes a read-write API token, then
  1. runs the load alone for 20 s: --workers threads, each looping over a page
     (GET /training), an API search (GET /api/v1/talents?q=张), and a write
     (POST /api/v1/talents, a new profile);
  2. uploads the file at /talents/imports as the administrator and runs the same load
     until the import has finished.
Prints one table: the import's rows, wall time and rows/s, and for each phase the number
of requests, 5xx answers, other failures, and p50 / p95 / max latency of reads and
writes. The goal: 0 × 5xx while the import runs.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(os.environ.get("TALENT_BIN") or ROOT / ".build" / "release" / "talent")
PASSWORD = "Bench-Import-2026!"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def talent(args: list[str], env: dict, timeout: float = 3600) -> str:
    result = subprocess.run([str(BIN), *args], env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        sys.exit(f"talent {' '.join(args)} exited {result.returncode}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return result.stdout + result.stderr


def check_digit(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]


def fake_id(n: int) -> str:
    first17 = f"370303{1970 + n % 30}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return first17 + check_digit(first17)


class Browser:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}),
                                                  urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def request(self, method: str, path: str, data: bytes | None = None, headers: dict | None = None):
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        try:
            with self.opener.open(req, timeout=120) as r:
                return r.status, r.read().decode("utf-8", "replace"), r.geturl()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace"), e.geturl()

    def csrf(self, path: str) -> str:
        _, html, _ = self.request("GET", path)
        m = re.search(r'name="_csrf" value="([^"]+)"', html)
        assert m, f"no form token on {path}"
        return m.group(1)

    def post_form(self, path: str, fields: dict, page: str):
        fields = {**fields, "_csrf": self.csrf(page)}
        return self.request("POST", path, urllib.parse.urlencode(fields).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def upload(self, path: str, file: Path, fields: dict, page: str):
        boundary = uuid.uuid4().hex
        parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode()
                 for k, v in {**fields, "_csrf": self.csrf(page)}.items()]
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file.name}\"\r\n"
                     "Content-Type: text/csv\r\n\r\n".encode() + file.read_bytes() + f"\r\n--{boundary}--\r\n".encode())
        return self.request("POST", path, b"".join(parts), {"Content-Type": f"multipart/form-data; boundary={boundary}"})


class Load:
    """Worker threads looping over a page, a search and a write until stopped."""

    def __init__(self, base: str, token: str, workers: int, seed: int):
        self.base, self.token, self.workers = base, token, workers
        self.results: list[tuple[str, int, float]] = []  # kind, status (0: no answer), seconds
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.serial = seed

    def call(self, kind: str, method: str, path: str, body: dict | None = None) -> None:
        headers = {"Authorization": f"Bearer {self.token}"}
        data = None
        if body is not None:
            data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        start = time.monotonic()
        try:
            with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(req, timeout=120) as r:
                r.read()
                status = r.status
        except urllib.error.HTTPError as e:
            status = e.code
        except OSError:
            status = 0
        with self.lock:
            self.results.append((kind, status, time.monotonic() - start))

    def worker(self) -> None:
        while not self.stop.is_set():
            self.call("read", "GET", "/training")
            self.call("read", "GET", "/api/v1/talents?q=%E5%BC%A0")
            with self.lock:
                self.serial += 1
                n = self.serial
            self.call("write", "POST", "/api/v1/talents", {
                "name": f"并发{n}", "residentID": fake_id(n), "districtCode": "370303", "consent": True})

    def run(self, until) -> list[tuple[str, int, float]]:
        threads = [threading.Thread(target=self.worker, daemon=True) for _ in range(self.workers)]
        for t in threads:
            t.start()
        until()
        self.stop.set()
        for t in threads:
            t.join()
        return self.results


def summary(results, kind: str) -> str:
    times = sorted(s for k, _, s in results if k == kind)
    if not times:
        return "–"
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return f"{statistics.median(times) * 1000:.0f} / {p95 * 1000:.0f} / {times[-1] * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=145_000)
    parser.add_argument("--engine", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    if not BIN.exists():
        sys.exit(f"{BIN} is missing: swift build -c release --product talent")
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.chmod(0o755)  # the postgres OS user enters it for its cluster
    pg_dir = work / "pg"
    server = None
    try:
        env = {**os.environ, "TALENT_DATA_DIR": str(work / "data"), "LOG_LEVEL": "notice"}
        env.pop("DATABASE_URL", None)
        if args.engine == "postgres":
            env["DATABASE_URL"] = subprocess.run([str(ROOT / "scripts" / "pg"), "start", str(pg_dir)],
                                                 capture_output=True, text=True, check=True).stdout.strip()
        file = work / "talents.csv"
        talent(["demo", "--talents", str(args.rows), "--seed", "31", "--csv", str(file)], env)
        port = free_port()
        server = subprocess.Popen([str(BIN), "serve", "--hostname", "127.0.0.1", "--port", str(port)], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                urllib.request.build_opener(urllib.request.ProxyHandler({})).open(base + "/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        email = f"bench-{uuid.uuid4().hex[:6]}@example.cn"
        one_time = re.search(r"sign-in\):\s*(\S+)", talent(["create-admin", email], env)).group(1)
        browser = Browser(base)
        browser.post_form("/login", {"identifier": email, "password": one_time}, "/login")
        browser.post_form("/account/password", {"current": one_time, "new": PASSWORD, "confirm": PASSWORD}, "/account/password")
        token = re.search(r"(tlt_\S+)", talent(["token", "create", email, "--scope", "read_write", "--days", "1"], env)).group(1)

        alone = Load(base, token, args.workers, 10_000_000).run(lambda: time.sleep(20))
        status, _, url = browser.upload("/talents/imports", file, {"consent": "yes", "partial": "yes"}, "/talents/imports")
        assert status == 200 and "/talents/imports/" in url, f"upload: HTTP {status} at {url}"
        started = time.monotonic()
        path = urllib.parse.urlsplit(url).path
        finished: dict = {}

        def wait_for_import() -> None:
            while True:
                _, html, _ = browser.request("GET", path)
                if "data-refresh-seconds" not in html:
                    finished["seconds"] = time.monotonic() - started
                    status = html.split('id="import-status"', 1)[1]
                    text = re.sub(r"<[^>]+>", " ", status[status.index(">") + 1:][:600])
                    finished["outcome"] = re.sub(r"\s+", " ", text).strip()
                    return
                time.sleep(0.5)

        during = Load(base, token, args.workers, 20_000_000).run(wait_for_import)
        rows = ["| measure | value |", "|---|---|",
                f"| import: rows, wall time, rate | {args.rows:,} rows, {finished['seconds']:.1f} s, "
                f"{args.rows / finished['seconds']:,.0f} rows/s |",
                f"| import outcome | {finished['outcome'][:120]} |"]
        for name, results in (("load alone (20 s)", alone), ("load during the import", during)):
            server_errors = sum(1 for _, s, _ in results if s >= 500)
            failures = sum(1 for _, s, _ in results if s == 0 or (400 <= s < 500 and s != 422))
            rows.append(f"| {name}: requests, 5xx, other failures | {len(results):,}, {server_errors}, {failures} |")
            rows.append(f"| {name}: reads p50 / p95 / max | {summary(results, 'read')} |")
            rows.append(f"| {name}: writes p50 / p95 / max | {summary(results, 'write')} |")
        print(f"engine: {args.engine}, binary: {BIN}, workers: {args.workers}, {os.cpu_count()} CPUs")
        print("\n".join(rows))
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        if args.engine == "postgres":
            subprocess.run([str(ROOT / "scripts" / "pg"), "stop", str(pg_dir)], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
