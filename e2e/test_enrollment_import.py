"""Enrolment import in the browser: a training provider enrols talents into a cohort
from a CSV file uploaded on the cohort page (/training/cohorts/{id}, #import-form).

Covered:
  - the cohort page offers the import form (file field named `file`, labelled, the
    partial-import box unticked) without serious or critical axe violations;
  - an empty file and a binary file are refused whole: the cohort page comes back with
    HTTP 422 and the reason next to the file field, nothing is enrolled or recorded;
  - a file with one wrong row (a name that is not the profile's) writes nothing: the
    result page (/training/enrollment-imports/{id}) shows the import running while its
    job works, then (HTTP 422) says so, lists the row
    with its number, column and reason, and its report link downloads a CSV holding
    the same; the roster stays empty;
  - the corrected file (one row by resident ID number, two by profile id) fills the
    cohort's two seats in file order and puts the third talent on the waiting list;
    the result page says 2 enrolled and 1 waitlisted, the roster shows it, and the
    cohort page lists both imports, newest first;
  - axe (no serious or critical violation) on the cohort page with the form, after a
    refused file, with the roster, and on both result pages.

All tests share one fresh server (`accounts_server`, its own data dir) with one
administrator (`admin`), a provider organisation and its staff member (`provider`,
both from test_training) and three self-registered talents. The workflow is a chain of
module fixtures, each doing one step through the browser as the provider and recording
what the cohort page showed right after it:

    small_cohort     a program created and opened, with one cohort of 2 seats
    trainees         three people register at /register (profile id and ID number kept)
    refused_import   a file whose second data row has the wrong name
    accepted_import  the same three talents, the name corrected

The tests check what each step left behind and do not depend on running in file order
(the refused-file test only compares the cohort page before and after). No test signs
in with a wrong password (the login throttle counts failures per address).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import time
import uuid
from dataclasses import dataclass

import pytest

from conftest import axe_check
from test_accounts import admin, assert_no_stack_trace, path_of, unique_email  # noqa: F401  (admin: a fixture)
from test_registration import fill_registration
from test_talent_pool import download_bytes
from test_talents import assert_created_profile, fake_mobile, fake_resident_id
from test_training import (  # noqa: F401  (fixtures used by name: provider_org, provider, the log keeper)
    DISTRICT,
    PROGRAM_PATH,
    UUID_RE,
    Training,
    _keep_server_log_on_failure,
    add_cohort,
    assert_redirected_with_notice,
    error_summary_text,
    fill_program_form,
    goto_ok,
    move_program,
    provider,
    provider_org,
    sign_in_as,
    step_page as training_step_page,
    submit_form,
    zibo_today,
)

IMPORT_PATH = re.compile(rf"^/training/enrollment-imports/({UUID_RE})$")
BOM = b"\xef\xbb\xbf"
CAPACITY = 2
COHORT_NAME = "第1期"
HEADER = ("档案编号", "身份证号", "姓名", "从业年限")
WRONG_NAME = "欧阳错名"

# What the app says (Messages+Training.swift, Messages+TalentPool.swift).
ENROLLED = "已录取"
WAITLISTED = "候补"
ROSTER_EMPTY = "还没有人报名。"
NOTHING_WRITTEN_ONE_ROW = "没有写入任何数据：1 行有错误。请修改后重新上传。"
DONE_TWO_AND_ONE = "已导入：2 人入班，1 人进入候补，拒绝 0 行。"
NAME_MISMATCH = "姓名与人才档案不符。"
NAME_COLUMN = "姓名"
REPORT_LINK = "下载错误报告（CSV）"
RUNNING = "文件已收到，即将开始处理。"
FILE_MISSING = "请选择要上传的文件。"
FILE_BINARY = "文件不是文本格式的 CSV，也不是 .xlsx 文件。"
PARTIAL_LABEL = "只导入正确的行（默认：有任何错误就全部不导入）"

REFUSED_FILE = "报名名单-有误.csv"
ACCEPTED_FILE = "报名名单.csv"
# The start of a PNG (a photo of the list instead of the list): NUL bytes, a known signature.
PNG_BYTES = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(64)


# ---------------------------------------------------------------------------
# state handed from fixture to fixture


@dataclass(frozen=True)
class Trainee:
    name: str
    talent_id: str
    resident_id: str


@dataclass(frozen=True)
class SmallCohort:
    program_id: str
    title: str
    cohort_id: str

    @property
    def path(self) -> str:
        return f"/training/cohorts/{self.cohort_id}"


@dataclass(frozen=True)
class RosterEntry:
    name: str
    status: str


@dataclass(frozen=True)
class ImportOutcome:
    """One upload: where it led, and the cohort page right after it."""
    path: str  # /training/enrollment-imports/{id}
    status: int  # HTTP status of the result page
    file_name: str
    rows: tuple[tuple[str, ...], ...]  # the data rows of the uploaded file
    roster_after: tuple[RosterEntry, ...]
    roster_empty_text: str  # the muted line shown instead of an empty roster ("" if none)
    seats_after: str  # #cohort-seats


# ---------------------------------------------------------------------------
# helpers


def step_page(browser, label: str):
    return training_step_page(browser, label, module="test_enrollment_import")


def register_trainee(browser, base_url: str, name: str) -> Trainee:
    """A person registers at /register; their profile id and ID number are kept."""
    fid = fake_resident_id(area=DISTRICT)
    email = unique_email("trainee")
    with step_page(browser, f"register_{email.split('@')[0]}") as pg:
        resp = fill_registration(pg, base_url, name=name, resident_id=fid.number, email=email,
                                 mobile=fake_mobile(), district=DISTRICT)
        talent_id = assert_created_profile(pg, resp)
    return Trainee(name, talent_id, fid.number)


def by_resident_id(t: Trainee) -> tuple[str, ...]:
    return ("", t.resident_id, t.name, "3")


def by_profile_id(t: Trainee, name: str | None = None) -> tuple[str, ...]:
    return (t.talent_id, "", t.name if name is None else name, "5")


def enrolment_csv(rows: tuple[tuple[str, ...], ...]) -> bytes:
    """HEADER then `rows`, as Excel saves "CSV UTF-8" (with a byte-order mark)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return BOM + out.getvalue().encode("utf-8")


