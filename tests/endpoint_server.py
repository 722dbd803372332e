"""A real `geokg serve` on 127.0.0.1 for the endpoint tests, stopped (with its children) afterwards."""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

from servers import env_without_geokg, free_port


@contextlib.contextmanager
def geokg_serve(store: Path | str, *args: str, seconds: float = 60):
    """Yield the base URL of `geokg serve --store STORE ARGS` once it answers /health."""
    port = free_port()
    log = Path(str(store) + ".log") if str(store) != "memory:" else Path(os.devnull)
    cmd = [sys.executable, "-m", "geokg", "serve", "--store", str(store), "--port", str(port), *args]
    with open(log, "ab") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env_without_geokg(),
                                start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + seconds
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"geokg serve exited: {log.read_text(errors='replace')[-2000:]}")
            try:
                if requests.get(f"{base}/health", timeout=2).ok:
                    break
            except requests.exceptions.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"geokg serve not up after {seconds} s")
            time.sleep(0.2)
        yield base
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)      # the server stops its writer and workers itself
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)   # its own session: only what it started
                proc.wait()
