"""Accounts in the browser: sign-in, forced password change, the throttle, users,
organisations, API tokens, roles, the audit trail and its verification, a11y.

Most tests share one fresh server (`accounts_server`, its own data dir) and one
administrator who has already chosen a password (`admin`). Every browser request
comes from 127.0.0.1 and the login throttle also counts failures per address, so
the tests on the shared server make at most one failed sign-in between them; the
throttle itself is tested on servers of its own. The last test stops the shared
server to tamper with its database.
"""

from __future__ import annotations

import random
import re
import sqlite3
import urllib.parse
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import (
    ARTIFACTS,
    axe_check,
    create_admin,
    http_get,
    looks_like_stack_trace,
    run_talent,
)

STRONG_PASSWORD = "Qilu-Data-2026!"
OTHER_STRONG_PASSWORD = "Zichuan-Kiln-2027#"
WEAK_PASSWORD = "abc12345"
WRONG_LOGIN = "邮箱、手机号或密码不正确"
HRSS_FULL_NAME = "淄博市人力资源和社会保障局"
# The notice after creating an account: …一次性密码：XXXXXXXXXXXXXXXX（只显示这一次…
NOTICE_PASSWORD = re.compile(r"一次性密码：\s*([^（(\s]+)\s*[（(]")


@dataclass
class Account:
    email: str
    password: str


# ---------------------------------------------------------------------------
# helpers


def unique_email(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}@example.cn"


def path_of(page) -> str:
    return urllib.parse.urlsplit(page.url).path


def query_of(page) -> dict:
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(page.url).query))


def submit(page, form: str):
    """Click the submit button of `form` and return the response the page ends on
    (after redirects)."""
    with page.expect_navigation() as nav:
        page.locator(f"{form} button[type=submit]").click()
    return nav.value


def sign_in(page, base_url: str, identifier: str, password: str):
    page.goto(base_url + "/login")
    page.locator("#login-identifier").fill(identifier)
    page.locator("#login-password").fill(password)
    return submit(page, "#login-form")


def change_password(page, current: str, new: str, confirm: str | None = None):
    page.locator("#password-current").fill(current)
    page.locator("#password-new").fill(new)
    page.locator("#password-confirm").fill(new if confirm is None else confirm)
    return submit(page, "#password-form")


def sign_out(page):
    with page.expect_navigation() as nav:
        page.locator(".account-area form.inline-form button[type=submit]").click()
    return nav.value


def sign_in_first_time(page, base_url: str, identifier: str, one_time: str, new: str):
    """Sign in with a one-time password and choose `new`; returns the final response."""
    resp = sign_in(page, base_url, identifier, one_time)
    assert path_of(page) == "/account/password", (
        f"first sign-in of {identifier} ended on {page.url} (HTTP {resp.status}), not /account/password"
    )
    return change_password(page, one_time, new)


def create_user(page, base_url: str, *, name: str, role: str, email: str | None = None,
                mobile: str | None = None, department: str | None = None):
    """Fill /admin/users' form as the signed-in administrator; returns the response."""
    if path_of(page) != "/admin/users":
        page.goto(base_url + "/admin/users")
    page.locator("#user-name").fill(name)
    if email is not None:
        page.locator("#user-email").fill(email)
    if mobile is not None:
        page.locator("#user-mobile").fill(mobile)
    page.locator("#user-role").select_option(role)
    page.locator("#user-department").select_option(department or "")
    return submit(page, "#user-form")


def notice_password(page) -> str:
    text = page.locator(".notice").first.inner_text()
    m = NOTICE_PASSWORD.search(text)
    assert m, f"no one-time password in the notice: {text!r}"
    password = m.group(1)
    assert len(password) == 16, f"one-time password {password!r} from {text!r} is not 16 characters"
    return password


CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_check_char(first17: str) -> str:
    """GB 32100-2015 check character of the first 17 characters."""
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def valid_credit_code() -> str:
    first17 = "91370303MA" + "".join(random.choice("0123456789") for _ in range(7))
    return first17 + credit_check_char(first17)


def with_wrong_check(code: str) -> str:
    wrong = next(c for c in "0123456789ABCDEFGHJKLMNPQRTUWXY" if c != code[-1])
    return code[:-1] + wrong


def assert_no_stack_trace(page) -> None:
    body = page.locator("body").inner_text()
    assert not looks_like_stack_trace(body), body[:2000]
    assert not re.search(r"\.swift:\d+|Abort\.\w+|Fatal error", body), body[:2000]


