"""Talent profiles in the browser: the form at /talents/new, its validation (ID check
digit, consent, duplicates), the profile page, who may see full identifiers (admin and
officer) and who only masked ones (an employer, on the page and in the API), the
employer's own-organisation rule, the 403 for a talent, and a11y.

All tests share one fresh server (`accounts_server`, its own data dir) with one
administrator who has already chosen a password (`admin`), two organisations, an
officer and an employer bound to the first organisation. No test here makes a failed
sign-in (the login throttle counts failures per address).

Resident ID numbers are generated (GB 11643 check digit) for made-up birth dates and
sequence codes; they belong to nobody.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from dataclasses import dataclass

import pytest

from conftest import (
    ARTIFACTS,
    axe_check,
    http_get,
)
from test_accounts import (  # noqa: F401  (admin, admin_page are fixtures used by name)
    OTHER_STRONG_PASSWORD,
    Account,
    admin,
    admin_page,
    assert_no_stack_trace,
    create_user,
    notice_password,
    path_of,
    query_of,
    sign_in,
    sign_in_first_time,
    sign_out,
    submit,
    unique_email,
    valid_credit_code,
)

DISTRICT = "370303"  # 张店区
OCCUPATIONS = "2-02-38-03, 4-04-05-05"
SKILLS = "Python、数据分析"
CATEGORIES = ("taishan", "special_allowance", "provincial_flexible", "zibo_elite")
PROFILE_PATH = re.compile(r"^/talents/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")
GENDER_TEXT = {"male": "男", "female": "女"}


# ---------------------------------------------------------------------------
# fake resident ID numbers (GB 11643-1999)

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"
_issued: set[str] = set()


def id_check_char(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


@dataclass(frozen=True)
class FakeID:
    number: str
    birth: dt.date
    gender: str  # "male" | "female"

    @property
    def masked(self) -> str:
        return f"{self.number[:6]}{'*' * 8}{self.number[-4:]}"

    @property
    def with_wrong_check(self) -> str:
        wrong = next(c for c in "0123456789X" if c != self.number[-1])
        return self.number[:-1] + wrong


def fake_resident_id(gender: str | None = None, area: str = DISTRICT) -> FakeID:
    """A valid, never-before-issued (in this run) ID number for a made-up person born
    between 1975 and 2003; the sequence code's last digit is odd for men, even for women."""
    while True:
        birth = dt.date(1975, 1, 1) + dt.timedelta(days=random.randrange(0, 29 * 365))
        g = gender or random.choice(("male", "female"))
        seq = random.randrange(0, 100) * 10 + random.choice((1, 3, 5, 7, 9) if g == "male" else (0, 2, 4, 6, 8))
        first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
        number = first17 + id_check_char(first17)
        if number not in _issued:
            _issued.add(number)
            return FakeID(number, birth, g)


def fake_mobile() -> str:
    return "1395330" + "".join(random.choice("0123456789") for _ in range(4))


def test_fake_resident_ids_satisfy_gb_11643():
    # A published example from GB 11643 (11010519491231002X) checks the generator's arithmetic.
    assert id_check_char("11010519491231002") == "X"
    for _ in range(50):
        fid = fake_resident_id()
        n = fid.number
        assert re.fullmatch(r"370303\d{11}[\dX]", n), n
        assert n[6:14] == f"{fid.birth:%Y%m%d}"
        assert (int(n[16]) % 2 == 1) == (fid.gender == "male")
        assert id_check_char(n[:17]) == n[17]
        assert id_check_char(fid.with_wrong_check[:17]) != fid.with_wrong_check[17]


# ---------------------------------------------------------------------------
# helpers


@dataclass
class Org:
    id: str
    name: str
    credit_code: str


def new_browser_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    context.set_default_timeout(15_000)
    return context, context.new_page()