def choose_file(page, file_name: str, content: bytes, mime: str = "text/csv") -> None:
    page.locator("#import-file").set_input_files({"name": file_name, "mimeType": mime, "buffer": content})


def upload_enrolments(page, base_url: str, cohort: SmallCohort, file_name: str, content: bytes,
                      expect_status: int | tuple[int, ...], mime: str = "text/csv"):
    """As the signed-in provider: open the cohort page, choose the file (the partial box
    left unticked) and press the upload button; returns the response the page ends on."""
    goto_ok(page, base_url + cohort.path, f"cohort page before uploading {file_name}")
    assert not page.locator("#import-partial").is_checked(), "#import-partial is ticked in advance"
    choose_file(page, file_name, content, mime)
    return submit_form(page, page.locator("form#import-form"), f"uploading {file_name}", expect_status=expect_status)


def import_status_text(page) -> str:
    status = page.locator("#import-status")
    assert status.count() == 1, f"no #import-status on {page.url}"
    assert status.get_attribute("role") == "status", "#import-status is not role=status"
    return status.inner_text().strip()


def wait_for_outcome(page, url: str, expect_status: int, label: str, timeout: float = 60) -> str:
    """Reload the result page until its job has written the outcome; returns its text."""
    deadline = time.monotonic() + timeout
    while True:
        resp = page.goto(url)
        text = import_status_text(page)
        if RUNNING not in text:
            assert resp.status == expect_status, f"{label}: the outcome page is HTTP {resp.status}: {text!r}"
            return text
        assert time.monotonic() < deadline, f"{label}: the import still runs after {timeout:.0f} s"
        time.sleep(0.3)


def problem_rows(page) -> list[list[str]]:
    """[row number, column, reason] of each row of table#import-problems."""
    rows = page.locator("table#import-problems tbody tr")
    return [[c.strip() for c in rows.nth(i).locator("td").all_inner_texts()] for i in range(rows.count())]


