#!/usr/bin/env python3
"""Benchmark of the training records and the yearly target figures (issue 5). Never part
of the test run.

Usage:
  scripts/bench_training.py [--rows N] [--engines sqlite,postgres] [--requests R] [--import-rows M]

  --rows N       enrolment and certificate rows together (default 10,000,000: 70 %
                 enrolments, 30 % skill-level certificates)
  --engines      comma-separated, of sqlite and postgres (default both)
  --requests R   timed requests of GET /api/v1/targets per engine (default 400)
  --import-rows M  rows of the enrolment file imported in step 4 (default 100,000; 0 skips it)

Environment: TALENT_BIN, the binary to run (default .build/release/talent; build it with
`swift build -c release --product talent`).

Per engine, in a fresh data folder (SQLite) or a throwaway cluster (scripts/pg):
  1. `talent migrate --yes`, then the rows written straight with SQL (untimed, reported):
     100,000 talents over the eight districts, one provider, 1,000 programs (engineer
     training, advanced seminars, skill training) of 10 cohorts each, the enrolments
     (90 % completed, completion dates over 2024-2026) and skill-level certificates in
     digital occupations (levels over the ladder, dates over 2024-2026, 2 % revoked).
  2. Timed: `talent targets rebuild`, which counts every figure again from those rows:
     what reading the figures would cost if they were not maintained as records change.
  3. `talent serve`, then GET /api/v1/targets?year=2026 and ...&district=370303
     alternately, R timed requests on one keep-alive connection after a warm-up: p50,
     p95, p99 in ms (request sent to body read). Goal: p95 <= 50 ms. The figures are
     checked against `talent targets show` of the rebuilt counts.
  4. The server stopped, an enrolment import into the database of step 1: a new open
     program with one cohort of 10,000 seats, and a CSV of M rows (档案编号, 姓名,
     从业年限: M distinct talents of the pool, names that match). Timed, each as one
     process: the baseline — `sqlite3` `.import` of the same file into a plain table of a
     fresh file (SQLite), `psql` `\copy` into a plain table of the same database
     (PostgreSQL) — and `talent import enrollments FILE --cohort ID`. Rows/s = M / wall
     seconds; the ratio ours / baseline is the machine-independent figure. The outcome is
     checked: 10,000 enrolled, the rest waitlisted, seats_taken 10,000. Then the database
     floor: the same rows put into `enrollments` (a second cohort) by one INSERT ... SELECT
     from the plain table — the table's indexes and foreign keys, none of the import's
     work — and the ratio ours / floor.
Two tables on stdout at the end.
"""
import argparse
import contextlib
import json
import os
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from bench_client import Client, percentile  # noqa: E402

DISTRICTS = ["370302", "370303", "370304", "370305", "370306", "370321", "370322", "370323"]
OCCUPATIONS = ["2-02-38-01", "2-02-38-03", "2-02-38-04", "2-02-38-05", "2-02-38-06"]
SKILLS = ["junior", "intermediate", "senior", "technician", "senior_technician"]
TALENTS = 100_000
PROGRAMS = 1_000
COHORTS_PER_PROGRAM = 10
PROVIDER = "00000000-0000-0000-0000-0000000B0001"
IMPORT_PROGRAM = "00000000-0000-0000-0006-000000000001"
IMPORT_COHORT = "00000000-0000-0000-0007-000000000001"
IMPORT_SEATS = 10_000


def note(text):
    print(f"[bench-training] {text}", file=sys.stderr, flush=True)


def run(args, env, **kw):
    result = subprocess.run(args, env=env, capture_output=True, text=True, **kw)
    if result.returncode != 0:
        sys.exit(f"{' '.join(map(str, args))} failed ({result.returncode}):\n{result.stdout[-2000:]}{result.stderr[-3000:]}")
    return result.stdout


def uuid_sql(prefix, expression, engine):
    """A UUID made of a 20-digit prefix and a number, as upper-case text on SQLite
    (as Fluent stores them there) and as uuid on PostgreSQL."""
    if engine == "sqlite":
        return f"('{prefix}' || printf('%012X', {expression}))"
    return f"('{prefix}' || lpad(upper(to_hex({expression})), 12, '0'))::uuid"


