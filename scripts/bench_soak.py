#!/usr/bin/env python3
"""Soak: mixed load for a long time, per engine (issue 20, deliver 7). Never part of the
test run.

Usage:
  scripts/bench_soak.py [--engines sqlite,postgres] [--duration S] [--connections C]
                        [--warm-up S] [--talents N]

  --engines      comma-separated, of sqlite and postgres (default both)
  --duration S   seconds of load per engine (default 600)
  --connections  concurrent clients, each on its own keep-alive connection (default 128)
  --warm-up S    seconds after which the resident memory is the baseline (default 120)
  --talents N    demo pool size (default 20,000)

Environment: TALENT_BIN, the binary to run (default .build/release/talent; build it with
`swift build -c release --product talent`).

Per engine, in a fresh data folder (PostgreSQL: a throwaway cluster from scripts/pg):
`talent demo --talents N --seed 7`, an administrator (first password changed on the web)
with a read_write token, and one demo cohort made to take enrolments (its program
running, its deadline ahead, 100,000 seats). Then `talent serve` (log level notice) and
C clients for S seconds, each in a loop of, by weight:
  search 5  GET /api/v1/talents with a keyword of the fixed mix (bench_client.query_mix)
  read   3  GET /api/v1/talents/{id}, /api/v1/targets, /api/v1/programs in turn
  enrol  2  POST /api/v1/cohorts/{id}/enrollments for the client's own talent, then
            POST /api/v1/enrollments/{id}/withdraw the next time (a write each time)
and one more client signing in on the web (GET /login, POST /login) every half second.
A request fails if it gets no answer, or an answer other than the one it must get (200,
201 for an enrolment). The server's VmRSS is sampled every 5 s. One table on stdout:
requests, rate, failures, 5xx, p50/p99 latency, and resident memory after the warm-up,
at the end and its growth. Goals: 0 failures, 0 × 5xx, growth <= 10 %.
"""
import argparse
import http.client
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from bench_client import percentile, query_mix, sign_in  # noqa: E402


