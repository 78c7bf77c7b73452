#!/usr/bin/env python3
"""Benchmark of the rules (issue 16): eligibility, the policy simulation and the review
queue. Never part of the test run.

Usage:
  scripts/bench_rules.py [--talents N] [--applications A] [--engines sqlite,postgres] [--requests R]

  --talents N       talents in the pool (default 1,000,000)
  --applications A  applications in the review queue (default 100,000)
  --engines         comma-separated, of sqlite and postgres (default both)
  --requests R      timed requests of each read (default 400)

Environment: TALENT_BIN, the binary to run (default .build/release/talent; build it with
`swift build -c release --product talent`).

Per engine, in a fresh data folder (SQLite) or a throwaway cluster (scripts/pg):
  1. `talent migrate --yes`, then the rows written straight with SQL (untimed, reported):
     N talents over the eight districts, two thirds with the month their work in the
     field began (2012-2025), one occupation each; N/2 certificates (skill-level
     certificates over the ladder and training certificates of the three engineer
     levels, dates over 2024-2026, 2 % revoked); 1,000 programs (half taking subsidies)
     and 3N/10 enrolments, 90 % completed; A skill-upgrade subsidy applications routed
     to HRSS (80 % submitted, 10 % returned, 10 % approved; due dates over two months).
  2. `talent serve`; an administrator (create-admin, the one-time password replaced on
     the web, a read_write token).
  3. Policy simulation: POST /api/v1/policy-simulations with the shipped policy whose
     intermediate skill-upgrade amount is raised from 1,500 to 1,800 yuan; the job's own
     time (created to finished, from the API) and the server's peak memory (VmHWM)
     afterwards. Goals: ≤ 60 s, ≤ 300 MB. The report is checked: every talent judged,
     and the upgrade subsidy's money moved by 300 yuan per claimable intermediate claim.
  4. GET /api/v1/talents/{id}/eligibility, R timed requests over 1,000 talents holding
     certificates, sequential on one keep-alive connection after a warm-up: p50, p95,
     p99 in ms (request sent to body read). Goal: p95 ≤ 10 ms.
  5. The review queue page GET /applications as the administrator (every department:
     the largest queue), R timed requests the same way, first page and a page further
     on by its "next" link. Goal: p95 ≤ 50 ms (client-side, an upper bound of the
     server's time).
One table on stdout at the end.
"""
import argparse
import datetime
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from bench_client import Browser, Client, percentile  # noqa: E402
from bench_training import (  # noqa: E402
    DISTRICTS, OCCUPATIONS, SKILLS, engines_and_binary, execute, migrated, run, sql_vocabulary, uuid_sql,
    wait_healthy)

PROGRAMS = 1_000
ADMIN = "bench-admin@example.cn"
POLICY = ROOT / "Sources/Reference/Resources/policy/zibo-2025.yaml"
AMOUNTS = "{junior: 1000, intermediate: 1500, senior: 2000}"


def note(text):
    print(f"[bench-rules] {text}", file=sys.stderr, flush=True)


