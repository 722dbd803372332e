"""Real SPARQL servers for the tests: `oxigraph serve` (PyPI oxigraph) and Virtuoso Open Source.

Each is started once per session on free 127.0.0.1 ports in a temporary folder and stopped at the end;
a test needing one is skipped, with the reason, when its binary is not installed.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


@dataclass
class SparqlServer:
    name: str
    query_url: str
    update_url: str
    gsp_url: str | None
    auth_url: str | None = None       # where credentials are needed (Virtuoso's /sparql-auth, Digest)
    auth: str | None = None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, seconds: float, log: Path) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: the server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=2)
            return
        except requests.exceptions.RequestException:
            time.sleep(0.2)
    raise RuntimeError(f"{url}: not up after {seconds} s: {log.read_text(errors='replace')[-2000:]}")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def start_oxigraph(folder: Path) -> tuple[subprocess.Popen, SparqlServer]:
    """`oxigraph serve` on a free port, its default graph the union of all graphs, as geokg's is."""
    port = free_port()
    log = folder / "oxigraph.log"
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(folder / "data"),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=log.open("wb"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    wait_for(f"{base}/query", proc, 30, log)
    return proc, SparqlServer("oxigraph-serve", f"{base}/query", f"{base}/update", f"{base}/store")


def virtuoso_ini(folder: Path, sql_port: int, http_port: int) -> str:
    """The Debian virtuoso.ini with its files in `folder` and its ports on 127.0.0.1."""
    ini = VIRTUOSO_INI.read_text()
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/")
    ini = re.sub(r"(?m)^ServerPort\s*=\s*1111\b.*$", f"ServerPort = 127.0.0.1:{sql_port}", ini)
    ini = re.sub(r"(?m)^ServerPort\s*=\s*8890\b.*$", f"ServerPort = 127.0.0.1:{http_port}", ini)
    return ini


def start_virtuoso(folder: Path) -> tuple[subprocess.Popen, SparqlServer]:
    """A private Virtuoso with SPARQL Update granted to the anonymous /sparql user."""
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(virtuoso_ini(folder, sql_port, http_port))
    log = folder / "virtuoso.out"
    proc = subprocess.Popen(["virtuoso-t", "+configfile", str(ini), "+foreground"], cwd=folder,
                            stdout=log.open("wb"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    wait_for(f"{base}/sparql", proc, 90, log)
    grant = subprocess.run(["isql-vt", str(sql_port), "dba", "dba", "exec=GRANT SPARQL_UPDATE TO \"SPARQL\";"],
                           capture_output=True, text=True, timeout=60)
    if grant.returncode != 0:
        stop(proc)
        raise RuntimeError(f"isql-vt GRANT failed: {grant.stdout} {grant.stderr}")
    return proc, SparqlServer("virtuoso", f"{base}/sparql", f"{base}/sparql", f"{base}/sparql-graph-crud",
                              auth_url=f"{base}/sparql-auth", auth="dba:dba")


def _server(kind: str, starter, needs: str):
    if not needs:
        pytest.skip(f"{kind} is not installed (see docs/backends.md)")
    folder = Path(tempfile.mkdtemp(prefix=f"geokg-{kind}-"))
    try:
        proc, server = starter(folder)
    except (RuntimeError, OSError, subprocess.SubprocessError) as e:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"{kind} did not start: {e}")
    try:
        yield server
    finally:
        stop(proc)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def oxigraph_server():
    """A running `oxigraph serve` (PyPI oxigraph 0.5), skipped when the binary is absent."""
    yield from _server("oxigraph", start_oxigraph, oxigraph_binary())


@pytest.fixture(scope="session")
def virtuoso_server():
    """A running private Virtuoso Open Source, skipped when virtuoso-t or its ini is absent."""
    present = shutil.which("virtuoso-t") and shutil.which("isql-vt") and VIRTUOSO_INI.exists()
    yield from _server("virtuoso", start_virtuoso, present or "")


def env_without_geokg() -> dict:
    """The environment minus GEOKG_* variables, so a developer's settings do not leak into tests."""
    return {k: v for k, v in os.environ.items() if not k.startswith("GEOKG_")}


def clear(server: SparqlServer) -> None:
    """Drop every user graph of a server (and geokg's version graph): an empty store for the next test."""
    from geokg.store.remote import META_GRAPH, RemoteStore

    with RemoteStore(server.query_url, update_url=server.update_url) as st:
        names = [*st.graphs(), META_GRAPH]
        st._post_update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in names))


def run_geokg(*args: str, input: bytes | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """`geokg ARGS` in a subprocess with a clean environment."""
    return subprocess.run([sys.executable, "-m", "geokg", *args], capture_output=True, input=input,
                          timeout=timeout, env=env_without_geokg())


def start_geokg_serve(*args: str, folder: Path) -> tuple[subprocess.Popen, str]:
    """`geokg serve ARGS` on a free port; returns the process and its base URL once /health answers."""
    port = free_port()
    log = folder / f"serve-{port}.log"
    proc = subprocess.Popen([sys.executable, "-m", "geokg", "serve", *args, "--port", str(port)],
                            stdout=log.open("wb"), stderr=subprocess.STDOUT, env=env_without_geokg(),
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    end = time.monotonic() + 120
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"geokg serve exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if requests.get(base + "/health", timeout=5).status_code == 200:
                return proc, base
        except requests.exceptions.RequestException:
            pass
        time.sleep(0.2)
    stop_group(proc)
    raise RuntimeError(f"geokg serve not up after 120 s: {log.read_text(errors='replace')[-2000:]}")


def stop_group(proc: subprocess.Popen) -> None:
    """Stop a process started in its own session, with its children (gunicorn workers, writer)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
