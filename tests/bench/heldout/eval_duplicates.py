#!/usr/bin/env python3
"""Scores the server's duplicate candidates against the held-out registry's ground truth.

Reads duplicate_candidates from the SQLite store after `izdesk-server import` (and, where the
import did not detect them, `izdesk-server duplicates scan`), maps both patients of each pair
to persons through their source ids and prints one JSON object: pairs, true pairs and precision
per grade, recall of all true duplicate pairs, twin and Jr/Sr pairs graded certain or probable,
recall by the kind of error the duplicate carries, and the first false pairs graded certain.

    python3 eval_duplicates.py --sqlite /tmp/heldout.sqlite --dir /tmp/heldout
"""

import argparse
import csv
import itertools
import json
import os
import sqlite3
import sys
import urllib.parse

GRADES = ("certain", "probable", "possible")
RANK = {g: i for i, g in enumerate(GRADES)}


def load_truth(folder):
    rows = {}
    with open(os.path.join(folder, "truth.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows[row["source_id"]] = row
    return rows


def relation(a, b):
    if a is None or b is None:
        return "unknown"
    if a["person_id"] == b["person_id"]:
        return "same_person"
    if a["twin_set"] and a["twin_set"] == b["twin_set"]:
        return "twin"
    if a["jr_sr_pair"] and a["jr_sr_pair"] == b["jr_sr_pair"]:
        return "jr_sr"
    if a["household_id"] == b["household_id"]:
        return "household"
    return "unrelated"


def parse_list(text):
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return [text]
    return value if isinstance(value, list) else [value]


def ratio(n, d):
    return round(n / d, 4) if d else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sqlite", required=True, help="the server's SQLite file")
    ap.add_argument("--dir", required=True, help="folder written by make_registry.py")
    ap.add_argument("--false-pairs", type=int, default=20, help="false pairs at certain to list")
    args = ap.parse_args()

    truth = load_truth(args.dir)
    con = sqlite3.connect("file:%s?mode=ro" % urllib.parse.quote(os.path.abspath(args.sqlite)), uri=True)
    source_of = {}
    for pid, value in con.execute("SELECT patient_id, value FROM patient_identifiers WHERE type = 'source_id'"):
        source_of[int(pid)] = value
    patients = {}
    for row in con.execute("SELECT id, first_name, middle_name, last_name, suffix, birth_date, sex, "
                           "multiple_birth, birth_order FROM patients"):
        patients[int(row[0])] = row
    candidates = con.execute("SELECT low_id, high_id, grade, score_centi, badges, vetoes, status "
                             "FROM duplicate_candidates ORDER BY score_centi DESC, low_id, high_id").fetchall()
    con.close()

    # Every pair of records of one person is a true pair.
    records_of = {}
    for sid, row in truth.items():
        records_of.setdefault(row["person_id"], []).append(sid)
    true_pairs = {}
    for person, sids in records_of.items():
        for a, b in itertools.combinations(sorted(sids), 2):
            kinds = set(k for k in truth[a]["errors"].split(";") + truth[b]["errors"].split(";") if k)
            tags = set(t for t in truth[a]["tags"].split(";") if t)
            true_pairs[(a, b)] = (kinds, tags)

    def record(pid):
        sid = source_of.get(pid)
        return sid, truth.get(sid)

    def show(pid, sid, row):
        p = patients.get(pid)
        if p is None:
            return {"patient_id": pid}
        name = " ".join(x for x in (p[1], p[2], p[3], p[4]) if x)
        return {"patient_id": pid, "source_id": sid, "person_id": row["person_id"] if row else None,
                "name": name, "dob": p[5], "sex": p[6], "multiple_birth": bool(p[7]), "birth_order": p[8]}

    per_grade = {g: {"pairs": 0, "true_pairs": 0, "false_by_relation": {}} for g in GRADES}
    found_best = {}  # true pair -> best grade
    related = {"twin": {g: 0 for g in GRADES}, "jr_sr": {g: 0 for g in GRADES}}
    statuses = {}
    false_certain = []
    for low, high, grade, score, badges, vetoes, status in candidates:
        statuses[status] = statuses.get(status, 0) + 1
        if status == "dropped" or grade not in RANK:
            continue
        sa, ra = record(low)
        sb, rb = record(high)
        rel = relation(ra, rb)
        g = per_grade[grade]
        g["pairs"] += 1
        if rel == "same_person":
            g["true_pairs"] += 1
            key = tuple(sorted((sa, sb)))
            if key not in found_best or RANK[grade] < RANK[found_best[key]]:
                found_best[key] = grade
        else:
            g["false_by_relation"][rel] = g["false_by_relation"].get(rel, 0) + 1
            if rel in related:
                related[rel][grade] += 1
            if grade == "certain" and len(false_certain) < args.false_pairs:
                false_certain.append({"relation": rel, "score": score / 100.0, "badges": parse_list(badges),
                                      "vetoes": parse_list(vetoes), "a": show(low, sa, ra), "b": show(high, sb, rb)})
    for g in per_grade.values():
        g["precision"] = ratio(g["true_pairs"], g["pairs"])

    total_true = len(true_pairs)

    def recall_at(worst):
        return ratio(sum(1 for k in true_pairs if k in found_best and RANK[found_best[k]] <= RANK[worst]),
                     total_true)

    by_kind = {}
    by_tag = {}
    for key, (kinds, tags) in true_pairs.items():
        best = found_best.get(key)
        for bucket, names in ((by_kind, kinds or {"none"}), (by_tag, tags or {"plain"})):
            for name in names:
                b = bucket.setdefault(name, [0, 0, 0])
                b[0] += 1
                b[1] += best is not None
                b[2] += best is not None and RANK[best] <= RANK["probable"]

    def table(bucket):
        return {k: {"n": v[0], "recall_possible": ratio(v[1], v[0]), "recall_probable": ratio(v[2], v[0])}
                for k, v in sorted(bucket.items())}

    cumulative = {}
    pairs_so_far = true_so_far = 0
    for grade in GRADES:
        pairs_so_far += per_grade[grade]["pairs"]
        true_so_far += per_grade[grade]["true_pairs"]
        cumulative[grade + "_or_better"] = {"pairs": pairs_so_far, "true_pairs": true_so_far,
                                            "precision": ratio(true_so_far, pairs_so_far),
                                            "recall": recall_at(grade)}
    unmapped = sum(1 for pid in patients if source_of.get(pid) not in truth)
    result = {
        "patients": len(patients), "patients_not_in_truth": unmapped, "candidates": len(candidates),
        "by_status": statuses, "true_duplicate_pairs": total_true,
        "grades": per_grade, "cumulative": cumulative,
        "recall_at_possible_or_better": recall_at("possible"),
        "twin_pairs": {"certain": related["twin"]["certain"], "probable": related["twin"]["probable"],
                       "possible": related["twin"]["possible"]},
        "jr_sr_pairs": {"certain": related["jr_sr"]["certain"], "probable": related["jr_sr"]["probable"],
                        "possible": related["jr_sr"]["possible"]},
        "recall_by_error_kind": table(by_kind), "recall_by_person_tag": table(by_tag),
        "false_pairs_at_certain": false_certain,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