def note(text):
    print(f"[bench-soak] {text}", file=sys.stderr, flush=True)


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def talent(args, env, *command, timeout=1800):
    result = subprocess.run([args.binary, *command], env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        sys.exit(f"talent {' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return result.stdout


def sql(engine, env, data_dir, statement):
    if engine == "postgres":
        return subprocess.run(["psql", env["DATABASE_URL"], "-tAXc", statement], capture_output=True, text=True,
                              check=True).stdout.strip()
    import sqlite3
    with sqlite3.connect(data_dir / "talent.sqlite") as db:
        rows = db.execute(statement).fetchall()
    return "\n".join(" ".join(str(v) for v in row) for row in rows)


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = []
        self.failures = {}
        self.server_errors = 0

    def record(self, kind, seconds, status, expected):
        with self.lock:
            self.times.append(seconds)
            if status not in expected:
                key = f"{kind} {status}"
                self.failures[key] = self.failures.get(key, 0) + 1
                if status >= 500:
                    self.server_errors += 1


class Client:
    """One keep-alive connection with the token; reconnects after a closed connection."""

    def __init__(self, port, token):
        self.port, self.token, self.conn = port, token, None

    def send(self, method, path, body=None):
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json"}
            data = None
            if body is not None:
                data = json.dumps(body).encode()
                headers["Content-Type"] = "application/json"
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                return response.status, payload
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 1:
                    return 0, b""
        return 0, b""


def load(args, port, token, tally, stop, ids, people, cohort, account):
    searches = [urllib.parse.urlencode(params) for _, params in query_mix("2-02-38-03")]
    reads = [f"/api/v1/talents/{i}" for i in ids[:200]] + ["/api/v1/targets?year=2026", "/api/v1/programs"]
    weights = ["search"] * 5 + ["read"] * 3 + ["enrol"] * 2

    def worker(index):
        rng = random.Random(index)
        client = Client(port, token)
        person, enrolment = people[index % len(people)], None
        while not stop.is_set():
            kind = rng.choice(weights)
            started = time.perf_counter()
            if kind == "search":
                status, _ = client.send("GET", "/api/v1/talents?" + rng.choice(searches))
                expected = (200,)
            elif kind == "read":
                status, _ = client.send("GET", rng.choice(reads))
                expected = (200,)
            elif enrolment is None:
                status, payload = client.send("POST", f"/api/v1/cohorts/{cohort}/enrollments", {"talentID": person})
                expected = (201,)
                if status == 201:
                    enrolment = json.loads(payload)["id"]
            else:
                status, _ = client.send("POST", f"/api/v1/enrollments/{enrolment}/withdraw", {})
                expected = (200,)
                enrolment = None
            tally.record(kind, time.perf_counter() - started, status, expected)

    def signer():
        while not stop.is_set():
            started = time.perf_counter()
            try:
                sign_in(port, account[0], account[1])
                status = 200
            except SystemExit:
                status = 0
            tally.record("sign-in", time.perf_counter() - started, status, (200,))
            stop.wait(0.5)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(args.connections)]
    threads.append(threading.Thread(target=signer, daemon=True))
    for thread in threads:
        thread.start()
    return threads


def soak(args, engine, work):
    data_dir = work / engine
    data_dir.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "TALENT_SECRET_KEY", "TALENT_ENV")}
    env.update({"TALENT_DATA_DIR": str(data_dir), "LOG_LEVEL": "notice"})
    pg_dir = None
    if engine == "postgres":
        pg_dir = work / "pg"
        url = subprocess.run([str(ROOT / "scripts/pg"), "start", str(pg_dir)], capture_output=True, text=True,
                             check=True).stdout.strip().splitlines()[-1]
        env["DATABASE_URL"] = url
    server = None
    try:
        note(f"{engine}: demo data ({args.talents:,} talents)")
        talent(args, env, "demo", "--talents", str(args.talents), "--seed", "7")
        created = talent(args, env, "create-admin", "soak@example.test")
        one_time = created.strip().split()[-1]
        # Ids as each engine stores them (SQLite: upper-case text), which the API reads too.
        cohort = sql(engine, env, data_dir, "SELECT id FROM cohorts ORDER BY id LIMIT 1")
        sql(engine, env, data_dir,
            f"UPDATE cohorts SET enrol_deadline = '2099-12-31', capacity = 100000 WHERE id = '{cohort}'")
        sql(engine, env, data_dir,
            f"UPDATE programs SET status = 'running' WHERE id = (SELECT program_id FROM cohorts WHERE id = '{cohort}')")
        people = sql(engine, env, data_dir,
                     f"SELECT id FROM talents WHERE status = 'active' ORDER BY id LIMIT {args.connections}").split()
        ids = sql(engine, env, data_dir, "SELECT id FROM talents ORDER BY id LIMIT 200").split()

        port = free_port()
        log = open(work / f"{engine}-server.log", "w")
        server = subprocess.Popen([args.binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)], env=env,
                                  stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/readyz")
                if c.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.3)
        password = subprocess.run([sys.executable, str(ROOT / "scripts/bench_client.py"), "first-password",
                                   "--port", str(port), "--email", "soak@example.test", "--password", one_time],
                                  capture_output=True, text=True, check=True).stdout.strip()
        token = talent(args, env, "token", "create", "soak@example.test", "--scope", "read_write",
                       "--days", "1").strip().splitlines()[-1]

        note(f"{engine}: {args.connections} clients for {args.duration} s")
        tally, stop = Tally(), threading.Event()
        started = time.monotonic()
        threads = load(args, port, token, tally, stop, ids, people, cohort, ("soak@example.test", password))
        samples = []
        while (elapsed := time.monotonic() - started) < args.duration:
            samples.append((elapsed, rss_kb(server.pid)))
            time.sleep(5)
        stop.set()
        for thread in threads:
            thread.join(timeout=70)
        wall = time.monotonic() - started
        samples.append((wall, rss_kb(server.pid)))
        baseline = next(kb for t, kb in samples if t >= args.warm_up)
        end = samples[-1][1]
        times = sorted(tally.times)
        return {
            "engine": engine, "requests": len(times), "rate": len(times) / wall,
            "failures": sum(tally.failures.values()), "failed": tally.failures, "5xx": tally.server_errors,
            "p50": percentile(times, 50) * 1000, "p99": percentile(times, 99) * 1000,
            "rss_warm": baseline / 1024, "rss_end": end / 1024, "rss_peak": max(kb for _, kb in samples) / 1024,
            "growth": (end - baseline) / baseline * 100,
        }
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if pg_dir is not None:
            subprocess.run([str(ROOT / "scripts/pg"), "stop", str(pg_dir)], capture_output=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--duration", type=int, default=600)
    parser.add_argument("--connections", type=int, default=128)
    parser.add_argument("--warm-up", dest="warm_up", type=int, default=120)
    parser.add_argument("--talents", type=int, default=20_000)
    args = parser.parse_args()
    args.binary = os.environ.get("TALENT_BIN") or str(ROOT / ".build/release/talent")
    if not Path(args.binary).exists():
        sys.exit(f"{args.binary} is missing: swift build -c release --product talent")
    work = Path(tempfile.mkdtemp(prefix="talent-soak-"))
    work.chmod(0o755)  # the PostgreSQL server runs as the postgres user, below this folder
    results = []
    try:
        for engine in args.engines.split(","):
            results.append(soak(args, engine, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    print(f"\nSoak: {args.duration} s × {args.connections} clients (+1 signing in), binary {args.binary} at {commit}, "
          f"{os.cpu_count()} cores")
    print("| engine | requests | req/s | failed | 5xx | p50 ms | p99 ms | RSS after warm-up | RSS at end | peak | "
          "growth (goal ≤ 10 %) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['engine']} | {r['requests']:,} | {r['rate']:.0f} | {r['failures']} | {r['5xx']} | "
              f"{r['p50']:.1f} | {r['p99']:.1f} | {r['rss_warm']:.1f} MB | {r['rss_end']:.1f} MB | "
              f"{r['rss_peak']:.1f} MB | {r['growth']:+.1f} % |")
        if r["failed"]:
            print(f"  failures: {r['failed']}")


if __name__ == "__main__":
    main()
