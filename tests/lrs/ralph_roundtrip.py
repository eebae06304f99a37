"""Sends SRM Study's xAPI statements to a real LRS (Ralph) and reads them back.

Usage: ralph_roundtrip.py STATEMENTS.json ACTIVITY_ID OUT.json

Starts Ralph as ralph_serve.py does (file-system backend, 127.0.0.1, a free
port, a temporary folder, one Basic-auth user), with pages of 25; then:
1. POSTs the statements to /xAPI/statements in batches of 50 with
   `X-Experience-API-Version: 1.0.3`: every batch must be accepted;
2. POSTs them all again: Ralph must store nothing new (204, or no new ids);
3. GETs /xAPI/statements?activity=ACTIVITY_ID&related_activities=true with a
   small page size, following every `more` link, and writes what came back
   to OUT.json. The count must equal the number sent.
Only the loopback address is ever used. Ralph is stopped at the end.
"""

import base64
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ralph_serve import HOST, PASSWORD, USER, running_ralph  # noqa: E402


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def request(method, url, auth, body=None):
    assert url.startswith(f"http://{HOST}:"), url  # loopback only
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Authorization", "Basic " + auth)
    req.add_header("X-Experience-API-Version", "1.0.3")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def read_all(url, base, auth):
    """GETs url and every `more` page after it: (statements, pages)."""
    loaded, pages = [], 0
    while url:
        status, body = request("GET", url, auth)
        if status != 200:
            fail(f"GET {url}: {status} {body}")
        loaded.extend(body["statements"])
        pages += 1
        more = body.get("more")
        url = urllib.parse.urljoin(base, more) if more else None
        if pages > 1000:
            fail("too many pages")
    return loaded, pages


def related(statement, activity):
    """Whether the activity is the statement's object or a context activity."""
    if statement.get("object", {}).get("id") == activity:
        return True
    for group in statement.get("context", {}).get("contextActivities", {}).values():
        for a in group if isinstance(group, list) else [group]:
            if a.get("id") == activity:
                return True
    return False


def main():
    statements_path, activity, out_path = sys.argv[1:4]
    with open(statements_path, encoding="utf-8") as f:
        statements = json.load(f)
    auth = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    try:
        with running_ralph(max_hits=25) as endpoint:
            base = f"{endpoint}/statements"
            stored = []
            for i in range(0, len(statements), 50):
                status, body = request("POST", base, auth, statements[i:i + 50])
                if status != 200:
                    fail(f"POST batch {i // 50}: {status} {body}")
                stored.extend(body)
            if sorted(stored) != sorted(s["id"] for s in statements):
                fail("the LRS did not store every statement under its own id")
            print(f"sent {len(stored)} statements")

            status, body = request("POST", base, auth, statements)
            if status not in (200, 204) or (status == 200 and body):
                fail(f"sending again stored something: {status} {body}")
            print(f"sent again: {status}, nothing new")

            query = urllib.parse.urlencode({
                "activity": activity, "related_activities": "true", "limit": 25,
            })
            loaded, pages = read_all(f"{base}?{query}", base, auth)
            if not loaded:
                # Ralph 5.1's file backend compares the `activity` (and `verb`)
                # filter, parsed as an IRI model, with plain strings, so it
                # never matches: read every statement and filter here as
                # related_activities=true would.
                print("the LRS's activity filter matched nothing; filtering here")
                everything, pages = read_all(f"{base}?limit=25", base, auth)
                loaded = [s for s in everything if related(s, activity)]
            if len(loaded) != len(statements):
                fail(f"read back {len(loaded)} statements, sent {len(statements)}")
            print(f"read back {len(loaded)} statements in {pages} pages")
            with open(out_path, "w", encoding="utf-8") as f:
                json.dump(loaded, f)
    except RuntimeError as e:
        fail(str(e))
    print("OK")


if __name__ == "__main__":
    main()
