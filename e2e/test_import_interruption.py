"""A web import broken off by `kill -9` (issue 14, defect 9, and issue 15's durable
jobs): it is never left "running". The import runs as a job whose row has its progress
and its claim, so:
  - SQLite: the server killed while the import writes is started again on the same data
    folder; it takes the job up again — what the dead attempt wrote goes, the file runs
    again — and the import completes with every row, once;
  - PostgreSQL: a second server on the same database shows the import's progress while
    the first one runs it; after the first is killed, the second takes the job up (its
    owner's process is gone) and completes it.
`talent jobs --all` lists the job with its two attempts.

Issue 20, deliver 4: after each kill — during an import, and during a burst of API
writes — the database passes its integrity check, the audit chain verifies, the target
figures equal a rebuild from the records, and every write that was answered is there.
"""

from __future__ import annotations

import base64
import json
import os
import re
import signal
import sqlite3
import subprocess
import threading
import time
import urllib.error
import urllib.request
import uuid

import pytest

from conftest import create_admin, run_talent
from test_accounts import path_of, sign_in_first_time
from test_talent_pool import upload
from test_talents import fake_resident_id

STRONG_PASSWORD = "Zibo-Import-2026!"
COMPLETED = "导入完成：新增 {rows:,} 人"
STATUS_PATH = re.compile(r"^/talents/imports/([0-9a-fA-F-]{36})$")


def demo_csv(server, tmp_path, talents: int, seed: int, env: dict | None = None):
    path = tmp_path / f"demo-{seed}.csv"
    result = run_talent(["demo", "--talents", str(talents), "--seed", str(seed), "--csv", str(path)], tmp_path,
                        env=env, data_dir=server.data_dir, timeout=300)
    assert result.returncode == 0, result.output[-3000:]
    return path


def sign_in_admin(page, server, env: dict | None = None) -> str:
    email, one_time = create_admin(server.data_dir, f"admin-{uuid.uuid4().hex[:8]}@example.cn", env=env)
    sign_in_first_time(page, server.base_url, email, one_time, STRONG_PASSWORD)
    assert path_of(page) == "/workspace", page.url
    return email


def assert_sound(server, tmp_path, env: dict | None = None) -> None:
    """After a crash and a restart: the database's integrity check (SQLite), the audit
    chain, and the target figures against a rebuild from the records."""
    if not env or "DATABASE_URL" not in env:
        with sqlite3.connect(server.data_dir / "talent.sqlite") as db:
            (verdict,) = db.execute("PRAGMA integrity_check").fetchone()
        assert verdict == "ok", f"integrity_check: {verdict}"
    verified = run_talent(["audit", "verify"], tmp_path, env=env, data_dir=server.data_dir)
    assert verified.returncode == 0 and "intact" in verified.output, verified.output[-2000:]
    shown = run_talent(["targets", "show"], tmp_path, env=env, data_dir=server.data_dir)
    rebuilt = run_talent(["targets", "rebuild"], tmp_path, env=env, data_dir=server.data_dir)
    assert rebuilt.returncode == 0, rebuilt.output[-2000:]
    again = run_talent(["targets", "show"], tmp_path, env=env, data_dir=server.data_dir)
    assert shown.output == again.output, f"kept:\n{shown.output}\nrebuilt:\n{again.output}"


def status_text(page, url: str) -> str:
    page.goto(url)
    return page.locator("#import-status").inner_text()


def wait_for(page, url: str, predicate, timeout: float, what: str) -> str:
    deadline = time.monotonic() + timeout
    text = ""
    while time.monotonic() < deadline:
        text = status_text(page, url)
        if predicate(text):
            return text
        time.sleep(0.3)
    raise AssertionError(f"{what} within {timeout:.0f} s; the status said: {text!r}")


