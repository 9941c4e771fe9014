#!/usr/bin/env python3
"""Every translation of the client is complete and keeps what the code fills in.

For each translations/*.ts except the source-language file (izdesk_en.ts), every message that
is still in the code (not vanished or obsolete) must have:

  finished      no type="unfinished" and no empty translation
  numerus       a plural message fills every numerus form (at least as many as the language has)
  placeholders  the same set of %1 … %99, %n, %L1, %Ln in the translation (each form) as in
                the source, so .arg() and tr(…, n) put every value somewhere
  accelerators  as many "&" keyboard accelerators as the source ("&&" is a literal ampersand
                and "&amp;", "&nbsp;", "&#38;" … are entities, neither counts)

  check_translations.py --root REPO [--self-test]

Exits 1 naming file, line, context and source text of each message that breaks a rule.
--self-test first plants an unfinished message, a dropped %1, a dropped %n and a dropped
accelerator in a scratch copy and fails unless each is reported.
"""
import argparse
import glob
import os
import re
import shutil
import sys
import tempfile
import xml.parsers.expat

PLACEHOLDER = re.compile(r"%L?(?:n|[1-9][0-9]?)")
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);")
# Plural forms Qt uses per language (qtbase's numerus rules); unknown languages need one.
NUMERUS_FORMS = {"es": 2, "en": 2, "de": 2, "fr": 2, "it": 2, "pt": 2, "nl": 2, "ru": 3,
                 "uk": 3, "pl": 3, "zh": 1, "ja": 1, "ko": 1, "vi": 1}
SOURCE_LANGUAGE_FILES = ("izdesk_en.ts",)


class Message:
    def __init__(self, context, line, numerus):
        self.context, self.line, self.numerus = context, line, numerus
        self.source, self.kind, self.text, self.forms = "", None, "", []


def read_ts(path):
    """The messages of one .ts file and its language, with the line each message starts on."""
    messages, state = [], {"context": "", "language": "", "text": None, "in_name": False}
    parser = xml.parsers.expat.ParserCreate("utf-8")

    def start(tag, attrs):
        if tag == "TS":
            state["language"] = attrs.get("language", "")
        elif tag == "name":
            state["in_name"], state["context"] = True, ""
        elif tag == "message":
            messages.append(Message(state["context"], parser.CurrentLineNumber,
                                    attrs.get("numerus") == "yes"))
        elif tag == "translation" and messages:
            messages[-1].kind = attrs.get("type")
        if tag in ("source", "translation", "numerusform"):
            state["text"] = []

    def chars(data):
        if state["in_name"]:
            state["context"] += data
        elif state["text"] is not None:
            state["text"].append(data)

    def end(tag):
        if tag == "name":
            state["in_name"] = False
        elif tag in ("source", "translation", "numerusform") and messages:
            text = "".join(state["text"] or [])
            if tag == "source":
                messages[-1].source = text
            elif tag == "numerusform":
                messages[-1].forms.append(text)
            elif not messages[-1].numerus:
                messages[-1].text = text
            state["text"] = None

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = chars
    with open(path, "rb") as f:
        parser.ParseFile(f)
    return state["language"], messages


def accelerators(text):
    return ENTITY.sub("", text.replace("&&", "")).count("&")


def problems_of(message, language):
    """What is wrong with one message, as short sentences."""
    if message.kind in ("vanished", "obsolete"):
        return []
    out = []
    if message.kind == "unfinished":
        out.append("is unfinished")
    texts = message.forms if message.numerus else [message.text]
    if message.numerus:
        need = NUMERUS_FORMS.get(language.split("_")[0], 1)
        if len(message.forms) < need:
            out.append(f"has {len(message.forms)} numerus form(s); {language} needs {need}")
    for i, text in enumerate(texts):
        where = f"numerus form {i + 1}" if message.numerus else "translation"
        if not text.strip():
            out.append(f"{where} is empty")
            continue
        wanted, got = set(PLACEHOLDER.findall(message.source)), set(PLACEHOLDER.findall(text))
        if wanted != got:
            missing, extra = sorted(wanted - got), sorted(got - wanted)
            said = (["drops " + " ".join(missing)] if missing else []) + \
                   (["adds " + " ".join(extra)] if extra else [])
            out.append(f"{where} {' and '.join(said)}")
        if accelerators(text) != accelerators(message.source):
            out.append(f"{where} has {accelerators(text)} '&' accelerator(s), the source "
                       f"{accelerators(message.source)}")
    return out


def check(directory):
    """Problem lines for every translation file in directory."""
    report = []
    for path in sorted(glob.glob(os.path.join(directory, "*.ts"))):
        if os.path.basename(path) in SOURCE_LANGUAGE_FILES:
            continue
        try:
            language, messages = read_ts(path)
        except xml.parsers.expat.ExpatError as e:
            report.append(f"{path}:{e.lineno}: not valid XML: {e}")
            continue
        for m in messages:
            for p in problems_of(m, language or "?"):
                report.append(f"{path}:{m.line}: {m.context} “{m.source}” {p}")
    return report


PLANT_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SelfTest</name>
    <message>
        <source>Good &amp;morning, %1 &amp;&amp; &amp;amp;</source>
        <translation>Buenos &amp;días, %1 &amp;&amp; &amp;amp;</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Saved %1 as %2</source>
        <translation>%2 guardado como %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Old text %1</source>
        <translation type="vanished">Texto antiguo</translation>
    </message>
</context>
</TS>
"""
PLANTS = {
    "unfinished": ("<translation>Sin terminar", '<translation type="unfinished">Sin terminar',
                   "“Unfinished” is unfinished"),
    "dropped %1": ("%2 guardado como %1", "%2 guardado", "translation drops %1"),
    "dropped %n": ("%n registros</numerusform>", "registros</numerusform>",
                   "numerus form 2 drops %n"),
    "dropped &": ("&amp;Abrir", "Abrir", "has 0 '&' accelerator(s), the source 1"),
}


def self_test():
    """Fails unless a clean file passes and each planted mistake is reported."""
    scratch = tempfile.mkdtemp(prefix="check_translations_")
    try:
        ts = os.path.join(scratch, "izdesk_es.ts")
        with open(ts, "w", encoding="utf-8") as f:
            f.write(PLANT_TS)
        clean = check(scratch)
        if clean:
            print("self-test: the clean scratch file was reported:\n  " + "\n  ".join(clean))
            return False
        shutil.copy(ts, os.path.join(scratch, "izdesk_en.ts"))
        for name, (good, bad, expected) in PLANTS.items():
            with open(os.path.join(scratch, "izdesk_en.ts"), "w", encoding="utf-8") as f:
                f.write(PLANT_TS.replace(good, bad))
            with open(ts, "w", encoding="utf-8") as f:
                f.write(PLANT_TS.replace(good, bad))
            report = check(scratch)
            if not any(expected in line for line in report):
                print(f"self-test: the planted {name} was not reported (got: {report})")
                return False
            if any("izdesk_en.ts" in line for line in report):
                print("self-test: the source-language file izdesk_en.ts was checked")
                return False
        return True
    finally:
        shutil.rmtree(scratch)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", required=True, help="the repository")
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    if args.self_test and not self_test():
        return 1
    directory = os.path.join(args.root, "translations")
    if not glob.glob(os.path.join(directory, "*.ts")):
        print(f"{directory}: no .ts files found")
        return 1
    report = check(directory)
    for line in report:
        print(line)
    if report:
        print(f"{len(report)} translation problem(s); see translations/README.md")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