def roster_entries(page) -> tuple[RosterEntry, ...]:
    """(name, status) of each row of table#roster, in the page's order."""
    rows = page.locator("table#roster tbody tr")
    out = []
    for i in range(rows.count()):
        row = rows.nth(i)
        status = row.locator("td").first.inner_text().strip()
        out.append(RosterEntry(row.get_attribute("data-talent") or "", status))
    return tuple(out)


def roster_empty_text(page) -> str:
    muted = page.locator("section[aria-labelledby=roster-heading] p.muted")
    return muted.first.inner_text().strip() if muted.count() else ""


def seats_text(page) -> str:
    return page.locator("#cohort-seats").inner_text().strip()


def recent_imports(page) -> list[tuple[str, str]]:
    """(href, text) of each item of #recent-imports, in the page's order."""
    return page.locator("#recent-imports li").evaluate_all(
        "els => els.map(li => [li.querySelector('a')?.getAttribute('href') ?? '', li.textContent.trim()])"
    )


def file_field_error(page) -> str:
    error = page.locator("#import-form .field--error #import-file-error")
    return error.inner_text().strip() if error.count() else ""


def parse_report(content: bytes) -> list[list[str]]:
    assert content.startswith(BOM), f"the report does not start with the UTF-8 BOM: {content[:20]!r}"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def upload_and_record(browser, base_url: str, provider, cohort: SmallCohort, label: str, file_name: str,
                      rows: tuple[tuple[str, ...], ...], expect_status: int) -> ImportOutcome:
    """The provider uploads `rows`; the result page's address, then the cohort page's
    roster and seats right after."""
    with step_page(browser, label) as pg:
        sign_in_as(pg, base_url, provider.email, provider.password)
        # The rows are a job's: the result page shows it running (200) until the outcome is
        # there. A small file's job may finish before the browser follows the redirect, so
        # the page it lands on may already be the outcome (CI saw a refused file's 422).
        upload_enrolments(pg, base_url, cohort, file_name, enrolment_csv(rows), (200, expect_status))
        assert IMPORT_PATH.match(path_of(pg)), f"{label}: the upload ended on {pg.url}, not the result page"
        path = path_of(pg)
        wait_for_outcome(pg, base_url + path, expect_status, label)
        goto_ok(pg, base_url + cohort.path, f"cohort page after {label}")
        return ImportOutcome(path, expect_status, file_name, rows, roster_entries(pg), roster_empty_text(pg),
                             seats_text(pg))


# ---------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="module")
def small_cohort(browser, accounts_server, provider) -> SmallCohort:
    """The provider creates a program, opens it and adds one cohort of CAPACITY seats;
    the new cohort page shows the import form and no imports yet."""
    base = accounts_server.base_url
    today = zibo_today()
    starts, ends = today.isoformat(), (today + dt.timedelta(days=30)).isoformat()
    title = f"数据分析工程师中级培训{uuid.uuid4().hex[:4]}"
    with step_page(browser, "small_cohort") as pg:
        sign_in_as(pg, base, provider.email, provider.password)
        goto_ok(pg, base + "/training/programs/new", "new program form")
        form = pg.locator("form#program-form")
        fill_program_form(form, title, starts, ends)
        resp = submit_form(pg, form, "creating the program")
        program_id = assert_redirected_with_notice(pg, resp, PROGRAM_PATH, "created", "creating the program")
        move_program(pg, base, Training(program_id, title, "", (), starts, ends), "open")
        cohort_id = add_cohort(pg, COHORT_NAME, starts, ends, capacity=CAPACITY)
        assert pg.locator("form#import-form").count() == 1, "the new cohort page has no #import-form"
        assert pg.locator("#recent-imports").count() == 0, "a new cohort lists imports"
        assert pg.locator("table#roster").count() == 0, "a new cohort shows a roster table"
        assert "已报 0/2 人" in seats_text(pg), f"seats of the new cohort: {seats_text(pg)!r}"
    return SmallCohort(program_id, title, cohort_id)