def fill_talent_form(page, base_url: str, *, name: str, resident_id: str, mobile: str | None = None,
                     email: str | None = None, district: str = DISTRICT, education: str | None = "bachelor",
                     school: str | None = None, major: str | None = None, graduation: str | None = None,
                     employer: str | None = None, occupations: str | None = None, skills: str | None = None,
                     categories: tuple[str, ...] = (), key_groups: tuple[str, ...] = (),
                     consent: bool = True, goto: bool = True):
    """Fill /talents/new as the signed-in user and submit; returns the response the
    page ends on (after redirects). `employer` is an organisation uuid or None (—)."""
    if goto:
        resp = page.goto(base_url + "/talents/new")
        assert resp.status == 200, f"/talents/new: HTTP {resp.status}"
    page.locator("#talent-name").fill(name)
    page.locator("#talent-resident-id").fill(resident_id)
    page.locator("#talent-mobile").fill(mobile or "")
    page.locator("#talent-email").fill(email or "")
    page.locator("#talent-district").select_option(district)
    page.locator("#talent-education").select_option(education or "")
    page.locator("#talent-school").fill(school or "")
    page.locator("#talent-major").fill(major or "")
    page.locator("#talent-graduation").fill(graduation or "")
    page.locator("#talent-employer").fill(employer or "")
    for code in (occupations or "").replace(",", " ").split():
        page.locator(f'#talent-occupations input[name="occupations[]"][value="{code}"]').check()
    page.locator("#talent-skills").fill(skills or "")
    for code in categories:
        page.locator(f'input[name="categories[]"][value="{code}"]').check()
    for code in key_groups:
        page.locator(f'input[name="keyGroups[]"][value="{code}"]').check()
    consent_box = page.locator("#consent-yes")
    if consent:
        consent_box.check()
    else:
        consent_box.uncheck()
    return submit(page, "#talent-form")


def profile_id(page) -> str:
    m = PROFILE_PATH.match(path_of(page))
    assert m, f"not a profile page: {page.url}"
    return m.group(1)


def profile_facts(page) -> dict[str, str]:
    """dl#talent-profile as {dt text: dd text}."""
    dl = page.locator("dl#talent-profile")
    assert dl.count() == 1, "no dl#talent-profile on the profile page"
    pairs = dl.evaluate(
        """dl => { const out = []; let key = null;
                   for (const el of dl.children) {
                     if (el.tagName === 'DT') key = el.textContent.trim();
                     else if (el.tagName === 'DD' && key !== null) { out.push([key, el.textContent.trim()]); key = null; }
                   } return out; }"""
    )
    return dict(pairs)


def revealed_facts(page) -> dict[str, str]:
    """The profile's facts after 查看完整号码: a profile shows masked numbers until a reader
    the policy names asks for the full ones (each read audited)."""
    ids = fact(profile_facts(page), "身份证")
    assert re.fullmatch(r"\d{6}\*{8}[\dX]{4}", ids), f"the profile shows {ids!r} before it is asked"
    form = page.locator("#reveal-identifiers")
    assert form.count() == 1, "no 查看完整号码 button for a reader of full numbers"
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    return profile_facts(page)


def fact(facts: dict[str, str], *labels: str) -> str:
    """The value of the first fact whose label contains any of `labels`."""
    for label, value in facts.items():
        if any(l in label for l in labels):
            return value
    raise AssertionError(f"no fact labelled {labels} in {facts}")


def assert_created_profile(page, resp) -> str:
    """The page is a fresh profile reached by a redirect with ?created=1; returns its id."""
    assert resp.status == 200, f"creating a profile: HTTP {resp.status} at {page.url}"
    assert resp.request.redirected_from is not None, "a valid profile was not answered with a redirect"
    talent_id = profile_id(page)
    assert query_of(page).get("created") == "1", f"profile URL {page.url} lacks ?created=1"
    notice = page.locator(".notice")
    assert notice.count() >= 1, "no .notice after creating a profile"
    assert notice.first.inner_text().strip(), "the .notice is empty"
    assert page.locator("dl#talent-profile").count() == 1
    return talent_id


def session_cookie_header(page) -> str:
    return "; ".join(f"{c['name']}={c['value']}" for c in page.context.cookies())


