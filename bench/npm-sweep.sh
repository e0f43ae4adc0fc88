#!/usr/bin/env bash
# False alarms on public code that is not Zoho's: installs the npm packages of bench/npm-sweep/package.json (popular
# SDKs and clients of auth-minded services, and the public packages named after Zoho, taken from the workplace's
# own package list; npm resolves their dependencies, about 3,000 packages and 300,000 files) and scans the
# node_modules folder through the launcher. Every finding is printed with its rule: a finding outside a package of
# the authtoken era is a false alarm to look at.
#
#   bench/npm-sweep.sh [DIR]     install into DIR (default bench/npm-sweep/work) unless already there, then scan
#
# Packages are installed with --ignore-scripts: nothing of theirs runs. Versions of the packages named are exact;
# their dependencies resolve to what the registry serves that day, so the tree can drift a little between runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$ROOT/bench/npm-sweep/work}"
log() { echo "[npm-sweep] $*" >&2; }
command -v npm >/dev/null || { log "error: npm is not installed"; exit 1; }

mkdir -p "$DIR"
if ! cmp -s "$ROOT/bench/npm-sweep/package.json" "$DIR/package.json" || [ ! -d "$DIR/node_modules" ]; then
  cp "$ROOT/bench/npm-sweep/package.json" "$DIR/package.json"
  log "installing into $DIR (a few minutes)"
  (cd "$DIR" && npm install --ignore-scripts --no-audit --no-fund --legacy-peer-deps --loglevel=error >&2)
fi

OUT="$DIR/scan.json"
start=$(date +%s)
(cd "$ROOT" && ./cliq-migrate scan "$DIR/node_modules" --format json --fail-on none) > "$OUT"
log "scanned in $(( $(date +%s) - start )) s"
python3 - "$OUT" <<'PY'
import json, sys
from collections import Counter
report = json.load(open(sys.argv[1], encoding="utf-8"))
summary = report["summary"]
findings = sorted(report["findings"], key=lambda f: (f["path"], f["startLine"], f["ruleId"]))
print(f"{summary['filesScanned']} files scanned, {summary['filesCandidates']} candidates, {len(findings)} findings, "
      f"{summary['filesNotFullyScanned']} not fully scanned")
for rule, n in sorted(Counter(f["ruleId"] for f in findings).items()):
    print(f"  {rule}: {n}")
for f in findings:
    print(f"{f['path']}:{f['startLine']}\t{f['ruleId']}\t{f['severity']}")
PY