def fill_statements(engine, talents, applications):
    v = sql_vocabulary(engine)
    seq, source, now, true, false = v.seq, v.source, v.now, v.true, v.false
    talent, program, cohort, provider, pick, pad2, text, day = (
        v.talent, v.program, v.cohort, v.provider, v.pick, v.pad2, v.text, v.day)
    # due dates: 2026-12-01 .. 2027-01-28, spread over the queue
    due = lambda e: f"{text(f'2026 + ({e}) % 2')} || '-' || (CASE WHEN ({e}) % 2 = 0 THEN '12' ELSE '01' END) || '-' || {pad2(f'1 + ({e}) / 2 % 28')}"
    certificates = talents // 2
    enrollments = talents * 3 // 10
    cohorts = PROGRAMS * 10
    fmt = lambda template, last, **kw: (seq + template).format(last=last, source=source.format(last=last), now=now, **kw)
    statements = [
        f"""INSERT INTO organizations (id, name, kind, credit_code, district_code, created_at, updated_at)
            VALUES ({provider}, '基准测试培训学校（示例）', 'provider', 'BENCH0000000000000', '370303', {now}, {now})""",
        fmt("""INSERT INTO talents (id, name, gender, birth_date, district_code, field_work_since, skills, consent_at,
            consent_version, consent_purpose, status, created_at, updated_at)
            SELECT {talent}, '测试' || n, 'male', '1990-01-01', {district},
            CASE WHEN n % 3 = 2 THEN NULL ELSE {year} || '-' || {month} END, '', {now}, 'bench', 'bench', 'active',
            {now}, {now} {source}""", talents - 1, talent=talent("n"), district=pick(DISTRICTS, "n"),
            year=text("2012 + n % 14"), month=pad2("1 + n % 12")),
        fmt("""INSERT INTO talent_attributes (id, talent_id, kind, code)
            SELECT {id}, {talent}, 'occupation', {occupation} {source}""", talents - 1,
            id=uuid_sql("00000000-0000-0000-0009-", "n", engine), talent=talent("n"),
            occupation=pick(OCCUPATIONS, "n / 8")),
        fmt("""INSERT INTO programs (id, provider_id, kind, title, measure, year, occupation_code, engineer_level,
            skill_level, description, capacity, starts_on, ends_on, delivery, fee_fen, vouchers_apply, subsidies_apply,
            entry_requirement, min_attendance_percent, status, created_at, updated_at)
            SELECT {program}, {provider}, 'skill_training', '基准项目' || n, 'M2', 2024 + n % 3, {occupation}, NULL,
            'senior', '', 30, '2024-01-01', '2026-12-31', 'online', 0, {false},
            CASE WHEN n % 2 = 0 THEN {true} ELSE {false} END, '{{"anyOf":[]}}', 80, 'finished', {now}, {now}
            {source}""", PROGRAMS - 1, program=program("n"), provider=provider, occupation=pick(OCCUPATIONS, "n"),
            true=true, false=false),
        fmt("""INSERT INTO cohorts (id, program_id, provider_id, name, capacity, seats_taken, enrol_deadline, starts_on,
            ends_on, created_at)
            SELECT {cohort}, {program}, {provider}, '第' || (n / {programs} + 1) || '期', 1000, 0, '2024-01-01',
            '2024-01-01', '2026-12-31', {now} {source}""", cohorts - 1, cohort=cohort("n"),
            program=program(f"n % {PROGRAMS}"), programs=PROGRAMS, provider=provider),
        fmt("""INSERT INTO enrollments (id, cohort_id, program_id, provider_id, talent_id, status, applied_at, score,
            passed, completed_on, created_at, updated_at)
            SELECT {enrollment}, {cohort}, {program}, {provider}, {talent},
            CASE WHEN n % 10 = 9 THEN 'not_completed' ELSE 'completed' END, {now}, 80,
            CASE WHEN n % 10 = 9 THEN {false} ELSE {true} END, CASE WHEN n % 10 = 9 THEN NULL ELSE {day} END, {now}, {now}
            {source}""", enrollments - 1, enrollment=uuid_sql("00000000-0000-0000-0004-", "n", engine),
            cohort=cohort(f"(n * 3) % {cohorts}"), program=program(f"(n * 3) % {cohorts} % {PROGRAMS}"),
            provider=provider, talent=talent(f"(n * 3) % {talents}"), false=false, true=true, day=day("n / 7")),
        fmt("""INSERT INTO certificates (id, code, kind, level, occupation_code, talent_id, issuer_name, issuer_key,
            number, issued_on, holder_masked, signature, key_id, revoked_at, revoke_reason, recorded_by, created_at)
            SELECT {certificate}, 'B' || {hex}, CASE WHEN n % 3 = 0 THEN 'training_completion' ELSE 'skill_level' END,
            CASE WHEN n % 3 = 0 THEN {engineer} ELSE {skill} END, {occupation}, {talent}, '基准鉴定中心',
            'name:bench', 'B' || n, {day}, '测*', 'bench', 'bench', CASE WHEN n % 50 = 49 THEN {now} END,
            CASE WHEN n % 50 = 49 THEN 'bench' END, {provider}, {now} {source}""", certificates - 1,
            certificate=uuid_sql("00000000-0000-0000-0005-", "n", engine),
            hex=("printf('%015X', n)" if engine == "sqlite" else "lpad(upper(to_hex(n)), 15, '0')"),
            engineer=pick(["junior", "intermediate", "senior"], "n / 3"), skill=pick(SKILLS, "n / 3"),
            occupation=pick(OCCUPATIONS, "n / 5"), talent=talent(f"(n * 2) % {talents}"), day=day("n / 3"),
            provider=provider),
        # Application n: the certificate n of the rows above (a skill-level one, n % 3 != 0
        # for most), so that the queue holds claims as the workflow would.
        fmt("""INSERT INTO applications (id, kind, measure, department_code, talent_id, state, basis_id,
            occupation_code, level_code, amount_asked_fen, policy_version, due_on, submitted_at, created_by, created_at,
            updated_at)
            SELECT {application}, 'skill-upgrade-subsidy', 'M10', 'HRSS', {talent},
            CASE WHEN n % 10 = 8 THEN 'returned' WHEN n % 10 = 9 THEN 'approved' ELSE 'submitted' END,
            {basis}, {occupation}, 'intermediate', 150000, 1, {due}, {now}, {provider}, {now}, {now}
            {source}""", applications - 1, application=uuid_sql("00000000-0000-0000-000A-", "n", engine),
            talent=talent(f"(n * 2) % {talents}"),
            basis=(f"{uuid_sql('00000000-0000-0000-0005-', 'n', engine)}" if engine == "sqlite"
                   else f"{uuid_sql('00000000-0000-0000-0005-', 'n', engine)}::text"),
            occupation=pick(OCCUPATIONS, "n / 5"), due=due("n"), provider=provider),
    ]
    if engine == "postgres":
        statements.append("ANALYZE")  # execute() analyses SQLite itself
    return statements, certificates, enrollments


