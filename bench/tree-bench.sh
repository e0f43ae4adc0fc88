# Sourced by bench/run.sh for `--tree DIR`: rg, the cold scan, the cached re-scan and a one-file scan on any tree,
# in alternating rounds, through the ./cliq-migrate launcher (what users run). Uses run.sh's TREE, ROUNDS,
# FRACTIONS, OUT, TIME, log, die, now_ns, secs, median, max and recall.

# CLIQ_MIGRATE_LAUNCHER replaces the launcher (another checkout's, or a wrapper)
LAUNCHER="${CLIQ_MIGRATE_LAUNCHER:-./cliq-migrate}"
# Bookkeeping of bench/real-tree.sh at the tree's top, and the scanner's own cache folder: not rg's input.
RG_EXCLUDES=(-g '!.stamp' -g '!.counts' -g '!.legacy-uses.tsv' -g '!.gitignore' -g '!.cliq-migrate/')
TAG="tree-$(basename "$TREE")"

# "files MB" of a tree, without the bookkeeping files at its top
tree_size() {
  find "$1" -type f ! -path "$1/.*" -printf '%s\n' | awk '{ n++; s += $1 } END { printf "%d %.0f\n", n, s / 1048576 }'
}

# fraction_tree NAME EVERY: a sibling folder DIR.NAME of hardlinks to every EVERY-th file of DIR in sorted path
# order (so the 1/4 tree is a subset of the 1/2 tree); rebuilt when DIR's file list changes.
fraction_tree() {
  local name="$1" every="$2" dest="$TREE.$1" list want
  list="$(mktemp)"
  (cd "$TREE" && find . -type f ! -path './.*' -printf '%P\n' | LC_ALL=C sort | awk -v k="$every" 'NR % k == 1 % k') > "$list"
  want="$(sha256sum < "$list" | cut -c1-16)"
  if [ "$(cat "$dest/.stamp" 2>/dev/null)" != "$want" ]; then
    log "making $dest (1 file in $every of $TREE, hardlinked)"
    rm -rf -- "$dest"
    mkdir -p "$dest"
    (target="$(realpath -- "$dest")" && cd "$TREE" && xargs -d '\n' cp -l --parents -t "$target" < "$list") \
      || die "could not make $dest"
    echo "$want" > "$dest/.stamp"
  fi
  rm -f -- "$list"
}

declare -A WALL RSS
# measure KEY MAX_OK_EXIT CMD...: one timed run; its wall time and peak RSS (KB) are appended to WALL[KEY], RSS[KEY]
measure() {
  local key="$1" max_rc="$2" t0 t1 rc=0
  shift 2
  t0=$(now_ns)
  "$TIME" -f '%M' -o "$OUT/$key.time" "$@" > "$OUT/$key.log" 2>&1 || rc=$?
  t1=$(now_ns)
  if [ "$rc" -gt "$max_rc" ]; then
    tail -n 20 "$OUT/$key.log" >&2 || true
    die "$key failed (exit $rc): $*; log: $OUT/$key.log"
  fi
  WALL[$key]+="$(secs "$t0" "$t1") "
  RSS[$key]+="$(tail -n 1 "$OUT/$key.time") "
}
rg_on() { measure "rg-$1" 1 rg -c -i --hidden "${RG_EXCLUDES[@]}" authtoken "$2"; }
scan_on() { local key="$1" target="$2"; shift 2
  measure "$key" 0 "$LAUNCHER" scan "$target" "$@" --format json --output "$OUT/$key.json" --fail-on none; }

mkdir -p "$OUT"
read -r T_FILES T_MB < <(tree_size "$TREE")
T_JAVA=$(find "$TREE" -type f -name '*.java' ! -path "$TREE/.*" | wc -l)
ONE_FILE="$(find "$TREE" -type f -name '*.java' -size +1k -size -4k ! -path "$TREE/.*" ! -path '*/META-INF/*' | LC_ALL=C sort | sed -n 1p)"
[ -n "$ONE_FILE" ] || die "no Java file of 1-4 KB in $TREE for the one-file scan"

# The floor: what any Java program pays on the tree with nothing of the scanner in it (bench/Floor.java), under the
# launcher's JVM options: a walk that looks at every file (what a cached re-scan cannot skip), and a walk that reads
# every file and searches it for the word (what a cold scan cannot skip).
FLOOR_CLASSES="$OUT/floor-classes"
mkdir -p "$FLOOR_CLASSES"
javac -d "$FLOOR_CLASSES" bench/Floor.java || die "could not compile bench/Floor.java"
FLOOR_JAVA=(java -XX:+UseSerialGC -Xmn32m -XX:TieredStopAtLevel=1 -cp "$FLOOR_CLASSES" Floor)

HAS_CACHE=0
[[ "$("$LAUNCHER" scan --help 2>&1)" == *--cache* ]] && HAS_CACHE=1

FRACTION_NAMES=()
if [ "$FRACTIONS" -eq 1 ]; then
  fraction_tree quarter 4
  fraction_tree half 2
  FRACTION_NAMES=(quarter half)
fi

log "warming the page cache and the launcher ($T_FILES files, $T_MB MB)"
find "$TREE" -type f -print0 | xargs -0 cat > /dev/null
rc=0; rg -c -i --hidden "${RG_EXCLUDES[@]}" authtoken "$TREE" > /dev/null || rc=$?
[ "$rc" -le 1 ] || die "rg failed (exit $rc)"
"$LAUNCHER" scan "$ONE_FILE" --format json --output "$OUT/$TAG-warmup.json" --fail-on none > /dev/null 2>&1 \
  || die "the launcher failed on $ONE_FILE"
