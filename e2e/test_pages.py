"""What a person sees in the browser: pages, language, search, 404, a11y."""

from __future__ import annotations

import re

import pytest

from conftest import MEASURE_CODES, axe_check, contains_number


def html_lang(page) -> str:
    return page.evaluate("document.documentElement.lang")


def row_texts(page, selector: str) -> list[str]:
    return page.locator(selector).all_inner_texts()


def assert_layout(page) -> None:
    assert page.locator('a.skip-link[href="#main"]').count() == 1, "skip link to #main missing"
    assert page.locator("nav").count() >= 1, "no <nav>"
    assert page.locator("a#lang-switch").count() == 1, "language switch a#lang-switch missing"
    assert page.locator("main#main").count() == 1, "content is not in main#main"
    assert page.locator("h1").count() == 1, "expected exactly one h1"
    assert page.locator("h1").inner_text().strip(), "h1 is empty"


# ---------------------------------------------------------------------------
# home, language


def test_home_is_chinese_by_default(page, base_url):
    resp = page.goto(base_url + "/")
    assert resp.status == 200
    assert html_lang(page) == "zh-Hans"
    assert_layout(page)
    assert page.title().strip(), "page has no <title>"


def test_home_lists_the_twelve_measures_with_links(page, base_url):
    page.goto(base_url + "/")
    items = page.locator("li.measure")
    assert items.count() == 12
    codes = [items.nth(i).get_attribute("data-measure") for i in range(12)]
    assert codes == MEASURE_CODES
    for code in MEASURE_CODES:
        paths = page.locator(f'li.measure[data-measure="{code}"] a').evaluate_all(
            "els => els.map(a => a.pathname)"
        )
        assert f"/measures/{code}" in paths, f"{code} has no link to /measures/{code}: {paths}"


def test_home_targets_table_shows_m1_engineers_trained_200(page, base_url):
    page.goto(base_url + "/")
    assert page.locator("table#targets").count() == 1
    assert page.locator("table#targets tr[data-target]").count() >= 1
    row = page.locator('table#targets tr[data-target="m1-engineers-trained"]')
    assert row.count() == 1
    text = row.inner_text()
    assert contains_number(text, 200), f"row text: {text!r}"


def test_english_home_via_query(page, base_url):
    page.goto(base_url + "/?lang=en")
    assert html_lang(page) == "en"
    assert_layout(page)
    assert page.locator("li.measure").count() == 12
    # No Chinese left in the headline.
    assert not re.search(r"[\u4e00-\u9fff]", page.locator("h1").inner_text())


def test_language_switch_link_turns_english_and_it_sticks(page, base_url):
    page.goto(base_url + "/")
    assert html_lang(page) == "zh-Hans"
    page.locator("a#lang-switch").click()
    page.locator('html[lang="en"]').wait_for(state="attached")
    assert page.locator("li.measure").count() == 12
    # The next navigation, without any ?lang=, stays English (cookie).
    page.goto(base_url + "/departments")
    assert html_lang(page) == "en"
    page.goto(base_url + "/measures/M1")
    assert html_lang(page) == "en"
    assert "digital" in page.locator("h1").inner_text().lower()
    # The switch on an English page leads back to Chinese.
    page.locator("a#lang-switch").click()
    page.locator('html[lang="zh-Hans"]').wait_for(state="attached")
    page.goto(base_url + "/")
    assert html_lang(page) == "zh-Hans"


def test_lang_zh_query_switches_back_to_chinese(page, base_url):
    page.goto(base_url + "/?lang=en")
    assert html_lang(page) == "en"
    page.goto(base_url + "/?lang=zh")
    assert html_lang(page) == "zh-Hans"
    page.goto(base_url + "/departments")
    assert html_lang(page) == "zh-Hans"


# ---------------------------------------------------------------------------
# measures, departments


@pytest.mark.parametrize("code", MEASURE_CODES)
def test_measure_page_shows_title_and_departments(page, base_url, code):
    resp = page.goto(f"{base_url}/measures/{code}")
    assert resp.status == 200
    assert html_lang(page) == "zh-Hans"
    assert_layout(page)
    h1 = page.locator("h1").inner_text()
    if code == "M1":
        assert "加强数字技术人才培育" in h1
        assert page.locator("table#targets").count() == 1
        assert page.locator("table#targets tr[data-target]").count() >= 1
    depts = page.locator("main [data-department]")
    assert depts.count() >= 1, "no responsible departments listed"
    for value in depts.evaluate_all("els => els.map(e => e.dataset.department)"):
        assert re.fullmatch(r"[A-Z][A-Z0-9_-]*", value or ""), f"odd department code {value!r}"


def test_measure_page_in_english(page, base_url):
    page.goto(f"{base_url}/measures/M1?lang=en")
    assert html_lang(page) == "en"
    assert "digital" in page.locator("h1").inner_text().lower()


