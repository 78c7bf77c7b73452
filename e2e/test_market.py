"""Browser tests of the urgent-need digital engineer catalogue (issue 18, M3): an
employer declares its needs on the page (a refusal keeps what was typed), an officer of
MIIT compiles and publishes the year's edition, the public catalogue shows it with its
filters and downloads, the home page's M3 target counts it, and administrators keep the
key industry chains. Each new page passes the accessibility scan (0 serious or critical)
and is kept as screenshots at desk and phone width."""

from __future__ import annotations

import datetime
import re

import pytest

from conftest import axe_check, http_get, save_screens
from test_accounts import admin, path_of, query_of  # noqa: F401  (admin is a fixture used by name)
from test_talents import _create_staff, employer, organizations  # noqa: F401  (fixtures used by name)
from test_training import error_summary_text, goto_ok, sign_in_as, step_page, submit_form

YEAR = datetime.date.today().year


@pytest.fixture(scope="module")
def industry_officer(browser, accounts_server, admin):
    """An officer of the industry and information technology bureau (MIIT), one of the
    catalogue's two departments."""
    return _create_staff(browser, accounts_server.base_url, admin, name="工信局干部", role="officer",
                         department="MIIT")


def add_line(page, *, occupation: str, headcount: str, low: str, high: str, urgency: str = "urgent"):
    form = page.locator("form#line-form")
    form.locator("#line-occupation").fill(occupation)
    form.locator("#line-chain").select_option("next-gen-it")
    form.locator("#line-headcount").fill(headcount)
    form.locator("#line-urgency").select_option(urgency)
    form.locator("#line-education").select_option("bachelor")
    form.locator("#line-pay-min").fill(low)
    form.locator("#line-pay-max").fill(high)
    form.locator("#line-skills").fill("Python、数据治理")
    return form


def test_an_employer_declares_the_departments_publish_and_anyone_reads_the_catalogue(
    browser, page, accounts_server, employer, industry_officer
):
    base = accounts_server.base_url
    # --- the employer declares
    sign_in_as(page, base, employer.email, employer.password)
    goto_ok(page, base + "/catalogue/declarations", "declarations (employer)")
    axe_check(page, "declarations (employer)")
    page.locator("#declaration-year").select_option(str(YEAR))
    submit_form(page, page.locator("form#declaration-open"), "open a declaration")
    assert re.fullmatch(r"/catalogue/declarations/[0-9A-F-]{36}", path_of(page)), page.url
    declaration = path_of(page)
    # upside-down pay: refused in place, what was typed kept
    form = add_line(page, occupation="2-02-38-03 大数据工程技术人员", headcount="6", low="20000", high="9000")
    submit_form(page, form, "a line with the pay upside down", expect_status=422)
    assert "月薪上限不能低于月薪下限" in error_summary_text(page)
    assert page.locator("#line-pay-min").input_value() == "20000"
    assert page.locator("#line-occupation").get_attribute("aria-describedby")
    form = add_line(page, occupation="2-02-38-03 大数据工程技术人员", headcount="6", low="9000", high="20000")
    submit_form(page, form, "a good line")
    assert query_of(page).get("notice") == "added", page.url
    row = page.locator("#declaration-lines tbody tr")
    assert row.count() == 1 and "9,000–20,000" in row.first.inner_text()
    axe_check(page, "declaration (employer)")
    save_screens(page, "catalogue_declaration")
    submit_form(page, page.locator("form#declaration-submit"), "submit the declaration")
    assert page.locator("[data-state=submitted]").count() == 1
    assert page.locator("form#line-form").count() == 0, "a submitted declaration is not edited"

    # --- MIIT compiles and publishes
    with step_page(browser, "officer_compiles", module="test_market") as officer_page:
        sign_in_as(officer_page, base, industry_officer.email, industry_officer.password)
        goto_ok(officer_page, base + "/catalogue/declarations", "declarations (officer)")
        assert officer_page.locator("#declarations tbody tr").count() >= 1
        axe_check(officer_page, "declarations (officer)")
        goto_ok(officer_page, base + "/catalogue/declarations/import", "declarations import")
        assert officer_page.locator("#import-template").count() == 1
        axe_check(officer_page, "declarations import")
        goto_ok(officer_page, base + "/catalogue/editions", "editions")
        officer_page.locator("#compile-year").select_option(str(YEAR))
        submit_form(officer_page, officer_page.locator("form#edition-compile"), "compile")
        assert re.fullmatch(r"/catalogue/editions/[0-9A-F-]{36}", path_of(officer_page)), officer_page.url
        assert officer_page.locator("#edition-entries tbody tr[data-occupation='2-02-38-03']").count() == 1
        axe_check(officer_page, "edition (draft)")
        save_screens(officer_page, "catalogue_edition_draft")
        # a draft is not public
        draft_id = path_of(officer_page).rsplit("/", 1)[1]
        assert http_get(base + f"/api/v1/catalogue-editions/{draft_id}/entries").status == 404
        submit_form(officer_page, officer_page.locator("form#edition-publish"), "publish")
        assert officer_page.locator("[data-state=published]").count() == 1
        assert officer_page.locator("form#edition-publish").count() == 0
        goto_ok(officer_page, base + "/catalogue/editions", "editions after publishing")
        save_screens(officer_page, "catalogue_editions")
        axe_check(officer_page, "editions")

    # --- anyone reads it
    with step_page(browser, "public_catalogue", module="test_market") as public:
        goto_ok(public, base + "/catalogue", "the public catalogue")
        assert str(YEAR) in public.locator("h1").inner_text()
        section = public.locator("section.catalogue-chain[data-chain='next-gen-it']")
        assert section.locator("tr[data-occupation='2-02-38-03']").count() == 1
        axe_check(public, "catalogue")
        save_screens(public, "catalogue_public")
        public.locator("#catalogue-urgency").select_option("general")
        submit_form(public, public.locator("form#catalogue-filter"), "filter by urgency")
        assert public.locator("#catalogue-no-match").count() == 1, "the one 急需 entry is filtered out"
        csv = http_get(base + public.locator("#catalogue-csv").get_attribute("href").replace("urgency=general", ""))
        assert csv.status == 200 and "2-02-38-03" in csv.text
        entries = http_get(base + f"/api/v1/catalogue-editions/{draft_id}/entries").json()["items"]
        assert [e["occupation"]["code"] for e in entries] == ["2-02-38-03"]
        assert entries[0]["headcount"] == 6 and entries[0]["payMinFen"] == 900_000
        # the M3 target counts the published catalogue
        goto_ok(public, base + "/measures/M3", "measure M3")
        target = public.locator("[data-target='m3-urgent-need-catalogue']")
        assert target.count() >= 1 and target.first.locator("[data-actual]").get_attribute("data-actual") == "1"