def assert_signed_in_header(page, name: str, sign_out_text: str = "退出") -> None:
    area = page.locator(".account-area")
    assert area.count() == 1, "no .account-area in the header of a signed-in page"
    link = area.locator(".account-link")
    assert link.count() == 1, "no .account-link in .account-area"
    assert link.inner_text().strip() == name, f"account link shows {link.inner_text()!r}, expected {name!r}"
    button = area.locator("form.inline-form button")
    assert button.count() == 1, "no sign-out button in .account-area form.inline-form"
    assert button.inner_text().strip() == sign_out_text, button.inner_text()


# ---------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="module")
def admin(browser, accounts_server) -> Account:
    """An administrator of the shared server who has already replaced the
    one-time password with STRONG_PASSWORD."""
    email, one_time = create_admin(accounts_server.data_dir, "admin@zibo.example.cn")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    context.set_default_timeout(15_000)
    pg = context.new_page()
    try:
        resp = sign_in_first_time(pg, accounts_server.base_url, email, one_time, STRONG_PASSWORD)
        assert path_of(pg) == "/workspace", f"admin ended on {pg.url} (HTTP {resp.status})"
    except BaseException:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "test_accounts_admin_fixture.png"), full_page=True)
        raise
    finally:
        context.close()
    return Account(email, STRONG_PASSWORD)


@pytest.fixture
def admin_page(page, accounts_server, admin):
    """`page`, signed in as the administrator, on /admin/users."""
    resp = sign_in(page, accounts_server.base_url, admin.email, admin.password)
    assert resp.status == 200 and path_of(page) == "/workspace", f"admin sign-in ended on {page.url} ({resp.status})"
    # The tests of this fixture start where administrators create accounts.
    resp = page.goto(accounts_server.base_url + "/admin/users")
    assert resp.status == 200, f"/admin/users: HTTP {resp.status}"
    return page


# ---------------------------------------------------------------------------
# sign-in


def test_create_admin_prints_a_one_time_password(fresh_admin):
    email, one_time = fresh_admin
    assert re.fullmatch(r"\S{16}", one_time), one_time


def test_login_page_has_the_form_and_no_a11y_violations(page, accounts_server):
    resp = page.goto(accounts_server.url("/login"))
    assert resp.status == 200
    form = page.locator("form#login-form")
    assert form.count() == 1
    assert form.locator('input#login-identifier[name="identifier"]').count() == 1
    assert form.locator("input#login-password").get_attribute("type") == "password"
    assert form.locator("button[type=submit]").count() == 1
    assert page.locator(".account-area").count() == 0, "signed-out page shows an account area"
    axe_check(page, "login")


def test_wrong_password_is_401_with_an_error_summary(page, accounts_server, fresh_admin):
    # The only failed sign-in on the shared server (the throttle counts per address).
    email, one_time = fresh_admin
    resp = sign_in(page, accounts_server.base_url, email, one_time + "x")
    assert resp.status == 401, f"wrong password: HTTP {resp.status} at {page.url}"
    summary = page.locator(".error-summary")
    assert summary.count() == 1, "no .error-summary after a wrong password"
    assert summary.get_attribute("role") == "alert"
    assert WRONG_LOGIN in summary.inner_text(), summary.inner_text()
    assert page.locator("#login-form").count() == 1, "the form is not shown again"
    assert page.locator("#login-password").input_value() == "", "the password is echoed back"
    assert page.locator(".account-area").count() == 0
    axe_check(page, "login with an error")


