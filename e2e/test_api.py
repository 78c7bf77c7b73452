"""JSON API, operational endpoints and headers, over plain urllib."""

from __future__ import annotations

import json
import urllib.parse

import pytest

from conftest import MEASURE_CODES, http_get

Q_DATA = urllib.parse.quote("数据")


def get_json(base_url: str, path: str):
    r = http_get(base_url + path)
    assert r.status == 200, f"{path}: HTTP {r.status}\n{r.text[:1000]}"
    assert "json" in r.content_type, f"{path}: content-type {r.content_type!r}"
    return r.json()


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_health_endpoints_answer_200(base_url, path):
    assert http_get(base_url + path).status == 200


def test_metrics_count_http_requests(base_url):
    http_get(base_url + "/")
    r = http_get(base_url + "/metrics")
    assert r.status == 200
    assert "http_requests_total" in r.text


def test_api_lists_the_twelve_measures(base_url):
    body = get_json(base_url, "/api/v1/measures")
    items = body["items"]
    assert len(items) == 12
    assert all("code" in item for item in items)
    assert sorted((i["code"] for i in items), key=lambda c: int(c[1:])) == MEASURE_CODES


def test_api_lists_the_eleven_departments(base_url):
    body = get_json(base_url, "/api/v1/departments")
    assert len(body["items"]) == 11


def test_api_searches_digital_occupations(base_url):
    body = get_json(base_url, f"/api/v1/occupations?q={Q_DATA}&digital=true")
    assert set(body) >= {"items", "total", "nextCursor"}, body.keys()
    items, total, cursor = body["items"], body["total"], body["nextCursor"]
    assert isinstance(items, list) and items
    assert isinstance(total, int) and total >= len(items)
    assert cursor is None or isinstance(cursor, str)
    for item in items:
        assert "数据" in json.dumps(item, ensure_ascii=False), item
        if "digital" in item:
            assert item["digital"] is True, item


def test_api_occupation_search_without_match_is_empty(base_url):
    q = urllib.parse.quote("不存在的职业zzqx")
    body = get_json(base_url, f"/api/v1/occupations?q={q}")
    assert body["items"] == []
    assert body["total"] == 0
    assert body["nextCursor"] is None


def test_openapi_document_is_3_1(base_url):
    doc = get_json(base_url, "/api/v1/openapi.json")
    assert str(doc["openapi"]).startswith("3.1")
    paths = doc.get("paths", {})
    for name in ("measures", "departments", "occupations"):
        assert any(p.rstrip("/").endswith("/" + name) for p in paths), f"no path for {name}: {list(paths)}"


def test_unknown_api_path_is_problem_json_404(base_url):
    r = http_get(base_url + "/api/v1/no-such")
    assert r.status == 404
    assert r.content_type.startswith("application/problem+json"), r.content_type
    body = r.json()
    assert body["status"] == 404
    assert isinstance(body.get("title"), str) and body["title"]


def test_unknown_page_is_html_404(base_url):
    r = http_get(base_url + "/no-such-page")
    assert r.status == 404
    assert r.content_type.startswith("text/html"), r.content_type
    assert "<h1" in r.text


def test_html_pages_are_utf8_html(base_url):
    r = http_get(base_url + "/")
    assert r.status == 200
    assert r.content_type.startswith("text/html"), r.content_type
    assert r.text.lstrip().lower().startswith("<!doctype html")


REQUEST_ID_PATHS = [
    "/",
    "/?lang=en",
    "/measures/M1",
    "/departments",
    f"/occupations?q={Q_DATA}",
    "/no-such-page",
    "/healthz",
    "/readyz",
    "/metrics",
    "/api/v1/measures",
    "/api/v1/departments",
    "/api/v1/openapi.json",
    "/api/v1/no-such",
]


@pytest.mark.parametrize("path", REQUEST_ID_PATHS)
def test_every_response_has_a_request_id(base_url, path):
    r = http_get(base_url + path)
    assert r.headers.get("x-request-id"), f"{path} (HTTP {r.status}) has no X-Request-ID"


def test_request_ids_differ_between_requests(base_url):
    ids = {http_get(base_url + "/healthz").headers.get("x-request-id") for _ in range(3)}
    assert len(ids) == 3, ids