def sql_vocabulary(engine):
    """What writing many rows with one INSERT ... SELECT needs on each engine: the number
    series, now, booleans, the ids of talents, programs, cohorts and the provider, a value
    picked by number, dates over 2024-2026. Shared with scripts/bench_rules.py."""
    sqlite = engine == "sqlite"
    pad2 = (lambda e: f"printf('%02d', {e})") if sqlite else (lambda e: f"lpad(({e})::text, 2, '0')")
    text = (lambda e: f"CAST({e} AS TEXT)") if sqlite else (lambda e: f"({e})::text")
    return SimpleNamespace(
        seq="WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < {last}) " if sqlite else "",
        source="FROM seq" if sqlite else "FROM generate_series(0, {last}) AS seq(n)",
        now="1790000000.0" if sqlite else "now()",
        true="1" if sqlite else "true", false="0" if sqlite else "false",
        talent=lambda e: uuid_sql("00000000-0000-0000-0001-", e, engine),
        program=lambda e: uuid_sql("00000000-0000-0000-0002-", e, engine),
        cohort=lambda e: uuid_sql("00000000-0000-0000-0003-", e, engine),
        provider=f"'{PROVIDER}'" + ("" if sqlite else "::uuid"),
        pick=lambda values, e: (f"(CASE ({e}) % {len(values)} "
                                + " ".join(f"WHEN {i} THEN '{v}'" for i, v in enumerate(values)) + " END)"),
        pad2=pad2, text=text,
        day=lambda e: f"{text(f'2024 + ({e}) % 3')} || '-' || {pad2(f'1 + ({e}) % 12')} || '-' || {pad2(f'1 + ({e}) % 28')}",
    )


