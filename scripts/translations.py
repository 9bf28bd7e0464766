#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Keeps resources/translations/farmguard_zh_CN.ts complete and farmguard_en.ts's plurals filled.

Source strings are English (tr("...")); Chinese comes from zh_CN.tsv, one
"source<TAB>translation" per line, with \\n for newlines. English needs only its
plural messages: "%n case(s)" becomes "%n case" / "%n cases" (other messages fall
back to the source). Usage:

    scripts/translations.py            # run lupdate (build/), fill zh_CN.ts from the TSV and en.ts's plurals
    scripts/translations.py --check    # exit 1 listing any source without a Chinese translation
"""
import argparse
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "resources", "translations", "farmguard_zh_CN.ts")
TS_EN = os.path.join(ROOT, "resources", "translations", "farmguard_en.ts")
TSV = os.path.join(ROOT, "resources", "translations", "zh_CN.tsv")


def load_tsv():
    table = {}
    with open(TSV, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if "\t" not in line:
                sys.exit(f"{TSV}:{number}: no TAB between source and translation")
            source, translation = line.split("\t", 1)
            table[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    return table


def fill(message, table):
    """Puts the TSV translation into one <message>; returns False when it stays untranslated.

    A plural message (numerus="yes") holds its text in <numerusform> children, one per plural form of
    the target language: Chinese has one, so every form gets the TSV line (which keeps %n)."""
    source = message.findtext("source")
    translation = message.find("translation")
    if translation.get("type") in ("vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes" and not forms:
        forms = [ET.SubElement(translation, "numerusform")]
    if source in table:
        for form in forms:
            form.text = table[source]
        if not forms:
            translation.text = table[source]
        translation.attrib.pop("type", None)
        return True
    texts = [form.text for form in forms] if forms else [translation.text]
    return translation.get("type") != "unfinished" and all((text or "").strip() for text in texts)


# Longest marker first: "entry(ies)" and "categor(ies)" must not be read as a bare "(s)".
PLURAL_MARKERS = [
    (re.compile(r"y\(ies\)"), "y", "ies"),
    (re.compile(r"\(ies\)"), "y", "ies"),
    (re.compile(r"\(es\)"), "", "es"),
    (re.compile(r"\(s\)"), "", "s"),
]


def english_forms(source):
    """Returns (singular, plural) for an English source with "(s)"-style markers; both equal the source without."""
    singular, plural = source, source
    for pattern, one, many in PLURAL_MARKERS:
        singular = pattern.sub(one, singular)
        plural = pattern.sub(many, plural)
    return singular, plural


PLURAL_MESSAGE = re.compile(
    r'(<message numerus="yes">.*?<source>(.*?)</source>.*?)(<translation[^>]*>.*?</translation>)', re.S)


def fill_english(text):
    """Writes a singular and a plural <numerusform> into every live plural message of the .ts text.

    Edits the text in place instead of round-tripping through ElementTree so the file keeps lupdate's
    layout (DOCTYPE, empty elements) and only the plural messages change. Returns (text, count)."""
    count = 0

    def replace(match):
        nonlocal count
        head, source, translation = match.groups()
        if 'type="vanished"' in translation or 'type="obsolete"' in translation:
            return match.group(0)
        indent = re.search(r"\n([ \t]*)<translation", match.group(0))
        pad = indent.group(1) if indent else "        "
        singular, plural = english_forms(source)  # still XML-escaped: the markers hold no special characters
        count += 1
        return (f"{head}<translation>\n{pad}    <numerusform>{singular}</numerusform>\n"
                f"{pad}    <numerusform>{plural}</numerusform>\n{pad}</translation>")

    return PLURAL_MESSAGE.sub(replace, text), count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build"))
    args = parser.parse_args()
    if not args.check:
        subprocess.run(["cmake", "--build", args.build_dir, "--target", "update_translations"],
                       check=True, stdout=subprocess.DEVNULL)
    table = load_tsv()
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if not fill(message, table):
                missing.append((context.findtext("name"), message.findtext("source")))
    if not args.check:
        tree.write(TS, encoding="utf-8", xml_declaration=True)
    if not args.check:
        with open(TS_EN, encoding="utf-8") as f:
            text, plurals = fill_english(f.read())
        with open(TS_EN, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{plurals} plural messages filled in {os.path.relpath(TS_EN, ROOT)}")
    for context, source in missing:
        print("untranslated:", repr(source), f"[{context}]")
    print(f"{len(missing)} untranslated in {os.path.relpath(TS, ROOT)}")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
