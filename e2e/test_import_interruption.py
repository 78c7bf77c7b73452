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
"""

from __future__ import annotations

import base64
import os
import re
import signal
import sqlite3
import subprocess
import time
import uuid

from conftest import create_admin, run_talent
from test_accounts import path_of, sign_in_first_time
from test_talent_pool import upload

STRONG_PASSWORD = "Zibo-Import-2026!"
COMPLETED = "导入完成：新增 {rows:,} 人"
STATUS_PATH = re.compile(r"^/talents/imports/([0-9a-fA-F-]{36})$")


def demo_csv(server, tmp_path, talents: int, seed: int, env: dict | None = None):
    path = tmp_path / f"demo-{seed}.csv"
    result = run_talent(["demo", "--talents", str(talents), "--seed", str(seed), "--csv", str(path)], tmp_path,
                        env=env, data_dir=server.data_dir, timeout=300)
    assert result.returncode == 0, result.output[-3000:]
    return path


def sign_in_admin(page, server, env: dict | None = None) -> None:
    email, one_time = create_admin(server.data_dir, f"admin-{uuid.uuid4().hex[:8]}@example.cn", env=env)
    sign_in_first_time(page, server.base_url, email, one_time, STRONG_PASSWORD)
    assert path_of(page) == "/workspace", page.url


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


def test_a_second_server_shows_the_progress_and_completes_an_import_whose_server_died(page, servers, tmp_path,
                                                                                       database_url):
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