def api_talent(page, base_url: str, talent_id: str):
    """GET /api/v1/talents/<id> with the page's session cookie (not through the browser)."""
    return http_get(f"{base_url}/api/v1/talents/{talent_id}",
                    headers={"Cookie": session_cookie_header(page), "Accept": "application/json"})


def option_values(page, select: str) -> list[str]:
    return page.locator(f"{select} option").evaluate_all("els => els.map(o => o.value)")


def field_error(page, control: str):
    return page.locator(f".field:has({control}) .field__error")


def unique_name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:4]}"


# ---------------------------------------------------------------------------
# fixtures (module scope: one fresh server for the whole file)


def _create_organization(page, base_url: str, name: str) -> Org:
    page.goto(base_url + "/admin/organizations")
    code = valid_credit_code()
    page.locator("#org-name").fill(name)
    page.locator("#org-kind").select_option("enterprise")
    page.locator("#org-credit-code").fill(code)
    page.locator("#org-district").select_option(DISTRICT)
    resp = submit(page, "#organization-form")
    assert resp.status == 200, f"creating organisation {name}: HTTP {resp.status} at {page.url}"
    assert page.locator("table#organizations tr", has_text=name).count() == 1, f"{name} is not listed"
    # Its id: the value of its option in the users form.
    page.goto(base_url + "/admin/users")
    option = page.locator("#user-organization option", has_text=name)
    assert option.count() == 1, f"{name} is not offered in #user-organization"
    org_id = option.get_attribute("value")
    assert org_id and re.fullmatch(r"[0-9a-fA-F-]{36}", org_id), org_id
    return Org(org_id, name, code)


def _create_staff(browser, base_url: str, admin: Account, *, name: str, role: str,
                  department: str | None = None, organization: Org | None = None) -> Account:
    """The administrator creates an account; its holder signs in and picks a password."""
    email = unique_email(role)
    context, pg = new_browser_page(browser)
    try:
        resp = sign_in(pg, base_url, admin.email, admin.password)
        assert path_of(pg) == "/workspace", f"admin sign-in ended on {pg.url} ({resp.status})"
        if organization is None:
            resp = create_user(pg, base_url, name=name, email=email, role=role, department=department)
        else:
            pg.goto(base_url + "/admin/users")
            pg.locator("#user-name").fill(name)
            pg.locator("#user-email").fill(email)
            pg.locator("#user-role").select_option(role)
            pg.locator("#user-department").select_option(department or "")
            pg.locator("#user-organization").select_option(organization.id)
            resp = submit(pg, "#user-form")
        assert resp.status == 201, f"creating {role} {name}: HTTP {resp.status}"
        one_time = notice_password(pg)
        sign_out(pg)
        resp = sign_in_first_time(pg, base_url, email, one_time, OTHER_STRONG_PASSWORD)
        assert resp.status == 200, f"{role} after the password change: HTTP {resp.status} at {pg.url}"
        assert path_of(pg) != "/account/password", f"{role} is still asked for a new password"
    except BaseException:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / f"test_talents_{role}_fixture.png"), full_page=True)
        raise
    finally:
        context.close()
    return Account(email, OTHER_STRONG_PASSWORD)


@pytest.fixture(scope="module")
def organizations(browser, accounts_server, admin) -> tuple[Org, Org]:
    """(the employer's own organisation, another one)."""
    context, pg = new_browser_page(browser)
    try:
        base = accounts_server.base_url
        resp = sign_in(pg, base, admin.email, admin.password)
        assert path_of(pg) == "/workspace", f"admin sign-in ended on {pg.url} ({resp.status})"
        suffix = uuid.uuid4().hex[:4]
        own = _create_organization(pg, base, f"淄博数智科技有限公司{suffix}")
        other = _create_organization(pg, base, f"齐鲁云计算有限公司{suffix}")
    except BaseException:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "test_talents_organizations_fixture.png"), full_page=True)
        raise
    finally:
        context.close()
    return own, other


@pytest.fixture(scope="module")
def officer(browser, accounts_server, admin) -> Account:
    return _create_staff(browser, accounts_server.base_url, admin, name="人社局干部", role="officer",
                         department="HRSS")