def test_first_sign_in_forces_a_password_change(page, accounts_server, fresh_admin):
    base = accounts_server.base_url
    email, one_time = fresh_admin
    resp = sign_in(page, base, email, one_time)
    assert resp.status == 200
    assert path_of(page) == "/account/password", f"first sign-in landed on {page.url}"
    form = page.locator("form#password-form")
    assert form.count() == 1
    for field in ("#password-current", "#password-new", "#password-confirm"):
        assert form.locator(field).count() == 1, f"{field} missing"
    axe_check(page, "account/password (forced)")

    # While the change is due, every other page leads back here.
    for other in ("/admin/users", "/account", "/admin/audit", "/workspace"):
        page.goto(base + other)
        assert path_of(page) == "/account/password", f"{other} while a change is due: ended on {page.url}"

    # A weak password is refused and the form comes back with the reasons.
    resp = change_password(page, one_time, WEAK_PASSWORD)
    assert 400 <= resp.status < 500, f"weak password answered HTTP {resp.status}"
    assert path_of(page) == "/account/password", page.url
    assert page.locator(".error-summary").count() == 1, "no .error-summary for a weak password"
    assert page.locator("form#password-form").count() == 1
    axe_check(page, "account/password with an error")
    page.goto(base + "/admin/users")
    assert path_of(page) == "/account/password", "a refused change lifted the redirect"

    # A strong one takes the administrator on to the workspace.
    resp = change_password(page, one_time, STRONG_PASSWORD)
    assert resp.status == 200, f"strong password: HTTP {resp.status} at {page.url}"
    assert path_of(page) == "/workspace", f"after the change the admin landed on {page.url}"
    assert_signed_in_header(page, "系统管理员")
    resp = page.goto(base + "/account")
    assert resp.status == 200 and path_of(page) == "/account", f"/account after the change: {page.url}"


def test_sign_out_returns_home_and_account_then_requires_sign_in(admin_page, accounts_server, admin):
    page, base = admin_page, accounts_server.base_url
    assert_signed_in_header(page, "系统管理员")
    page.goto(base + "/?lang=en")
    assert_signed_in_header(page, "系统管理员", sign_out_text="Sign out")
    page.goto(base + "/?lang=zh")
    assert_signed_in_header(page, "系统管理员")

    resp = sign_out(page)
    assert resp.status == 200
    assert path_of(page) == "/", f"sign-out ended on {page.url}"
    assert page.locator(".account-area").count() == 0, "still an account area after signing out"

    page.goto(base + "/account")
    assert path_of(page) == "/login", f"/account after sign-out ended on {page.url}"
    assert query_of(page).get("next") == "/account", f"login URL {page.url} does not carry next=/account"
    page.goto(base + "/admin/users")
    assert path_of(page) == "/login", f"/admin/users after sign-out ended on {page.url}"


# ---------------------------------------------------------------------------
# users


def test_users_page_lists_the_admin_and_has_no_a11y_violations(admin_page, accounts_server):
    page = admin_page
    assert page.locator("table#users").count() == 1
    rows = page.locator("table#users tr[data-user][data-role]")
    assert rows.count() >= 1
    roles = rows.evaluate_all("els => els.map(e => e.dataset.role)")
    assert "admin" in roles, roles
    assert page.locator("form#user-form").count() == 1
    options = page.locator("#user-role option").evaluate_all("els => els.map(o => o.value)")
    assert {"admin", "officer", "provider", "employer", "talent"} <= set(options), options
    departments = page.locator("#user-department option").evaluate_all("els => els.map(o => o.value)")
    assert {"HRSS", "MIIT"} <= set(departments), departments
    assert page.locator("#user-organization").count() == 1
    axe_check(page, "admin/users")


def test_officer_without_department_is_rejected_with_422(admin_page, accounts_server):
    page = admin_page
    before = page.locator("table#users tr[data-user]").count()
    resp = create_user(page, accounts_server.base_url, name="无部门干部", email=unique_email("nodept"),
                       role="officer", department=None)
    assert resp.status == 422, f"officer without department: HTTP {resp.status}"
    assert page.locator(".error-summary").count() == 1
    assert page.locator("#user-department").get_attribute("aria-invalid") == "true"
    assert page.locator("table#users tr[data-user]").count() == before, "an account was created anyway"
    axe_check(page, "admin/users with an error")


def test_admin_creates_an_officer_who_lands_on_the_workspace(admin_page, accounts_server):
    page, base = admin_page, accounts_server.base_url
    email = unique_email("officer")
    resp = create_user(page, base, name="人社局干部", email=email, role="officer", department="HRSS")
    assert resp.status == 201, f"creating an officer: HTTP {resp.status}"
    one_time = notice_password(page)
    row = page.locator('table#users tr[data-role="officer"]', has_text="人社局干部")
    assert row.count() == 1, "the new officer is not in table#users"

    sign_out(page)
    resp = sign_in_first_time(page, base, email, one_time, OTHER_STRONG_PASSWORD)
    assert resp.status == 200
    assert path_of(page) == "/workspace", f"officer landed on {page.url}"
    assert_signed_in_header(page, "人社局干部")
    lead = page.locator("#workspace-lead")
    assert lead.count() == 1, "no #workspace-lead under the heading"
    assert HRSS_FULL_NAME in lead.inner_text(), lead.inner_text()
    assert page.locator('table#targets tr[data-target="m1-engineers-trained"]').count() == 1
    measures = page.locator("li.measure[data-measure]")
    assert measures.count() >= 1, "no measures listed in the workspace"
    codes = measures.evaluate_all("els => els.map(e => e.dataset.measure)")
    assert all(re.fullmatch(r"M\d{1,2}", c) for c in codes), codes
    axe_check(page, "workspace (HRSS)")


