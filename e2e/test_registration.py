"""Self-registration in the browser: the link from /login, the form at /register, its
validation (ID check digit, password rule, confirmation, consent, a taken email, answered without saying which detail is known) with
nothing saved on failure, the new talent signed in on a profile that shows the ID
number masked, /account with the links to the profile and the personal data download,
/account/my-data.json, the redirect of a signed-in talent away from /register, and a11y.

All tests share one fresh server (`accounts_server`, its own data dir) and one person
who has registered (`registered`). The login throttle counts failures per address: the
only failed sign-in here is the one that shows a refused registration created nothing.

Resident ID numbers are generated (GB 11643 check digit) for made-up birth dates and
sequence codes; they belong to nobody.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pytest

from conftest import ARTIFACTS, axe_check, save_screens
from test_accounts import (
    assert_no_stack_trace,
    path_of,
    query_of,
    sign_in,
    submit,
    unique_email,
)
from test_talents import (
    GENDER_TEXT,
    FakeID,
    assert_created_profile,
    fact,
    fake_mobile,
    fake_resident_id,
    field_error,
    new_browser_page,
    option_values,
    profile_facts,
    profile_id,
    unique_name,
)

DISTRICT = "370302"  # 淄川区
PASSWORD = "Zichuan-Data-88"
SHORT_PASSWORD = "Zb-1x"
INVITE = "还没有账号？注册数字人才账号"
FIELDS = ("#register-name", "#register-resident-id", "#register-email", "#register-mobile",
          "#register-password", "#register-confirm", "#register-district", "#register-education",
          "#register-school", "#register-major", "#register-graduation",
          "#register-skills", "#register-consent")


@dataclass(frozen=True)
class Registered:
    name: str
    email: str
    mobile: str
    password: str
    fid: FakeID
    talent_id: str


# ---------------------------------------------------------------------------
# helpers


def fill_registration(page, base_url: str, *, name: str, resident_id: str, email: str | None,
                      mobile: str | None = None, password: str = PASSWORD, confirm: str | None = None,
                      district: str = DISTRICT, education: str | None = "bachelor",
                      school: str | None = "山东理工大学", major: str | None = "数据科学与大数据技术",
                      graduation: str | None = "2024", occupations: str | None = "2-02-38-03",
                      skills: str | None = "Python、数据分析", consent: bool = True, validate: bool = True):
    """Fill /register (signed out) and submit; returns the response the page ends on.
    validate=False turns the browser's own checks off, as a hand-made request would."""
    resp = page.goto(base_url + "/register")
    assert resp.status == 200 and path_of(page) == "/register", f"/register: HTTP {resp.status} at {page.url}"
    page.locator("#register-name").fill(name)
    page.locator("#register-resident-id").fill(resident_id)
    page.locator("#register-email").fill(email or "")
    page.locator("#register-mobile").fill(mobile or "")
    page.locator("#register-password").fill(password)
    page.locator("#register-confirm").fill(password if confirm is None else confirm)
    page.locator("#register-district").select_option(district)
    page.locator("#register-education").select_option(education or "")
    page.locator("#register-school").fill(school or "")
    page.locator("#register-major").fill(major or "")
    page.locator("#register-graduation").fill(graduation or "")
    for code in (occupations or "").replace(",", " ").split():
        page.locator(f'#register-occupations input[name="occupations[]"][value="{code}"]').check()
    page.locator("#register-skills").fill(skills or "")
    box = page.locator("#register-consent")
    box.check() if consent else box.uncheck()
    if not validate:
        page.locator("#register-form").evaluate("f => { f.noValidate = true; }")
    return submit(page, "#register-form")


def register(page, base_url: str, *, email: str | None = None, mobile: str | None = None,
             gender: str | None = None) -> Registered:
    """Register a new person through the form; asserts the profile page it ends on."""
    fid = fake_resident_id(gender=gender, area=DISTRICT)
    name = unique_name("张注")
    email = email or unique_email("self")
    mobile = mobile or fake_mobile()
    resp = fill_registration(page, base_url, name=name, resident_id=fid.number, email=email, mobile=mobile)
    talent_id = assert_created_profile(page, resp)
    return Registered(name, email, mobile, PASSWORD, fid, talent_id)


def assert_talent_signed_in(page, name: str) -> None:
    area = page.locator(".account-area")
    assert area.count() == 1, f"no .account-area on {page.url}: the new talent is not signed in"
    link = area.locator(".account-link")
    assert link.count() == 1 and link.inner_text().strip() == name, (
        f"account link shows {link.all_inner_texts()!r}, expected {name!r}"
    )


def path_of_href(href: str | None) -> str:
    return re.sub(r"[?#].*$", "", re.sub(r"^https?://[^/]+", "", href or ""))


# ---------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="module")
def registered(browser, accounts_server) -> Registered:
    """A person who registered through /register (in a context of its own)."""
    context, pg = new_browser_page(browser)
    try:
        return register(pg, accounts_server.base_url, gender="male")
    except BaseException:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "test_registration_registered_fixture.png"), full_page=True)
        raise
    finally:
        context.close()