def fill_statements(engine, enrollments, certificates):
    """The SQL that writes the rows, for one engine."""
    v = sql_vocabulary(engine)
    seq, source, now, true, false = v.seq, v.source, v.now, v.true, v.false
    talent, program, cohort, provider, pick, day = v.talent, v.program, v.cohort, v.provider, v.pick, v.day
    kinds = ["engineer_training", "engineer_training", "advanced_seminar", "skill_training"]
    cohorts = PROGRAMS * COHORTS_PER_PROGRAM
    statements = [
        f"""INSERT INTO organizations (id, name, kind, credit_code, district_code, created_at, updated_at)
            VALUES ({provider}, '基准测试培训学校（示例）', 'provider', 'BENCH0000000000000', '370303', {now}, {now})""",
        (seq + """INSERT INTO talents (id, name, gender, birth_date, district_code, skills, consent_at, consent_version,
            consent_purpose, status, created_at, updated_at)
            SELECT {talent}, '测试' || n, 'male', '1990-01-01', {district}, '', {now}, 'bench', 'bench', 'active', {now}, {now}
            {source}""").format(last=TALENTS - 1, talent=talent("n"), district=pick(DISTRICTS, "n"), now=now, source=source.format(last=TALENTS - 1)),
        (seq + """INSERT INTO programs (id, provider_id, kind, title, measure, year, occupation_code, engineer_level,
            skill_level, description, capacity, starts_on, ends_on, delivery, fee_fen, vouchers_apply, subsidies_apply,
            entry_requirement, min_attendance_percent, status, created_at, updated_at)
            SELECT {program}, {provider}, {kind}, '基准项目' || n, 'M1', 2024 + n % 3, {occupation},
            CASE WHEN n % 4 < 2 THEN 'intermediate' END, CASE WHEN n % 4 = 3 THEN 'technician' END, '', 30,
            '2024-01-01', '2026-12-31', 'online', 0, {false}, {false}, '{{"anyOf":[]}}', 80, 'finished', {now}, {now}
            {source}""").format(last=PROGRAMS - 1, program=program("n"), provider=provider, kind=pick(kinds, "n"),
                                occupation=f"CASE WHEN n % 4 = 2 THEN NULL ELSE {pick(OCCUPATIONS, 'n')} END",
                                false=false, now=now, source=source.format(last=PROGRAMS - 1)),
        (seq + """INSERT INTO cohorts (id, program_id, provider_id, name, capacity, seats_taken, enrol_deadline, starts_on,
            ends_on, created_at)
            SELECT {cohort}, {program}, {provider}, '第' || (n / {programs} + 1) || '期', 1000, 0, '2024-01-01',
            '2024-01-01', '2026-12-31', {now} {source}""").format(
                last=cohorts - 1, cohort=cohort("n"), program=program(f"n % {PROGRAMS}"), programs=PROGRAMS,
                provider=provider, now=now, source=source.format(last=cohorts - 1)),
        # Enrolment n: talent n mod T, and the k-th enrolment of a talent (k = n div T) in cohort
        # (talent + k) mod C — a talent is never twice in one cohort while k < C.
        (seq + """INSERT INTO enrollments (id, cohort_id, program_id, provider_id, talent_id, status, applied_at, score,
            passed, completed_on, created_at, updated_at)
            SELECT {enrollment}, {cohort}, {program}, {provider}, {talent},
            CASE WHEN n % 10 = 9 THEN 'not_completed' ELSE 'completed' END, {now}, 80,
            CASE WHEN n % 10 = 9 THEN {false} ELSE {true} END, CASE WHEN n % 10 = 9 THEN NULL ELSE {day} END, {now}, {now}
            {source}""").format(
                last=enrollments - 1, enrollment=uuid_sql("00000000-0000-0000-0004-", "n", engine),
                cohort=cohort(f"(n % {TALENTS} + n / {TALENTS}) % {cohorts}"),
                program=program(f"(n % {TALENTS} + n / {TALENTS}) % {cohorts} % {PROGRAMS}"), provider=provider,
                talent=talent(f"n % {TALENTS}"),
                now=now, false=false, true=true, day=day("n / 7"), source=source.format(last=enrollments - 1)),
        (seq + """INSERT INTO certificates (id, code, kind, level, occupation_code, talent_id, issuer_name, issuer_key,
            number, issued_on, holder_masked, signature, key_id, revoked_at, revoke_reason, recorded_by, created_at)
            SELECT {certificate}, 'B' || {hex}, 'skill_level', {level}, {occupation}, {talent}, '基准鉴定中心',
            'name:bench', 'B' || n, {day}, '测*', 'bench', 'bench', CASE WHEN n % 50 = 49 THEN {now} END,
            CASE WHEN n % 50 = 49 THEN 'bench' END, {provider}, {now} {source}""").format(
                last=certificates - 1, certificate=uuid_sql("00000000-0000-0000-0005-", "n", engine),
                hex=("printf('%015X', n)" if engine == "sqlite" else "lpad(upper(to_hex(n)), 15, '0')"),
                level=pick(SKILLS, "n"), occupation=pick(OCCUPATIONS, "n / 5"), talent=talent(f"(n * 7) % {TALENTS}"),
                day=day("n / 3"), now=now, provider=provider, source=source.format(last=certificates - 1)),
    ]
    if engine == "postgres":
        statements.append("ANALYZE")
    return statements


def fill(engine, data_dir, url, env, enrollments, certificates):
    started = time.perf_counter()
    execute(engine, data_dir, url, env, fill_statements(engine, enrollments, certificates))
    return time.perf_counter() - started


def execute(engine, data_dir, url, env, statements):
    """Runs the statements in order: on SQLite in one transaction without syncing, then
    ANALYZE; on PostgreSQL one psql each. Shared with scripts/bench_rules.py."""
    if engine == "sqlite":
        db = sqlite3.connect(data_dir / "talent.sqlite")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -262144")
        for statement in statements:
            db.execute(statement)
        db.commit()
        db.execute("ANALYZE")
        db.close()
    else:
        for statement in statements:
            run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", statement], env)


def sql_query(engine, data_dir, url, env, statement):
    """Runs one statement; the rows as lists of text."""
    if engine == "sqlite":
        with sqlite3.connect(data_dir / "talent.sqlite") as db:
            rows = db.execute(statement).fetchall()
        return [[str(v) for v in row] for row in rows]
    out = run(["psql", "-q", "-A", "-t", "-F", ",", "-v", "ON_ERROR_STOP=1", url, "-c", statement], env)
    return [line.split(",") for line in out.splitlines() if line]


