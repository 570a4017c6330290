"""Start and stop a real Label Studio server for tests (``tests/test_labelstudio_server.py``).

The server runs from its own venv (``scripts/install_labelstudio.sh`` puts it in
``$NIANBAO_LS_VENV``, default ``~/.cache/nianbao/venv-labelstudio``, because its pins clash with our
stack), on 127.0.0.1 at a free port, with a throw-away data dir, a preset admin user and a legacy
API token so the SDK can authenticate at once, and analytics, error reporting and version checks
off (the settings names come from ``label_studio/core/settings``: ``COLLECT_ANALYTICS``,
``LATEST_VERSION_CHECK``, ``SENTRY_DSN``, ``FRONTEND_SENTRY_DSN``,
``LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN``; ``label_studio/server.py`` reads
``LABEL_STUDIO_USERNAME``/``PASSWORD``/``USER_TOKEN``).

The server runs in its own process group, which :meth:`LabelStudioServer.stop` kills whole.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

DEFAULT_VENV = Path.home() / ".cache" / "nianbao" / "venv-labelstudio"
USERNAME = "annotator@nianbao.test"
PASSWORD = "nianbao-test-password"
API_TOKEN = "nianbao0test0token0000000000000000000000"  # legacy tokens are 40 characters


def find_label_studio() -> Path | None:
    """The ``label-studio`` executable: ``$NIANBAO_LS_BIN``, the venv of the install script, or PATH."""
    env_bin = os.environ.get("NIANBAO_LS_BIN")
    candidates = [Path(env_bin)] if env_bin else []
    venv = Path(os.environ.get("NIANBAO_LS_VENV", DEFAULT_VENV))
    candidates.append(venv / "bin" / "label-studio")
    which = shutil.which("label-studio")
    if which:
        candidates.append(Path(which))
    return next((c for c in candidates if c.is_file() and os.access(c, os.X_OK)), None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LabelStudioServer:
    url: str
    api_key: str
    username: str
    log_path: Path
    proc: subprocess.Popen
    start_seconds: float

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"

    def stop(self, timeout: float = 15) -> None:
        """Terminate the whole process group (the server and anything it started), then kill it."""
        if self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=timeout)


class ServerStartError(RuntimeError):
    pass


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
            return r.status == 200 and b"UP" in r.read()
    except (urllib.error.URLError, OSError, ValueError):
        return False


def start_server(binary: Path, data_dir: Path, *, timeout: float = 300) -> LabelStudioServer:
    """Start Label Studio and wait (at most ``timeout`` s) until ``/health`` answers on our port."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "DJANGO_", "HEARTEX_"))}
    env.update({
        "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
        "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
        "LABEL_STUDIO_USERNAME": USERNAME,
        "LABEL_STUDIO_PASSWORD": PASSWORD,
        "LABEL_STUDIO_USER_TOKEN": API_TOKEN,
        "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
        "COLLECT_ANALYTICS": "false",
        "LATEST_VERSION_CHECK": "false",
        "SENTRY_DSN": "",
        "FRONTEND_SENTRY_DSN": "",
        "PYTHONUNBUFFERED": "1",
        "OMP_NUM_THREADS": "1",
    })
    env.pop("VIRTUAL_ENV", None)
    log_path = data_dir / "server.log"
    log = open(log_path, "wb")
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [str(binary), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port),
         "--data-dir", str(data_dir)],
        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=str(data_dir),
        start_new_session=True)
    log.close()
    server = LabelStudioServer(url, API_TOKEN, USERNAME, log_path, proc, 0.0)
    try:
        while True:
            if proc.poll() is not None:
                raise ServerStartError(f"Label Studio exited with code {proc.returncode} while starting; "
                                       f"log tail:\n{server.log_tail()}")
            if _healthy(url):
                break
            if time.monotonic() - t0 > timeout:
                raise ServerStartError(f"Label Studio did not answer {url}/health within {timeout:.0f}s; "
                                       f"log tail:\n{server.log_tail()}")
            time.sleep(0.5)
    except BaseException:
        server.stop()
        raise
    server.start_seconds = time.monotonic() - t0
    return server