@pytest.fixture(scope="module")
def employer(browser, accounts_server, admin, organizations) -> Account:
    own, _ = organizations
    return _create_staff(browser, accounts_server.base_url, admin, name="用人单位经办人", role="employer",
                         organization=own)


@pytest.fixture
def officer_page(page, accounts_server, officer):
    resp = sign_in(page, accounts_server.base_url, officer.email, officer.password)
    assert resp.status == 200, f"officer sign-in: HTTP {resp.status} at {page.url}"
    assert path_of(page) not in ("/login", "/account/password"), f"officer sign-in ended on {page.url}"
    return page


@pytest.fixture
def employer_page(page, accounts_server, employer):
    resp = sign_in(page, accounts_server.base_url, employer.email, employer.password)
    assert resp.status == 200, f"employer sign-in: HTTP {resp.status} at {page.url}"
    assert path_of(page) not in ("/login", "/account/password"), f"employer sign-in ended on {page.url}"
    return page


# ---------------------------------------------------------------------------
# the form


def test_signed_out_new_talent_form_asks_to_sign_in(page, accounts_server):
    page.goto(accounts_server.url("/talents/new"))
    assert path_of(page) == "/login", f"/talents/new signed out ended on {page.url}"
    assert query_of(page).get("next") == "/talents/new", f"login URL {page.url} does not carry next=/talents/new"


def test_new_talent_form_has_the_fields_and_no_a11y_violations(admin_page, accounts_server):
    page = admin_page
    resp = page.goto(accounts_server.url("/talents/new"))
    assert resp.status == 200, f"/talents/new: HTTP {resp.status}"
    form = page.locator("form#talent-form")
    assert form.count() == 1
    assert (form.get_attribute("method") or "").lower() == "post"
    for control in ("#talent-name", "#talent-resident-id", "#talent-mobile", "#talent-email",
                    "#talent-district", "#talent-education", "#talent-school", "#talent-major",
                    "#talent-graduation", "#talent-employer", "#talent-skills",
                    "#consent-yes"):
        assert form.locator(control).count() == 1, f"{control} missing from #talent-form"
        label = page.locator(f'label[for="{control[1:]}"]')
        assert label.count() == 1 and label.inner_text().strip(), f"{control} has no label"
    assert DISTRICT in option_values(page, "#talent-district")
    assert "bachelor" in option_values(page, "#talent-education")
    categories = form.locator('input[type=checkbox][name="categories[]"]').evaluate_all("els => els.map(e => e.value)")
    assert set(CATEGORIES) <= set(categories), categories
    key_groups = form.locator('input[type=checkbox][name="keyGroups[]"]').evaluate_all("els => els.map(e => e.value)")
    assert "college_graduates" in key_groups, key_groups
    assert form.locator('#consent-yes[type=checkbox][name="consent"]').get_attribute("value") == "yes"
    assert not page.locator("#consent-yes").is_checked(), "consent is ticked in advance"
    assert page.locator(".error-summary").count() == 0, "an empty form shows errors"
    assert form.locator("button[type=submit]").count() == 1
    axe_check(page, "talents/new")


# ---------------------------------------------------------------------------
# creating profiles


