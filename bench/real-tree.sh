#!/usr/bin/env bash
# Builds the real benchmark tree: the -sources jars of the artifacts in bench/real-tree.artifacts, fetched with
# Maven (cached in the local repository, so a rebuild works offline), each unpacked into its own folder, plus the
# non-Java files (Deluge, config, other languages) of a synthetic corpus from bench/GenerateCorpus.java.
#
#   bench/real-tree.sh [DIR]            build DIR (default bench/real) unless its stamp says it is up to date
#   bench/real-tree.sh --force [DIR]    rebuild even if up to date
#   bench/real-tree.sh --verify [DIR]   check DIR against the counts recorded when it was built (exit 1 if not)
#
# Run from anywhere; DIR is relative to the current folder. Bookkeeping lives in hidden files at DIR's top:
# .stamp (hashes of the artifact list, this script and the generator), .counts, .legacy-uses.tsv (the planted
# legacy uses of the synthetic files, as in bench/corpus) and a .gitignore that keeps the scanner off them.
set -euo pipefail

SYNTHETIC_FILES=10000   # the synthetic corpus whose non-Java files are mixed in (about 5,500 of them)
SYNTHETIC_SEED=42
MIN_JAVA_FILES=50000
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.6.1

usage() { echo "usage: bench/real-tree.sh [--force | --verify] [DIR]" >&2; exit 2; }
MODE=build
DIR=""
while [ $# -gt 0 ]; do
  case "$1" in
    --force) MODE=force; shift ;;
    --verify) MODE=verify; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown argument: $1" >&2; usage ;;
    *) [ -z "$DIR" ] || usage; DIR="$1"; shift ;;
  esac
done

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DIR="${DIR:-$BENCH/real}"
ARTIFACTS="$BENCH/real-tree.artifacts"
GENERATOR="$BENCH/GenerateCorpus.java"

log() { echo "[real-tree] $*" >&2; }
die() { echo "[real-tree] error: $*" >&2; exit 1; }

artifacts() { grep -v -E '^[[:space:]]*(#|$)' "$ARTIFACTS"; }
stamp() {
  echo "artifacts=$(sha256sum < "$ARTIFACTS" | cut -c1-16) script=$(sha256sum < "$0" | cut -c1-16)" \
       "generator=$(sha256sum < "$GENERATOR" | cut -c1-16) synthetic=$SYNTHETIC_FILES/$SYNTHETIC_SEED"
}
# "files java_files bytes" of a tree, without the bookkeeping files at its top
count_tree() {
  find "$1" -type f ! -path "$1/.*" -printf '%s %f\n' \
    | awk '{ n++; s += $1; if ($2 ~ /\.java$/) j++ } END { print n + 0, j + 0, s + 0 }'
}

verify() {
  [ -f "$DIR/.counts" ] || die "$DIR has no .counts: build it first"
  local want have missing=0 coords folder
  want="$(cat "$DIR/.counts")"
  have="$(count_tree "$DIR")"
  while read -r coords; do
    folder="$(cut -d: -f2 <<<"$coords")"
    [ -n "$(find "$DIR/$folder" -name '*.java' -print -quit 2>/dev/null)" ] || { log "no Java files in $folder"; missing=1; }
  done < <(artifacts)
  cut -f1 "$DIR/.legacy-uses.tsv" | sort -u | while read -r p; do [ -f "$DIR/$p" ] || { log "planted file missing: $p"; exit 1; }; done \
    || missing=1
  read -r files java bytes <<<"$have"
  log "$DIR: $files files, $java Java files, $(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1048576 }') MB" \
      "(recorded: $want), $(wc -l < "$DIR/.legacy-uses.tsv") planted legacy uses"
  [ "$have" = "$want" ] || die "counts differ from the ones recorded at build time"
  [ "$java" -ge "$MIN_JAVA_FILES" ] || die "fewer than $MIN_JAVA_FILES Java files"
  [ "$missing" -eq 0 ] || die "some artifact folders or planted files are missing"
  log "verified"
}

if [ "$MODE" = verify ]; then verify; exit 0; fi
if [ "$MODE" = build ] && [ -f "$DIR/.stamp" ] && [ "$(cat "$DIR/.stamp")" = "$(stamp)" ]; then
  log "$DIR is up to date ($(cat "$DIR/.stamp")); --force rebuilds it"
  exit 0
fi
command -v mvn >/dev/null 2>&1 || die "mvn not found"
command -v unzip >/dev/null 2>&1 || die "unzip not found"
command -v java >/dev/null 2>&1 || die "java not found (JDK 17+ required)"
dups="$(artifacts | cut -d: -f2 | sort | uniq -d)"
[ -z "$dups" ] || die "artifactIds must be unique (each names its folder): $dups"

WORK="$(mktemp -d)"
trap 'rm -rf -- "$WORK"' EXIT

# ------------------------------------------------------------------------------------------ fetch
# One Maven run copies every sources jar: a throwaway pom lists them as artifactItems of dependency:copy.
{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>bench</groupId><artifactId>real-tree</artifactId><version>1</version><packaging>pom</packaging>'
  echo "<build><plugins><plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId>"
  echo "<version>${DEPENDENCY_PLUGIN##*:}</version><configuration><outputDirectory>$WORK/jars</outputDirectory><artifactItems>"
  artifacts | while IFS=: read -r g a v; do
    echo "<artifactItem><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version><classifier>sources</classifier></artifactItem>"
  done
  echo '</artifactItems></configuration></plugin></plugins></build></project>'
} > "$WORK/pom.xml"
log "fetching $(artifacts | wc -l) sources jars with Maven (offline first)"
if ! mvn -B -q -o -f "$WORK/pom.xml" "$DEPENDENCY_PLUGIN:copy" > "$WORK/mvn-offline.log" 2>&1; then
  log "not all in the local Maven repository: fetching online"
  mvn -B -q -f "$WORK/pom.xml" "$DEPENDENCY_PLUGIN:copy" >&2 || die "maven could not fetch the sources jars"
fi

# ------------------------------------------------------------------------------------------ unpack
NEW="$DIR.new"
rm -rf -- "$NEW"
mkdir -p "$NEW"
artifacts | while IFS=: read -r g a v; do
  unzip -q -o "$WORK/jars/$a-$v-sources.jar" -d "$NEW/$a" || die "could not unpack $g:$a:$v"
done

# ------------------------------------------------------------------------------------------ synthetic files
log "generating the synthetic corpus ($SYNTHETIC_FILES files, seed $SYNTHETIC_SEED) for its non-Java files"
java "$GENERATOR" "$WORK/synthetic" --files "$SYNTHETIC_FILES" --seed "$SYNTHETIC_SEED" >&2 \
  || die "corpus generation failed"
mkdir -p "$NEW/synthetic"
(cd "$WORK/synthetic" && find . -type f ! -name '*.java' ! -path './.*' -printf '%P\0' | xargs -0 cp --parents -t "$NEW/synthetic") \
  || die "could not copy the synthetic files"
awk -F'\t' '$1 !~ /\.java$/ { print "synthetic/" $0 }' "$WORK/synthetic/.legacy-uses.tsv" > "$NEW/.legacy-uses.tsv"
printf '# bookkeeping of bench/real-tree.sh, not part of the benchmark\n/.stamp\n/.counts\n/.legacy-uses.tsv\n/.gitignore\n' \
  > "$NEW/.gitignore"
count_tree "$NEW" > "$NEW/.counts"
stamp > "$NEW/.stamp"
rm -rf -- "$DIR"
mv -- "$NEW" "$DIR"
verify
