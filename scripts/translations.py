#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Keeps resources/translations/farmguard_zh_CN.ts complete.

Source strings are English (tr("...")); Chinese comes from zh_CN.tsv, one
"source<TAB>translation" per line, with \\n for newlines. Usage:

    scripts/translations.py            # run lupdate (build/), then fill zh_CN.ts from the TSV
    scripts/translations.py --check    # exit 1 listing any source without a Chinese translation
"""
import argparse
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "resources", "translations", "farmguard_zh_CN.ts")
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
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") in ("unfinished", None) and not (translation.text or "").strip():
            missing.append(source)
        elif translation.get("type") == "vanished" or translation.get("type") == "obsolete":
            continue
    if not args.check:
        tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print("untranslated:", repr(source))
    print(f"{len(missing)} untranslated in {os.path.relpath(TS, ROOT)}")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
