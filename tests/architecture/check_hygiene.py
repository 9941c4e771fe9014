#!/usr/bin/env python3
"""The house rules a newcomer relies on when reading the tree (docs/CONTRIBUTING.md):

  size      no .cpp over 500 lines and no function over 80 lines, except what
            size-allowance.txt names ("path function" or "path (file)") with the reason it
            stays long. An allowance that is no longer needed is an error too, so the list
            only shrinks.
  history   no issue numbers and no banner fences (four dashes, a word, four dashes) in
            code, build files, migrations or docs: the code says what it is; history is in
            the commits.
  outside   no path outside the repository (a sibling folder, the machine's work folder):
            a clone stands alone.

  check_hygiene.py --root REPO [--self-test]

A function is a body that opens with "{" alone at the start of a line and closes with "}" at
the start of a line (the house formatting); its length is the lines between the two. Exits 1
naming each file, function and line that breaks a rule. --self-test first plants one
violation of each rule in a scratch tree and fails unless each is reported.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80
CODE_DIRS = ("models", "services", "widgets", "app", "server", "tests", "fuzz")
TEXT_DIRS = CODE_DIRS + ("docs", "cmake", "packaging", "resources", ".ci")
TEXT_FILES = ("CMakeLists.txt", "CMakePresets.json", "README.md", "run.sh")
TEXT_SUFFIXES = (".cpp", ".h", ".txt", ".cmake", ".sql", ".md", ".py", ".sh", ".json", ".yaml",
                 ".ui", ".qrc", ".in", ".desktop", ".xml")
# Data files whose content is outside text (word lists, code tables, HL7 samples).
DATA_DIRS = ("tests/data", "resources/passwords", "resources/names", "resources/codesets",
             "resources/hl7-tables", "fuzz/corpus", "fuzz/regressions", "fuzz/dict")
HISTORY = re.compile(r"issue ?#?[0-9]|---- [a-z-]+ ----", re.I)
OUTSIDE = re.compile(r"\.\./shared\b|/work/(?!\.\.\.)")
NOT_FUNCTION = re.compile(r"^(namespace|class|struct|enum|union|extern)\b|=\s*$")
SELF = os.path.relpath(__file__, os.path.dirname(os.path.dirname(os.path.dirname(__file__))))


def tracked(root, dirs, files=()):
    """Files under dirs (and the named top-level files), as paths relative to root."""
    out = []
    for d in dirs:
        for dirpath, dirnames, names in os.walk(os.path.join(root, d)):
            dirnames[:] = [n for n in dirnames if n not in ("build", ".git")]
            out += [os.path.relpath(os.path.join(dirpath, n), root) for n in names]
    out += [f for f in files if os.path.isfile(os.path.join(root, f))]
    return sorted(out)


def functions(lines):
    """(name, first body line number, body length) of each function body in a file."""
    found, i = [], 0
    while i < len(lines):
        if lines[i] != "{":
            i += 1
            continue
        j = i - 1
        while j >= 0 and (not lines[j] or lines[j][0] in " \t,:#/" or lines[j].startswith("//")):
            j -= 1
        signature = lines[j].strip() if j >= 0 else ""
        end = i + 1
        while end < len(lines) and not lines[end].startswith("}"):
            end += 1
        if signature and not NOT_FUNCTION.search(signature):
            name = re.sub(r"\(.*", "", signature).split()[-1] if "(" in signature else signature
            found.append((name.lstrip("*&"), i + 1, end - i - 1))
        i = end + 1
    return found


def allowances(root):
    """path → {function name} from size-allowance.txt ("path function  reason")."""
    allowed = {}
    path = os.path.join(root, "tests", "architecture", "size-allowance.txt")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                parts = line.split()
                allowed.setdefault(parts[0], set()).add(parts[1])
    return allowed


def check_sizes(root):
    problems, used = [], set()
    allowed = allowances(root)
    for rel in tracked(root, CODE_DIRS):
        if not rel.endswith((".cpp", ".h")) or rel.startswith(DATA_DIRS):
            continue
        lines = open(os.path.join(root, rel), encoding="utf-8", errors="replace").read().split("\n")
        if rel.endswith(".cpp") and len(lines) - 1 > MAX_FILE_LINES:
            if "(file)" in allowed.get(rel, ()):
                used.add((rel, "(file)"))
            else:
                problems.append(f"{rel}: {len(lines) - 1} lines (at most {MAX_FILE_LINES})")
        for name, line, length in functions(lines):
            if length <= MAX_FUNCTION_LINES:
                continue
            if name in allowed.get(rel, ()):
                used.add((rel, name))
                continue
            problems.append(f"{rel}:{line}: {name} is {length} lines (at most {MAX_FUNCTION_LINES})")
    for rel, names in allowed.items():
        for name in names - {n for r, n in used if r == rel}:
            limit = MAX_FILE_LINES if name == "(file)" else MAX_FUNCTION_LINES
            problems.append(f"tests/architecture/size-allowance.txt: {rel} {name} is no longer over "
                            f"{limit} lines (or gone): remove the allowance")
    return problems


def check_text(root):
    problems = []
    for rel in tracked(root, TEXT_DIRS, TEXT_FILES):
        if rel.startswith(DATA_DIRS) or rel == SELF or not (rel.endswith(TEXT_SUFFIXES) or rel in TEXT_FILES):
            continue
        for number, line in enumerate(open(os.path.join(root, rel), encoding="utf-8", errors="replace"), 1):
            if HISTORY.search(line):
                problems.append(f"{rel}:{number}: history in the code ({HISTORY.search(line).group(0)!r})")
            if OUTSIDE.search(line):
                problems.append(f"{rel}:{number}: a path outside the repository ({OUTSIDE.search(line).group(0)!r})")
    return problems


def check(root):
    return check_sizes(root) + check_text(root)


def self_test():
    with tempfile.TemporaryDirectory() as scratch:
        os.makedirs(os.path.join(scratch, "server"))
        os.makedirs(os.path.join(scratch, "docs"))
        body = "\n".join(f"    x += {n};" for n in range(MAX_FUNCTION_LINES + 1))
        with open(os.path.join(scratch, "server", "long.cpp"), "w") as f:
            f.write("int tooLong(int x)\n{\n" + body + "\n    return x;\n}\n" + "\n" * MAX_FILE_LINES)
        with open(os.path.join(scratch, "docs", "notes.md"), "w") as f:
            # Assembled from parts, so this file itself shows none of the three.
            fence = "-" * 4
            f.write("Fixed in " + "issue" + " 12.\n" + fence + " onboarding " + fence + "\n"
                    + "See .." + "/shared/design.\n")
        found = "\n".join(check(scratch))
        expected = ("server/long.cpp: ", "tooLong is 82 lines", "docs/notes.md:1: history",
                    "docs/notes.md:2: history", "docs/notes.md:3: a path outside")
        missing = [e for e in expected if e not in found]
        if missing:
            print("self-test: planted violations not reported: " + ", ".join(missing))
            print(found)
            return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test and not self_test():
        return 1
    problems = check(os.path.abspath(args.root))
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s); the rules are in docs/CONTRIBUTING.md")
        return 1
    print("hygiene: sizes, history and outside paths are clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
