#!/usr/bin/env bash
# merge figures: a generated corpus scanned once and as 100 shards (scan --shard K/100), the 100 JSON reports
# merged, the time of the merge, and whether the merge has the single scan's findings (every field but the related
# locations and fixes, which a shard cannot see across files) and its file counts.
# Usage: bench/merge.sh [--files N] [--shards S]   (default 2,000 files, 100 shards). Run from the repository root.
# The shards are scanned in one JVM (bench/ShardScans.java); the merge runs as users run it, a JVM of its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
files=2000
shards=100
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --shards) shards="$2"; shift 2 ;;
    *) echo "usage: bench/merge.sh [--files N] [--shards S]" >&2; exit 2 ;;
  esac
done
jar="${CLIQ_MIGRATE_JAR:-cli/target/cliq-migrate.jar}"
[ -f "$jar" ] || mvn -B -q package -DskipTests
out="bench/out/merge"
corpus="bench/out/merge-corpus-$files"
[ -d "$corpus" ] || java bench/GenerateCorpus.java "$corpus" --files "$files" --seed 42 >/dev/null
rm -rf "$out" && mkdir -p "$out/shards"
run() { java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" "$@"; }
run scan "$corpus" --fail-on none -f json -o "$out/single.json"
java -cp "$jar" bench/ShardScans.java "$corpus" "$out/shards" "$shards"
start=$(date +%s%N)
run merge "$out"/shards/*.json -o "$out/merged.json"
end=$(date +%s%N)
echo "merge of $shards reports: $(( (end - start) / 1000000 )) ms (JVM start included)"
python3 - "$out/single.json" "$out/merged.json" <<'PY'
import json, sys
single, merged = (json.load(open(p)) for p in sys.argv[1:3])
def comparable(report):
    return sorted(json.dumps({k: v for k, v in f.items() if k not in ("related", "fixes")}, sort_keys=True)
                  for f in report["findings"])
a, b = comparable(single), comparable(merged)
print(f"findings: single scan {len(a)}, merged {len(b)}, equal: {a == b}")
keys = ("filesScanned", "filesCandidates", "filesParsed", "ignored", "findings", "suppressed")
print("summary equal:", all(single["summary"][k] == merged["summary"][k] for k in keys),
      {k: (single["summary"][k], merged["summary"][k]) for k in keys})
PY
