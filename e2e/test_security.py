"""Security defects of issue 14, checked against the real binary and Chromium.

Covered:
  - stored XSS: a person registers with a name built to break out of an attribute and
    to open a tag with a script handler; an administrator then opens the pages that show
    that name (the pool search, the profile, the accounts list). No script runs, no
    element of the name's making exists, the name shows as text, and every page carries
    the Content-Security-Policy;
  - a zip bomb: a 1 MB .xlsx whose sheet inflates to a third of a gigabyte (and whose directory
    lies about it) is refused with HTTP 422 and a message naming the limit, and the
    server's peak resident memory stays under 300 MB;
  - the audit trail: `talent audit verify` reports the newest events removed, and with a
    checkpoint printed earlier (`talent audit checkpoint`) also a head set back to match.

Each test starts its own server (fresh SQLite data folder), so their memory and data
are their own.
"""

from __future__ import annotations

import re
import sqlite3
import struct
import uuid
import zlib

from conftest import create_admin, run_talent
from test_accounts import path_of, sign_in_first_time
from test_registration import fill_registration
from test_talents import assert_created_profile, fake_mobile, fake_resident_id

STRONG_PASSWORD = "Zibo-Security-2026!"
# Closes a double- and a single-quoted attribute, then opens a tag with a script handler.
HOSTILE_NAME = "\"'><img src=x onerror=window.__xss=1>"
MAX_RESIDENT_MB = 300


def signed_in_admin(page, server) -> None:
    email, one_time = create_admin(server.data_dir, f"admin-{uuid.uuid4().hex[:8]}@example.cn")
    sign_in_first_time(page, server.base_url, email, one_time, STRONG_PASSWORD)
    assert path_of(page) == "/workspace", f"the administrator's first sign-in ended on {page.url}"


def assert_no_script_ran(page, where: str) -> None:
    assert page.evaluate("window.__xss") is None, f"{where}: the stored name ran as script"
    assert page.locator("img[src=x]").count() == 0, f"{where}: the stored name made an <img> element"


def test_a_hostile_registered_name_stays_text_on_every_page_an_officer_opens(page, browser, servers):
    server = servers(name="xss-server")
    base = server.base_url
    # A visitor registers with the hostile name.
    fid = fake_resident_id()
    resp = fill_registration(page, base, name=HOSTILE_NAME, resident_id=fid.number,
                             email=f"x-{uuid.uuid4().hex[:8]}@example.cn", mobile=fake_mobile())
    talent_id = assert_created_profile(page, resp)
    assert_no_script_ran(page, "the new profile")

    admin_context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    admin_page = admin_context.new_page()
    dialogs: list[str] = []
    admin_page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        signed_in_admin(admin_page, server)
        for path in ("/talents", f"/talents/{talent_id}", f"/talents/{talent_id}/edit", "/admin/users"):
            response = admin_page.goto(base + path)
            assert response.status == 200, f"{path}: HTTP {response.status}"
            csp = response.headers.get("content-security-policy", "")
            assert "script-src 'self'" in csp, f"{path}: Content-Security-Policy is {csp!r}"
            assert_no_script_ran(admin_page, path)
            if path.endswith("/edit"):
                shown = admin_page.locator("input[name=name]").input_value()
                assert shown == HOSTILE_NAME, f"{path}: the name field holds {shown!r}"
            else:
                assert HOSTILE_NAME in admin_page.locator("main").inner_text(), f"{path} does not show the name as text"
        assert dialogs == []
    finally:
        admin_context.close()


def xlsx_bomb(inflated_mb: int = 330) -> bytes:
    """An .xlsx of about 1 MB whose only sheet inflates to `inflated_mb` MB of rows, and
    whose directory says the sheet is 5,000 bytes (a bomb may declare anything)."""
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    head = b'<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>'
    chunk = row * ((1 << 20) // len(row))
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = bytearray(deflate.compress(head))
    for _ in range(inflated_mb):
        data += deflate.compress(chunk)
    data += deflate.compress(b"</sheetData></worksheet>") + deflate.flush()
    name = b"xl/worksheets/sheet1.xml"
    declared, crc = 5_000, 0
    # APPNOTE.TXT §4.3.7 local header, §4.3.12 central directory, §4.3.16 end record.
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), declared, len(name), 0)
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), declared,
                          len(name), 0, 0, 0, 0, 0, 0)
    body = local + name + bytes(data)
    directory = central + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(directory), len(body), 0)
    return body + directory + end


