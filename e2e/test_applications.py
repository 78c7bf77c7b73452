"""Applications in the browser (issue 16): a talent sees "我能申报什么", starts a claim
for the unemployment-insurance skill-upgrade subsidy from it, attaches the documents and
submits; the HRSS officer finds it in the department's queue and returns it for
correction; the talent reads the reason, attaches a new document and resubmits; the
officer approves it and the subsidy is paid once — the eligibility page then says it
was claimed, and the talent's notifications tell each move. A 破格 title application is
approved, recognising the title on the profile, and the recognition is revoked. An
administrator simulates a draft policy (政策模拟) and reads its report. An employer
declares its organisation's figures and reads the enterprise loans. Every new page is
scanned with axe (no serious or critical violation).

One fresh server (`accounts_server`) with an administrator, an HRSS officer who records
the talent's skill-level certificate (issued a month ago), and one self-registered talent.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from conftest import REPO, axe_check, http_get
from test_accounts import admin  # noqa: F401  (a fixture used by name)
from test_talents import _create_organization, _create_staff
from test_training import (
    SHANGHAI,
    goto_ok,
    register_talent,
    sign_in_as,
    step_page,
    submit_form,
)

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
PNG = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(200)
APPLICATION_PATH = re.compile(r"^/applications/([0-9A-Fa-f-]{36})$")


@pytest.fixture(scope="module")
def officer(browser, accounts_server, admin):  # noqa: F811
    return _create_staff(browser, accounts_server.base_url, admin, name="人社局补贴经办人", role="officer",
                         department="HRSS")


@pytest.fixture(scope="module")
def claimant(browser, accounts_server, officer):
    """A talent who registered, with an intermediate skill-level certificate in
    2-02-38-03 recorded by the officer a month after it was issued."""
    base = accounts_server.base_url
    person = register_talent(browser, base, "王", "芳")
    issued = (dt.datetime.now(SHANGHAI).date() - dt.timedelta(days=30)).isoformat()
    with step_page(browser, "claimant_certificate", module="test_applications") as pg:
        sign_in_as(pg, base, officer.email, officer.password)
        goto_ok(pg, f"{base}/certificates/new?talent={person.talent_id}", "certificate form")
        form = pg.locator("#certificate-form")
        form.locator("[name=kind]").select_option("skill_level")
        form.locator("[name=level]").select_option("intermediate")
        form.locator("[name=occupationCode]").select_option("2-02-38-03")
        form.locator("[name=issuerName]").fill("山东省职业技能鉴定中心")
        form.locator("[name=number]").fill("JN-E2E-0001")
        form.locator("[name=issuedOn]").fill(issued)
        submit_form(pg, form, "recording the certificate")
    return person


def attach(pg, code: str, name: str, content: bytes, tmp_path) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    form = pg.locator("#attach-form")
    form.locator("[name=code]").select_option(code)
    form.locator("[name=file]").set_input_files(str(path))
    submit_form(pg, form, f"attaching {name}")
    assert "notice=attached" in pg.url, f"attaching {name} ended on {pg.url}"


def title_on_profile(pg) -> str:
    return pg.locator("xpath=//dt[normalize-space()='职称等级']/following-sibling::dd[1]").first.inner_text().strip()


def state_of(pg) -> str:
    return pg.locator("#application-facts dd").first.inner_text().strip()


def test_a_talent_claims_the_subsidy_is_returned_corrects_it_and_is_paid(
        browser, accounts_server, officer, claimant, tmp_path):
    base = accounts_server.base_url
    talent_context = browser.new_context(locale="zh-CN")
    officer_context = browser.new_context(locale="zh-CN")
    try:
        talent = talent_context.new_page()
        sign_in_as(talent, base, claimant.email, claimant.password)
        # 我能申报什么: the skill-upgrade subsidy for the certificate, with its amount
        goto_ok(talent, base + "/account/eligibility", "eligibility page")
        axe_check(talent, "eligibility page")
        card = talent.locator("[data-rule='subsidy-skill_upgrade']")
        assert card.count() == 1
        assert "¥1,500.00" in card.inner_text()
        assert card.get_attribute("data-outcome") == "needs_review"
        with talent.expect_navigation():
            card.locator("button[type=submit]").click()
        match = APPLICATION_PATH.match(talent.url.split("?")[0].replace(base, ""))
        assert match, f"starting the application ended on {talent.url}"
        application = match.group(0)
        axe_check(talent, "application draft")

        # a text file is refused by its content, beside the file field
        wrong = tmp_path / "证书.pdf"
        wrong.write_bytes(b"not a pdf at all")
        form = talent.locator("#attach-form")
        form.locator("[name=code]").select_option("certificate")
        form.locator("[name=file]").set_input_files(str(wrong))
        submit_form(talent, form, "attaching a text file", expect_status=422)
        assert "PDF、JPEG 或 PNG" in talent.locator("#attach-file-error").inner_text()
        attach(talent, "certificate", "证书.pdf", PDF, tmp_path)
        attach(talent, "bank_account", "社保卡.png", PNG, tmp_path)
        submit_form(talent, talent.locator(f"form[action='{application}/submit']"), "submitting")
        assert state_of(talent) == "待审核"

        # the department's queue, then the return with a reason
        desk = officer_context.new_page()
        sign_in_as(desk, base, officer.email, officer.password)
        goto_ok(desk, base + "/applications", "the department's queue")
        axe_check(desk, "the department's queue")
        assert claimant.name in desk.locator("#applications").inner_text()
        goto_ok(desk, base + application, "the application, as the officer")
        axe_check(desk, "the application, as the officer")
        desk.locator("#decide-comment").fill("社保卡照片不清晰，请重新上传。")
        with desk.expect_navigation():
            desk.locator(f"#decide-form button[formaction='{application}/return']").click()
        assert state_of(desk) == "退回补正"

        # the talent corrects and resubmits
        goto_ok(talent, base + application, "the returned application")
        assert "社保卡照片不清晰，请重新上传。" in talent.locator("#application-history").inner_text()
        attach(talent, "bank_account", "社保卡-清晰.png", PNG, tmp_path)
        submit_form(talent, talent.locator(f"form[action='{application}/submit']"), "resubmitting")
        assert state_of(talent) == "待审核"

        # approved: paid the policy's amount, and the certificate cannot be claimed again
        goto_ok(desk, base + application, "the resubmitted application")
        with desk.expect_navigation():
            desk.locator("#decide-form button", has_text="通过").first.click()
        assert state_of(desk) == "已通过"
        assert "¥1,500.00" in desk.locator("#application-facts").inner_text()
        history = desk.locator("#application-history li")
        assert [history.nth(i).get_attribute("data-to") for i in range(history.count())] == [
            "draft", "submitted", "returned", "submitted", "approved"]

        # the talent was told of every move: the header counts the unread, the page lists them
        goto_ok(talent, base + "/notifications", "notifications")
        axe_check(talent, "notifications")
        assert talent.locator("#notifications-link .badge--count").count() == 1
        notes = talent.locator("#notifications").inner_text()
        for state in ("待审核", "退回补正", "已通过"):
            assert state in notes, f"no notification of {state!r}: {notes!r}"
        with talent.expect_navigation():
            talent.locator("form[action='/notifications/read'] button").click()
        assert talent.locator("#notifications-link .badge--count").count() == 0

        goto_ok(talent, base + "/applications", "my applications")
        axe_check(talent, "my applications")
        assert "已通过" in talent.locator("#applications").inner_text()
        goto_ok(talent, base + "/account/eligibility", "eligibility after payment")
        card = talent.locator("[data-rule='subsidy-skill_upgrade']")
        assert card.get_attribute("data-outcome") == "not_eligible"
        assert "已申领过" in card.inner_text()
    finally:
        talent_context.close()
        officer_context.close()


def test_an_exceptional_title_application_recognises_the_title_and_a_reviewer_revokes_it(
        browser, accounts_server, officer, claimant, tmp_path):
    """破格申报高级职称: the talent applies from the eligibility page, the officer approves
    it, the profile's title becomes 副高级; the officer then revokes the recognition with
    a reason and the title goes back."""
    base = accounts_server.base_url
    talent_context = browser.new_context(locale="zh-CN")
    officer_context = browser.new_context(locale="zh-CN")
    try:
        talent = talent_context.new_page()
        sign_in_as(talent, base, claimant.email, claimant.password)
        goto_ok(talent, base + "/account/eligibility", "eligibility page")
        card = talent.locator("[data-rule='exceptional-senior']")
        assert card.get_attribute("data-outcome") == "needs_review"
        with talent.expect_navigation():
            card.locator("button[type=submit]").click()
        match = APPLICATION_PATH.match(talent.url.split("?")[0].replace(base, ""))
        assert match, f"starting the application ended on {talent.url}"
        application = match.group(0)
        assert "破格申报副高级职称" in talent.locator("#application-facts").inner_text()
        attach(talent, "achievements", "业绩.pdf", PDF, tmp_path)
        attach(talent, "employer_recommendation", "推荐意见.pdf", PDF, tmp_path)
        submit_form(talent, talent.locator(f"form[action='{application}/submit']"), "submitting")
        assert "破格申报不自动判定" in talent.locator("#application-decision").inner_text()

        desk = officer_context.new_page()
        sign_in_as(desk, base, officer.email, officer.password)
        goto_ok(desk, base + application, "the 破格 application, as the officer")
        # a title involves no amount: the decision form asks none
        assert desk.locator("#decide-amount").count() == 0
        with desk.expect_navigation():
            desk.locator("#decide-form button", has_text="通过").first.click()
        assert state_of(desk) == "已通过"
        assert "认定副高级职称" in desk.locator("#application-recognition").inner_text()
        axe_check(desk, "an approved title application, as the officer")
        goto_ok(desk, f"{base}/talents/{claimant.talent_id}", "the profile after the recognition")
        assert title_on_profile(desk) == "副高级"

        # revoking needs a reason, then takes the title back
        goto_ok(desk, base + application, "the approved application")
        form = desk.locator("#revoke-recognition-form")
        submit_form(desk, form, "revoking without a reason", expect_status=422)
        assert desk.locator("#revoke-reason-error").count() == 1
        desk.locator("#revoke-reason").fill("业绩材料经核查不实。")
        submit_form(desk, desk.locator("#revoke-recognition-form"), "revoking the recognition")
        assert "已于" in desk.locator("#application-recognition").inner_text()
        assert desk.locator("#revoke-recognition-form").count() == 0
        goto_ok(desk, f"{base}/talents/{claimant.talent_id}", "the profile after the revocation")
        assert title_on_profile(desk) != "副高级"
    finally:
        talent_context.close()
        officer_context.close()


def test_an_administrator_simulates_a_draft_policy_and_reads_what_it_would_change(
        browser, accounts_server, admin, claimant, tmp_path):  # noqa: F811
    """A draft that maps the intermediate skill level (the claimant's certificate) to
    an assistant title: the claimant gains the new crossover rule; nothing is activated."""
    base = accounts_server.base_url
    shipped = (REPO / "Sources/Reference/Resources/policy/zibo-2025.yaml").read_text(encoding="utf-8")
    old = "{skill_level: senior, title_level: assistant, min_years: 0}"
    assert old in shipped
    draft = tmp_path / "草案.yaml"
    # the kind of application made under the crossover names its rules: renamed with it
    draft.write_text(shipped.replace(old, "{skill_level: intermediate, title_level: assistant, min_years: 0}")
                     .replace(", crossover-senior,", ", crossover-intermediate,"), encoding="utf-8")
    active_before = http_get(base + "/api/v1/policy").json()["checksum"]
    context = browser.new_context(locale="zh-CN")
    try:
        pg = context.new_page()
        sign_in_as(pg, base, admin.email, admin.password)
        goto_ok(pg, base + "/admin/policy-simulations", "the simulation form")
        axe_check(pg, "the simulation form")
        # a file that is not a policy is refused beside the field, nothing queued
        bad = tmp_path / "bad.yaml"
        bad.write_text("measures: 3\n", encoding="utf-8")
        form = pg.locator("#simulation-form")
        form.locator("[name=file]").set_input_files(str(bad))
        submit_form(pg, form, "a file that is not a policy", expect_status=422)
        assert "政策文件草案未通过校验" in pg.locator(".error-summary").inner_text()

        form = pg.locator("#simulation-form")
        form.locator("[name=file]").set_input_files(str(draft))
        submit_form(pg, form, "starting the simulation")
        assert re.search(r"/admin/policy-simulations/[0-9A-Fa-f-]{36}$", pg.url), pg.url
        # the page follows the job and reloads itself until the report is there
        pg.wait_for_selector("#simulation-summary", timeout=60_000)
        axe_check(pg, "the simulation report")
        gained = pg.locator("#simulation-rules tr[data-rule='crossover-intermediate']")
        assert gained.count() == 1
        assert "草案新增的规则" in gained.inner_text()
        assert gained.locator("td").nth(3).inner_text().strip() == "1"
        removed = pg.locator("#simulation-rules tr[data-rule='crossover-senior']")
        assert "草案删除的规则" in removed.inner_text()
        samples = pg.locator("#simulation-samples").inner_text()
        assert "王*" in samples and claimant.name not in samples
        with pg.expect_download() as download:
            pg.locator("a[href$='/report.xlsx']").click()
        assert download.value.suggested_filename == "policy-simulation.xlsx"
        # nothing was activated: the active policy is the one there was before
        assert http_get(base + "/api/v1/policy").json()["checksum"] == active_before
    finally:
        context.close()


def test_an_employer_declares_its_figures_and_reads_the_enterprise_loans(browser, accounts_server, admin):  # noqa: F811
    """M4 for organisations: the employer's "我能申报什么" is its organisation's page; a
    figure that is not a number is refused beside its field; saved figures decide the
    small-and-micro-enterprise loans (over the staff ceiling: refused, naming it)."""
    base = accounts_server.base_url
    with step_page(browser, "employer_organisation", module="test_applications") as pg:
        sign_in_as(pg, base, admin.email, admin.password)
        organization = _create_organization(pg, base, "淄博数智创业科技有限公司")
    employer = _create_staff(browser, base, admin, name="数智创业人事", role="employer", organization=organization)
    context = browser.new_context(locale="zh-CN")
    try:
        pg = context.new_page()
        sign_in_as(pg, base, employer.email, employer.password)
        goto_ok(pg, base + "/account/eligibility", "the employer's eligibility page")
        assert pg.url.startswith(f"{base}/organizations/{organization.id}/eligibility"), pg.url
        axe_check(pg, "an organisation's eligibility page")
        form = pg.locator("#facts-form")
        form.locator("[name=year]").fill("2025")
        form.locator("[name=staffCount]").fill("一百二十")
        submit_form(pg, form, "a staff count in words", expect_status=422)
        assert pg.locator("#facts-staff-error").count() == 1
        axe_check(pg, "an organisation's eligibility page with an error")
        form = pg.locator("#facts-form")
        form.locator("[name=staffCount]").fill("120")
        form.locator("[name=revenueYuan]").fill("5000000")
        submit_form(pg, form, "saving the figures")
        assert "单位情况已保存。" in pg.locator("main").inner_text()
        boost = pg.locator("[data-rule='loan-boost-enterprise']")
        assert boost.get_attribute("data-outcome") == "not_eligible"
        assert "从业人员 120 人，超过 100 人。" in boost.inner_text()
    finally:
        context.close()


def test_an_employer_applies_for_its_organisations_loan(browser, accounts_server, admin):  # noqa: F811
    """M4 enterprise loans: the employer starts the guaranteed loan from its organisation's
    page (an amount over the cap is refused beside its field), lands on the application
    and finds it in its own 我的申报."""
    base = accounts_server.base_url
    with step_page(browser, "loan_organisation", module="test_applications") as pg:
        sign_in_as(pg, base, admin.email, admin.password)
        organization = _create_organization(pg, base, "淄博数智借贷科技有限公司")
    employer = _create_staff(browser, base, admin, name="数智借贷人事", role="employer", organization=organization)
    context = browser.new_context(locale="zh-CN")
    try:
        pg = context.new_page()
        sign_in_as(pg, base, employer.email, employer.password)
        goto_ok(pg, f"{base}/organizations/{organization.id}/eligibility", "the organisation's eligibility page")
        form = pg.locator("#facts-form")
        form.locator("[name=year]").fill("2026")
        form.locator("[name=staffCount]").fill("60")
        form.locator("[name=revenueYuan]").fill("8000000")
        form.locator("[name=newHireKeyGroupPercent]").fill("18")
        submit_form(pg, form, "saving the figures")
        card = pg.locator("[data-rule='loan-guaranteed-enterprise']")
        assert card.get_attribute("data-outcome") == "eligible"
        card.locator("[name=amountAsked]").fill("4000000.01")
        submit_form(pg, card.locator("form"), "an amount over the cap", expect_status=422)
        card = pg.locator("[data-rule='loan-guaranteed-enterprise']")
        assert "¥4,000,000.00" in card.inner_text()
        axe_check(pg, "an organisation's eligibility page with a refused start")
        card.locator("[name=amountAsked]").fill("2000000")
        submit_form(pg, card.locator("form"), "starting the loan application")
        assert APPLICATION_PATH.match(pg.url.removeprefix(base).split("?")[0]), pg.url
        assert "淄博数智借贷科技有限公司" in pg.locator("main").inner_text()
        axe_check(pg, "an organisation's application")
        goto_ok(pg, base + "/applications", "the employer's applications")
        assert "小微企业创业担保贷款申请" in pg.locator("main").inner_text()
    finally:
        context.close()


def test_an_officer_builds_a_nomination_list_submits_it_and_records_the_outcome(
    browser, accounts_server, officer, claimant
):
    """推荐: the HRSS officer makes a district's 淄博英才计划 list, where the intermediate-level
    claimant cannot be added (high-skill talent only); then a citywide list for the
    State Council special allowance, adds the claimant, submits it, and records them
    selected — their profile then carries the category. Each page scanned with axe."""
    base = accounts_server.base_url
    context = browser.new_context(locale="zh-CN")
    try:
        pg = context.new_page()
        sign_in_as(pg, base, officer.email, officer.password)
        goto_ok(pg, base + "/nominations", "the nomination lists")
        axe_check(pg, "the nomination lists")
        form = pg.locator("#new-list")
        form.locator("[name=programme]").select_option("special-allowance")
        form.locator("[name=district]").select_option("370303")
        submit_form(pg, form, "a district for a citywide programme", expect_status=422)
        assert "此项目全市统一推荐，不分区县。" in pg.locator("main").inner_text()
        axe_check(pg, "the nomination lists with a refused form")

        form = pg.locator("#new-list")
        form.locator("[name=programme]").select_option("zibo-elite-high-skill")
        form.locator("[name=district]").select_option("370303")
        submit_form(pg, form, "a district's list")
        goto_ok(pg, pg.url.split("?")[0] + "?q=" + claimant.name, "searching the district's pool")
        found = pg.locator("#matches li").filter(has_text=claimant.name)
        assert "技能等级须为高级工及以上" in found.inner_text()
        assert "名单 0 人" in pg.locator("#share").inner_text()
        axe_check(pg, "a district's list with search results")

        goto_ok(pg, base + "/nominations", "the nomination lists")
        form = pg.locator("#new-list")
        form.locator("[name=programme]").select_option("special-allowance")
        submit_form(pg, form, "a citywide list")
        list_path = pg.url.removeprefix(base).split("?")[0]
        goto_ok(pg, base + list_path + "?q=" + claimant.name, "searching the pool")
        submit_form(pg, pg.locator("#matches li").filter(has_text=claimant.name).locator("form"), "adding")
        assert claimant.name in pg.locator("#candidates").inner_text()
        submit_form(pg, pg.locator("#list-actions form").first, "submitting the list")
        assert "已提交" in pg.locator("#list-state").inner_text()
        axe_check(pg, "a submitted list")
        row = pg.locator("#candidates tr").filter(has_text=claimant.name)
        row.locator("[name=outcome]").select_option("selected")
        submit_form(pg, row.locator("form"), "recording the outcome")
        assert "入选" in pg.locator("#candidates tr").filter(has_text=claimant.name).inner_text()
        goto_ok(pg, f"{base}/talents/{claimant.talent_id}", "the claimant's profile")
        assert "政府特殊津贴专家" in pg.locator("main").inner_text()
    finally:
        context.close()
