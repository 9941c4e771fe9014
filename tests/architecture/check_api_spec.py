#!/usr/bin/env python3
"""The API reference (docs/api/openapi.yaml) against the code that serves and calls it.

Checks, and exits 1 naming every difference:
  - every route izdesk-server registers (`izdesk-server routes`) is an operation of the spec,
    and every operation of the spec is a route (method and path template);
  - every request the client's services make with a literal method and path
    (`send("POST", QStringLiteral("/patients/search")…`) is an operation of the spec;
  - every `$ref` of the spec resolves.

  check_api_spec.py --server BIN --spec docs/api/openapi.yaml --sources services [--self-test]

--self-test first runs the same checks on a copy of the inputs with one route, one client call
and one reference broken on purpose, and fails unless each is reported.
"""
import argparse
import copy
import os
import re
import subprocess
import sys

import yaml

METHODS = ("get", "post", "put", "patch", "delete", "head")
# A method string, then (within the same call) the path literal. %1, %2 … are path segments.
CLIENT_CALL = re.compile(r'"(GET|POST|PUT|PATCH|DELETE)"[^;]{0,120}?QStringLiteral\("(/[^"]*)"\)', re.S)
MIN_CLIENT_CALLS = 40  # fewer found means the pattern no longer reads the code


def spec_operations(spec):
    ops = set()
    for path, item in (spec.get("paths") or {}).items():
        for method in item:
            if method in METHODS:
                ops.add((method.upper(), path))
    return ops


def template_regex(path):
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


def client_calls(sources):
    calls = []
    for folder in sources:
        for dirpath, _, names in os.walk(folder):
            for name in sorted(names):
                if not name.endswith(".cpp"):
                    continue
                path = os.path.join(dirpath, name)
                text = open(path, encoding="utf-8").read()
                for m in CLIENT_CALL.finditer(text):
                    line = text.count("\n", 0, m.start()) + 1
                    api_path = "/api/v1" + re.sub(r"%\d", "1", m.group(2))
                    calls.append((m.group(1), api_path, f"{path}:{line}"))
    return calls


def unresolved_refs(spec):
    missing = []

    def walk(node, where):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                target = spec
                for part in ref.lstrip("#/").split("/"):
                    target = target.get(part) if isinstance(target, dict) else None
                if target is None:
                    missing.append(f"{where}: $ref {ref} does not resolve")
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(spec, "#")
    return missing


def check(routes, spec, calls):
    problems = []
    ops = spec_operations(spec)
    for method, path in sorted(routes - ops):
        problems.append(f"route {method} {path} is served but not in the spec")
    for method, path in sorted(ops - routes):
        problems.append(f"spec operation {method} {path} is not a route of the server")
    templates = [(method, template_regex(path)) for method, path in ops]
    for method, path, where in calls:
        if not any(m == method and rx.match(path) for m, rx in templates):
            problems.append(f"{where}: the client sends {method} {path}, which the spec does not define")
    problems.extend(unresolved_refs(spec))
    return problems


def server_routes(binary):
    out = subprocess.run([binary, "routes"], check=True, capture_output=True, text=True).stdout
    routes = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            routes.add((parts[0], parts[1]))
    return routes


def self_test(routes, spec, calls):
    broken_spec = copy.deepcopy(spec)
    removed = sorted(spec_operations(spec))[0]
    del broken_spec["paths"][removed[1]][removed[0].lower()]
    broken_spec["paths"].setdefault("/api/v1/tickets", {}).setdefault("get", {})["x-probe"] = {
        "$ref": "#/components/schemas/NoSuchSchema"}
    broken_calls = calls + [("DELETE", "/api/v1/no-such-resource/1", "self-test:1")]
    extra_routes = routes | {("GET", "/api/v1/self-test-route")}
    found = check(extra_routes, broken_spec, broken_calls)
    expected = [f"{removed[0]} {removed[1]} is served but not in the spec",
                "GET /api/v1/self-test-route is served but not in the spec",
                "DELETE /api/v1/no-such-resource/1, which the spec does not define",
                "NoSuchSchema does not resolve"]
    missed = [e for e in expected if not any(e in p for p in found)]
    for e in missed:
        print(f"self-test: a broken input was not reported: {e}", file=sys.stderr)
    return not missed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--spec", required=True)
    parser.add_argument("--sources", nargs="+", required=True)
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    with open(args.spec, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    routes = server_routes(args.server)
    calls = client_calls(args.sources)
    if len(calls) < MIN_CLIENT_CALLS:
        print(f"only {len(calls)} client calls found in {args.sources}; the pattern no longer reads the code",
              file=sys.stderr)
        return 1
    if args.self_test and not self_test(routes, spec, calls):
        return 1
    problems = check(routes, spec, calls)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(routes)} routes, {len(spec_operations(spec))} spec operations, {len(calls)} client calls: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