def import_enrolments(engine, data_dir, url, env, binary, rows):
    """Step 4: the timed enrolment import and its baseline; returns the figures."""
    program, cohort = (f"'{IMPORT_PROGRAM}'", f"'{IMPORT_COHORT}'") if engine == "sqlite" else \
        (f"'{IMPORT_PROGRAM}'::uuid", f"'{IMPORT_COHORT}'::uuid")
    provider = f"'{PROVIDER}'" + ("" if engine == "sqlite" else "::uuid")
    now, false = ("1790000000.0", "0") if engine == "sqlite" else ("now()", "false")
    for statement in [
        f"""INSERT INTO programs (id, provider_id, kind, title, measure, year, occupation_code, engineer_level, description,
            capacity, starts_on, ends_on, delivery, fee_fen, vouchers_apply, subsidies_apply, entry_requirement,
            min_attendance_percent, status, created_at, updated_at)
            VALUES ({program}, {provider}, 'engineer_training', '基准导入项目', 'M1', 2026, '2-02-38-03', 'intermediate', '',
            {IMPORT_SEATS}, '2026-01-01', '2099-12-31', 'online', 0, {false}, {false}, '{{"anyOf":[]}}', 80, 'open', {now}, {now})""",
        f"""INSERT INTO cohorts (id, program_id, provider_id, name, capacity, seats_taken, enrol_deadline, starts_on, ends_on,
            created_at) VALUES ({cohort}, {program}, {provider}, '导入基准班', {IMPORT_SEATS}, 0, '2099-12-31', '2026-01-01',
            '2099-12-31', {now})""",
    ]:
        if engine == "sqlite":
            with sqlite3.connect(data_dir / "talent.sqlite") as db:
                db.execute(statement)
        else:
            run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", statement], env)
    path = data_dir / "enrolments.csv"
    with open(path, "w", encoding="utf-8") as f:
        f.write("档案编号,姓名,从业年限\n")
        for n in range(rows):
            talent = n * (TALENTS // rows) if rows <= TALENTS else n
            f.write(f"00000000-0000-0000-0001-{talent:012X},测试{talent},{n % 20}\n")

    started = time.perf_counter()
    if engine == "sqlite":
        run(["sqlite3", str(data_dir / "baseline.sqlite"), "-cmd", ".mode csv", f".import {path} plain"], env)
    else:
        run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", "CREATE TABLE plain (a text, b text, c text)"], env)
        started = time.perf_counter()
        run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", f"\\copy plain FROM '{path}' CSV HEADER"], env)
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    out = run([binary, "import", "enrollments", str(path), "--cohort", IMPORT_COHORT], env)
    ours = time.perf_counter() - started
    floor = database_floor(engine, data_dir, url, env, program, provider, now)
    note(f"{engine}: {out.strip()}")
    counts = dict(tuple(row) for row in sql_query(engine, data_dir, url, env, f"""
        SELECT status, COUNT(*) FROM enrollments WHERE cohort_id = {cohort} GROUP BY status"""))
    seats = sql_query(engine, data_dir, url, env, f"SELECT seats_taken FROM cohorts WHERE id = {cohort}")[0][0]
    expected = {"enrolled": str(min(rows, IMPORT_SEATS))}
    if rows > IMPORT_SEATS:
        expected["waitlisted"] = str(rows - IMPORT_SEATS)
    if counts != expected or seats != expected["enrolled"]:
        sys.exit(f"{engine}: the import left {counts} and seats_taken {seats}, expected {expected}")
    return {"rows": rows, "baseline": baseline, "ours": ours, "floor": floor}


def database_floor(engine, data_dir, url, env, program, provider, now):
    """What the database alone takes to store the same rows as enrolments: one
    INSERT ... SELECT from the plain table into a second cohort, with the table's indexes
    and foreign keys but none of the import's reading, checking or seat keeping."""
    cohort = "'00000000-0000-0000-0007-000000000002'" + ("" if engine == "sqlite" else "::uuid")
    create = f"""INSERT INTO cohorts (id, program_id, provider_id, name, capacity, seats_taken, enrol_deadline, starts_on,
        ends_on, created_at) VALUES ({cohort}, {program}, {provider}, '导入基准班（对照）', {IMPORT_SEATS}, 0, '2099-12-31',
        '2026-01-01', '2099-12-31', {now})"""
    columns = "id, cohort_id, program_id, provider_id, talent_id, status, applied_at, years_in_field, created_at, updated_at"
    if engine == "sqlite":
        insert = f"""INSERT INTO enrollments ({columns}) SELECT '00000000-0000-0000-0008-' || printf('%012X', rowid),
            {cohort}, {program}, {provider}, "档案编号", 'waitlisted', {now}, CAST("从业年限" AS INTEGER), {now}, {now}
            FROM b.plain"""
        with sqlite3.connect(data_dir / "talent.sqlite") as db:
            db.execute(create)
        with sqlite3.connect(data_dir / "talent.sqlite") as db:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute(f"ATTACH '{data_dir / 'baseline.sqlite'}' AS b")
            started = time.perf_counter()
            db.execute(insert)
            db.commit()
            return time.perf_counter() - started
    insert = f"""INSERT INTO enrollments ({columns}) SELECT ('00000000-0000-0000-0008-' ||
        lpad(upper(to_hex(row_number() OVER ())), 12, '0'))::uuid, {cohort}, {program}, {provider}, a::uuid, 'waitlisted',
        {now}, c::int, {now}, {now} FROM plain"""
    run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", create], env)
    started = time.perf_counter()
    run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", insert], env)
    return time.perf_counter() - started


def wait_healthy(port, process, timeout=120):
    deadline = time.monotonic() + timeout
    client = Client(port)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit("the server exited before /healthz answered")
        try:
            if client.get("/healthz")[0] == 200:
                return
        except OSError:
            time.sleep(0.25)
    sys.exit("the server did not become healthy")


@contextlib.contextmanager
def migrated(engine, binary, work):
    """A fresh data folder (SQLite) or throwaway cluster (scripts/pg) for `engine`,
    migrated and with its reference data loaded: yields (env, url); the cluster stops on exit.
    Shared with scripts/bench_rules.py."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "TALENT_ENV")}
    env["TALENT_DATA_DIR"] = str(work / engine)
    (work / engine).mkdir()
    url = None
    pg_dir = None
    try:
        if engine == "postgres":
            pg_dir = tempfile.mkdtemp(prefix="bench-pg-")
            url = run([str(ROOT / "scripts" / "pg"), "start", pg_dir], env).strip()
            env["DATABASE_URL"] = url
        run([binary, "migrate", "--yes"], env)
        run([binary, "targets", "show"], env)  # loads the reference data (the foreign keys need it)
        yield env, url
    finally:
        if pg_dir:
            subprocess.run([str(ROOT / "scripts" / "pg"), "stop", pg_dir], env=env, capture_output=True)
            shutil.rmtree(pg_dir, ignore_errors=True)


def measure(engine, args, binary, work):
    with migrated(engine, binary, work) as (env, url):
        enrollments = args.rows * 7 // 10
        certificates = args.rows - enrollments
        note(f"{engine}: writing {enrollments:,} enrolments and {certificates:,} certificates")
        fill_seconds = fill(engine, work / engine, url, env, enrollments, certificates)
        note(f"{engine}: written in {fill_seconds:.1f} s; counting the figures from the records")
        started = time.perf_counter()
        run([binary, "targets", "rebuild"], env)
        rebuild_seconds = time.perf_counter() - started
        # "M1 engineers_trained: ≥ 200, 2026: 1234 (617%)" → {"engineers_trained": 1234}
        shown = run([binary, "targets", "show", "--year", "2026"], env)
        expected = {m: int(n) for m, n in re.findall(r"^M\d+ (\w+): .*, 2026: (\d+) \(", shown, re.MULTILINE)}

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server_env = dict(env, LOG_LEVEL="notice")
        process = subprocess.Popen([binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)], env=server_env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_healthy(port, process)
            client = Client(port)
            paths = ["/api/v1/targets?year=2026", "/api/v1/targets?year=2026&district=370303"]
            document = client.get_json(paths[0])
            figures = {item["target"]["metric"]: item["actual"] for item in document["items"] if item.get("tracked")}
            if figures != expected:
                sys.exit(f"the API's figures {figures} differ from the rebuilt counts {expected}")
            for path in paths * 20:
                client.get(path)
            times = []
            for index in range(args.requests):
                status, _, elapsed = client.get(paths[index % 2])
                if status != 200:
                    sys.exit(f"GET {paths[index % 2]} answered {status}")
                times.append(elapsed * 1000)
            times.sort()
        finally:
            process.terminate()
            process.wait(timeout=30)
        imported = import_enrolments(engine, work / engine, url, env, binary, args.import_rows) if args.import_rows else None
        return {"engine": engine, "import": imported, "enrollments": enrollments, "certificates": certificates, "fill": fill_seconds,
                "rebuild": rebuild_seconds, "p50": percentile(times, 50), "p95": percentile(times, 95),
                "p99": percentile(times, 99), "mean": statistics.fmean(times), "figures": figures}


def engines_and_binary(names):
    """The engines of `--engines`, checked, and the binary to run (the release build, or
    TALENT_BIN). Shared with scripts/bench_rules.py."""
    engines = [e.strip() for e in names.split(",") if e.strip()]
    if any(e not in ("sqlite", "postgres") for e in engines):
        sys.exit("--engines: sqlite and/or postgres")
    binary = os.environ.get("TALENT_BIN") or str(ROOT / ".build" / "release" / "talent")
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary}: not found; build with `swift build -c release --product talent` or set TALENT_BIN")
    return engines, binary


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--import-rows", type=int, default=100_000)
    args = parser.parse_args()
    if args.rows < 100 or args.requests < 10:
        sys.exit("--rows must be at least 100 and --requests at least 10")
    if not 0 <= args.import_rows <= TALENTS:
        sys.exit(f"--import-rows: 0 to {TALENTS:,} (one row per talent of the pool)")
    engines, binary = engines_and_binary(args.engines)
    with tempfile.TemporaryDirectory(prefix="bench-training-") as folder:
        results = [measure(engine, args, binary, Path(folder)) for engine in engines]
    cpu = os.cpu_count()
    print(f"\nmachine: {cpu} cores; rows per engine: {args.rows:,}; timed requests: {args.requests}")
    print("| engine | enrolments | certificates | rows written (setup) | rebuild from records | "
          "targets p50 / p95 / p99 ms | goal p95 ≤ 50 ms |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        ratio = r["p95"] / 50
        print(f"| {r['engine']} | {r['enrollments']:,} | {r['certificates']:,} | {r['fill']:.1f} s | {r['rebuild']:.1f} s | "
              f"{r['p50']:.2f} / {r['p95']:.2f} / {r['p99']:.2f} | {ratio:.3f} × goal, {'PASS' if ratio <= 1 else 'FAIL'} |")
    for r in results:
        print(f"{r['engine']} figures for 2026: {json.dumps(r['figures'])}")
    imports = [r for r in results if r["import"]]
    if imports:
        print("\n| engine | enrolment rows imported | baseline (sqlite3 .import / psql \\copy) | "
              "database floor (INSERT … SELECT into enrollments) | talent import enrollments | "
              "ratio ours / baseline | ratio ours / floor |")
        print("|---|---|---|---|---|---|---|")
        for r in imports:
            i = r["import"]
            rate = lambda seconds: i["rows"] / seconds
            print(f"| {r['engine']} | {i['rows']:,} | {i['baseline']:.2f} s, {rate(i['baseline']):,.0f} rows/s | "
                  f"{i['floor']:.2f} s, {rate(i['floor']):,.0f} rows/s | {i['ours']:.2f} s, {rate(i['ours']):,.0f} rows/s | "
                  f"{i['baseline'] / i['ours']:.3f} | {i['floor'] / i['ours']:.3f} |")


if __name__ == "__main__":
    main()
