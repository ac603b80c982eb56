#!/usr/bin/env python3
"""Extracts the embedded rate tables (Tables/pfs-rates.json, opps-rates.json, asp-limits.json) from the CMS
files in ../shared/refdata. Run from the repository root:  python3 src/OncologyBilling.ReferenceData/Rates/extract_rates.py
The CMS files themselves are never committed; the JSON records facts read from them (see docs/estimate.md).
Column meanings and cleaning match the C# full-file loaders in this folder; RateTablesMatchFullFilesTests checks it."""
import csv, json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(ROOT, "..", "..", ".."))
REFDATA = os.path.join(REPO, "..", "shared", "refdata")
TABLES = os.path.join(REPO, "src", "OncologyBilling.ReferenceData", "Tables")

# RVU26C is the CY2026 national fee schedule as revised in July. Decision: apply it to all of CY2026 (the January and
# April releases are not at hand); a date of service before its release date gets the releaseNote in the estimate.
PFS = {"table": "pfs-rates", "version": "CY2026 RVU26C July release (non-QP)",
       "source": "CMS PFS national relative value file RVU26C, PPRRVU2026_Jul_nonQPP (subset: 96360-96549, 99497, 99498); file pfs/pfs_rvu26c_2026jul_infusion_acp_subset.csv",
       "effectiveFrom": "2026-01-01", "effectiveTo": "2026-12-31", "releasedOn": "2026-07-01",
       "releaseNote": "CY2026 PFS rates from the July release (RVU26C); earlier quarterly revisions are not loaded and may differ."}
OPPS = {"table": "opps-rates", "version": "CY2025 Addendum B October 2025",
        "source": "CMS OPPS Addendum B, October 2025 update (file dated 10.31.25); file opps/opps_addendum_b_2025oct.csv",
        "effectiveFrom": "2025-10-01", "effectiveTo": "2025-12-31"}
ASP = {"table": "asp-limits", "version": "ASP January 2026 (3Q25 data, file dated 12/17/25)",
       "source": "CMS Medicare Part B Payment Allowance Limits, January 2026; file asp/asp_payment_limits_2026q1.csv",
       "effectiveFrom": "2026-01-01", "effectiveTo": "2026-03-31"}


def rows(path):
    with open(os.path.join(REFDATA, path), encoding="utf-8", newline="") as f:
        return [{k.strip(): (v or "").strip() for k, v in r.items()} for r in csv.DictReader(f)]


def money(text):
    """'$1,234.560' -> '1234.560'; '.', '' -> None (the file's marks for no amount)."""
    text = text.replace("$", "").replace(",", "").strip()
    return None if text in ("", ".") or not re.match(r"^\d+(\.\d+)?$", text) else text


def num(text):
    return json.loads(text) if text is not None else None


def pfs_rows():
    out = []
    for r in rows("pfs/pfs_rvu26c_2026jul_infusion_acp_subset.csv"):
        out.append({"hcpcs": r["HCPCS"], "modifier": r["MOD"] or None, "status": r["STATUS CODE"],
                    "nonFacilityTotalRvu": num(r["NON-FACILITY TOTAL"]), "facilityTotalRvu": num(r["FACILITY TOTAL"]),
                    "nonFacilityNa": r["NON-FAC NA INDICATOR"] == "NA", "facilityNa": r["FACILITY NA INDICATOR"] == "NA",
                    "conversionFactor": num(r["CONV FACTOR"]),
                    "nationalNonFacilityAmount": num(r["NATIONAL NON-FACILITY AMOUNT"]),
                    "nationalFacilityAmount": num(r["NATIONAL FACILITY AMOUNT"])})
    return out


def asp_rows():
    out = []
    for r in rows("asp/asp_payment_limits_2026q1.csv"):
        out.append({"hcpcs": r["HCPCS Code"], "dosage": r["HCPCS Code Dosage"],
                    "paymentLimit": num(money(r["Payment Limit"])),
                    "coinsurancePercent": num(money(r["Co-insurance Percentage"]))})
    return out


def opps_wanted(code, asp_codes):
    # Every drug code of the ASP file, every J/Q code, the administration range, E/M, ACP and the clinic visit.
    return (code in asp_codes or code[0] in "JQ" or "96360" <= code <= "96549" and code.isdigit()
            or "99202" <= code <= "99215" or code in ("99497", "99498", "G0463"))


def opps_rows(asp_codes):
    out = []
    for r in rows("opps/opps_addendum_b_2025oct.csv"):
        code = r["HCPCS Code"]
        if not opps_wanted(code, asp_codes):
            continue
        out.append({"hcpcs": code, "statusIndicator": r["SI"], "apc": r["APC"] or None,
                    "paymentRate": num(money(r["Payment Rate"])),
                    "nationalUnadjustedCopayment": num(money(r["National Unadjusted Copayment"])),
                    "minimumUnadjustedCopayment": num(money(r["Minimum Unadjusted Copayment"])),
                    "adjustedBeneficiaryCopayment": num(money(r["Adjusted Beneficiary Copayment"]))})
    return out


def write(name, envelope, table_rows):
    path = os.path.join(TABLES, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n")
        for key, value in envelope.items():
            f.write(f'  "{key}": {json.dumps(value)},\n')
        f.write('  "rows": [\n')
        f.write(",\n".join("    " + json.dumps(r) for r in table_rows))
        f.write("\n  ]\n}\n")
    print(f"{name}: {len(table_rows)} rows, {os.path.getsize(path)} bytes", file=sys.stderr)


if __name__ == "__main__":
    asp = asp_rows()
    write("pfs-rates.json", PFS, pfs_rows())
    write("asp-limits.json", ASP, asp)
    write("opps-rates.json", OPPS, opps_rows({r["hcpcs"] for r in asp}))