# ---------------------------------------------------------------------------
# organisations


def test_credit_code_check_digit_then_a_valid_organization(admin_page, accounts_server):
    page, base = admin_page, accounts_server.base_url
    resp = page.goto(base + "/admin/organizations")
    assert resp.status == 200
    assert page.locator("form#organization-form").count() == 1
    axe_check(page, "admin/organizations")

    code = valid_credit_code()
    name = f"淄博数智科技有限公司{code[-4:]}"

    def fill(credit_code: str):
        page.locator("#org-name").fill(name)
        page.locator("#org-kind").select_option("enterprise")
        page.locator("#org-credit-code").fill(credit_code)
        page.locator("#org-district").select_option("370303")
        return submit(page, "#organization-form")

    resp = fill(with_wrong_check(code))
    assert resp.status == 422, f"wrong check character: HTTP {resp.status}"
    error = page.locator(".field:has(#org-credit-code) .field__error")
    assert error.count() == 1, "no .field__error next to the credit code field"
    assert "校验位" in error.inner_text(), error.inner_text()
    assert page.locator("#org-credit-code").get_attribute("aria-invalid") == "true"
    axe_check(page, "admin/organizations with a 422 error")

    resp = fill(code)
    assert resp.status == 200, f"valid code {code}: HTTP {resp.status}"
    assert resp.request.redirected_from is not None, "a valid organisation was not answered with a redirect"
    assert path_of(page) == "/admin/organizations", page.url
    row = page.locator("table#organizations tr", has_text=name)
    assert row.count() == 1, f"{name} is not in table#organizations"
    assert code in row.inner_text(), row.inner_text()


# ---------------------------------------------------------------------------
# API tokens


def test_api_token_is_shown_once_works_and_can_be_revoked(admin_page, accounts_server, admin):
    page, base = admin_page, accounts_server.base_url
    page.goto(base + "/account")
    token_name = f"e2e-{uuid.uuid4().hex[:6]}"
    page.locator("#token-name").fill(token_name)
    page.locator("#token-scope").select_option("read")
    page.locator("#token-days").fill("30")
    resp = submit(page, "#token-form")
    assert resp.status == 201, f"creating a token: HTTP {resp.status}"
    secret = page.locator("code#new-token").inner_text().strip()
    assert secret.startswith("tlt_"), secret
    axe_check(page, "account with a new token")

    api = http_get(base + "/api/v1/me", headers={"Authorization": f"Bearer {secret}"})
    assert api.status == 200, f"/api/v1/me with the token: HTTP {api.status}: {api.text[:500]}"
    me = api.json()
    assert me.get("email") == admin.email, me
    assert me.get("role") == "admin", me

    # Shown once: the page does not show it again.
    page.goto(base + "/account")
    assert page.locator("code#new-token").count() == 0, "the token is shown a second time"
    assert secret not in page.content()

    row = page.locator("table#tokens tr[data-token]", has_text=token_name)
    assert row.count() == 1, f"token {token_name} is not listed"
    with page.expect_navigation() as nav:
        row.get_by_role("button", name=re.compile("撤销")).click()
    assert nav.value.status == 200, f"revoking: HTTP {nav.value.status}"

    api = http_get(base + "/api/v1/me", headers={"Authorization": f"Bearer {secret}"})
    assert api.status == 401, f"/api/v1/me with a revoked token: HTTP {api.status}: {api.text[:500]}"
    assert api.content_type.startswith("application/problem+json"), api.content_type


# ---------------------------------------------------------------------------
# roles


