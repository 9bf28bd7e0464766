#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compares two `farmguard-cli analyze --format json` outputs incident by incident.

    scripts/compare-analysis.py BEFORE.json AFTER.json [--tolerance 1e-6]

Every per-incident figure (the m² and 亩 fields, by class too), every verdict flag, the parties
and the summary must agree: numbers within the tolerance (m²), everything else equal. The CLI
prints two decimals, which hide differences up to 0.005 m²: run both builds with
FARMGUARD_EXACT_FIGURES=1 to have the figures printed as computed, so that the 1e-6 m² tolerance
means what it says. Warnings are
compared as sets and differences listed without failing (a partial read names fewer repaired
parcels). Exit 0 when they agree, 1 with one line per difference (first 20) otherwise.
"""
import argparse
import json
import math
import sys


def numbers_differ(a, b, tolerance):
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a != b
    return not math.isclose(a, b, rel_tol=0.0, abs_tol=tolerance)


def compare(path, a, b, tolerance, out):
    """Appends to out a line for each difference between a and b under path."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                out.append(f"{path}.{key}: only in {'after' if key not in a else 'before'}")
            else:
                compare(f"{path}.{key}", a[key], b[key], tolerance, out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} items before, {len(b)} after")
        for i, (x, y) in enumerate(zip(a, b)):
            compare(f"{path}[{i}]", x, y, tolerance, out)
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if numbers_differ(a, b, tolerance):
            out.append(f"{path}: {a!r} before, {b!r} after")
    elif a != b:
        out.append(f"{path}: {a!r} before, {b!r} after")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--tolerance", type=float, default=1e-6, help="m² (default 1e-6)")
    args = parser.parse_args()
    with open(args.before, encoding="utf-8") as f:
        before = json.load(f)
    with open(args.after, encoding="utf-8") as f:
        after = json.load(f)
    differences = []
    by_id_before = {i["id"]: i for i in before.get("incidents", [])}
    by_id_after = {i["id"]: i for i in after.get("incidents", [])}
    for missing in sorted(set(by_id_before) ^ set(by_id_after)):
        differences.append(f"incident {missing}: only in {'before' if missing in by_id_before else 'after'}")
    for key in sorted(set(by_id_before) & set(by_id_after)):
        compare(f"incident {key}", by_id_before[key], by_id_after[key], args.tolerance, differences)
    for section in ("parties", "summary", "working_crs", "area_method", "rules", "unmeasured_incidents"):
        if section in before or section in after:
            compare(section, before.get(section), after.get(section), args.tolerance, differences)
    lost = sorted(set(before.get("warnings", [])) - set(after.get("warnings", [])))
    gained = sorted(set(after.get("warnings", [])) - set(before.get("warnings", [])))
    for w in lost[:5]:
        print(f"note: warning only before: {w[:160]}")
    for w in gained[:5]:
        print(f"note: warning only after: {w[:160]}")
    if differences:
        for line in differences[:20]:
            print(line)
        print(f"{len(differences)} differences ({len(by_id_before)} incidents)")
        return 1
    print(f"same: {len(by_id_before)} incidents, every figure within {args.tolerance:g} m²")
    return 0


if __name__ == "__main__":
    sys.exit(main())