@pytest.fixture(scope="module")
def trainees(browser, accounts_server) -> tuple[Trainee, Trainee, Trainee]:
    """Three people in the pool, registered by themselves."""
    base = accounts_server.base_url
    return tuple(register_trainee(browser, base, name) for name in ("赵晓明", "钱海燕", "孙志强"))


@pytest.fixture(scope="module")
def refused_import(browser, accounts_server, provider, small_cohort, trainees) -> ImportOutcome:
    """The provider uploads the three talents with the second data row (row 3) under a
    name that is not the profile's: nothing may be written."""
    first, second, third = trainees
    rows = (by_resident_id(first), by_profile_id(second, name=WRONG_NAME), by_profile_id(third))
    return upload_and_record(browser, accounts_server.base_url, provider, small_cohort, "refused_import",
                             REFUSED_FILE, rows, expect_status=422)


@pytest.fixture(scope="module")
def accepted_import(browser, accounts_server, provider, small_cohort, trainees, refused_import) -> ImportOutcome:
    """The provider fixes the name and uploads again: one row by ID number, two by
    profile id, for a cohort of two seats."""
    first, second, third = trainees
    rows = (by_resident_id(first), by_profile_id(second), by_profile_id(third))
    return upload_and_record(browser, accounts_server.base_url, provider, small_cohort, "accepted_import",
                             ACCEPTED_FILE, rows, expect_status=200)


# ---------------------------------------------------------------------------
# the form


def test_cohort_page_offers_the_import_form_without_a11y_violations(page, accounts_server, provider, small_cohort):
    base = accounts_server.base_url
    sign_in_as(page, base, provider.email, provider.password)
    goto_ok(page, base + small_cohort.path, "cohort page (provider)")
    form = page.locator("form#import-form")
    assert form.count() == 1, "no form#import-form on the cohort page"
    assert (form.get_attribute("method") or "").lower() == "post", form.get_attribute("method")
    assert form.get_attribute("enctype") == "multipart/form-data", form.get_attribute("enctype")
    action = form.get_attribute("action") or ""
    assert action == f"{small_cohort.path}/imports", f"#import-form posts to {action!r}"
    # The CSRF token travels in the body, never in the address (issue 14).
    assert form.locator("input[type=hidden][name=_csrf]").count() == 1, "#import-form carries no _csrf field"

    file_input = page.locator("#import-file")
    assert file_input.get_attribute("type") == "file" and file_input.get_attribute("name") == "file"
    assert file_input.get_attribute("required") is not None, "#import-file is not required"
    assert ".csv" in (file_input.get_attribute("accept") or ""), file_input.get_attribute("accept")
    assert page.locator('label[for="import-file"]').count() == 1, "#import-file has no label"
    described = (file_input.get_attribute("aria-describedby") or "").split()
    assert "import-columns" in described, f"#import-file is not described by the column list: {described}"
    columns = page.locator("#import-columns").inner_text()
    for header in ("档案编号", "身份证号", "姓名", "从业年限"):
        assert header in columns, f"#import-columns does not name {header}: {columns!r}"

    partial = page.locator("#import-partial")
    assert partial.get_attribute("type") == "checkbox" and partial.get_attribute("name") == "partial"
    assert not partial.is_checked(), "#import-partial is ticked in advance"
    assert page.locator('label[for="import-partial"]').inner_text().strip() == PARTIAL_LABEL
    assert page.locator("#import-file-error").count() == 0, "an error is shown before any upload"
    axe_check(page, "cohort page (provider, import form)")