@pytest.fixture
def talent_page(page, accounts_server, registered):
    """`page`, signed in as the registered talent."""
    resp = sign_in(page, accounts_server.base_url, registered.email, registered.password)
    assert resp.status == 200, f"registered talent sign-in: HTTP {resp.status} at {page.url}"
    assert path_of(page) not in ("/login", "/account/password"), f"talent sign-in ended on {page.url}"
    return page


# ---------------------------------------------------------------------------
# the form


def test_login_links_to_an_empty_register_form_without_a11y_violations(page, accounts_server):
    page.goto(accounts_server.url("/login"))
    link = page.get_by_role("link", name=INVITE)
    assert link.count() == 1, f"/login has no link {INVITE!r}"
    assert path_of_href(link.get_attribute("href")) == "/register", link.get_attribute("href")
    with page.expect_navigation() as nav:
        link.click()
    assert nav.value.status == 200 and path_of(page) == "/register", f"the link led to {page.url}"

    form = page.locator("form#register-form")
    assert form.count() == 1
    assert (form.get_attribute("method") or "").lower() == "post"
    for control in FIELDS:
        assert form.locator(control).count() == 1, f"{control} missing from #register-form"
        label = page.locator(f'label[for="{control[1:]}"]')
        assert label.count() == 1 and label.inner_text().strip(), f"{control} has no label"
    # Occupations are ticked in a list named by its legend, not typed as codes.
    picker = form.locator("fieldset#register-occupations")
    assert picker.locator("legend").inner_text().strip() == "从事的数字职业（可多选）"
    assert picker.locator('input[type="checkbox"][value="2-02-38-03"]').count() == 1
    save_screens(page, "register_form")
    for control in ("#register-password", "#register-confirm"):
        assert form.locator(control).get_attribute("type") == "password", f"{control} is not a password field"
    assert form.locator("#register-consent").get_attribute("type") == "checkbox"
    assert not form.locator("#register-consent").is_checked(), "consent is ticked in advance"
    assert DISTRICT in option_values(page, "#register-district")
    assert "bachelor" in option_values(page, "#register-education")
    # Eligibility categories are recorded by staff, not self-declared.
    assert form.locator('input[name="categories[]"], input[name="keyGroups[]"], [name="employerID"]').count() == 0
    assert page.locator(".error-summary").count() == 0, "an empty form shows errors"
    assert page.locator(".account-area").count() == 0, "signed-out page shows an account area"
    axe_check(page, "register")



def test_every_error_at_once_is_422_and_creates_nothing(page, accounts_server):
    base = accounts_server.base_url
    fid = fake_resident_id(area=DISTRICT)
    email = unique_email("refused")
    name = unique_name("错误")
    resp = fill_registration(page, base, name=name, resident_id=fid.with_wrong_check, email=email,
                             mobile=fake_mobile(), password=SHORT_PASSWORD, confirm=SHORT_PASSWORD + "x",
                             consent=False, validate=False)
    assert resp.status == 422, f"a registration with four errors: HTTP {resp.status} at {page.url}"
    assert resp.request.redirected_from is None, "a refused registration was answered with a redirect"
    summary = page.locator(".error-summary")
    assert summary.count() == 1, "no .error-summary"
    text = summary.inner_text()
    for expected in ("身份证号码", "新密码至少需要", "两次输入的新密码不一致", "须取得本人同意"):
        assert expected in text, f"{expected!r} is not in the error summary: {text!r}"
    assert page.locator("#register-resident-id").get_attribute("aria-invalid") == "true"
    assert field_error(page, "#register-resident-id").count() == 1, "no .field__error next to the ID number"
    assert page.locator("form#register-form").count() == 1, "the form is not shown again"
    assert page.locator("#register-name").input_value() == name, "the name was not kept"
    assert page.locator("#register-email").input_value() == email, "the email was not kept"
    assert page.locator("#register-password").input_value() == "", "the password is echoed back"
    assert page.locator("#register-confirm").input_value() == "", "the confirmation is echoed back"
    assert page.locator("dl#talent-profile").count() == 0
    assert page.locator(".account-area").count() == 0, "signed in after a refused registration"
    assert_no_stack_trace(page)
    axe_check(page, "register with 422 errors")

    # Nothing was created: that email cannot sign in (the module's only failed sign-in).
    resp = sign_in(page, base, email, SHORT_PASSWORD)
    assert resp.status == 401, f"signing in as a refused registrant: HTTP {resp.status} at {page.url}"
    assert page.locator(".account-area").count() == 0


def test_an_email_of_another_account_is_422_without_saying_so(page, accounts_server, registered):
    fid = fake_resident_id(area=DISTRICT)
    resp = fill_registration(page, accounts_server.base_url, name=unique_name("重邮"), resident_id=fid.number,
                             email=registered.email, mobile=fake_mobile())
    assert resp.status == 422, f"a taken email: HTTP {resp.status} at {page.url}"
    summary = page.locator(".error-summary")
    assert summary.count() == 1, "no .error-summary for a taken email"
    # One answer whichever detail is known, and no field marked: the form must not tell
    # anyone whether a person is in the pool (issue 14).
    assert "无法用这些信息注册" in summary.inner_text(), summary.inner_text()
    assert "邮箱" not in summary.inner_text(), summary.inner_text()
    assert page.locator("[aria-invalid=true]").count() == 0
    assert page.locator("dl#talent-profile").count() == 0
    assert page.locator(".account-area").count() == 0, "signed in after a refused registration"


