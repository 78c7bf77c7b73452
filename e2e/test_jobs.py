"""Browser tests of the digital job zone of 淄博—高校人才直通车 (M3): an officer opens a
recruitment campaign, an employer saves a post in it (a refusal keeps what was typed)
and publishes it, a talent turns job seeking on and is matched to the post (masked, on
the employer's side), finds it on the public board by a two-character keyword and the
district, applies, and is moved through interview and offer to hired; the campaign
counts the hire. Each page passes the accessibility scan (0 serious or critical) and
the new ones are kept as screenshots at desk and phone width."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from conftest import axe_check, save_screens
from test_accounts import admin, path_of, query_of  # noqa: F401  (admin is a fixture used by name)
from test_talents import _create_staff, employer, organizations  # noqa: F401  (fixtures used by name)
from test_training import (
    OCCUPATION,
    error_summary_text,
    goto_ok,
    register_talent,
    sign_in_as,
    step_page,
    submit_form,
    zibo_today,
)

UUID_RE = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
DISTRICT = "370303"  # 张店区
TITLE = "数据标注与治理工程师"
KEYWORD = "标注"
NOTES = {"interview": "请于周三上午来面试", "offer": "薪资按 12000 元/月", "hired": "欢迎加入"}


@pytest.fixture(scope="module")
def jobs_officer(browser, accounts_server, admin):
    return _create_staff(browser, accounts_server.base_url, admin, name="人社局招聘专员", role="officer",
                         department="HRSS")


@pytest.fixture(scope="module")
def seeker(browser, accounts_server):
    """A self-registered talent whose profile names the post's occupation (2-02-38-03)
    and lives in its district."""
    return register_talent(browser, accounts_server.base_url, "钱", "明")


def fill_post(form, campaign_id: str, *, headcount: str, deadline: str):
    form.locator("#post-campaign").select_option(campaign_id)
    form.locator("#post-title").fill(TITLE)
    form.locator("#post-occupation").fill(OCCUPATION)
    form.locator("#post-chain").select_option("next-gen-it")
    form.locator("#post-district").select_option(DISTRICT)
    form.locator("#post-headcount").fill(headcount)
    form.locator("#post-education").select_option("bachelor")
    form.locator("#post-experience").fill("1")
    form.locator("#post-pay-min").fill("8000")
    form.locator("#post-pay-max").fill("15000")
    form.locator("#post-deadline").fill(deadline)
    form.locator("#post-skills").fill("Python、数据标注")
    form.locator("#post-description").fill("负责工业视觉数据的标注规范与质量治理。\n张店区办公，提供人才公寓。")


def seeking_state(page) -> str:
    return page.locator("#job-seeking-state").get_attribute("data-findable")


def toggle_seeking(page, label: str) -> None:
    submit_form(page, page.locator("form#job-seeking"), label)
    assert path_of(page) == "/jobs/mine" and query_of(page).get("notice") in ("on", "off"), page.url


def my_application_state(page) -> str:
    rows = page.locator("#my-applications tbody tr[data-application]")
    assert rows.count() == 1, f"{rows.count()} applications on /jobs/mine"
    return rows.first.locator("[data-state]").get_attribute("data-state")


def move_applicant(page, name: str, to: str) -> None:
    row = page.locator("#applicants tbody tr[data-application]", has_text=name)
    assert row.count() == 1, f"no applicant row naming {name}"
    row.locator("select[name=state]").select_option(to)
    row.locator("input[name=note]").fill(NOTES[to])
    submit_form(page, row.locator("form"), f"move the application to {to}")
    assert query_of(page).get("notice") == "moved", page.url
    state = page.locator("#applicants tbody tr[data-application]", has_text=name).locator("[data-state]")
    assert state.get_attribute("data-state") == to


def test_an_employer_posts_a_talent_finds_and_applies_and_is_hired(
    browser, page, accounts_server, employer, jobs_officer, seeker
):
    base = accounts_server.base_url
    today = zibo_today()
    campaign = f"{today.year}淄博—高校人才直通车·数字专场"
    with step_page(browser, "officer", module="test_jobs") as office, \
            step_page(browser, "employer", module="test_jobs") as boss:
        # --- an officer opens a campaign
        sign_in_as(office, base, jobs_officer.email, jobs_officer.password)
        goto_ok(office, base + "/jobs/campaigns", "campaigns (officer)")
        axe_check(office, "campaigns (officer)")
        form = office.locator("form#campaign-form")
        form.locator("#campaign-name").fill(campaign)
        form.locator("#campaign-starts").fill(today.isoformat())
        form.locator("#campaign-ends").fill((today + dt.timedelta(days=30)).isoformat())
        form.locator("#campaign-description").fill("面向高校毕业生的数字经济岗位专场。")
        submit_form(office, form, "create a campaign")
        m = re.fullmatch(rf"/jobs/campaigns/({UUID_RE})", path_of(office))
        assert m and query_of(office).get("notice") == "created", office.url
        campaign_id = m.group(1)
        assert office.locator("#campaign-hires").inner_text().strip() == "0"
        axe_check(office, "campaign (officer)")

        # --- the talent turns job seeking on
        sign_in_as(page, base, seeker.email, seeker.password)
        goto_ok(page, base + "/jobs/mine", "my jobs")
        assert seeking_state(page) == "false", "job seeking is off until the talent turns it on"
        axe_check(page, "my jobs (off)")
        toggle_seeking(page, "turn job seeking on")
        assert seeking_state(page) == "true"

        # --- the employer saves a post: headcount 0 is refused in place, what was typed kept
        sign_in_as(boss, base, employer.email, employer.password)
        goto_ok(boss, base + "/jobs/posts", "posts (employer)")
        axe_check(boss, "posts (employer)")
        deadline = (today + dt.timedelta(days=20)).isoformat()
        form = boss.locator("form#post-form")
        fill_post(form, campaign_id, headcount="0", deadline=deadline)
        submit_form(boss, form, "a post for 0 people", expect_status=422)
        assert "需求人数" in error_summary_text(boss), error_summary_text(boss)
        assert boss.locator("#post-title").input_value() == TITLE
        assert boss.locator("#post-district").input_value() == DISTRICT
        assert boss.locator("#post-pay-max").input_value() == "15000"
        assert boss.locator("#post-headcount").get_attribute("aria-describedby")
        axe_check(boss, "posts (refused)")
        save_screens(boss, "jobs_posts_refused")
        boss.locator("#post-headcount").fill("3")
        submit_form(boss, boss.locator("form#post-form"), "a good post")
        m = re.fullmatch(rf"/jobs/({UUID_RE})", path_of(boss))
        assert m and query_of(boss).get("notice") == "saved", boss.url
        post_id = m.group(1)
        assert boss.locator("[data-state=draft]").count() >= 1
        axe_check(boss, "post (draft)")
        submit_form(boss, boss.locator("form#post-publish"), "publish the post")
        assert query_of(boss).get("notice") == "published", boss.url
        assert boss.locator("[data-state=published]").count() >= 1
        assert boss.locator("form#post-publish").count() == 0
        axe_check(boss, "post (owner)")
        save_screens(boss, "jobs_post_owner")
        goto_ok(boss, base + "/jobs/posts", "posts after publishing")
        assert boss.locator(f"#posts tr[data-post='{post_id}'] [data-state=published]").count() == 1

        # --- the opted-in talent is matched, masked, before applying
        boss.locator("#posts").locator(f"tr[data-post='{post_id}'] td.number a").click()
        boss.wait_for_load_state()
        assert path_of(boss) == f"/jobs/{post_id}/applicants", boss.url
        assert boss.locator("#applicants-empty").count() == 1
        match = boss.locator(f"#matches li[data-talent='{seeker.talent_id}']")
        assert match.count() == 1, "the opted-in talent is not among the matches"
        heading = match.locator("h3").inner_text()
        assert heading.startswith(seeker.name[0] + "**") and seeker.name not in boss.content(), heading
        assert match.locator("[data-reason='same_occupation']").count() == 1
        assert match.locator("form button[type=submit]").count() == 1, "no invite button"
        axe_check(boss, "applicants (matches)")
        save_screens(boss, "jobs_applicants_matches")

        # --- the talent finds the post by two characters and the district, and applies
        goto_ok(page, base + "/jobs", "job board")
        axe_check(page, "job board")
        page.locator("#job-q").fill(KEYWORD)
        page.locator("#job-district").select_option(DISTRICT)
        submit_form(page, page.locator("form#job-search"), "search the board")
        assert query_of(page).get("q") == KEYWORD and query_of(page).get("district") == DISTRICT, page.url
        card = page.locator(f"#job-list li[data-post='{post_id}']")
        assert card.count() == 1, f"the post is not found; {page.locator('#job-count').inner_text()}"
        assert page.locator("#job-list li").count() == 1 and "1" in page.locator("#job-count").inner_text()
        axe_check(page, "job board (search)")
        save_screens(page, "jobs_board")
        with page.expect_navigation():
            card.locator("h3 a").click()
        assert path_of(page) == f"/jobs/{post_id}", page.url
        fit = page.locator("#post-fit")
        assert fit.count() == 1, "no #post-fit for a talent of the post's occupation"
        reasons = fit.locator("li[data-reason]").evaluate_all("els => els.map(e => e.dataset.reason)")
        assert "same_occupation" in reasons and "same_district" in reasons, reasons
        axe_check(page, "post (talent)")
        page.locator("#apply-message").fill("本人熟悉数据标注与质检流程，期待面谈。")
        submit_form(page, page.locator("form#apply-form"), "apply")
        assert query_of(page).get("notice") == "applied", page.url
        assert page.locator("#my-application [data-state]").get_attribute("data-state") == "received"
        assert page.locator("form#apply-form").count() == 0
        axe_check(page, "post (applied)")
        save_screens(page, "jobs_post_talent")
        goto_ok(page, base + "/jobs/mine", "my jobs after applying")
        assert my_application_state(page) == "received"
        axe_check(page, "my jobs (applied)")
        save_screens(page, "jobs_mine")

        # --- the employer takes the applicant to hired
        goto_ok(boss, base + f"/jobs/{post_id}/applicants", "applicants")
        row = boss.locator("#applicants tbody tr[data-application]")
        assert row.count() == 1 and seeker.name in row.first.inner_text()
        assert "期待面谈" in row.first.inner_text()
        axe_check(boss, "applicants (pipeline)")
        save_screens(boss, "jobs_applicants")
        for state in ("interview", "offer", "hired"):
            move_applicant(boss, seeker.name, state)
        assert boss.locator("#applicants tbody tr[data-application] form").count() == 0, "a hire is final"
        axe_check(boss, "applicants (hired)")

        goto_ok(page, base + "/jobs/mine", "my jobs after the hire")
        assert my_application_state(page) == "hired"
        assert NOTES["hired"] in page.locator("#my-applications").inner_text(), "the employer's note is shown"

        # --- the campaign counts the hire
        goto_ok(office, base + f"/jobs/campaigns/{campaign_id}", "campaign after the hire")
        assert office.locator("#campaign-hires").inner_text().strip() == "1"
        assert office.locator("#hires-by-chain tbody tr").count() == 1
        by_occupation = office.locator("#hires-by-occupation tbody tr")
        assert by_occupation.count() == 1 and by_occupation.first.locator("td").inner_text().strip() == "1"
        axe_check(office, "campaign (hires)")
        save_screens(office, "jobs_campaign")
        goto_ok(office, base + "/jobs/campaigns", "campaigns after the hire")
        assert office.locator("#campaign-table th a", has_text=campaign).count() == 1
        save_screens(office, "jobs_campaigns")

        # --- turning job seeking off hides the talent from matching
        goto_ok(page, base + "/jobs/mine", "my jobs before turning off")
        toggle_seeking(page, "turn job seeking off")
        assert seeking_state(page) == "false"
        axe_check(page, "my jobs (off again)")
        goto_ok(boss, base + f"/jobs/{post_id}/applicants", "applicants after opting out")
        assert boss.locator(f"#matches li[data-talent='{seeker.talent_id}']").count() == 0

        # --- the supply–demand map: the post's headcount is demand for its occupation
        goto_ok(office, base + "/market/map", "supply-demand map")
        with office.expect_navigation():
            office.locator("#map-recount button[type=submit]").click()
        assert "notice=counted" in office.url
        row = office.locator(f"#map-table tr[data-occupation='{OCCUPATION}']")
        assert row.count() == 1, "the post's occupation is on the map"
        axe_check(office, "supply-demand map")
        save_screens(office, "market_map")
        goto_ok(office, base + f"/market/map?occupation={OCCUPATION}", "supply-demand map detail")
        assert office.locator("#map-detail").count() == 1
        assert office.locator(f"#map-posts a[href='/jobs/{post_id}']").count() == 1
        axe_check(office, "supply-demand map (detail)")
        save_screens(office, "market_map_detail")