@pytest.fixture
def own_database(database_url):
    """A database of the test's own: its servers' secret key seals the audit trail from
    its first event, which the crash checks verify (the session's shared database holds
    events other tests sealed with other keys)."""
    name = f"crash_{uuid.uuid4().hex[:12]}"
    subprocess.run(["psql", database_url, "-qXc", f"CREATE DATABASE {name}"], check=True, capture_output=True)
    yield database_url.rsplit("/", 1)[0] + "/" + name
    subprocess.run(["psql", database_url, "-qXc", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
                   capture_output=True)


def kill(server) -> None:
    os.killpg(server.proc.pid, signal.SIGKILL)
    server.proc.wait(timeout=10)


def test_an_import_killed_while_writing_is_completed_when_the_server_starts_again(page, servers, tmp_path):
    server = servers(name="import-kill")
    file = demo_csv(server, tmp_path, talents=30_000, seed=21)
    sign_in_admin(page, server)
    upload(page, server.base_url, file)
    match = STATUS_PATH.match(path_of(page))
    assert match, f"the upload ended on {page.url}"
    status = path_of(page)
    wait_for(page, server.base_url + status, lambda t: "正在写入" in t, 180, "the import did not start writing")
    # act
    kill(server)
    restarted = servers(data_dir=server.data_dir, name="import-kill-restarted")
    # assert: completed by the restarted server, every row once
    done = COMPLETED.format(rows=30_000)
    wait_for(page, restarted.base_url + status, lambda t: done in t, 240, "the import was not completed after the restart")
    with sqlite3.connect(server.data_dir / "talent.sqlite") as db:
        (imported,) = db.execute("SELECT COUNT(*) FROM talents WHERE import_id IS NOT NULL").fetchone()
        (attempts,) = db.execute("SELECT attempts FROM jobs").fetchone()
    assert imported == 30_000, f"{imported} profiles of the import are in the pool, not 30,000"
    assert attempts == 2, f"the job ran {attempts} times"
    listed = run_talent(["jobs", "--all"], tmp_path, data_dir=server.data_dir)
    assert "talent-import  succeeded" in listed.output and "attempt 2/3" in listed.output, listed.output[-2000:]
    assert_sound(restarted, tmp_path)


def test_a_second_server_shows_the_progress_and_completes_an_import_whose_server_died(own_database, page, servers,
                                                                                       tmp_path):
    database_url = own_database
    env = {"DATABASE_URL": database_url, "TALENT_SECRET_KEY": base64.b64encode(os.urandom(32)).decode()}
    first = servers(env=env, name="pg-import-first")
    second = servers(env=env, name="pg-import-second")
    file = demo_csv(first, tmp_path, talents=20_000, seed=23, env=env)
    sign_in_admin(page, first, env=env)
    upload(page, first.base_url, file)
    match = STATUS_PATH.match(path_of(page))
    assert match, f"the upload ended on {page.url}"
    status = path_of(page)
    # The second server shows how far the first one is.
    seen = wait_for(page, second.base_url + status, lambda t: re.search(r"已(检查|写入) [1-9]", t) is not None, 120,
                    "the second server showed no progress")
    assert "正在" in seen, seen
    wait_for(page, first.base_url + status, lambda t: "正在写入" in t, 180, "the import did not start writing")
    # act
    kill(first)
    # assert: the second server takes the job up and completes it
    done = COMPLETED.format(rows=20_000)
    wait_for(page, second.base_url + status, lambda t: done in t, 300, "the second server did not complete the import")
    imported = subprocess.run(["psql", database_url, "-tAc",
                               f"SELECT COUNT(*) FROM talents WHERE import_id = '{match.group(1).lower()}'"],
                              capture_output=True, text=True, check=True).stdout.strip()
    assert imported == "20000", f"{imported} profiles of the import are in the pool, not 20,000"
    assert_sound(second, tmp_path, env=env)


def post_talent(base_url: str, token: str) -> tuple[int, str | None]:
    body = json.dumps({"name": "突发写入", "residentID": fake_resident_id().number, "districtCode": "370303",
                       "consent": True}).encode()
    request = urllib.request.Request(base_url + "/api/v1/talents", data=body, method="POST", headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read()).get("id")
    except urllib.error.HTTPError as error:
        return error.code, None
    except OSError:
        return 0, None  # the server died while the request was on its way


def burst_killed(page, servers, tmp_path, env: dict | None, count_profiles) -> None:
    """Eight writers post profiles through the API; the server is killed once 200 are
    answered and started again on the same data."""
    server = servers(env=env, name="burst-kill")
    email = sign_in_admin(page, server, env=env)
    created = run_talent(["token", "create", email, "--scope", "read_write", "--days", "1"], tmp_path, env=env,
                         data_dir=server.data_dir)
    token = created.output.strip().splitlines()[-1].strip()
    assert token.startswith("tlt_"), created.output[-1000:]
    answered: list[str] = []
    statuses: list[int] = []
    stop = threading.Event()

    def writer():
        while not stop.is_set():
            status, talent = post_talent(server.base_url, token)
            statuses.append(status)
            if status == 201 and talent:
                answered.append(talent)

    threads = [threading.Thread(target=writer) for _ in range(8)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 30
    while len(answered) < 200 and time.monotonic() < deadline:
        time.sleep(0.05)
    # act: killed while eight writers are at it
    kill(server)
    stop.set()
    for thread in threads:
        thread.join(timeout=20)
    assert len(answered) >= 200, f"only {len(answered)} writes were answered before the kill: {set(statuses)}"
    assert set(statuses) <= {201, 0}, f"answers other than 201 before the kill: {set(statuses)}"
    restarted = servers(env=env, data_dir=server.data_dir, name="burst-kill-restarted")
    # assert: every answered write is there; the database is sound
    count = count_profiles(server)
    assert count >= len(answered), f"{len(answered)} writes were answered, {count} profiles are there"
    for talent in answered[-20:]:
        request = urllib.request.Request(restarted.base_url + f"/api/v1/talents/{talent}",
                                         headers={"Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
    assert_sound(restarted, tmp_path, env=env)


def test_a_burst_of_writes_killed_midway_leaves_every_answered_write_and_a_sound_database(page, servers, tmp_path):
    def count_profiles(server) -> int:
        with sqlite3.connect(server.data_dir / "talent.sqlite") as db:
            return db.execute("SELECT COUNT(*) FROM talents WHERE name = '突发写入'").fetchone()[0]

    burst_killed(page, servers, tmp_path, None, count_profiles)


def test_a_burst_of_writes_killed_midway_on_postgresql_leaves_a_sound_database(own_database, page, servers,
                                                                             tmp_path):
    database_url = own_database
    env = {"DATABASE_URL": database_url, "TALENT_SECRET_KEY": base64.b64encode(os.urandom(32)).decode()}

    def count_profiles(_server) -> int:
        return int(subprocess.run(["psql", database_url, "-tAc", "SELECT COUNT(*) FROM talents WHERE name = '突发写入'"],
                                  capture_output=True, text=True, check=True).stdout.strip())

    burst_killed(page, servers, tmp_path, env, count_profiles)
