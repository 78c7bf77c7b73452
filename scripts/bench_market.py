#!/usr/bin/env python3
"""Benchmark of the talent market's publication (issue 18, Deliver 6, part). Never part of
the test run.

Usage:
  scripts/bench_market.py [--employees N] [--engines sqlite,postgres] [--requests R]

  --employees N   employee rows of the wage year to publish (default 1000000)
  --engines LIST  comma-separated, of sqlite and postgres (default both)
  --requests R    timed requests per page (default 100)

Environment: TALENT_BIN, the binary (default .build/release/talent; build it with
`swift build -c release --product talent`).

Per engine, in a fresh data folder (PostgreSQL: a throwaway server from scripts/pg):
`talent demo --talents 1000 --wage-employees N` (untimed: the demo's catalogue and last
year's pay, and this year's pay of N employees across the demo enterprises, submitted),
an administrator with a read_write token. Timed:
  1. POST /api/v1/wage-years/{year}/publish once: reading every employee row, the
     percentiles of every occupation, occupation x level and occupation x chain, the
     cells written. Goal <= 5 s.
  2. The public pages afterwards, each with 3 warm-up and R timed requests on one
     keep-alive connection (request sent to body read, loopback): /wages/{year} (goal
     p95 <= 20 ms), its JSON download, /catalogue. p95 / /healthz p95 is the
     machine-independent figure.
The other figures of Deliver 6 (matching over 1,000,000 talents, post search over
100,000 posts, the supply-demand map) wait for the job zone and the map.
One table on stdout, last.
"""
import argparse
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from bench_pages import Session, measure, serve  # noqa: E402

import bench_pages  # noqa: E402

EMAIL = bench_pages.EMAIL


def note(text):
    print(f"[bench_market] {text}", file=sys.stderr, flush=True)


def run(binary, env, *args):
    return subprocess.run([binary, *args], env=env, capture_output=True, text=True, check=True).stdout


def engine_run(engine, binary, args):
    work = Path(tempfile.mkdtemp(prefix=f"bench-market-{engine}-"))
    work.chmod(0o755)  # the PostgreSQL server runs as the postgres user, below this folder
    env = dict(os.environ, TALENT_DATA_DIR=str(work / "data"), LOG_LEVEL="notice")
    pg_dir = None
    if engine == "postgres":
        pg_dir = work / "pg"
        url = subprocess.run([str(ROOT / "scripts/pg"), "start", str(pg_dir)], capture_output=True, text=True,
                             check=True).stdout.strip().splitlines()[-1]
        env["DATABASE_URL"] = url
    try:
        started = time.perf_counter()
        note(f"{engine}: demo with {args.employees:,} employees of this year")
        run(binary, env, "demo", "--talents", "1000", "--wage-employees", str(args.employees))
        setup = time.perf_counter() - started
        out = run(binary, env, "create-admin", EMAIL)
        password = [line for line in out.splitlines() if "password" in line.lower()][-1].split()[-1]
        server, port = serve(binary, env)
        try:
            session = Session(port)
            session.sign_in(password)
            token = run(binary, env, "token", "create", EMAIL, "--scope", "read_write").strip().split()[-1]
            year = time.gmtime().tm_year
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
            start = time.perf_counter()
            conn.request("POST", f"/api/v1/wage-years/{year}/publish", headers={"Authorization": f"Bearer {token}"})
            response = conn.getresponse()
            body = response.read().decode()
            publish = time.perf_counter() - start
            if response.status != 200:
                sys.exit(f"publish: {response.status} {body[:300]}")
            published = json.loads(body)
            note(f"{engine}: published {published['employees']:,} employees in {publish:.2f} s")
            page_conn, headers = session.connection()
            h50, h95, _ = measure(page_conn, {}, "/healthz", args.requests)
            pages = []
            for path in (f"/wages/{year}", f"/wages/{year}/download?format=json", "/catalogue"):
                p50, p95, worst = measure(page_conn, headers, path, args.requests)
                pages.append((path, p50, p95, worst, p95 / h95))
            rss = next(int(line.split()[1]) for line in open(f"/proc/{server.pid}/status")
                       if line.startswith("VmRSS")) // 1024
        finally:
            server.terminate()
            server.wait()
        return {"engine": engine, "setup": setup, "publish": publish, "employees": published["employees"],
                "healthz": h95, "pages": pages, "rss": rss}
    finally:
        if pg_dir is not None:
            subprocess.run([str(ROOT / "scripts/pg"), "stop", str(pg_dir)], capture_output=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=1_000_000)
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    binary = os.environ.get("TALENT_BIN", str(ROOT / ".build/release/talent"))
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    results = [engine_run(engine, binary, args) for engine in args.engines.split(",")]
    print(f"\nmachine: {os.cpu_count()} cores; binary {binary} at {commit}; {args.requests} requests a page")
    print("| engine | measure | figure | goal | ratio to /healthz p95 | |")
    print("|---|---|---:|---|---:|:---:|")
    for r in results:
        print(f"| {r['engine']} | demo set-up with {r['employees']:,} employees (not timed against a goal) | {r['setup']:.1f} s | — | | |")
        print(f"| {r['engine']} | publish the wage year | {r['publish']:.2f} s | ≤ 5 s | | "
              f"{'met' if r['publish'] <= 5 else 'MISSED'} |")
        print(f"| {r['engine']} | /healthz p95 | {r['healthz']:.2f} ms | — | 1.0 | |")
        for path, p50, p95, worst, ratio in r["pages"]:
            goal = "≤ 20 ms" if path.startswith("/wages/") and "download" not in path else "—"
            verdict = ("met" if p95 <= 20 else "MISSED") if goal != "—" else ""
            print(f"| {r['engine']} | {path} p95 (p50 {p50:.1f}, max {worst:.1f}) | {p95:.1f} ms | {goal} | "
                  f"{ratio:.1f} | {verdict} |")
        print(f"| {r['engine']} | server VmRSS after | {r['rss']} MB | — | | |")


if __name__ == "__main__":
    main()