@pytest.mark.parametrize(
    "kind, file_name, content, mime, message",
    [
        ("empty", "空白名单.csv", b"", "text/csv", FILE_MISSING),
        ("binary", "名单照片.csv", PNG_BYTES, "text/csv", FILE_BINARY),
    ],
    ids=["empty", "binary"],
)
def test_an_unreadable_file_is_refused_next_to_the_file_field(page, accounts_server, provider, small_cohort,
                                                             kind, file_name, content, mime, message):
    base = accounts_server.base_url
    sign_in_as(page, base, provider.email, provider.password)
    goto_ok(page, base + small_cohort.path, f"cohort page (before the {kind} file)")
    roster_before, seats_before, imports_before = roster_entries(page), seats_text(page), recent_imports(page)

    resp = upload_enrolments(page, base, small_cohort, file_name, content, expect_status=422, mime=mime)
    assert resp.request.redirected_from is None, f"the {kind} file was answered with a redirect to {page.url}"
    assert path_of(page) == f"{small_cohort.path}/imports", f"the {kind} file ended on {page.url}"
    assert page.locator("h1").inner_text().strip() == f"{small_cohort.title} · {COHORT_NAME}", (
        "the 422 answer is not the cohort page"
    )
    assert file_field_error(page) == message, (
        f"the {kind} file: the error next to the file field is {file_field_error(page)!r}, expected {message!r}"
    )
    described = (page.locator("#import-file").get_attribute("aria-describedby") or "").split()
    assert "import-file-error" in described, f"#import-file is not described by its error: {described}"
    assert message in error_summary_text(page), f"the error summary: {error_summary_text(page)!r}"
    axe_check(page, f"cohort page (the {kind} file refused)")

    goto_ok(page, base + small_cohort.path, f"cohort page (after the {kind} file)")
    assert roster_entries(page) == roster_before, f"the {kind} file changed the roster: {roster_entries(page)}"
    assert seats_text(page) == seats_before, f"the {kind} file changed the seats: {seats_text(page)!r}"
    assert recent_imports(page) == imports_before, f"the {kind} file was recorded: {recent_imports(page)}"


# ---------------------------------------------------------------------------
# a file with one wrong row


def test_a_wrong_row_refuses_the_whole_file_and_names_the_row(page, accounts_server, provider, small_cohort,
                                                              refused_import):
    base = accounts_server.base_url
    assert refused_import.roster_after == (), f"the refused file enrolled {refused_import.roster_after}"
    assert refused_import.roster_empty_text == ROSTER_EMPTY, refused_import.roster_empty_text
    assert "已报 0/2 人" in refused_import.seats_after, f"seats after the refused file: {refused_import.seats_after!r}"

    sign_in_as(page, base, provider.email, provider.password)
    goto_ok(page, base + refused_import.path, "result page (refused file)", status=422)
    assert page.locator("h1").inner_text().strip() == "报名导入结果"
    assert REFUSED_FILE in page.locator("main").inner_text(), f"the result page does not name {REFUSED_FILE}"
    assert import_status_text(page) == NOTHING_WRITTEN_ONE_ROW, f"#import-status: {import_status_text(page)!r}"
    assert page.locator("#import-status .error-summary").count() == 1, "the refusal is not shown as an error"
    assert problem_rows(page) == [["3", NAME_COLUMN, NAME_MISMATCH]], f"#import-problems: {problem_rows(page)}"
    assert page.get_by_role("link", name=REPORT_LINK).count() == 1, f"no link {REPORT_LINK!r}"
    assert page.locator(f'a[href="{small_cohort.path}"]').count() == 1, "the result page does not link the cohort"
    assert page.locator(f'a[href="{small_cohort.path}#import-heading"]').count() == 1, (
        "the result page does not lead back to the cohort's import form"
    )
    axe_check(page, "result page (refused file)")


def test_report_of_the_refused_file_holds_the_row_and_the_reason(page, accounts_server, provider, trainees,
                                                                  refused_import):
    base = accounts_server.base_url
    second = trainees[1]
    sign_in_as(page, base, provider.email, provider.password)
    goto_ok(page, base + refused_import.path, "result page (refused file, for the report)", status=422)
    link = page.get_by_role("link", name=REPORT_LINK)
    assert link.get_attribute("href") == f"{refused_import.path}/report.csv", link.get_attribute("href")
    content, filename = download_bytes(page, link.click)
    assert filename.endswith(".csv"), f"the report downloads as {filename!r}"
    lines = parse_report(content)
    assert lines[0] == ["行号 Row", "列 Column", "原因", "Reason", *HEADER], f"report header: {lines[0]}"
    assert len(lines) == 2, f"the report has {len(lines) - 1} data lines, expected 1: {lines}"
    row = lines[1]
    assert row[:3] == ["3", NAME_COLUMN, NAME_MISMATCH], f"report line: {row}"
    assert row[3] == "The name is not the profile's name.", f"English reason: {row[3]!r}"
    assert row[4:] == list(refused_import.rows[1]), f"the report does not repeat the row's cells: {row}"
    assert WRONG_NAME in row and second.talent_id in row, row