def test_admin_creates_a_profile_and_sees_the_full_id(admin_page, accounts_server, organizations):
    page, base = admin_page, accounts_server.base_url
    own, _ = organizations
    fid = fake_resident_id()
    mobile = fake_mobile()
    name = unique_name("王数")
    resp = fill_talent_form(
        page, base, name=name, resident_id=fid.number, mobile=mobile, email=unique_email("talent"),
        school="山东理工大学", major="数据科学与大数据技术", graduation="2024", employer=own.id,
        occupations=OCCUPATIONS, skills=SKILLS, categories=("taishan", "zibo_elite"),
        key_groups=("college_graduates",),
    )
    talent_id = assert_created_profile(page, resp)
    assert page.locator("h1").inner_text().strip() == name

    facts = revealed_facts(page)
    id_fact = fact(facts, "身份证")
    assert id_fact == fid.number, f"admin sees {id_fact!r}, expected the full number {fid.number}"
    assert fact(facts, "性别") == GENDER_TEXT[fid.gender], facts
    assert fact(facts, "出生") == fid.birth.isoformat(), facts
    assert fact(facts, "手机") == mobile, facts
    assert fact(facts, "学历") == "本科", facts
    assert fact(facts, "毕业年份") == "2024", facts
    assert own.name in fact(facts, "单位"), facts
    occupations = fact(facts, "职业")
    assert "2-02-38-03" in occupations and "4-04-05-05" in occupations, occupations
    skills = fact(facts, "技能标签")
    assert "Python" in skills and "数据分析" in skills, skills
    assert "张店" in page.locator("dl#talent-profile").inner_text()
    axe_check(page, "talent profile (admin)")

    # Reopened without ?created=1: no notice, same facts.
    page.goto(f"{base}/talents/{talent_id}")
    assert page.locator(".notice").count() == 0, "the 'saved' notice shows on a plain visit"
    assert fact(revealed_facts(page), "身份证") == fid.number

    api = api_talent(page, base, talent_id)
    assert api.status == 200, f"API as admin: HTTP {api.status}: {api.text[:500]}"
    body = api.json()
    assert body.get("id", "").lower() == talent_id.lower(), body
    assert body.get("residentID") == fid.number, body
    assert body.get("residentIDMasked") == fid.masked, body
    assert body.get("gender") == fid.gender, body
    assert body.get("birthDate") == fid.birth.isoformat(), body
    assert sorted(body.get("occupations", [])) == ["2-02-38-03", "4-04-05-05"], body
    assert body.get("skills") == ["Python", "数据分析"], body
    assert sorted(body.get("categories", [])) == ["taishan", "zibo_elite"], body
    assert body.get("keyGroups") == ["college_graduates"], body
    assert (body.get("employerID") or "").lower() == own.id.lower(), body


@pytest.mark.parametrize("gender", ["male", "female"])
def test_birth_date_and_gender_come_from_the_id_number(admin_page, accounts_server, gender):
    page, base = admin_page, accounts_server.base_url
    fid = fake_resident_id(gender=gender)
    resp = fill_talent_form(page, base, name=unique_name("李智"), resident_id=fid.number, education=None)
    assert_created_profile(page, resp)
    facts = profile_facts(page)
    assert fact(facts, "性别") == GENDER_TEXT[gender], f"{fid.number}: {facts}"
    assert fact(facts, "出生") == fid.birth.isoformat(), f"{fid.number}: {facts}"


def test_wrong_check_digit_is_422_with_a_field_error(admin_page, accounts_server):
    page, base = admin_page, accounts_server.base_url
    fid = fake_resident_id()
    name = unique_name("赵校")
    resp = fill_talent_form(page, base, name=name, resident_id=fid.with_wrong_check, occupations=OCCUPATIONS)
    assert resp.status == 422, f"wrong check digit: HTTP {resp.status} at {page.url}"
    assert path_of(page) == "/talents", f"the error page is at {page.url}"
    summary = page.locator(".error-summary")
    assert summary.count() == 1, "no .error-summary for a wrong check digit"
    error = field_error(page, "#talent-resident-id")
    assert error.count() == 1, "no .field__error next to the ID number"
    assert "校验位" in error.inner_text(), error.inner_text()
    assert page.locator("#talent-resident-id").get_attribute("aria-invalid") == "true"
    assert page.locator("form#talent-form").count() == 1, "the form is not shown again"
    assert page.locator("#talent-name").input_value() == name, "the name was not kept"
    ticked = page.locator('#talent-occupations input[name="occupations[]"]:checked').evaluate_all(
        "els => els.map(e => e.value)")
    assert ticked == OCCUPATIONS.split(", "), f"the occupations were not kept: {ticked}"
    assert page.locator("dl#talent-profile").count() == 0
    assert_no_stack_trace(page)
    axe_check(page, "talents/new with a 422 error")


