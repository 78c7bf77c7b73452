#!/usr/bin/env python3
"""Benchmark of the job zone (issue 18, Deliver 6: matching and post search). Never part
of the test run.

Usage:
  scripts/bench_jobs.py [--talents N] [--posts P] [--engines sqlite,postgres] [--requests R]

  --talents N     talents in the pool (default 1000000)
  --posts P       published job posts (default 100000)
  --engines LIST  comma-separated, of sqlite and postgres (default both)
  --requests R    timed requests per measure (default 100)
  --data DIR      measure an already set-up data folder instead (one engine; with
                  --database-url for PostgreSQL): the set-up of a million talents and
                  100,000 posts takes a quarter of an hour on SQLite
  --database-url URL  the PostgreSQL of --data

Environment: TALENT_BIN, the binary (default .build/release/talent; build it with
`swift build -c release --product talent`).

Per engine, in a fresh data folder (PostgreSQL: a throwaway server from scripts/pg):
`talent demo --talents N --job-posts P` (untimed set-up, printed: N talents, this year's
campaign with P published posts through the stores the pages use, one talent in five
opted in to be found), an administrator with a read token. Timed, each on one keep-alive
connection (request sent to body read, loopback), 3 warm-up requests first:
  1. GET /api/v1/job-posts/{id}/matches, the top 20 opted-in talents with reasons, for
     20 different posts in turn. Goal p95 <= 50 ms.
  2. GET /api/v1/job-posts?q=<2 characters>&<2 filters>, five such searches in turn.
     Goal p95 <= 20 ms.
  3. GET /api/v1/supply-demand (the map of the year: catalogue, open posts, the pool's
     counts, training), once the server's first count of the pool is done (polled,
     untimed; its duration is printed). Goal p95 <= 100 ms.
p95 / /healthz p95 is the machine-independent figure. One table on stdout, last.
"""
import argparse
import datetime
import http.client
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from bench_pages import Session, percentile, serve  # noqa: E402

import bench_pages  # noqa: E402

SEARCHES = [
    {"q": "数据", "district": "370303", "education": "bachelor"},
    {"q": "工程", "district": "370302", "payMinYuan": "8000"},
    {"q": "开发", "chain": "next-gen-it", "education": "master"},
    {"q": "安全", "district": "370305", "education": "associate"},
    {"q": "运维", "district": "370304", "payMinYuan": "10000"},
]


def note(text):
    print(f"[bench_jobs] {text}", file=sys.stderr, flush=True)


def run(binary, env, *args):
    return subprocess.run([binary, *args], env=env, capture_output=True, text=True, check=True).stdout


def get(conn, headers, path):
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit(f"GET {path} answered {response.status}: {body[:300]!r}")
    return body


def rotate(conn, headers, paths, requests):
    """3 warm-up requests per path, then `requests` timed ones round-robin: (p50, p95, max)."""
    for path in paths:
        for _ in range(3):
            get(conn, headers, path)
    times = []
    for index in range(requests):
        start = time.perf_counter()
        get(conn, headers, paths[index % len(paths)])
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return percentile(times, 50), percentile(times, 95), times[-1]


def wait_for_count(conn, headers, started):
    """Seconds until the map's count of the pool is one made after `started`, or one
    younger than 14 minutes at `started` (the server then keeps it)."""
    waited = time.perf_counter()
    while True:
        counted = json.loads(get(conn, headers, "/api/v1/supply-demand")).get("countedAt")
        if counted:
            at = datetime.datetime.fromisoformat(counted.replace("Z", "+00:00"))
            if at >= started - datetime.timedelta(seconds=1) or started - at < datetime.timedelta(minutes=14):
                return time.perf_counter() - waited
        if time.perf_counter() - waited > 600:
            sys.exit("the server did not count the pool within 10 minutes")
        time.sleep(0.5)


def engine_run(engine, binary, args):
    if args.data:
        env = dict(os.environ, TALENT_DATA_DIR=args.data, LOG_LEVEL="notice")
        if args.database_url:
            env["DATABASE_URL"] = args.database_url
        return measure_engine(engine, binary, args, env, setup=None)
    work = Path(tempfile.mkdtemp(prefix=f"bench-jobs-{engine}-"))
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
        note(f"{engine}: demo of {args.talents:,} talents and {args.posts:,} posts")
        out = run(binary, env, "demo", "--talents", str(args.talents), "--job-posts", str(args.posts))
        setup = time.perf_counter() - started
        note(f"{engine}: set up in {setup:.0f} s: {out.strip().splitlines()[-1]}")
        return measure_engine(engine, binary, args, env, setup)
    finally:
        if pg_dir is not None:
            subprocess.run([str(ROOT / "scripts/pg"), "stop", str(pg_dir)], capture_output=True)


