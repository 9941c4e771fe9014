#!/usr/bin/env python3
"""Runs the held-out caller queries against a running izdesk-server and scores the answers.

Signs in (POST /api/v1/sessions), sends every query of DIR/queries.jsonl to
GET /api/v1/patients?q=...&limit=N with the chosen URL encoding(s) and prints one JSON object
per encoding: recall at 1 and 5, the share of empty answers, latency percentiles, breakdowns
by query bucket and error kind, and the first misses.

    python3 eval_search.py --base-url http://127.0.0.1:8080 --username specialist \
        --password izdesk-specialist --dir /tmp/heldout --sqlite /tmp/heldout.sqlite
"""

import argparse
import csv
import json
import os
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ENCODINGS = ("plus", "percent", "curl")


def load_truth(folder):
    by_source = {}
    persons = {}
    with open(os.path.join(folder, "truth.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            by_source[row["source_id"]] = row["person_id"]
            if row["role"] == "original":
                persons[row["person_id"]] = row
    return by_source, persons


def load_queries(folder):
    with open(os.path.join(folder, "queries.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class SourceIds:
    """patient id -> source_id, from the answer itself or else from the SQLite store."""

    def __init__(self, sqlite_path):
        self.map = {}
        if sqlite_path:
            con = sqlite3.connect("file:%s?mode=ro" % urllib.parse.quote(os.path.abspath(sqlite_path)), uri=True)
            try:
                for pid, value in con.execute(
                        "SELECT patient_id, value FROM patient_identifiers WHERE type = 'source_id'"):
                    self.map[int(pid)] = value
            finally:
                con.close()

    def of(self, item):
        sid = item.get("source_id")
        if sid:
            return sid
        try:
            return self.map.get(int(item.get("id")))
        except (TypeError, ValueError):
            return None


class Client:
    def __init__(self, base_url, username, password, timeout):
        self.base = base_url.rstrip("/")
        self.username = username
        self.password = password
        self.timeout = timeout
        self.token = None

    def sign_in(self):
        body = json.dumps({"username": self.username, "password": self.password}).encode()
        req = urllib.request.Request(self.base + "/api/v1/sessions", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            self.token = json.loads(resp.read())["token"]

    def url(self, encoding, q, limit):
        path = self.base + "/api/v1/patients?"
        if encoding == "plus":
            return path + urllib.parse.urlencode({"q": q, "limit": limit})
        return path + "q=" + urllib.parse.quote(q, safe="") + "&limit=%d" % limit

    def search(self, encoding, q, limit):
        """(HTTP status, decoded JSON or None, elapsed ms)."""
        for attempt in (0, 1):
            if encoding == "curl":
                status, doc, ms = self._curl(q, limit)
            else:
                status, doc, ms = self._urllib(self.url(encoding, q, limit))
            if status == 401 and attempt == 0:
                self.sign_in()
                continue
            return status, doc, ms
        return status, doc, ms

    def _urllib(self, url):
        req = urllib.request.Request(url, headers={"Authorization": "Bearer " + self.token,
                                                   "Accept": "application/json"})
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                raw = resp.read()
                status = resp.status
        except urllib.error.HTTPError as e:
            raw = e.read()
            status = e.code
        except (urllib.error.URLError, OSError):
            return 0, None, (time.perf_counter() - start) * 1000.0
        ms = (time.perf_counter() - start) * 1000.0
        try:
            return status, json.loads(raw), ms
        except ValueError:
            return status, None, ms

    def _curl(self, q, limit):
        # The token goes through a config on stdin, not the command line.
        config = 'header = "Authorization: Bearer %s"\nheader = "Accept: application/json"\n' % self.token
        cmd = ["curl", "-sS", "-G", "--max-time", str(self.timeout), "-K", "-", "-w", "\n%{http_code}",
               "--data-urlencode", "q=" + q, "--data", "limit=%d" % limit, self.base + "/api/v1/patients"]
        start = time.perf_counter()
        proc = subprocess.run(cmd, input=config.encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        ms = (time.perf_counter() - start) * 1000.0
        out = proc.stdout.decode("utf-8", "replace")
        body, _, code = out.rpartition("\n")
        try:
            status = int(code.strip())
        except ValueError:
            status = 0
        try:
            return status, json.loads(body), ms
        except ValueError:
            return status, None, ms


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, int(round(p / 100.0 * len(ordered) + 0.4999)))
    return round(ordered[min(rank, len(ordered)) - 1], 2)


def describe_person(row):
    if not row:
        return None
    name = " ".join(x for x in (row["first_name"], row["middle_name"], row["last_name"], row["suffix"]) if x)
    return {"person_id": row["person_id"], "name": name, "dob": row["birth_date"], "sex": row["sex"]}


def describe_item(item, source_ids, by_source):
    sid = source_ids.of(item)
    name = " ".join(x for x in (item.get("first_name"), item.get("middle_name"), item.get("last_name"),
                                item.get("suffix")) if x)
    return {"name": name, "dob": item.get("birth_date"), "source_id": sid, "person_id": by_source.get(sid),
            "score": item.get("score"), "grade": item.get("grade")}


def ratio(n, d):
    return round(n / d, 4) if d else None


def run_encoding(client, encoding, queries, limit, by_source, persons, source_ids):
    hits1 = hits5 = empty = errors = 0
    latencies = []
    misses = []
    answers = []
    groups = {}
    for q in queries:
        status, doc, ms = client.search(encoding, q["q"], limit)
        latencies.append(ms)
        items = doc.get("items", []) if status == 200 and isinstance(doc, dict) else []
        if status != 200:
            errors += 1
        if not items:
            empty += 1
        found = [by_source.get(source_ids.of(it)) for it in items]
        answers.append([source_ids.of(it) for it in items])
        h1 = bool(found) and found[0] == q["person_id"]
        h5 = q["person_id"] in found[:5]
        hits1 += h1
        hits5 += h5
        keys = ["bucket:" + q.get("bucket", "?")] + ["kind:" + k for k in q["kinds"]] + \
            ["format:" + q.get("format", "?")] + (["kind:none"] if not q["kinds"] else [])
        for key in keys:
            g = groups.setdefault(key, [0, 0, 0])
            g[0] += 1
            g[1] += h1
            g[2] += h5
        if not h5:
            misses.append({
                "q": q["q"], "kinds": q["kinds"], "status": status,
                "expected": describe_person(persons.get(q["person_id"])),
                "look_alikes": q.get("look_alikes", 0),
                "top": [describe_item(it, source_ids, by_source) for it in items[:5]],
            })
    n = len(queries)
    by_bucket = {k[7:]: {"n": v[0], "r1": ratio(v[1], v[0]), "r5": ratio(v[2], v[0])}
                 for k, v in sorted(groups.items()) if k.startswith("bucket:")}
    by_kind = {k[5:]: {"n": v[0], "r1": ratio(v[1], v[0]), "r5": ratio(v[2], v[0])}
               for k, v in sorted(groups.items()) if k.startswith("kind:")}
    by_format = {k[7:]: {"n": v[0], "r1": ratio(v[1], v[0]), "r5": ratio(v[2], v[0])}
                 for k, v in sorted(groups.items()) if k.startswith("format:")}
    result = {
        "encoding": encoding, "queries": n, "limit": limit,
        "recall_at_1": ratio(hits1, n), "recall_at_5": ratio(hits5, n), "empty_rate": ratio(empty, n),
        "http_errors": errors, "p50_ms": percentile(latencies, 50), "p95_ms": percentile(latencies, 95),
        "by_bucket": by_bucket, "by_kind": by_kind, "by_format": by_format, "miss_count": len(misses),
    }
    return result, misses, answers


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base-url", required=True)
    ap.add_argument("--username", required=True)
    ap.add_argument("--password", required=True)
    ap.add_argument("--dir", required=True, help="folder written by make_registry.py")
    ap.add_argument("--encoding", default="all", choices=ENCODINGS + ("all",))
    ap.add_argument("--limit", type=int, default=5, help="results asked for (1-50)")
    ap.add_argument("--sqlite", help="the server's SQLite file, to map patient ids to source ids when the "
                                     "answer does not carry them")
    ap.add_argument("--misses", help="write every miss here (JSON lines) instead of the first 20 to stdout")
    ap.add_argument("--min-recall5", type=float, help="exit 1 when any encoding's recall at 5 is below this")
    ap.add_argument("--max-queries", type=int, help="only the first N queries")
    ap.add_argument("--timeout", type=int, default=30, help="seconds per request")
    args = ap.parse_args()

    by_source, persons = load_truth(args.dir)
    queries = load_queries(args.dir)
    if args.max_queries:
        queries = queries[:args.max_queries]
    source_ids = SourceIds(args.sqlite)
    client = Client(args.base_url, args.username, args.password, args.timeout)
    try:
        client.sign_in()
    except (urllib.error.URLError, OSError, ValueError, KeyError) as e:
        print("eval_search: sign-in failed: %s" % e, file=sys.stderr)
        return 2

    encodings = ENCODINGS if args.encoding == "all" else (args.encoding,)
    worst = None
    reference = None
    miss_file = open(args.misses, "w", encoding="utf-8") if args.misses else None
    try:
        for encoding in encodings:
            result, misses, answers = run_encoding(client, encoding, queries, args.limit, by_source, persons,
                                                   source_ids)
            if reference is None:
                reference = (encoding, answers)
            else:
                same = sum(1 for a, b in zip(reference[1], answers) if a == b)
                result["same_answers_as_" + reference[0]] = ratio(same, len(answers))
            if miss_file:
                for m in misses:
                    miss_file.write(json.dumps(dict(m, encoding=encoding), sort_keys=True) + "\n")
                result["misses_file"] = args.misses
            else:
                result["misses"] = misses[:20]
            print(json.dumps(result), flush=True)
            r5 = result["recall_at_5"] or 0.0
            worst = r5 if worst is None else min(worst, r5)
    finally:
        if miss_file:
            miss_file.close()
    if args.min_recall5 is not None and worst is not None and worst < args.min_recall5:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