def test_missing_consent_is_422_and_nothing_is_saved(admin_page, accounts_server):
    page, base = admin_page, accounts_server.base_url
    fid = fake_resident_id()
    resp = fill_talent_form(page, base, name=unique_name("钱意"), resident_id=fid.number, consent=False)
    assert resp.status == 422, f"no consent: HTTP {resp.status} at {page.url}"
    assert page.locator(".error-summary").count() == 1
    error = page.locator("fieldset:has(#consent-yes) .field__error")
    assert error.count() == 1, "no .field__error in the consent fieldset"
    assert "同意" in error.inner_text(), error.inner_text()
    assert "同意" in page.locator(".error-summary").inner_text()
    assert not page.locator("#consent-yes").is_checked()
    assert field_error(page, "#talent-resident-id").count() == 0, "a valid ID number was reported as wrong"
    axe_check(page, "talents/new without consent")

    # Nothing was written: the same number is accepted once consent is given.
    resp = fill_talent_form(page, base, name=unique_name("钱意"), resident_id=fid.number, consent=True)
    assert_created_profile(page, resp)


def test_the_same_id_number_twice_is_422(admin_page, accounts_server):
    page, base = admin_page, accounts_server.base_url
    fid = fake_resident_id()
    resp = fill_talent_form(page, base, name=unique_name("孙重"), resident_id=fid.number)
    first_id = assert_created_profile(page, resp)

    resp = fill_talent_form(page, base, name=unique_name("孙重"), resident_id=fid.number)
    assert resp.status == 422, f"the same ID number again: HTTP {resp.status} at {page.url}"
    assert page.locator(".error-summary").count() == 1
    error = field_error(page, "#talent-resident-id")
    assert error.count() == 1, "no .field__error next to the ID number"
    assert "已在人才库中" in error.inner_text(), error.inner_text()
    assert page.locator("#talent-resident-id").get_attribute("aria-invalid") == "true"
    axe_check(page, "talents/new with a duplicate ID number")

    # The first profile is untouched.
    page.goto(f"{base}/talents/{first_id}")
    assert fact(revealed_facts(page), "身份证") == fid.number


# ---------------------------------------------------------------------------
# who sees what


def test_officer_creates_a_profile_and_sees_the_full_id(officer_page, accounts_server):
    page, base = officer_page, accounts_server.base_url
    fid = fake_resident_id()
    mobile = fake_mobile()
    resp = fill_talent_form(page, base, name=unique_name("周官"), resident_id=fid.number, mobile=mobile,
                            occupations="2-02-38-03", key_groups=("college_graduates",))
    talent_id = assert_created_profile(page, resp)
    facts = revealed_facts(page)
    assert fact(facts, "身份证") == fid.number, facts
    assert fact(facts, "手机") == mobile, facts
    axe_check(page, "talent profile (officer)")

    api = api_talent(page, base, talent_id)
    assert api.status == 200, f"API as officer: HTTP {api.status}: {api.text[:500]}"
    assert api.json().get("residentID") == fid.number, api.json()


def test_employer_sees_only_masked_identifiers(employer_page, accounts_server, organizations):
    page, base = employer_page, accounts_server.base_url
    own, _ = organizations
    page.goto(base + "/talents/new")
    assert own.name in option_values(page, "#talent-employer-suggestions"), "the employer's own organisation is not offered"

    fid = fake_resident_id()
    mobile = fake_mobile()
    resp = fill_talent_form(page, base, name=unique_name("吴企"), resident_id=fid.number, mobile=mobile,
                            employer=own.id, occupations=OCCUPATIONS, skills=SKILLS, goto=False)
    talent_id = assert_created_profile(page, resp)
    facts = profile_facts(page)
    id_fact = fact(facts, "身份证")
    assert id_fact == fid.masked, f"employer sees {id_fact!r}, expected {fid.masked}"
    assert re.fullmatch(r"370303\*{8}[\dX]{4}", id_fact), id_fact
    mobile_fact = fact(facts, "手机")
    assert mobile_fact != mobile and "*" in mobile_fact, f"employer sees the mobile number {mobile_fact!r}"
    assert fact(facts, "性别") == GENDER_TEXT[fid.gender], facts
    assert fact(facts, "出生") == fid.birth.isoformat(), facts
    assert own.name in fact(facts, "单位"), facts
    html = page.content()
    assert fid.number not in html, "the full ID number is in the employer's page"
    assert mobile not in html, "the full mobile number is in the employer's page"
    axe_check(page, "talent profile (employer)")

    api = api_talent(page, base, talent_id)
    assert api.status == 200, f"API as employer: HTTP {api.status}: {api.text[:500]}"
    assert api.content_type.startswith("application/json"), api.content_type
    body = api.json()
    assert body.get("residentIDMasked") == fid.masked, body
    assert "residentID" not in body, f"the API gives the employer residentID: {body}"
    assert "mobile" not in body, f"the API gives the employer the mobile number: {body}"
    assert fid.number not in api.text and mobile not in api.text, api.text


