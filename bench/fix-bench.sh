#!/usr/bin/env bash
# Time to plan and apply automatic fixes for a generated project with FINDINGS fixable findings (default 1000),
# including JVM start: `cliq-migrate fix --apply --unsafe`, and the dry run (`fix`), median of ROUNDS rounds.
# Usage: bench/fix-bench.sh [FINDINGS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
findings="${1:-1000}"
rounds="${2:-3}"
jar="${CLIQ_MIGRATE_JAR:-cli/target/cliq-migrate.jar}"
[ -f "$jar" ] || mvn -B -q package -DskipTests
work="bench/out/fix-project"

generate() {
  rm -rf "$work"
  python3 - "$work" "$findings" <<'PY'
import os, sys
root, total = sys.argv[1], int(sys.argv[2])
per_file = 10
# one fixable finding each: Cliq tasks and CRM tasks without a connection, an invokeurl without one, a bare
# postUrl of a map to Books (the rewrite to invokeurl)
shapes = [
    'zoho.cliq.postToChannel("ops-{i}", {{"text":"build {i} done"}});',
    'zoho.cliq.postToUser("oncall{i}@acme.example", "check deploy {i}");',
    'leads{i} = zoho.crm.getRecords("Leads");',
    'resp{i} = invokeurl\n[\n\turl :"https://www.zohoapis.com/crm/v2/Deals/{i}"\n\ttype :GET\n];',
    'postUrl("https://www.zohoapis.com/books/v3/contacts?organization_id=1", {{"contact_name":"c{i}"}});',
]
n = 0
f = 0
while n < total:
    os.makedirs(os.path.join(root, "deluge", f"app{f // 50}"), exist_ok=True)
    lines = [f"// generated handler {f}", "summary = Map();"]
    for k in range(min(per_file, total - n)):
        lines.append(shapes[(n + k) % len(shapes)].format(i=n + k))
        lines.append(f'info "step {n + k}";')
    lines.append("return summary;")
    with open(os.path.join(root, "deluge", f"app{f // 50}", f"handler_{f}.dg"), "w") as out:
        out.write("\n".join(lines) + "\n")
    n += min(per_file, total - n)
    f += 1
PY
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

plan_times=(); apply_times=()
for r in $(seq "$rounds"); do
  generate
  plan_times+=("$(ms java -jar "$jar" fix "$work" --unsafe)")
  apply_times+=("$(ms java -jar "$jar" fix "$work" --apply --unsafe)")
done
generate
planned=$(java -jar "$jar" fix "$work" --unsafe 2>&1 >/dev/null | tail -1)
java -jar "$jar" fix "$work" --apply --unsafe >/dev/null 2>&1 || true
left=$(java -jar "$jar" fix "$work" --unsafe 2>&1 >/dev/null | tail -1)
echo "generated: $findings fixable uses; rounds: $rounds"
echo "plan: $planned"
echo "plan (dry run) median ms: $(printf '%s\n' "${plan_times[@]}" | median)  (${plan_times[*]})"
echo "plan + apply median ms:   $(printf '%s\n' "${apply_times[@]}" | median)  (${apply_times[*]})"
echo "after apply: $left"