# ---------------------------------------------------------------------------
# the corrected file


def test_corrected_file_enrols_two_in_file_order_and_waitlists_the_third(page, accounts_server, provider,
                                                                         small_cohort, trainees, accepted_import):
    base = accounts_server.base_url
    first, second, third = trainees
    expected = (RosterEntry(first.name, ENROLLED), RosterEntry(second.name, ENROLLED),
                RosterEntry(third.name, WAITLISTED))
    assert accepted_import.roster_after == expected, f"roster after the import: {accepted_import.roster_after}"
    assert "已报 2/2 人" in accepted_import.seats_after, f"seats after the import: {accepted_import.seats_after!r}"

    sign_in_as(page, base, provider.email, provider.password)
    goto_ok(page, base + accepted_import.path, "result page (accepted file)")
    assert ACCEPTED_FILE in page.locator("main").inner_text(), f"the result page does not name {ACCEPTED_FILE}"
    assert import_status_text(page) == DONE_TWO_AND_ONE, f"#import-status: {import_status_text(page)!r}"
    assert page.locator("#import-status .notice").count() == 1, "the outcome is not shown as a notice"
    assert page.locator("table#import-problems").count() == 0, f"refused rows listed: {problem_rows(page)}"
    assert page.get_by_role("link", name=REPORT_LINK).count() == 0, "a report is offered for a file with no refusals"
    axe_check(page, "result page (accepted file)")

    # The roster as the provider sees it now: the waiting talent can only be withdrawn.
    with page.expect_navigation() as nav:
        page.get_by_role("link", name="返回班次").click()
    assert nav.value.status == 200 and path_of(page) == small_cohort.path, f"返回班次 led to {page.url}"
    assert roster_entries(page) == expected, f"roster: {roster_entries(page)}"
    waiting = page.locator(f'table#roster tbody tr[data-talent="{third.name}"] form[data-action]')
    assert waiting.evaluate_all("els => els.map(e => e.dataset.action)") == ["withdraw"], (
        "the waitlisted row offers more than withdrawal"
    )


def test_cohort_page_lists_both_imports_newest_first(page, accounts_server, provider, small_cohort,
                                                     refused_import, accepted_import):
    base = accounts_server.base_url
    sign_in_as(page, base, provider.email, provider.password)
    goto_ok(page, base + small_cohort.path, "cohort page (two imports)")
    listed = recent_imports(page)
    assert [href for href, _ in listed] == [accepted_import.path, refused_import.path], f"#recent-imports: {listed}"
    (_, newest), (_, oldest) = listed
    assert ACCEPTED_FILE in newest and DONE_TWO_AND_ONE in newest, f"newest import item: {newest!r}"
    assert REFUSED_FILE in oldest and NOTHING_WRITTEN_ONE_ROW in oldest, f"oldest import item: {oldest!r}"
    today = zibo_today().isoformat()
    assert newest.startswith(today) and oldest.startswith(today), f"import items are not dated today: {listed}"
    assert page.locator("table#roster").count() == 1
    axe_check(page, "cohort page (provider, roster and recent imports)")

    # Each item leads to its result page.
    with page.expect_navigation() as nav:
        page.locator(f'#recent-imports a[href="{refused_import.path}"]').click()
    assert nav.value.status == 422 and path_of(page) == refused_import.path, f"{page.url}: HTTP {nav.value.status}"
    assert_no_stack_trace(page)
    assert import_status_text(page) == NOTHING_WRITTEN_ONE_ROW
