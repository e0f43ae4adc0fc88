#!/usr/bin/env bash
# Cliq Migrate performance benchmark.
#
#   bench/run.sh [--files N] [--seed S] [--rounds R]      (run from the repository root)
#   bench/run.sh --tree DIR [--rounds R] [--fractions]     any tree, e.g. the real one of bench/real-tree.sh
#
# Generates a deterministic monorepo-like corpus (bench/GenerateCorpus.java) into bench/corpus, then runs,
# alternating, R rounds (default 3) of the baseline `rg -i --hidden authtoken bench/corpus` and of the scanner on the
# same files, and prints the medians, the scanner/rg ratio, the scanner's peak RSS, the targets
# (ratio <= 2.0, RSS < 1024 MB) and the recall of the planted legacy uses. Exits non-zero only if something
# failed to run; missing a target is reported as FAIL, not as an error.
#
# Environment: CLIQ_MIGRATE_JAR overrides the scanner jar (default cli/target/cliq-migrate.jar);
# JAVA_OPTS is passed to the scanner's JVM (default: the options of the ./cliq-migrate launcher, which is what
# users run).
#
# --tree DIR runs, alternating, R rounds of: `rg -c -i --hidden authtoken DIR`, the cold scan of DIR through the
# ./cliq-migrate launcher, the cached re-scan (`scan --cache`, when `scan --help` lists it), a one-file scan of a
# small Java file of DIR, and prints each one's median, ratio to rg and peak RSS. --fractions adds rg and the cold
# scan on deterministic 1/4 and 1/2 subsets of DIR (hardlinked copies in DIR.quarter and DIR.half).
# The launcher's JVM options come from CLIQ_MIGRATE_JAVA_OPTS, as for users; CLIQ_MIGRATE_LAUNCHER replaces the
# launcher. See bench/README.md.
set -euo pipefail

FILES=20000
SEED=42
ROUNDS=3
TREE=""
FRACTIONS=0
usage() {
  echo "usage: bench/run.sh [--files N] [--seed S] [--rounds R]" >&2
  echo "       bench/run.sh --tree DIR [--rounds R] [--fractions]" >&2
  exit 2
}
while [ $# -gt 0 ]; do
  case "$1" in
    --files) [ $# -ge 2 ] || usage; FILES="$2"; shift 2 ;;
    --files=*) FILES="${1#*=}"; shift ;;
    --seed) [ $# -ge 2 ] || usage; SEED="$2"; shift 2 ;;
    --seed=*) SEED="${1#*=}"; shift ;;
    --rounds) [ $# -ge 2 ] || usage; ROUNDS="$2"; shift 2 ;;
    --rounds=*) ROUNDS="${1#*=}"; shift ;;
    --tree) [ $# -ge 2 ] || usage; TREE="$2"; shift 2 ;;
    --tree=*) TREE="${1#*=}"; shift ;;
    --fractions) FRACTIONS=1; shift ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