def peak_resident_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        match = re.search(r"^VmHWM:\s+(\d+) kB", status.read(), re.M)
    assert match, "no VmHWM in /proc/PID/status"
    return int(match.group(1)) / 1024


def test_a_one_megabyte_xlsx_bomb_is_refused_and_the_server_stays_small(page, servers):
    server = servers(name="bomb-server")
    bomb = xlsx_bomb()
    assert len(bomb) < 1_500_000, f"the bomb is {len(bomb)} bytes"
    signed_in_admin(page, server)
    page.goto(server.base_url + "/talents/imports")
    token = page.locator("#import-form input[name=_csrf]").get_attribute("value")
    before = peak_resident_mb(server.proc.pid)
    # act
    response = page.request.post(server.base_url + "/talents/imports", multipart={
        "_csrf": token, "consent": "yes",
        "file": {"name": "名单.xlsx", "mimeType": "application/octet-stream", "buffer": bomb},
    })
    # assert
    assert response.status == 422, f"HTTP {response.status}: {response.text()[:500]}"
    assert "解压后超过 64 MB" in response.text(), response.text()[:2000]
    after = peak_resident_mb(server.proc.pid)
    print(f"\nbomb of {len(bomb):,} bytes: peak resident {before:.0f} MB before, {after:.0f} MB after")
    assert after < MAX_RESIDENT_MB, f"peak resident memory {after:.0f} MB (before the upload {before:.0f} MB)"


def test_audit_verify_reports_removed_newest_events_and_a_checkpoint_catches_a_rewound_head(servers, tmp_path):
    server = servers(name="audit-server")
    create_admin(server.data_dir, f"admin-{uuid.uuid4().hex[:8]}@example.cn")
    server.stop()
    checkpoint = run_talent(["audit", "checkpoint"], tmp_path, data_dir=server.data_dir)
    assert checkpoint.returncode == 0, checkpoint.output[-2000:]
    line = checkpoint.output.strip().splitlines()[-1]
    assert re.fullmatch(r"zibo-talent-audit-checkpoint/1 sequence=\d+ hash=[0-9a-f]{64}", line), line
    ok = run_talent(["audit", "verify", "--checkpoint", line], tmp_path, data_dir=server.data_dir)
    assert ok.returncode == 0 and "including the checkpoint" in ok.output, ok.output[-2000:]

    database = server.data_dir / "talent.sqlite"
    with sqlite3.connect(database) as db:
        (last,) = db.execute("SELECT MAX(sequence) FROM audit_events").fetchone()
        db.execute("DELETE FROM audit_events WHERE sequence = ?", (last,))
    removed = run_talent(["audit", "verify"], tmp_path, data_dir=server.data_dir)
    assert removed.returncode == 1, removed.output[-2000:]
    assert f"broken at event {last}" in removed.output and "newest records removed" in removed.output, removed.output[-2000:]

    # The head set back to match the removal fools the plain check, not the checkpoint.
    with sqlite3.connect(database) as db:
        sequence, digest = db.execute("SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1").fetchone()
        db.execute("UPDATE audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1", (sequence, digest))
    assert run_talent(["audit", "verify"], tmp_path, data_dir=server.data_dir).returncode == 0
    caught = run_talent(["audit", "verify", "--checkpoint", line], tmp_path, data_dir=server.data_dir)
    assert caught.returncode == 1 and "broken" in caught.output, caught.output[-2000:]
    bad = run_talent(["audit", "verify", "--checkpoint", "nonsense"], tmp_path, data_dir=server.data_dir)
    assert bad.returncode != 0 and "--checkpoint" in bad.output, bad.output[-2000:]