def measure_engine(engine, binary, args, env, setup):
    # A fresh administrator each time, so a kept data folder can be measured again.
    bench_pages.EMAIL = f"bench-{secrets.token_hex(4)}@example.cn"
    out = run(binary, env, "create-admin", bench_pages.EMAIL)
    password = [line for line in out.splitlines() if "password" in line.lower()][-1].split()[-1]
    started = datetime.datetime.now(datetime.timezone.utc)
    server, port = serve(binary, env)
    try:
        session = Session(port)
        session.sign_in(password)
        token = run(binary, env, "token", "create", bench_pages.EMAIL, "--scope", "read").strip().split()[-1]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        # The server counts the pool for the map when it starts (unless the count is
        # younger than 15 minutes): wait for it, so it does not run beside the timings.
        first_count = wait_for_count(conn, headers, started)
        posts, cursor = [], None
        while len(posts) < 400:
            page = json.loads(get(conn, headers, "/api/v1/job-posts" + (f"?cursor={cursor}" if cursor else "")))
            posts += [item["id"] for item in page["items"]]
            cursor = page.get("next")
            if not cursor:
                break
        chosen = posts[::max(1, len(posts) // 20)][:20]
        found = [len(json.loads(get(conn, headers, f"/api/v1/job-posts/{p}/matches"))["items"]) for p in chosen]
        h50, h95, _ = rotate(conn, {}, ["/healthz"], args.requests)
        matches = rotate(conn, headers, [f"/api/v1/job-posts/{p}/matches" for p in chosen], args.requests)
        searches = ["/api/v1/job-posts?" + urllib.parse.urlencode(s) for s in SEARCHES]
        totals = [json.loads(get(conn, headers, path))["total"] for path in searches]
        search = rotate(conn, headers, searches, args.requests)
        occupations = len(json.loads(get(conn, headers, "/api/v1/supply-demand"))["occupations"])
        supply_map = rotate(conn, headers, ["/api/v1/supply-demand"], args.requests)
        rss = next(int(line.split()[1]) for line in open(f"/proc/{server.pid}/status")
                   if line.startswith("VmRSS")) // 1024
    finally:
        server.terminate()
        server.wait()
    return {"engine": engine, "setup": setup, "healthz": h95, "matches": matches, "found": found,
            "search": search, "totals": totals, "map": supply_map, "first_count": first_count,
            "occupations": occupations, "rss": rss}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--talents", type=int, default=1_000_000)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--data")
    parser.add_argument("--database-url")
    args = parser.parse_args()
    binary = os.environ.get("TALENT_BIN", str(ROOT / ".build/release/talent"))
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    results = [engine_run(engine, binary, args) for engine in args.engines.split(",")]
    print(f"\nmachine: {os.cpu_count()} cores; binary {binary} at {commit}; {args.talents:,} talents, "
          f"{args.posts:,} posts; {args.requests} requests a measure")
    print("| engine | measure | figure | goal | ratio to /healthz p95 | |")
    print("|---|---|---:|---|---:|:---:|")
    for r in results:
        if r["setup"] is not None:
            print(f"| {r['engine']} | demo set-up (not timed against a goal) | {r['setup']:.0f} s | — | | |")
        print(f"| {r['engine']} | /healthz p95 | {r['healthz']:.2f} ms | — | 1.0 | |")
        p50, p95, worst = r["matches"]
        print(f"| {r['engine']} | top-20 matches of a post p95 (p50 {p50:.1f}, max {worst:.1f}; "
              f"{min(r['found'])}–{max(r['found'])} talents each) | {p95:.1f} ms | ≤ 50 ms | "
              f"{p95 / r['healthz']:.1f} | {'met' if p95 <= 50 else 'MISSED'} |")
        p50, p95, worst = r["search"]
        print(f"| {r['engine']} | post search, 2 characters + 2 filters p95 (p50 {p50:.1f}, max {worst:.1f}; "
              f"{min(r['totals'])}–{max(r['totals'])} hits) | {p95:.1f} ms | ≤ 20 ms | "
              f"{p95 / r['healthz']:.1f} | {'met' if p95 <= 20 else 'MISSED'} |")
        p50, p95, worst = r["map"]
        print(f"| {r['engine']} | supply-demand map p95 (p50 {p50:.1f}, max {worst:.1f}; {r['occupations']} "
              f"occupations; the server's first count of the pool {r['first_count']:.1f} s, untimed) | {p95:.1f} ms | "
              f"≤ 100 ms | "
              f"{p95 / r['healthz']:.1f} | {'met' if p95 <= 100 else 'MISSED'} |")
        print(f"| {r['engine']} | server VmRSS after | {r['rss']} MB | — | | |")


if __name__ == "__main__":
    main()
