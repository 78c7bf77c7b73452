"""The `talent` command line and the policy file as data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import (
    SHIPPED_POLICY,
    contains_number,
    element_text,
    free_port,
    looks_like_stack_trace,
    replace_first_measure_department,
    run_talent,
    set_target_value,
    shipped_policy_text,
    yaml_path_of,
)

TARGET = "m1-engineers-trained"


@pytest.fixture
def bad_policy(tmp_path) -> tuple[Path, str]:
    """A copy of the shipped policy with one measure's department set to XYZ.
    Returns (path, expected key path or a regex for it)."""
    text, old = replace_first_measure_department(shipped_policy_text(), "XYZ")
    assert old != "XYZ"
    path = tmp_path / "bad-policy.yaml"
    path.write_text(text, encoding="utf-8")
    key_path = yaml_path_of(text, "XYZ")
    return path, key_path


def assert_names_the_bad_department(output: str, key_path: str | None) -> None:
    assert "XYZ" in output, output[-3000:]
    if key_path:
        assert key_path in output, f"key path {key_path!r} not in output:\n{output[-3000:]}"
    else:
        assert re.search(r"measures\[\d+\]\S*departments\[\d+\]", output), output[-3000:]


def home_target_row(server) -> str:
    r = server.get("/")
    assert r.status == 200
    text = element_text(r.text, "tr", "data-target", TARGET)
    assert text is not None, f'no tr[data-target="{TARGET}"] on the home page'
    return text


def test_policy_check_accepts_the_shipped_policy(tmp_path):
    r = run_talent(["policy", "check", str(SHIPPED_POLICY)], tmp_path)
    assert r.returncode == 0, r.output[-3000:]
    assert not looks_like_stack_trace(r.output), r.output[-3000:]


def test_policy_check_rejects_an_unknown_department(tmp_path, bad_policy):
    path, key_path = bad_policy
    r = run_talent(["policy", "check", str(path)], tmp_path)
    assert r.returncode == 1, f"exit {r.returncode}\n{r.output[-3000:]}"
    assert_names_the_bad_department(r.output, key_path)
    assert not looks_like_stack_trace(r.output), r.output[-3000:]


def test_policy_check_of_a_missing_file_fails_cleanly(tmp_path):
    r = run_talent(["policy", "check", str(tmp_path / "nope.yaml")], tmp_path)
    assert r.returncode != 0
    assert r.returncode > 0, f"killed by signal {-r.returncode}\n{r.output[-3000:]}"
    assert not looks_like_stack_trace(r.output), r.output[-3000:]


def test_serve_refuses_to_start_with_an_invalid_policy(tmp_path, bad_policy):
    path, key_path = bad_policy
    port = free_port()
    r = run_talent(
        ["serve", "--hostname", "127.0.0.1", "--port", str(port)],
        tmp_path,
        env={"TALENT_POLICY": str(path)},
        timeout=30,
    )
    assert r.returncode != 0, "server started with an invalid policy"
    assert r.returncode > 0, f"killed by signal {-r.returncode}\n{r.output[-3000:]}"
    assert r.seconds < 15, f"took {r.seconds:.1f}s to give up"
    assert_names_the_bad_department(r.output, key_path)
    assert not looks_like_stack_trace(r.output), r.output[-3000:]


def test_policy_target_value_comes_from_the_policy_file(tmp_path, servers):
    changed = tmp_path / "policy-250.yaml"
    changed.write_text(set_target_value(shipped_policy_text(), TARGET, 200, 250), encoding="utf-8")
    data_dir = tmp_path / "data"

    s = servers(env={"TALENT_POLICY": str(changed)}, data_dir=data_dir, name="policy-250")
    row = home_target_row(s)
    assert contains_number(row, 250), row
    assert not contains_number(row, 200), row
    s.stop()

    # Same data folder, original policy: the value follows the file again.
    s = servers(data_dir=data_dir, name="policy-original")
    row = home_target_row(s)
    assert contains_number(row, 200), row
    assert not contains_number(row, 250), row