[[ "$FILES" =~ ^[0-9]+$ && "$SEED" =~ ^-?[0-9]+$ && "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || usage
[ "$FRACTIONS" -eq 0 ] || [ -n "$TREE" ] || usage
if [ -n "$TREE" ]; then
  [ -d "$TREE" ] || { echo "not a folder: $TREE" >&2; exit 2; }
  TREE="$(cd "$TREE" && pwd)"
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# a tree inside the checkout is named relative to it, so no folder of this machine lands in bench/out
[ -z "$TREE" ] || TREE="$(realpath --relative-base=. -- "$TREE")"
JAR="${CLIQ_MIGRATE_JAR:-cli/target/cliq-migrate.jar}"
CORPUS=bench/corpus
OUT=bench/out
STAMP="$CORPUS/.stamp"
TIME=/usr/bin/time

log() { echo "[bench] $*" >&2; }
die() { echo "[bench] error: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------- tools
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not available; install $* manually"
  log "installing $* with apt-get"
  $SUDO apt-get install -y "$@" >&2 || { $SUDO apt-get update >&2 && $SUDO apt-get install -y "$@" >&2; } \
    || die "could not install $*"
}
command -v rg >/dev/null 2>&1 || apt_install ripgrep
[ -x "$TIME" ] || apt_install time
command -v java >/dev/null 2>&1 || die "java not found (JDK 17+ required)"
command -v python3 >/dev/null 2>&1 || log "python3 not found: recall will not be computed"

if [ ! -f "$JAR" ]; then
  [ -z "${CLIQ_MIGRATE_JAR:-}" ] || die "CLIQ_MIGRATE_JAR=$JAR does not exist"
  log "building the scanner: mvn -B -q package -DskipTests"
  mvn -B -q package -DskipTests >&2 || die "maven build failed"
  [ -f "$JAR" ] || die "build finished but $JAR is missing"
fi

# ---------------------------------------------------------------------------------------------- helpers
now_ns() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
max() { printf '%s\n' "$@" | sort -g | tail -n 1; }
# recall CORPUS REPORT: the planted legacy uses listed in CORPUS/.legacy-uses.tsv that REPORT finds
recall() {
  python3 - "$1" "$2" <<'PY'
import json, os, sys
corpus, report = sys.argv[1], sys.argv[2]
planted = []
with open(os.path.join(corpus, ".legacy-uses.tsv"), encoding="utf-8") as f:
    for row in f:
        row = row.rstrip("\n")
        if row:
            path, line, kind = row.split("\t")
            planted.append((path, int(line), kind))
with open(report, encoding="utf-8") as f:
    findings = json.load(f).get("findings", [])
# report paths are relative to the git top inside a work tree (run.sh runs from the repository root)
prefixes = [os.path.abspath(corpus).replace("\\", "/") + "/", corpus.replace("\\", "/").rstrip("/") + "/",
            os.path.relpath(corpus).replace("\\", "/") + "/"]
def norm(p):
    p = p.replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    for pre in prefixes:
        if p.startswith(pre):
            return p[len(pre):]
    return p
errors = {}
for fd in findings:
    if fd.get("severity") == "error" and not fd.get("suppressed", False):
        errors.setdefault(norm(fd.get("path", "")), []).append(int(fd.get("startLine", 0)))
found, missed = 0, []
for path, line, kind in planted:
    if any(abs(l - line) <= 1 for l in errors.get(path, [])):
        found += 1
    else:
        missed.append((path, line, kind))
planted_files = {p for p, _, _ in planted}
stray = sum(len(v) for p, v in errors.items() if p not in planted_files)
pct = 100.0 * found / len(planted) if planted else 100.0
print(f"recall:             {found}/{len(planted)} planted legacy uses have an error finding within +-1 line ({pct:.1f}%)")
print(f"error findings in files without planted uses: {stray} (expected 0)")
by_kind = {}
for _, _, kind in missed:
    by_kind[kind] = by_kind.get(kind, 0) + 1
if missed:
    print("  missed by kind:   " + ", ".join(f"{k}={v}" for k, v in sorted(by_kind.items())))
    for path, line, kind in missed[:10]:
        print(f"  missed: {path}:{line} ({kind})")
    if len(missed) > 10:
        print(f"  ... and {len(missed) - 10} more")
PY
}

if [ -n "$TREE" ]; then
  # shellcheck source=bench/tree-bench.sh
  . bench/tree-bench.sh
  exit 0
fi

# ---------------------------------------------------------------------------------------------- corpus
GEN_HASH="$(sha256sum bench/GenerateCorpus.java | cut -c1-16)"
WANT_STAMP="files=$FILES seed=$SEED generator=$GEN_HASH"
if [ -f "$CORPUS/.legacy-uses.tsv" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT_STAMP" ]; then
  log "reusing $CORPUS ($WANT_STAMP)"
else
  log "generating $CORPUS ($WANT_STAMP)"
  rm -rf -- "$CORPUS"
  gen_start=$(date +%s%N)
  java bench/GenerateCorpus.java "$CORPUS" --files "$FILES" --seed "$SEED" >&2 || die "corpus generation failed"
  gen_end=$(date +%s%N)
  log "generation took $(awk -v a="$gen_start" -v b="$gen_end" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') s (including compiling the generator)"
  echo "$WANT_STAMP" > "$STAMP"
fi

# Files both tools see: everything except the hidden bookkeeping files at the corpus root (.legacy-uses.tsv,
# .stamp, .gitignore). Hidden files deeper down (deploy/<svc>/.env.<env>) are part of the corpus: the scanner
# reads them, so rg is told to search hidden files too.
read -r N_FILES N_BYTES < <(find "$CORPUS" -type f ! -path "$CORPUS/.*" -printf '%s\n' | awk '{ n++; s += $1 } END { print n + 0, s + 0 }')
RG=(rg -i --hidden -g '!.legacy-uses.tsv' -g '!.stamp' -g '!.gitignore' authtoken "$CORPUS")
TOTAL_MB=$(awk -v b="$N_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')

# ---------------------------------------------------------------------------------------------- warm-up
mkdir -p "$OUT"
log "warming the page cache ($N_FILES files, $TOTAL_MB MB)"
find "$CORPUS" -type f -print0 | xargs -0 cat > /dev/null
rc=0; "${RG[@]}" > /dev/null || rc=$?
[ "$rc" -le 1 ] || die "rg failed (exit $rc)"
[ "$rc" -eq 0 ] || log "warning: rg found no match for 'authtoken' in the corpus"

# ---------------------------------------------------------------------------------------------- rounds
# Each measurement: wall time from a nanosecond clock around the command (resolution well below the
# 10 ms of %e), plus /usr/bin/time's %e and %M (peak RSS, KB) from its output file.

RG_TIMES=()
SC_TIMES=()
SC_RSS=()
RG_RSS=()
for round in $(seq 1 "$ROUNDS"); do
  # (a) baseline: ripgrep (exit 0 = matches, 1 = no match, 2 = error)
  t0=$(now_ns); rc=0
  "$TIME" -f '%e %M' -o "$OUT/rg-time.txt" "${RG[@]}" > /dev/null || rc=$?
  t1=$(now_ns)
  [ "$rc" -le 1 ] || die "rg failed in round $round (exit $rc)"
  read -r rg_e rg_m < <(tail -n 1 "$OUT/rg-time.txt")
  RG_TIMES+=("$(secs "$t0" "$t1")"); RG_RSS+=("$rg_m")

  # (b) the scanner
  rm -f "$OUT/report.json"
  t0=$(now_ns); rc=0
  # shellcheck disable=SC2086
  "$TIME" -f '%e %M' -o "$OUT/scanner-time.txt" java ${JAVA_OPTS:--XX:+UseSerialGC -Xmn32m -XX:TieredStopAtLevel=1 -Xss4m} -jar "$JAR" scan "$CORPUS" \
      --format json --output "$OUT/report.json" --fail-on none > "$OUT/scanner-round$round.log" 2>&1 || rc=$?
  t1=$(now_ns)
  if [ "$rc" -ne 0 ]; then
    tail -n 20 "$OUT/scanner-round$round.log" >&2 || true
    die "scanner failed in round $round (exit $rc); log: $OUT/scanner-round$round.log"
  fi
  read -r sc_e sc_m < <(tail -n 1 "$OUT/scanner-time.txt")
  SC_TIMES+=("$(secs "$t0" "$t1")"); SC_RSS+=("$sc_m")
  log "round $round/$ROUNDS: rg ${RG_TIMES[-1]} s (%e $rg_e), scanner ${SC_TIMES[-1]} s (%e $sc_e), scanner RSS $((sc_m / 1024)) MB"
done

RG_MED=$(median "${RG_TIMES[@]}")
SC_MED=$(median "${SC_TIMES[@]}")
RATIO=$(awk -v s="$SC_MED" -v r="$RG_MED" 'BEGIN { if (r > 0) printf "%.2f", s / r; else print "inf" }')
RSS_MB=$(awk -v k="$(max "${SC_RSS[@]}")" 'BEGIN { printf "%.1f", k / 1024 }')
RATIO_OK=$(awk -v x="$RATIO" 'BEGIN { print (x != "inf" && x + 0 <= 2.0) ? "PASS" : "FAIL" }')
RSS_OK=$(awk -v x="$RSS_MB" 'BEGIN { print (x + 0 < 1024) ? "PASS" : "FAIL" }')

# ---------------------------------------------------------------------------------------------- recall

{
  echo "Cliq Migrate benchmark ($ROUNDS rounds, alternating, warm page cache; medians)"
  echo "files:              $N_FILES"
  echo "total MB:           $TOTAL_MB"
  echo "rg median s:        $RG_MED   (rounds: ${RG_TIMES[*]}; baseline: rg -i --hidden authtoken)"
  echo "scanner median s:   $SC_MED   (rounds: ${SC_TIMES[*]})"
  echo "ratio scanner/rg:   $RATIO   target <= 2.00   $RATIO_OK"
  echo "scanner peak RSS:   $RSS_MB MB   target < 1024 MB   $RSS_OK   (max over rounds)"
  if [ -f "$OUT/report.json" ] && command -v python3 >/dev/null 2>&1; then
    recall "$CORPUS" "$OUT/report.json" || echo "recall:             could not be computed (report not parseable?)"
  else
    echo "recall:             n/a (no report or no python3)"
  fi
} | tee "$OUT/summary.txt"