if [ "$HAS_CACHE" -eq 1 ]; then
  log "filling the scan cache once"
  "$LAUNCHER" scan "$TREE" --cache --format json --output "$OUT/$TAG-cache-fill.json" --fail-on none > /dev/null 2>&1 \
    || die "the cache-filling scan failed"
fi

for round in $(seq 1 "$ROUNDS"); do
  rg_on whole "$TREE"
  scan_on cold "$TREE"
  [ "$HAS_CACHE" -eq 0 ] || scan_on cached "$TREE" --cache
  scan_on one-file "$ONE_FILE"
  measure floor-stat 0 "${FLOOR_JAVA[@]}" stat "$TREE"
  measure floor-read 0 "${FLOOR_JAVA[@]}" read "$TREE"
  for f in "${FRACTION_NAMES[@]}"; do
    rg_on "$f" "$TREE.$f"
    scan_on "cold-$f" "$TREE.$f"
  done
  log "round $round/$ROUNDS done"
done

# row LABEL KEY RG_KEY: median, ratio to the rg median of RG_KEY, peak RSS (max over rounds), rounds
row() {
  local label="$1" key="$2" rg_key="$3" med rg_med ratio rss
  # shellcheck disable=SC2086
  med=$(median ${WALL[$key]})
  # shellcheck disable=SC2086
  rg_med=$(median ${WALL[$rg_key]})
  ratio=$(awk -v s="$med" -v r="$rg_med" 'BEGIN { if (r > 0) printf "%.2f", s / r; else print "inf" }')
  # shellcheck disable=SC2086
  rss=$(awk -v k="$(max ${RSS[$key]})" 'BEGIN { printf "%.0f", k / 1024 }')
  printf '%-40s %8s %7sx %8s   %s\n' "$label" "$med" "$ratio" "$rss" "${WALL[$key]% }"
}
# target LABEL VALUE LIMIT: PASS when VALUE <= LIMIT
target() { awk -v l="$1" -v v="$2" -v m="$3" 'BEGIN { printf "  %-30s %8s <= %-6s %s\n", l, v, m, (v != "inf" && v + 0 <= m + 0) ? "PASS" : "FAIL" }'; }
ratio_of() { awk -v s="$(median ${WALL[$1]})" -v r="$(median ${WALL[rg-whole]})" 'BEGIN { printf "%.2f", s / r }'; }
rss_mb() { awk -v k="$(max ${RSS[$1]})" 'BEGIN { printf "%.0f", k / 1024 }'; }

# files scanned, findings COUNT and a digest of (path, line, rule) sorted: equal digests mean identical findings
findings_digest() {
  python3 - "$1" <<'PY'
import hashlib, json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
findings = report.get("findings", [])
keys = sorted(f"{f.get('path')}\t{f.get('startLine')}\t{f.get('ruleId')}\t{f.get('severity')}" for f in findings)
print(report.get("summary", {}).get("filesScanned", "?"), len(findings), hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16])
PY
}

{
  echo "Cliq Migrate benchmark on $TREE ($ROUNDS rounds, alternating, warm page cache; medians)"
  printf '%-10s %s files, %s Java files, %s MB\n' "tree:" "$T_FILES" "$T_JAVA" "$T_MB"
  for f in "${FRACTION_NAMES[@]}"; do
    read -r n mb < <(tree_size "$TREE.$f"); printf '%-10s %s files, %s MB\n' "$f:" "$n" "$mb"
  done
  echo "one file:  ${ONE_FILE#"$TREE"/} ($(stat -c %s "$ONE_FILE") bytes)"
  echo
  printf '%-40s %8s %8s %8s   %s\n' "" "median s" "vs rg" "RSS MB" "rounds (s)"
  row "rg -c -i --hidden authtoken" rg-whole rg-whole
  row "cold scan (launcher)" cold rg-whole
  if [ "$HAS_CACHE" -eq 1 ]; then
    row "cached re-scan (scan --cache)" cached rg-whole
  else
    printf '%-40s %s\n' "cached re-scan" "not available (scan --help lists no --cache)"
  fi
  row "one-file scan (launcher)" one-file rg-whole
  row "floor: Java walk + stat (Floor.java)" floor-stat rg-whole
  row "floor: Java walk + read + search" floor-read rg-whole
  for f in "${FRACTION_NAMES[@]}"; do
    row "rg, $f tree" "rg-$f" "rg-$f"
    row "cold scan, $f tree (vs rg on it)" "cold-$f" "rg-$f"
  done
  echo
  echo "targets (issue 13):"
  target "cold scan / rg" "$(ratio_of cold)" 3.00
  [ "$HAS_CACHE" -eq 0 ] || target "cached re-scan / rg" "$(ratio_of cached)" 1.00
  target "cold scan peak RSS MB" "$(rss_mb cold)" 512
  # shellcheck disable=SC2086
  target "one-file scan s" "$(median ${WALL[one-file]})" 0.35
  if command -v python3 >/dev/null 2>&1; then
    read -r scanned n digest < <(findings_digest "$OUT/cold.json")
    echo "cold scan: $scanned files scanned, $n findings (digest $digest)"
    if [ "$HAS_CACHE" -eq 1 ]; then
      read -r _ n2 digest2 < <(findings_digest "$OUT/cached.json")
      echo "cached re-scan: $n2 findings (digest $digest2) $([ "$digest" = "$digest2" ] && echo same || echo DIFFERENT)"
    fi
    [ ! -f "$TREE/.legacy-uses.tsv" ] || recall "$TREE" "$OUT/cold.json"
  fi
} | tee "$OUT/$TAG-summary.txt"
