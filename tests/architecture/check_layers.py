#!/usr/bin/env python3
"""The layers of docs/CONTRIBUTING.md, checked on every #include of the product code.

  models/    domain types and rules: models/ and Qt Core only
  services/  the client's I/O (HTTP, cache, keychain): models/, services/; no widgets
  widgets/   views and dialogs: models/, widgets/; no services (widgets do no I/O), no SQL
             or network modules
  app/       the client's composition root: everything of the client
  server/    the backend: server/ and models/; no client code, no GUI modules

  check_layers.py --root REPO --qt-include DIR [--self-test]

A project header is found by its path or name in the tree; a Qt header (<QSqlQuery>,
<QtWidgets/QWidget>) by the module folder that holds it under --qt-include. Exits 1 naming
each include that crosses a layer the wrong way. --self-test first checks that a planted
wrong include in each layer is reported.
"""
import argparse
import os
import re
import sys

LAYERS = ("models", "services", "widgets", "app", "server")
ALLOWED = {
    "models": {"models"},
    "services": {"models", "services"},
    "widgets": {"models", "widgets"},
    "app": {"models", "services", "widgets", "app"},
    "server": {"models", "server"},
}
GUI_MODULES = {"QtGui", "QtWidgets", "QtCharts", "QtPrintSupport", "QtSvg"}
FORBIDDEN_QT = {
    "models": GUI_MODULES | {"QtSql", "QtNetwork", "QtHttpServer", "QtConcurrent"},
    "services": {"QtWidgets", "QtCharts", "QtHttpServer"},
    "widgets": {"QtSql", "QtNetwork", "QtHttpServer"},
    "app": {"QtHttpServer"},
    "server": GUI_MODULES,
}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def qt_modules(qt_include):
    """Header name → Qt module, from the module folders of the Qt include directory."""
    modules = {}
    for module in os.listdir(qt_include):
        folder = os.path.join(qt_include, module)
        if module.startswith("Qt") and os.path.isdir(folder):
            for name in os.listdir(folder):
                modules.setdefault(name, module)
    return modules


def project_headers(root):
    """Header file name → the layers it exists in, and relative path → layer."""
    by_name, by_path = {}, {}
    for layer in LAYERS:
        for dirpath, _, names in os.walk(os.path.join(root, layer)):
            for name in names:
                if name.endswith(".h"):
                    rel = os.path.relpath(os.path.join(dirpath, name), os.path.join(root, layer))
                    by_name.setdefault(name, set()).add(layer)
                    by_path[rel] = layer
    return by_name, by_path


def target_layers(include, layer, by_name, by_path):
    if include in by_path:
        return {by_path[include]}
    owners = by_name.get(os.path.basename(include), set())
    # A name found in the including layer itself is that one (same-folder include).
    return {layer} if layer in owners else owners


def violations(layer, path, text, by_name, by_path, modules):
    found = []
    for m in INCLUDE.finditer(text):
        include = m.group(2)
        line = text.count("\n", 0, m.start()) + 1
        module = include.split("/")[0] if include.startswith("Qt") and "/" in include else modules.get(include)
        if module and module in FORBIDDEN_QT[layer]:
            found.append(f"{path}:{line}: {layer}/ includes <{include}> of {module}")
            continue
        for owner in target_layers(include, layer, by_name, by_path):
            if owner not in ALLOWED[layer]:
                found.append(f"{path}:{line}: {layer}/ includes {include} of {owner}/")
    return found


def scan(root, by_name, by_path, modules):
    found = []
    for layer in LAYERS:
        for dirpath, _, names in os.walk(os.path.join(root, layer)):
            for name in sorted(names):
                if name.endswith((".h", ".cpp")):
                    path = os.path.join(dirpath, name)
                    with open(path, encoding="utf-8", errors="replace") as f:
                        text = f.read()
                    found += violations(layer, os.path.relpath(path, root), text, by_name, by_path, modules)
    return found


def self_test(by_name, by_path, modules):
    planted = {
        "models": "#include <QWidget>\n",
        "services": '#include "mainwindow.h"\n',
        "widgets": '#include "apiclient.h"\n#include <QSqlQuery>\n',
        "server": '#include "environmentbanner.h"\n',
    }
    ok = True
    for layer, text in planted.items():
        expected = text.count("#include")
        got = violations(layer, f"{layer}/planted.cpp", text, by_name, by_path, modules)
        if len(got) != expected:
            print(f"self-test: planted includes in {layer}/ gave {got}, expected {expected} reports", file=sys.stderr)
            ok = False
    return ok


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--qt-include", required=True)
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    modules = qt_modules(args.qt_include)
    if "QWidget" not in modules or "QSqlQuery" not in modules:
        print(f"no Qt module headers under {args.qt_include}", file=sys.stderr)
        return 1
    by_name, by_path = project_headers(args.root)
    if args.self_test and not self_test(by_name, by_path, modules):
        return 1
    found = scan(args.root, by_name, by_path, modules)
    for v in found:
        print(v, file=sys.stderr)
    print(f"{len(found)} includes cross a layer the wrong way")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
