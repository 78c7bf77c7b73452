"""The server on PostgreSQL (DATABASE_URL); skipped without
TALENT_E2E_DATABASE_URL (scripts/test sets it)."""

from __future__ import annotations

from conftest import contains_number, element_text


def check_serves_the_policy(server) -> None:
    assert server.get("/readyz").status == 200
    r = server.get("/api/v1/measures")
    assert r.status == 200, r.text[:1000]
    assert len(r.json()["items"]) == 12
    r = server.get("/api/v1/departments")
    assert r.status == 200, r.text[:1000]
    assert len(r.json()["items"]) == 11
    home = server.get("/")
    assert home.status == 200
    row = element_text(home.text, "tr", "data-target", "m1-engineers-trained")
    assert row is not None and contains_number(row, 200), row


def test_server_on_postgres_serves_the_policy(servers, database_url):
    s = servers(env={"DATABASE_URL": database_url}, name="postgres")
    check_serves_the_policy(s)


def test_server_on_postgres_restarts_without_duplicating_data(servers, database_url):
    s = servers(env={"DATABASE_URL": database_url}, name="postgres-1")
    s.stop()
    s = servers(env={"DATABASE_URL": database_url}, name="postgres-2")
    check_serves_the_policy(s)