def test_talent_gets_a_403_page_on_admin_pages(admin_page, accounts_server):
    page, base = admin_page, accounts_server.base_url
    email = unique_email("talent")
    resp = create_user(page, base, name="数字人才", email=email, mobile="13953300001", role="talent")
    assert resp.status == 201, f"creating a talent: HTTP {resp.status}"
    one_time = notice_password(page)
    assert page.locator('table#users tr[data-role="talent"]', has_text="数字人才").count() == 1

    sign_out(page)
    resp = sign_in_first_time(page, base, email, one_time, OTHER_STRONG_PASSWORD)
    assert resp.status == 200, f"talent after the password change: HTTP {resp.status} at {page.url}"
    assert path_of(page) != "/account/password", "the talent is still asked for a new password"

    for path in ("/admin/organizations", "/admin/audit"):
        resp = page.goto(base + path)
        assert resp.status == 403, f"talent on {path}: HTTP {resp.status}"
        assert "text/html" in resp.headers.get("content-type", ""), resp.headers.get("content-type")
        assert page.locator("main#main").count() == 1
        assert page.locator("h1").count() == 1
        assert_no_stack_trace(page)
        assert page.locator("table#organizations, table#audit-events, form#organization-form").count() == 0


# ---------------------------------------------------------------------------
# audit


def test_audit_page_lists_events(admin_page, accounts_server):
    page = admin_page
    resp = page.goto(accounts_server.url("/admin/audit"))
    assert resp.status == 200
    rows = page.locator("table#audit-events tr[data-sequence]")
    assert rows.count() >= 2
    sequences = rows.evaluate_all("els => els.map(e => Number(e.dataset.sequence))")
    assert all(s >= 1 for s in sequences), sequences
    assert len(set(sequences)) == len(sequences), f"repeated sequence numbers: {sequences}"
    actions = rows.locator("code").all_inner_texts()
    assert "session.create" in actions, actions
    assert "user.create" in actions, actions
    axe_check(page, "admin/audit")


# ---------------------------------------------------------------------------
# throttle (servers of their own: the throttle also counts per address)


def test_sixth_sign_in_for_one_account_is_throttled_even_with_the_right_password(page, servers, tmp_path):
    s = servers(name="throttle-account")
    email, one_time = create_admin(s.data_dir, unique_email("throttled"), tmp_root=tmp_path)
    for i in range(5):
        resp = sign_in(page, s.base_url, email, f"wrong-{i}-{one_time}")
        assert resp.status == 401, f"failure {i + 1}: HTTP {resp.status}"
    resp = sign_in(page, s.base_url, email, one_time)
    assert resp.status == 429, f"6th attempt (right password): HTTP {resp.status} at {page.url}"
    assert path_of(page) == "/login"
    assert "分钟后再试" in page.locator(".error-summary").inner_text()
    retry = resp.headers.get("retry-after")
    assert retry and retry.isdigit() and int(retry) > 0, f"Retry-After: {retry!r}"
    assert page.locator(".account-area").count() == 0, "signed in despite the throttle"


def test_sixth_sign_in_from_one_address_is_throttled(page, servers, tmp_path):
    s = servers(name="throttle-address")
    email, one_time = create_admin(s.data_dir, unique_email("victim"), tmp_root=tmp_path)
    for i in range(5):
        resp = sign_in(page, s.base_url, unique_email(f"nobody{i}"), "Not-The-Password-1")
        assert resp.status == 401, f"failure {i + 1}: HTTP {resp.status}"
    resp = sign_in(page, s.base_url, email, one_time)
    assert resp.status == 429, f"6th attempt from the same address: HTTP {resp.status} at {page.url}"
    assert "分钟后再试" in page.locator(".error-summary").inner_text()


# ---------------------------------------------------------------------------
# audit chain (last: stops the shared server)


def test_audit_chain_verifies_then_detects_a_changed_event(accounts_server, admin, tmp_path):
    data_dir: Path = accounts_server.data_dir
    result = run_talent(["audit", "verify"], tmp_path, data_dir=data_dir)
    assert result.returncode == 0, f"audit verify exited {result.returncode}:\n{result.output[-3000:]}"
    assert "Audit trail intact" in result.output, result.output[-3000:]

    accounts_server.stop()
    db = data_dir / "talent.sqlite"
    assert db.exists(), f"no SQLite file in {data_dir}: {sorted(p.name for p in data_dir.iterdir())}"
    con = sqlite3.connect(db)
    try:
        changed = con.execute("UPDATE audit_events SET entity_type = 'userx' WHERE sequence = 2").rowcount
        con.commit()
    finally:
        con.close()
    assert changed == 1, "there is no audit event 2 to change"

    result = run_talent(["audit", "verify"], tmp_path, data_dir=data_dir)
    assert result.returncode == 1, f"audit verify of a changed trail exited {result.returncode}:\n{result.output[-3000:]}"
    assert "broken at event 2" in result.output, result.output[-3000:]
