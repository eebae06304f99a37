"""Starts Ralph (a real LRS) on 127.0.0.1 for SRM Study's tests, and nothing else.

Usage: ralph_serve.py [PORT]

Runs `ralph.api:app` under uvicorn (file-system backend, see SERVE) in a temporary folder on
a free port (or PORT), with one Basic-auth user `srm` whose password is
`srm-test-secret`. Once Ralph answers, prints one line:
    ENDPOINT http://127.0.0.1:PORT/xAPI
and keeps Ralph running until standard input closes (or this process is
killed); then stops it and removes the folder. Only the loopback address is
used.
"""

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import bcrypt

HOST = "127.0.0.1"

# Ralph 5.1's file-system LRS writes every POST to one file and refuses a
# second write to it ("already exists and overwrite is not allowed"), so it
# takes only one batch per run. This shim makes those writes append, as any
# LRS keeps statements across requests; everything else (auth, validation,
# duplicate ids, queries, `more` links) is Ralph's own.
SERVE = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

_write = FSLRSBackend.write

def write(self, data, target=None, chunk_size=None, ignore_errors=False, operation_type=None):
    if operation_type in (None, BaseOperationType.CREATE, BaseOperationType.INDEX):
        operation_type = BaseOperationType.APPEND
    return _write(self, data, target, chunk_size, ignore_errors, operation_type)

FSLRSBackend.write = write
uvicorn.run("ralph.api:app", host=sys.argv[1], port=int(sys.argv[2]), log_level="warning")
"""
USER = "srm"
PASSWORD = "srm-test-secret"


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def answers(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, OSError):
        return False


@contextlib.contextmanager
def running_ralph(port=None, max_hits=100):
    """Runs Ralph on 127.0.0.1 (a free port unless one is given) in a
    temporary folder, with the user USER / PASSWORD, until the block ends;
    yields the xAPI endpoint once Ralph answers. `max_hits` is how many
    statements a page of a GET holds. Raises RuntimeError, with the end of
    Ralph's log, when it does not start within 60 s."""
    port = port or free_port()
    with tempfile.TemporaryDirectory() as tmp:
        users = [{
            "username": USER,
            "hash": bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode(),
            "scopes": ["all"],
            "agent": {"mbox": "mailto:srm-study@example.com"},
        }]
        auth_file = os.path.join(tmp, "auth.json")
        with open(auth_file, "w", encoding="utf-8") as f:
            json.dump(users, f)
        os.makedirs(os.path.join(tmp, "data"))
        env = dict(os.environ)
        env.update({
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_AUTH_FILE": auth_file,
            "RALPH_APP_DIR": os.path.join(tmp, "app"),
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": os.path.join(tmp, "data"),
            "RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT": str(max_hits),
        })
        log = open(os.path.join(tmp, "ralph.log"), "w")
        server = subprocess.Popen(
            [sys.executable, "-c", SERVE, HOST, str(port)],
            env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tmp,
        )
        try:
            deadline = time.time() + 60
            while not answers(f"http://{HOST}:{port}/__heartbeat__"):
                if server.poll() is not None or time.time() > deadline:
                    log.flush()
                    raise RuntimeError("Ralph did not start:\n" + open(log.name).read()[-3000:])
                time.sleep(0.2)
            yield f"http://{HOST}:{port}/xAPI"
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
            log.close()


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else None
    try:
        with running_ralph(port) as endpoint:
            print(f"ENDPOINT {endpoint}", flush=True)
            sys.stdin.read()
    except RuntimeError as e:
        print(f"FAIL: {e}", flush=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