def fill(engine, data_dir, url, env, talents, applications):
    started = time.perf_counter()
    statements, certificates, enrollments = fill_statements(engine, talents, applications)
    execute(engine, data_dir, url, env, statements)
    return time.perf_counter() - started, certificates, enrollments


def memory(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values


def request(port, method, path, token, body=None, content_type="application/json"):
    import http.client
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json", "Content-Type": content_type}
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, response.getheader("Location", ""), data


def timed(client, paths, requests):
    for path in paths * 10:
        status, body, _ = client.get(path)
        if status != 200:
            sys.exit(f"GET {path} answered {status}: {body[:300]!r}")
    times = []
    for index in range(requests):
        status, _, elapsed = client.get(paths[index % len(paths)])
        if status != 200:
            sys.exit(f"GET {paths[index % len(paths)]} answered {status}")
        times.append(elapsed * 1000)
    times.sort()
    return {"p50": percentile(times, 50), "p95": percentile(times, 95), "p99": percentile(times, 99)}


def simulate(port, token, pid):
    draft = POLICY.read_text(encoding="utf-8")
    if AMOUNTS not in draft:
        sys.exit(f"{POLICY}: the skill-upgrade amounts {AMOUNTS} are not there any more")
    draft = draft.replace(AMOUNTS, "{junior: 1000, intermediate: 1800, senior: 2000}")
    before = memory(pid)
    status, location, body = request(port, "POST", "/api/v1/policy-simulations", token, draft.encode(),
                                      "application/yaml")
    if status != 202:
        sys.exit(f"POST /api/v1/policy-simulations answered {status}: {body[:500]!r}")
    while True:
        time.sleep(0.5)
        status, _, body = request(port, "GET", location, token)
        document = json.loads(body)
        if document["status"] != "running":
            break
    if document["status"] != "done":
        sys.exit(f"the simulation failed: {document.get('problem')}")
    # The job's own time, as the server stamped it (whole seconds in the API's dates).
    parse = lambda text: datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    seconds = (parse(document["finishedAt"]) - parse(document["createdAt"])).total_seconds()
    after = memory(pid)
    report = document["report"]
    upgrade = next(r for r in report["rules"] if r["ruleID"] == "subsidy-skill_upgrade")
    delta = upgrade["moneyAfter"]["fen"] - upgrade["moneyBefore"]["fen"]
    if delta <= 0 or delta % 30_000 != 0:
        sys.exit(f"the upgrade subsidy moved by {delta} fen, not a positive multiple of 300 yuan")
    return {"seconds": seconds, "subjects": report["subjects"], "affected": report["affected"],
            "delta": delta, "rss_before": before["VmRSS"], "hwm": after["VmHWM"]}


def measure(engine, args, binary, work):
    with migrated(engine, binary, work) as (env, url):
        note(f"{engine}: writing {args.talents:,} talents, their facts and {args.applications:,} applications")
        fill_seconds, certificates, enrollments = fill(engine, work / engine, url, env, args.talents, args.applications)
        note(f"{engine}: written in {fill_seconds:.1f} s")
        out = run([binary, "create-admin", ADMIN], env)
        password = [line for line in out.splitlines() if "password" in line.lower()][-1].split()[-1]

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        process = subprocess.Popen([binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                                   env=dict(env, LOG_LEVEL="notice"), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        try:
            wait_healthy(port, process, timeout=600)
            browser = Browser(port)
            token = browser.csrf("/login")
            status, location, _ = browser.request("POST", "/login", {
                "_csrf": token, "identifier": ADMIN, "password": password, "next": ""})
            if location.startswith("/account/password"):
                new = "Bench-Rules-2026-7q!"
                token = browser.csrf("/account/password")
                browser.request("POST", "/account/password", {
                    "_csrf": token, "current": password, "new": new, "confirm": new})
            token = run([binary, "token", "create", ADMIN, "--scope", "read_write", "--days", "1"], env) \
                .strip().splitlines()[-1].strip()
            note(f"{engine}: simulating the draft policy")
            simulation = simulate(port, token, process.pid)
            note(f"{engine}: simulation {simulation['seconds']:.1f} s; eligibility and the queue")

            client = Client(port, token)
            ids = [f"00000000-0000-0000-0001-{(n * 2 * 997) % args.talents:012X}" for n in range(1000)]
            eligibility = timed(client, [f"/api/v1/talents/{i}/eligibility" for i in ids], args.requests)

            page = Client(port)
            page.headers = {"Accept": "text/html", "Connection": "keep-alive",
                            "Cookie": "; ".join(f"{k}={v}" for k, v in browser.cookies.items())}
            status, body, _ = page.get("/applications")
            text = body.decode("utf-8", "replace")
            if status != 200 or "applications" not in text:
                sys.exit(f"GET /applications answered {status}")
            queue_paths = ["/applications"]
            next_link = re.search(r'<a[^>]*rel="next"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*rel="next"', text)
            if next_link:
                queue_paths.append((next_link.group(1) or next_link.group(2)).replace("&amp;", "&"))
            queue = timed(page, queue_paths, args.requests)
            queue["paged"] = len(queue_paths) > 1
        finally:
            process.terminate()
            process.wait(timeout=30)
        return {"engine": engine, "fill": fill_seconds, "certificates": certificates, "enrollments": enrollments,
                "simulation": simulation, "eligibility": eligibility, "queue": queue}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--talents", type=int, default=1_000_000)
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--requests", type=int, default=400)
    args = parser.parse_args()
    if args.talents < 2_000 or args.requests < 10 or not 0 < args.applications <= args.talents // 2:
        sys.exit("--talents at least 2,000, --applications 1 to talents/2, --requests at least 10")
    engines, binary = engines_and_binary(args.engines)
    with tempfile.TemporaryDirectory(prefix="bench-rules-") as folder:
        results = [measure(engine, args, binary, Path(folder)) for engine in engines]
    verdict = lambda ratio: f"{ratio:.3f} × goal, {'PASS' if ratio <= 1 else 'FAIL'}"
    print(f"\nmachine: {os.cpu_count()} cores; talents {args.talents:,}; applications {args.applications:,}; "
          f"timed requests {args.requests}")
    print("| engine | measure | result | goal | ratio to goal |")
    print("|---|---|---|---|---|")
    for r in results:
        s, e, q = r["simulation"], r["eligibility"], r["queue"]
        print(f"| {r['engine']} | rows written (setup) | {args.talents:,} talents, {r['certificates']:,} certificates, "
              f"{r['enrollments']:,} enrolments in {r['fill']:.0f} s | — | — |")
        print(f"| {r['engine']} | policy simulation, {s['subjects']:,} talents and organisations judged "
              f"({s['affected']:,} affected, "
              f"+¥{s['delta'] / 100:,.0f}) | {s['seconds']:.1f} s | ≤ 60 s | {verdict(s['seconds'] / 60)} |")
        print(f"| {r['engine']} | server memory, peak after the simulation (VmHWM; before {s['rss_before']:.0f} MB) "
              f"| {s['hwm']:.0f} MB | ≤ 300 MB | {verdict(s['hwm'] / 300)} |")
        print(f"| {r['engine']} | eligibility API p50 / p95 / p99 | {e['p50']:.2f} / {e['p95']:.2f} / {e['p99']:.2f} ms "
              f"| p95 ≤ 10 ms | {verdict(e['p95'] / 10)} |")
        print(f"| {r['engine']} | review queue page p50 / p95 / p99{' (pages 1 and 2)' if q['paged'] else ''} | "
              f"{q['p50']:.2f} / {q['p95']:.2f} / {q['p99']:.2f} ms | p95 ≤ 50 ms | {verdict(q['p95'] / 50)} |")


if __name__ == "__main__":
    main()