@pytest.mark.parametrize("code", ["M13", "xyz", "M0"])
def test_unknown_measure_is_a_404_page(page, base_url, code):
    resp = page.goto(f"{base_url}/measures/{code}")
    assert resp.status == 404
    assert "text/html" in resp.headers.get("content-type", "")
    assert page.locator("h1").count() == 1
    assert page.locator("main#main").count() == 1


def test_departments_lists_eleven(page, base_url):
    resp = page.goto(base_url + "/departments")
    assert resp.status == 200
    assert_layout(page)
    values = page.locator("main [data-department]").evaluate_all(
        "els => els.map(e => e.dataset.department)"
    )
    assert len(set(values)) == 11, f"departments: {values}"


# ---------------------------------------------------------------------------
# occupations


def occupation_rows(page):
    return page.locator("tr.occupation")


def submit_search(page, q: str | None = None, digital: bool | None = None) -> None:
    form = page.locator("form#occupation-search")
    if q is not None:
        form.locator('input[name="q"]').fill(q)
    if digital is not None:
        form.locator('input[name="digital"]').set_checked(digital)
    form.locator('input[name="q"]').press("Enter")
    page.wait_for_url(re.compile(r"[?&]q="))
    page.wait_for_load_state()


def test_occupations_list_digital_first(page, base_url):
    resp = page.goto(base_url + "/occupations")
    assert resp.status == 200
    assert_layout(page)
    form = page.locator("form#occupation-search")
    assert form.count() == 1
    assert form.locator('input[name="q"]').count() == 1
    assert form.locator('input[name="digital"][type="checkbox"]').count() == 1
    rows = occupation_rows(page)
    assert rows.count() >= 1
    flags = rows.evaluate_all("els => els.map(e => e.dataset.digital)")
    codes = rows.evaluate_all("els => els.map(e => e.dataset.code)")
    assert set(flags) <= {"true", "false"}, set(flags)
    assert all(codes), "a row without data-code"
    assert "true" in flags, "no digital occupation listed"
    first_false = flags.index("false") if "false" in flags else len(flags)
    assert "true" not in flags[first_false:], "digital occupations are not all first"


def test_occupation_search_typed_into_the_form(page, base_url):
    page.goto(base_url + "/occupations")
    submit_search(page, q="数据")
    texts = row_texts(page, "tr.occupation")
    assert texts, "no result for 数据"
    assert all("数据" in t for t in texts), [t for t in texts if "数据" not in t]
    assert any("大数据工程技术人员" in t for t in texts), texts
    assert page.locator('form#occupation-search input[name="q"]').input_value() == "数据"


def test_occupation_search_digital_checkbox_keeps_only_digital(page, base_url):
    page.goto(base_url + "/occupations")
    submit_search(page, q="", digital=True)
    assert re.search(r"[?&]digital=", page.url), page.url
    flags = occupation_rows(page).evaluate_all("els => els.map(e => e.dataset.digital)")
    assert flags, "no digital occupation"
    assert set(flags) == {"true"}
    assert page.locator('form#occupation-search input[name="digital"]').is_checked()


def test_occupation_search_finds_artificial_intelligence(page, base_url):
    page.goto(base_url + "/occupations?q=" + "人工智能")
    texts = row_texts(page, "tr.occupation")
    assert any("人工智能" in t for t in texts), texts


def test_occupation_search_without_results_shows_empty_state(page, base_url):
    page.goto(base_url + "/occupations")
    submit_search(page, q="不存在的职业zzqx")
    assert occupation_rows(page).count() == 0
    assert page.locator(".empty-state").count() >= 1
    assert page.locator(".empty-state").first.is_visible()


# ---------------------------------------------------------------------------
# 404


def test_unknown_page_is_a_friendly_404(page, base_url):
    resp = page.goto(base_url + "/no-such-page")
    assert resp.status == 404
    assert "text/html" in resp.headers.get("content-type", "")
    assert html_lang(page) == "zh-Hans"
    assert_layout(page)
    body = page.locator("body").inner_text()
    assert not re.search(r"stack ?trace|Fatal error|\.swift:\d+|Abort\.\w+", body, re.I), body[:2000]


# ---------------------------------------------------------------------------
# accessibility

AXE_PAGES = (
    [("home-zh", "/"), ("home-en", "/?lang=en")]
    + [(f"measure-{c}", f"/measures/{c}") for c in MEASURE_CODES]
    + [
        ("departments", "/departments"),
        ("occupations", "/occupations"),
        ("occupations-search", "/occupations?q=数据"),
        ("occupations-empty", "/occupations?q=zzqx不存在"),
        ("not-found", "/no-such-page"),
    ]
)


@pytest.mark.parametrize("label,path", AXE_PAGES, ids=[p[0] for p in AXE_PAGES])
def test_page_has_no_serious_accessibility_violations(page, base_url, label, path):
    page.goto(base_url + path)
    axe_check(page, f"{label} ({path})")
