"""End-to-end fixtures: the real `talent` binary, a headless Chromium, axe.

The server under test is `.build/debug/talent` (override with TALENT_BIN).
Every server gets a fresh TALENT_DATA_DIR and a free loopback port; its
output goes to a log file that is shown when it fails to become healthy.
PostgreSQL tests read TALENT_E2E_DATABASE_URL (set by scripts/test).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

E2E_DIR = Path(__file__).resolve().parent
REPO = E2E_DIR.parent
ARTIFACTS = E2E_DIR / "artifacts"
TALENT_BIN = Path(os.environ.get("TALENT_BIN") or REPO / ".build" / "debug" / "talent")
SHIPPED_POLICY = REPO / "Sources" / "Reference" / "Resources" / "policy" / "zibo-2025.yaml"
STARTUP_TIMEOUT = 60.0
# scripts/test passes a folder where every started server leaves a file named
# after its pid, so that an interrupted run can still end them.
PID_DIR = os.environ.get("TALENT_E2E_PID_DIR")

MEASURE_CODES = [f"M{i}" for i in range(1, 13)]


# ---------------------------------------------------------------------------
# helpers


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# No proxies: an http_proxy in the environment must not see loopback traffic.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class Response:
    status: int
    headers: dict  # lower-cased names
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def http_get(url: str, headers: dict | None = None, timeout: float = 15.0) -> Response:
    """GET without raising on 4xx/5xx; follows redirects."""
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with _OPENER.open(req, timeout=timeout) as r:
            return Response(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read())
    except urllib.error.HTTPError as e:
        return Response(e.code, {k.lower(): v for k, v in e.headers.items()}, e.read())


def url_with_query(base: str, path: str, **params) -> str:
    q = urllib.parse.urlencode(params)
    return f"{base}{path}" + (f"?{q}" if q else "")


def element_text(html: str, tag: str, attr: str, value: str) -> str | None:
    """Text content of the first <tag ... attr="value" ...> element (no nesting
    of the same tag inside it), tags stripped and whitespace collapsed."""
    m = re.search(
        rf"<{tag}\b[^>]*\b{re.escape(attr)}=[\"']{re.escape(value)}[\"'][^>]*>(.*?)</{tag}>",
        html,
        re.S | re.I,
    )
    if not m:
        return None
    text = re.sub(r"<[^>]+>", " ", m.group(1))
    text = re.sub(r"&nbsp;|&#160;", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def contains_number(text: str, n: int) -> bool:
    return re.search(rf"(?<![\d.,]){n}(?![\d])", text) is not None


def looks_like_stack_trace(output: str) -> bool:
    return bool(
        re.search(r"stack ?trace|Fatal error|Backtrace|^\s*\d+\s+0x[0-9a-f]{6,}|Thread \d+ crashed",
                  output, re.I | re.M)
    )


def require_binary() -> None:
    if not TALENT_BIN.exists():
        pytest.fail(f"server binary {TALENT_BIN} is missing: run `swift build` first", pytrace=False)


# ---------------------------------------------------------------------------
# servers


@dataclass
class Server:
    proc: subprocess.Popen
    base_url: str
    port: int
    data_dir: Path
    log_path: Path
    _pid_file: Path | None = field(default=None, repr=False)

    def output(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def get(self, path: str, **kw) -> Response:
        return http_get(self.base_url + path, **kw)

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(timeout=10)
        if self._pid_file is not None:
            self._pid_file.unlink(missing_ok=True)


def _server_env(data_dir: Path, env: dict | None) -> dict:
    e = dict(os.environ)
    # The servers must not inherit the harness' database settings by accident.
    for k in ("DATABASE_URL", "TALENT_POLICY", "TALENT_TEST_DATABASE_URL", "TALENT_ENV",
              "TALENT_SECRET_KEY"):
        e.pop(k, None)
    e["TALENT_DATA_DIR"] = str(data_dir)
    if env:
        for k, v in env.items():
            if v is None:
                e.pop(k, None)
            else:
                e[k] = str(v)
    return e


def spawn(args: list[str], data_dir: Path, env: dict | None, log_path: Path) -> subprocess.Popen:
    log = open(log_path, "wb")
    try:
        proc = subprocess.Popen(
            [str(TALENT_BIN), *args],
            cwd=REPO,
            env=_server_env(data_dir, env),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    finally:
        log.close()
    return proc


def start_server(
    tmp_root: Path,
    env: dict | None = None,
    data_dir: Path | None = None,
    timeout: float = STARTUP_TIMEOUT,
    name: str = "server",
) -> Server:
    """Start `talent serve` on a free port and wait for GET /healthz == 200."""
    require_binary()
    tmp_root.mkdir(parents=True, exist_ok=True)
    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="data-", dir=tmp_root))
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log_path = Path(tempfile.mkstemp(prefix=f"{name}-", suffix=".log", dir=tmp_root)[1])
    proc = spawn(["serve", "--hostname", "127.0.0.1", "--port", str(port)], data_dir, env, log_path)
    pid_file = None
    if PID_DIR:
        pid_file = Path(PID_DIR) / str(proc.pid)
        try:
            pid_file.write_text("")
        except OSError:
            pid_file = None
    server = Server(proc, f"http://127.0.0.1:{port}", port, data_dir, log_path, pid_file)
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            server.stop()
            pytest.fail(
                f"{name} exited with status {proc.returncode} before /healthz answered.\n"
                f"--- server output ---\n{server.output()[-6000:]}",
                pytrace=False,
            )
        try:
            r = http_get(server.url("/healthz"), timeout=2)
            if r.status == 200:
                return server
            last = f"HTTP {r.status}"
        except OSError as e:
            last = repr(e)
        time.sleep(0.2)
    server.stop()
    pytest.fail(
        f"{name} did not answer GET /healthz with 200 within {timeout:.0f}s (last: {last}).\n"
        f"--- server output ---\n{server.output()[-6000:]}",
        pytrace=False,
    )


@dataclass
class CliResult:
    returncode: int
    output: str
    seconds: float


def run_talent(args: list[str], tmp_root: Path, env: dict | None = None, timeout: float = 60,
               data_dir: Path | None = None) -> CliResult:
    """Run the binary to completion (stdout+stderr together).

    With data_dir (e.g. a running server's), the command works on that data folder;
    otherwise on a fresh one under tmp_root."""
    require_binary()
    tmp_root.mkdir(parents=True, exist_ok=True)
    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="data-", dir=tmp_root))
    start = time.monotonic()
    proc = subprocess.Popen(
        [str(TALENT_BIN), *args],
        cwd=REPO,
        env=_server_env(data_dir, env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    pid_file = None
    if PID_DIR:
        pid_file = Path(PID_DIR) / str(proc.pid)
        pid_file.write_text("")
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        out = (out or b"") + f"\n[harness: killed after {timeout}s]".encode()
    finally:
        if pid_file is not None:
            pid_file.unlink(missing_ok=True)
    return CliResult(proc.returncode, out.decode("utf-8", errors="replace"), time.monotonic() - start)


@pytest.fixture(scope="session")
def session_tmp(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("talent-e2e")


@pytest.fixture(scope="session")
def server(session_tmp) -> Server:
    """The shared server (SQLite, shipped policy)."""
    s = start_server(session_tmp / "main", name="main-server")
    yield s
    s.stop()


@pytest.fixture(scope="session")
def base_url(server) -> str:
    return server.base_url


@pytest.fixture
def servers(tmp_path):
    """Factory for extra servers with custom env; all stopped after the test.

        s = servers(env={"TALENT_POLICY": path}, data_dir=...)
    """
    started: list[Server] = []

    def factory(env: dict | None = None, data_dir: Path | None = None, name: str = "server") -> Server:
        s = start_server(tmp_path / "servers", env=env, data_dir=data_dir, name=name)
        started.append(s)
        return s

    yield factory
    for s in started:
        s.stop()


ONE_TIME_PASSWORD_LINE = re.compile(
    r"One-time password \(shown once; it must be changed at first sign-in\):\s*(\S+)\s*$", re.M
)


def create_admin(data_dir: Path, email: str, tmp_root: Path | None = None,
                 env: dict | None = None) -> tuple[str, str]:
    """`talent create-admin EMAIL` on data_dir (a server's, running or not):
    returns (email, one-time password)."""
    result = run_talent(["create-admin", email], tmp_root or data_dir.parent, env=env, data_dir=data_dir)
    assert result.returncode == 0, f"create-admin {email} exited {result.returncode}:\n{result.output[-3000:]}"
    m = ONE_TIME_PASSWORD_LINE.search(result.output)
    assert m, f"create-admin printed no one-time password line:\n{result.output[-3000:]}"
    password = m.group(1)
    assert len(password) == 16, f"one-time password {password!r} is not 16 characters"
    return email, password


@pytest.fixture(scope="module")
def accounts_server(session_tmp, request) -> Server:
    """A fresh server (own SQLite data dir) for one test module that signs people in."""
    module = request.module.__name__.rsplit(".", 1)[-1]
    s = start_server(session_tmp / f"accounts-{module}", name="accounts-server")
    yield s
    s.stop()


@pytest.fixture
def fresh_admin(accounts_server) -> tuple[str, str]:
    """A new administrator on the module's fresh server: (email, one-time password)."""
    email = f"admin-{uuid.uuid4().hex[:10]}@example.cn"
    return create_admin(accounts_server.data_dir, email)


@pytest.fixture(scope="session")
def database_url() -> str:
    url = os.environ.get("TALENT_E2E_DATABASE_URL", "").strip()
    if not url:
        pytest.skip("TALENT_E2E_DATABASE_URL is not set (scripts/test sets it to a throwaway PostgreSQL)")
    return url


# ---------------------------------------------------------------------------
# browser


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("playwright is not installed (scripts/test installs it)", pytrace=False)
    exe = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    setattr(item, f"rep_{rep.when}", rep)


def _artifact_name(nodeid: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid).strip("_")[:150]


@pytest.fixture
def page(browser, request):
    """A fresh context (no cookies) and page; screenshot + HTML on failure."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    context.set_default_timeout(15_000)
    pg = context.new_page()
    yield pg
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.failed:
        try:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            stem = ARTIFACTS / _artifact_name(request.node.nodeid)
            pg.screenshot(path=f"{stem}.png", full_page=True)
            Path(f"{stem}.html").write_text(pg.content(), encoding="utf-8")
            sys.stderr.write(f"\nscreenshot: {stem}.png\n")
        except Exception as e:  # noqa: BLE001 - never hide the real failure
            sys.stderr.write(f"\n(could not save screenshot: {e})\n")
    context.close()


def save_screens(page, name: str) -> None:
    """The page at desk (1366 px) and phone (390 px) width, saved as artifacts/screens/
    NAME_WIDTH.png for a reviewer; fails if the phone page scrolls sideways."""
    screens = ARTIFACTS / "screens"
    screens.mkdir(parents=True, exist_ok=True)
    before = page.viewport_size
    for width, height in ((1366, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(screens / f"{name}_{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
    if before:
        page.set_viewport_size(before)


def axe_check(page, label: str | None = None) -> None:
    """Fail listing every axe violation with impact serious or critical."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    bad = [v for v in results.response.get("violations", []) if v.get("impact") in ("serious", "critical")]
    if not bad:
        return
    lines = [f"{len(bad)} serious/critical accessibility violation(s) on {label or page.url}:"]
    for v in bad:
        nodes = v.get("nodes", [])
        targets = ", ".join(" ".join(map(str, n.get("target", []))) for n in nodes[:3])
        more = f" (+{len(nodes) - 3} more)" if len(nodes) > 3 else ""
        lines.append(f"  - {v['id']} [{v['impact']}] {v.get('help', '')}: {targets}{more}")
    pytest.fail("\n".join(lines), pytrace=False)


# ---------------------------------------------------------------------------
# policy copies


def shipped_policy_text() -> str:
    if not SHIPPED_POLICY.exists():
        pytest.fail(f"shipped policy {SHIPPED_POLICY} is missing", pytrace=False)
    return SHIPPED_POLICY.read_text(encoding="utf-8")


def replace_first_measure_department(text: str, new_code: str = "XYZ") -> tuple[str, str]:
    """Replace the first department code listed inside top-level `measures:`.

    Handles block lists (`departments:` then `- HRSS`) and flow lists
    (`departments: [HRSS, IIT]`). Returns (new text, replaced code)."""
    lines = text.splitlines(keepends=True)
    in_measures = False
    for i, line in enumerate(lines):
        if re.match(r"^measures\s*:", line):
            in_measures = True
            continue
        if in_measures and re.match(r"^[A-Za-z_][\w-]*\s*:", line):
            break  # next top-level key
        if not in_measures:
            continue
        m = re.match(r"^(\s*(?:-\s+)?)departments\s*:\s*(.*?)\s*$", line)
        if not m:
            continue
        rest = m.group(2)
        if rest.startswith("["):
            fm = re.match(r"^(\s*(?:-\s+)?departments\s*:\s*\[\s*)([\"']?)([^,\]\"'\s]+)", line)
            assert fm, f"cannot parse flow list: {line!r}"
            old = fm.group(3)
            lines[i] = fm.group(1) + fm.group(2) + new_code + line[fm.end():]
            return "".join(lines), old
        if rest in ("", "|", ">") or rest.startswith("#"):
            for j in range(i + 1, len(lines)):
                im = re.match(r"^(\s*-\s+)([\"']?)([^\s\"'#]+)", lines[j])
                if im:
                    old = im.group(3)
                    lines[j] = im.group(1) + im.group(2) + new_code + lines[j][im.end():]
                    return "".join(lines), old
                if lines[j].strip() and not lines[j].lstrip().startswith("#"):
                    break
    raise AssertionError("no `departments` list found under `measures:` in the shipped policy")


def set_target_value(text: str, target_id: str, old: int, new: int) -> str:
    """Change `value: OLD` to `value: NEW` in the mapping whose id is target_id."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if not re.search(rf"(?<![\w-]){re.escape(target_id)}(?![\w-])", line):
            continue
        # Flow mapping on one line.
        if re.search(rf"\bvalue\s*:\s*{old}\b", line):
            lines[i] = re.sub(rf"(\bvalue\s*:\s*){old}\b", rf"\g<1>{new}", line, count=1)
            return "".join(lines)
        indent = len(line) - len(line.lstrip(" -"))
        for j in range(i + 1, len(lines)):
            s = lines[j]
            if not s.strip() or s.lstrip().startswith("#"):
                continue
            ind = len(s) - len(s.lstrip(" "))
            if s.lstrip().startswith("- ") and ind < indent:
                break  # next item of the list holding our target
            if ind < indent - 2:
                break
            vm = re.match(rf"^(\s*(?:-\s+)?value\s*:\s*){old}\b", s)
            if vm:
                lines[j] = vm.group(1) + str(new) + s[vm.end():]
                return "".join(lines)
    raise AssertionError(f"no `value: {old}` found for target {target_id} in the shipped policy")


def yaml_path_of(text: str, needle: str) -> str | None:
    """Key path (e.g. measures[0].tasks[0].departments[0]) of the first scalar
    equal to needle, using PyYAML when present."""
    try:
        import yaml
    except ImportError:
        return None

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                r = walk(v, f"{path}.{k}" if path else str(k))
                if r:
                    return r
        elif isinstance(node, list):
            for idx, v in enumerate(node):
                r = walk(v, f"{path}[{idx}]")
                if r:
                    return r
        elif node == needle:
            return path
        return None

    return walk(yaml.safe_load(text), "")