def test_administrators_keep_the_key_industry_chains(page, accounts_server, admin, organizations):
    base = accounts_server.base_url
    sign_in_as(page, base, admin.email, admin.password)
    goto_ok(page, base + "/admin/industry-chains", "industry chains")
    axe_check(page, "industry chains")
    page.locator("#chain-code").fill("new-materials")
    page.locator("#chain-zh").fill("新材料")
    page.locator("#chain-en").fill("New materials")
    submit_form(page, page.locator("form#industry-chain-form"), "add a chain")
    assert page.locator("#industry-chains tr[data-chain='new-materials']").count() == 1
    save_screens(page, "industry_chains")
    # an organisation's chain is set on its page
    own, _ = organizations
    goto_ok(page, base + f"/organizations/{own.id}/eligibility", "organisation page")
    page.locator("#organization-chain").select_option("new-materials")
    submit_form(page, page.locator("form#chain-form"), "set the chain")
    assert page.locator("#organization-chain-current").inner_text().strip() == "新材料"
    axe_check(page, "organisation page with its chain")


def test_an_employer_reports_pay_and_hrss_publishes_the_year_with_small_cells_suppressed(
    browser, page, accounts_server, employer, admin
):
    base = accounts_server.base_url
    pay_year = YEAR - 1
    sign_in_as(page, base, employer.email, employer.password)
    goto_ok(page, base + "/wages/reports", "pay reports (employer)")
    axe_check(page, "pay reports (employer)")
    page.locator("#wage-year").select_option(str(pay_year))
    submit_form(page, page.locator("form#wage-open"), "open a pay report")
    assert re.fullmatch(r"/wages/reports/[0-9A-F-]{36}", path_of(page)), page.url
    form = page.locator("form#wage-employees-form")
    form.locator("#wage-occupation").fill("2-02-38-03 大数据工程技术人员")
    form.locator("#wage-level").select_option("technician")
    form.locator("#wage-pays").fill("156000\n0")
    submit_form(page, form, "a pay of 0", expect_status=422)
    assert "第 2 个年薪" in error_summary_text(page)
    assert page.locator("#wage-pays").input_value() == "156000\n0"
    form.locator("#wage-pays").fill("156000\n180000\n204000")
    submit_form(page, form, "three employees")
    row = page.locator("#wage-groups tbody tr[data-occupation='2-02-38-03']")
    assert row.count() == 1 and "180,000" in row.inner_text(), "the employer's own median"
    axe_check(page, "pay report (employer)")
    save_screens(page, "wage_report")
    submit_form(page, page.locator("form#wage-submit"), "submit the report")

    with step_page(browser, "wages_publish", module="test_market") as office:
        sign_in_as(office, base, admin.email, admin.password)
        goto_ok(office, base + "/wages/years", "wage years")
        axe_check(office, "wage years")
        year_row = office.locator(f"#wage-years tr[data-year='{pay_year}']")
        submit_form(office, year_row.locator("form"), "publish the year")
        assert office.locator(f"#wage-years tr[data-year='{pay_year}'] a").count() == 1
        save_screens(office, "wage_years")

    with step_page(browser, "wages_public", module="test_market") as public:
        goto_ok(public, base + f"/wages/{pay_year}", "the public pay levels")
        row = public.locator("#wage-summary tr[data-occupation='2-02-38-03']")
        # one employer's three employees: counted, but no figure anywhere
        assert row.get_attribute("data-suppressed") == "true"
        with public.expect_navigation():
            row.locator("a").click()
        section = public.locator("section.wage-occupation[data-occupation='2-02-38-03']")
        assert section.locator("tr[data-suppressed='true']").count() >= 1
        assert section.locator("tr[data-suppressed='false']").count() == 0
        assert "180,000" not in public.content() and "156,000" not in public.content()
        csv = http_get(base + f"/wages/{pay_year}/download?format=csv")
        assert csv.status == 200 and "180000" not in csv.text and "不公布" in csv.text
        cells = http_get(base + f"/api/v1/wage-years/{pay_year}/cells").json()["items"]
        assert cells and all(c["suppressed"] and "annualPayFen" not in c for c in cells)
        axe_check(public, "pay levels")
        save_screens(public, "wages_public")
