#!/usr/bin/env python3
"""Checks src/OncologyBilling.ReferenceData/Tables/drugs.json against the CMS files in ../shared/refdata.

For every row: the HCPCS code is in the HCPCS October 2025 file and active on the date of service (2026-03-02),
and its billing unit equals both the long descriptor's dose and the ASP January 2026 `HCPCS Code Dosage`.
The CMS files are read in place and never copied into the repository. Usage: python3 tools/refdata/check_drugs.py
"""
import csv, gzip, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFDATA = ROOT.parent / "shared" / "refdata"
DOS = "20260302"
UNIT_WORDS = {"mg": "mg", "milligram": "mg", "mcg": "mcg", "microgram": "mcg", "micrograms": "mcg", "gm": "g", "gram": "g",
              "g": "g", "ml": "mL", "cc": "mL", "unit": "units", "units": "units", "meq": "meq"}

def parse(text):
    """First '<amount> <unit>' in a descriptor or ASP dosage, e.g. 'per 50 mg' -> (50.0, 'mg')."""
    for amount, word in re.findall(r"(\d+(?:\.\d+)?)\s*([a-zA-Z]+)", text):
        unit = UNIT_WORDS.get(word.lower())
        if unit:
            return float(amount), unit
    return None

def main():
    hcpcs = {}
    with gzip.open(REFDATA / "hcpcs" / "HCPC2025_OCT_ANWEB.csv.gz", "rt", encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            hcpcs.setdefault(r["HCPC"], []).append(r)
    with open(REFDATA / "asp" / "asp_payment_limits_2026q1.csv", encoding="utf-8", errors="replace") as f:
        asp = {r["HCPCS Code"]: r["HCPCS Code Dosage"] for r in csv.DictReader(f)}
    rows = json.loads((ROOT / "src/OncologyBilling.ReferenceData/Tables/drugs.json").read_text(encoding="utf-8"))["rows"]
    problems = []
    for row in rows:
        code, unit = row["hcpcs"], row["billingUnit"]
        expected = (float(unit["amount"]), unit["unit"])
        records = sorted(hcpcs.get(code, []), key=lambda r: r["SEQNUM"])
        if not records:
            problems.append(f"{code}: not in the HCPCS file")
            continue
        first = records[0]
        if first["ACT EFF DT"] > DOS or (first["TERM DT"] and first["TERM DT"] < DOS):
            problems.append(f"{code}: not active on {DOS} (eff {first['ACT EFF DT']}, term {first['TERM DT']})")
        descriptor = "".join(r["LONG DESCRIPTION"] for r in records)
        # Fluids read "(500 ml = 1 unit)": the dose is the amount before '='.
        described = parse(descriptor.split(",", 1)[-1] if "=" not in descriptor else descriptor.split("(")[-1])
        if described != expected:
            problems.append(f"{code}: descriptor '{descriptor}' gives {described}, table has {expected}")
        if "up to" in descriptor.lower() and not unit["upTo"]:
            problems.append(f"{code}: descriptor says 'up to' but upTo is false")
        dosage = asp.get(code)
        if dosage is None or parse(dosage) != expected:
            problems.append(f"{code}: ASP dosage '{dosage}' differs from table {expected}")
    print(f"{len(rows)} rows checked, {len(problems)} problems")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