def test_employer_cannot_enter_a_profile_for_another_organization(employer_page, accounts_server, organizations):
    page, base = employer_page, accounts_server.base_url
    _, other = organizations
    page.goto(base + "/talents/new")
    # The form does not suggest it; a typed id is still refused.
    assert other.name not in option_values(page, "#talent-employer-suggestions")
    fid = fake_resident_id()
    resp = fill_talent_form(page, base, name=unique_name("郑外"), resident_id=fid.number,
                            employer=other.id, goto=False)
    assert resp.status == 422, f"employer naming another organisation: HTTP {resp.status} at {page.url}"
    assert page.locator(".error-summary").count() == 1
    error = field_error(page, "#talent-employer")
    assert error.count() == 1, "no .field__error next to the employer"
    assert "只能为本单位录入" in error.inner_text(), error.inner_text()
    assert page.locator("#talent-employer").get_attribute("aria-invalid") == "true"
    assert page.locator("dl#talent-profile").count() == 0
    axe_check(page, "talents/new with another organisation")


def test_employer_cannot_see_another_organizations_profile(admin_page, accounts_server, organizations,
                                                         employer):
    page, base = admin_page, accounts_server.base_url
    _, other = organizations
    fid = fake_resident_id()
    resp = fill_talent_form(page, base, name=unique_name("冯他"), resident_id=fid.number, employer=other.id)
    talent_id = assert_created_profile(page, resp)

    sign_out(page)
    resp = sign_in(page, base, employer.email, employer.password)
    assert resp.status == 200 and path_of(page) != "/login", f"employer sign-in ended on {page.url}"
    resp = page.goto(f"{base}/talents/{talent_id}")
    assert resp.status == 404, f"employer on another organisation's profile: HTTP {resp.status}"
    assert page.locator("dl#talent-profile").count() == 0
    html = page.content()
    assert fid.number not in html and fid.masked not in html, "the other organisation's profile leaks"
    assert_no_stack_trace(page)
    api = api_talent(page, base, talent_id)
    assert api.status == 404, f"API, employer, another organisation's profile: HTTP {api.status}: {api.text[:500]}"
    assert fid.masked not in api.text


def test_talent_gets_a_403_on_the_new_talent_form(admin_page, accounts_server):
    page, base = admin_page, accounts_server.base_url
    email = unique_email("talent")
    resp = create_user(page, base, name="数字人才", email=email, mobile=fake_mobile(), role="talent")
    assert resp.status == 201, f"creating a talent: HTTP {resp.status}"
    one_time = notice_password(page)
    sign_out(page)
    resp = sign_in_first_time(page, base, email, one_time, OTHER_STRONG_PASSWORD)
    assert resp.status == 200, f"talent after the password change: HTTP {resp.status} at {page.url}"

    resp = page.goto(base + "/talents/new")
    assert resp.status == 403, f"talent on /talents/new: HTTP {resp.status}"
    assert "text/html" in resp.headers.get("content-type", ""), resp.headers.get("content-type")
    assert page.locator("form#talent-form").count() == 0, "the talent is shown the form"
    assert page.locator("main#main").count() == 1
    assert page.locator("h1").count() == 1
    assert_no_stack_trace(page)