# ---------------------------------------------------------------------------
# a registered talent


def test_registration_signs_in_on_a_masked_profile(page, accounts_server):
    # A woman here (even sequence digit); the `registered` fixture is a man.
    gender = "female"
    person = register(page, accounts_server.base_url, gender=gender)
    assert_talent_signed_in(page, person.name)
    assert page.locator("h1").inner_text().strip() == person.name
    facts = profile_facts(page)
    id_fact = fact(facts, "身份证")
    assert id_fact == person.fid.masked, f"the talent sees {id_fact!r}, expected {person.fid.masked}"
    assert re.fullmatch(rf"{DISTRICT}\*{{8}}[\dX]{{4}}", id_fact), id_fact
    assert person.fid.number not in page.content(), "the full ID number is in the talent's page"
    assert fact(facts, "性别") == GENDER_TEXT[gender], f"{person.fid.number}: {facts}"
    assert fact(facts, "出生") == person.fid.birth.isoformat(), f"{person.fid.number}: {facts}"
    assert fact(facts, "学历") == "本科", facts
    assert "淄川" in page.locator("dl#talent-profile").inner_text()


def test_account_links_to_the_profile_and_the_data_download(talent_page, accounts_server, registered):
    page, base = talent_page, accounts_server.base_url
    resp = page.goto(base + "/account")
    assert resp.status == 200 and path_of(page) == "/account", f"/account: HTTP {resp.status} at {page.url}"
    assert_talent_signed_in(page, registered.name)
    profile = page.locator("main").get_by_role("link", name="我的人才档案")
    assert profile.count() == 1, "no link 我的人才档案 on /account"
    assert path_of_href(profile.get_attribute("href")).lower() == f"/talents/{registered.talent_id}".lower()
    download = page.get_by_role("link", name="下载我的全部数据（JSON）")
    assert download.count() == 1, "no link 下载我的全部数据（JSON） on /account"
    assert path_of_href(download.get_attribute("href")) == "/account/my-data.json"
    axe_check(page, "account (registered talent)")

    with page.expect_navigation():
        profile.click()
    assert profile_id(page).lower() == registered.talent_id.lower(), page.url
    assert query_of(page).get("created") is None
    assert page.locator(".notice").count() == 0, "the 'saved' notice shows on a plain visit"
    assert fact(profile_facts(page), "身份证") == registered.fid.masked


def test_my_data_json_holds_everything_in_full(talent_page, accounts_server, registered):
    resp = talent_page.request.get(accounts_server.url("/account/my-data.json"))
    assert resp.status == 200, f"/account/my-data.json: HTTP {resp.status}: {resp.text()[:500]}"
    headers = resp.headers
    assert headers.get("content-type", "").startswith("application/json"), headers.get("content-type")
    assert "attachment" in headers.get("content-disposition", ""), headers.get("content-disposition")
    data = json.loads(resp.text())

    talent = data.get("talent") or {}
    assert (talent.get("id") or "").lower() == registered.talent_id.lower(), talent
    assert talent.get("residentID") == registered.fid.number, f"residentID in the export: {talent.get('residentID')!r}"
    assert talent.get("mobile") == registered.mobile, f"mobile in the export: {talent.get('mobile')!r}"
    assert talent.get("gender") == registered.fid.gender, talent
    assert talent.get("birthDate") == registered.fid.birth.isoformat(), talent
    account = data.get("account") or {}
    assert account.get("email") == registered.email, account
    assert account.get("mobile") == registered.mobile, account
    assert account.get("role") == "talent", account
    consent = data.get("consent") or {}
    assert consent.get("at") and consent.get("version") and consent.get("purpose"), f"consent: {consent}"
    actions = [e.get("action") for e in data.get("history") or []]
    assert "user.register" in actions and "talent.create" in actions, f"history actions: {actions}"

    # Signed out, there is nothing to download.
    talent_page.context.clear_cookies()
    resp = talent_page.request.get(accounts_server.url("/account/my-data.json"), max_redirects=0)
    assert resp.status in (302, 303, 401), f"my-data.json signed out: HTTP {resp.status}"
    assert registered.fid.number not in resp.text()


def test_signed_in_talent_on_register_goes_to_the_workspace(talent_page, accounts_server):
    page = talent_page
    resp = page.goto(accounts_server.url("/register"))
    assert resp.status == 200, f"/register signed in: HTTP {resp.status} at {page.url}"
    assert resp.request.redirected_from is not None, "/register signed in was not a redirect"
    assert path_of(page) == "/workspace", f"/register signed in ended on {page.url}"
    assert page.locator("form#register-form").count() == 0
