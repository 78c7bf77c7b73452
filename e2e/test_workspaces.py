"""Browser tests of the workspaces (工作台, issue 17): each role lands on its own after
signing in, sees its to-do items, figures and common tasks, passes the accessibility
scan, and fits a phone. Screenshots of every workspace at desk (1366 px) and phone
(390 px) width are kept in artifacts/screens/ for a reviewer to look at."""

from __future__ import annotations

import pytest

from conftest import axe_check, save_screens
from test_accounts import admin, path_of, sign_in  # noqa: F401  (admin is a fixture used by name)
from test_talents import employer, organizations  # noqa: F401  (fixtures used by name)
from test_training import (  # noqa: F401  (fixtures used by name)
    enrolment,
    learner,
    officer,
    provider,
    provider_org,
    training,
)

TITLES = {
    "admin": "管理工作台",
    "officer": "部门工作台",
    "provider": "机构工作台",
    "employer": "企业工作台",
    "talent": "我的工作台",
}


def land(page, base_url: str, email: str, password: str, role: str) -> None:
    """Signs in and checks the landing: the workspace with the role's heading."""
    resp = sign_in(page, base_url, email, password)
    assert resp.status == 200, f"{role} sign-in: HTTP {resp.status} at {page.url}"
    assert path_of(page) == "/workspace", f"{role} landed on {page.url}"
    assert page.locator("h1").inner_text().strip() == TITLES[role]
    assert page.locator("#workspace-tasks h2").inner_text().strip() == "待办"
    assert page.locator("#workspace-actions a").count() >= 1, f"{role}: no common tasks"


def screens(page, role: str) -> None:
    save_screens(page, f"workspace_{role}")


def test_the_administrator_lands_on_the_workspace(page, accounts_server, admin):
    land(page, accounts_server.base_url, admin.email, admin.password, "admin")
    assert page.locator("#workspace-figures .figure__label", has_text="人才库在库人数").count() == 1
    axe_check(page, "workspace (admin)")
    screens(page, "admin")


def test_an_officer_chooses_the_year_and_district_of_the_targets(page, accounts_server, officer):
    land(page, accounts_server.base_url, officer.email, officer.password, "officer")
    assert page.locator("#workspace-lead").inner_text().strip() == "淄博市人力资源和社会保障局"
    assert page.locator("section[aria-labelledby='workspace-targets'] table").count() == 1
    form = page.locator("form#targets-choice")
    form.locator("select[name='district']").select_option("370303")
    with page.expect_navigation():
        form.locator("button[type='submit']").click()
    assert "district=370303" in page.url, page.url
    assert page.locator("form#targets-choice select[name='district']").input_value() == "370303"
    axe_check(page, "workspace (officer)")
    screens(page, "officer")


def test_a_provider_sees_its_cohort_in_progress(page, accounts_server, provider, training):
    land(page, accounts_server.base_url, provider.email, provider.password, "provider")
    cohorts = page.locator("#workspace-cohorts a")
    assert cohorts.filter(has_text=training.title).count() == 1, "the running cohort is not listed"
    with page.expect_navigation():
        cohorts.filter(has_text=training.title).first.click()
    assert path_of(page) == f"/training/cohorts/{training.cohort_id}", page.url
    page.go_back()
    axe_check(page, "workspace (provider)")
    screens(page, "provider")


def test_an_employer_sees_its_organisation_and_staff(page, accounts_server, employer, organizations):
    own, _ = organizations
    land(page, accounts_server.base_url, employer.email, employer.password, "employer")
    assert page.locator("#workspace-lead").inner_text().strip() == own.name
    assert page.locator("#workspace-figures .figure__label", has_text="本单位在库人才").count() == 1
    axe_check(page, "workspace (employer)")
    screens(page, "employer")


def test_a_talent_sees_their_training_and_next_sessions(page, accounts_server, learner, enrolment, training):
    land(page, accounts_server.base_url, learner.email, learner.password, "talent")
    in_training = page.locator("#workspace-figures li.figure", has_text="在学培训")
    assert in_training.locator(".figure__value").inner_text().strip() == "1"
    assert page.locator("#workspace-sessions").count() == 1
    axe_check(page, "workspace (talent)")
    screens(page, "talent")
