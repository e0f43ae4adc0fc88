#!/usr/bin/env python3
"""Automatic-fix coverage on a folder of real code (a copy is fixed, the folder itself is never touched).

Usage: bench/fix-coverage.py FOLDER [--jar cli/target/cliq-migrate.jar]

Scans a copy, runs `fix --apply --unsafe`, scans again and runs fix a second time. Prints, per rule and in total,
the findings before and after (inventory rules, whose findings need no work, are left out), the files changed,
the files that parsed before and not after (parse regressions, must be 0), and whether the second run changed
anything (idempotency, must not).

bench/java-fix-check.py imports measure() and report() and adds a compile check.
"""
import argparse, collections, json, os, shutil, subprocess, sys, tempfile

INVENTORY = {"cliq-api-inventory", "deluge-integration-inventory"}


def run(jar, *args):
    return subprocess.run(["java", "-jar", jar, *args], capture_output=True, text=True)


def roots(folder, per_root):
    """The scan roots: the folder, or with per_root each of its subfolders (one project each)."""
    if not per_root:
        return [folder]
    return sorted(os.path.join(folder, d) for d in os.listdir(folder) if os.path.isdir(os.path.join(folder, d)))


def scan(jar, folder, per_root=False):
    report = json.loads(run(jar, "scan", *roots(folder, per_root), "--format", "json", "--fail-on", "none",
                            "--no-ignore").stdout)
    counts = collections.Counter(f["ruleId"] for f in report["findings"]
                                 if not f["suppressed"] and f["ruleId"] not in INVENTORY)
    broken = {e["path"] for e in report["errors"] if e["kind"] == "parse"}
    return counts, broken


def snapshot(folder):
    out = {}
    for dirpath, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, folder)] = f.read()
    return out


def measure(folder, jar, per_root=False):
    """
    Fixes a copy of folder twice; returns the findings, parse errors and file contents at each step. With per_root,
    each subfolder of folder is a scan root of its own (a project).
    """
    jar = os.path.abspath(jar)
    with tempfile.TemporaryDirectory() as tmp:
        work = os.path.join(tmp, "project")
        shutil.copytree(folder, work, symlinks=True)
        before, broken_before = scan(jar, work, per_root)
        files_before = snapshot(work)
        first = run(jar, "fix", *roots(work, per_root), "--apply", "--unsafe")
        files_after = snapshot(work)
        after, broken_after = scan(jar, work, per_root)
        second = run(jar, "fix", *roots(work, per_root), "--apply", "--unsafe")
        files_again = snapshot(work)
    return {"before": before, "after": after, "broken_before": broken_before, "broken_after": broken_after,
            "files_before": files_before, "files_after": files_after, "files_again": files_again,
            "first": first, "second": second}


def last_line(completed):
    text = completed.stderr.strip()
    return text.splitlines()[-1] if text else ""


def report(m, focus=(), focus_label=""):
    """Prints the per-rule table, and a total line for the focus rules when some are given."""
    before, after = m["before"], m["after"]
    files_before, files_after, files_again = m["files_before"], m["files_after"], m["files_again"]
    changed = sorted(p for p in files_before if files_before[p] != files_after.get(p))
    regressions = sorted(m["broken_after"] - m["broken_before"])
    print(f"{'rule':40} {'before':>7} {'after':>7} {'fixed':>7}")
    for rule in sorted(set(before) | set(after)):
        print(f"{rule:40} {before[rule]:7} {after[rule]:7} {before[rule] - after[rule]:7}")
    total_b, total_a = sum(before.values()), sum(after.values())
    print(f"{'total':40} {total_b:7} {total_a:7} {total_b - total_a:7}")
    if focus:
        focus_b, focus_a = sum(before[r] for r in focus), sum(after[r] for r in focus)
        print(f"{focus_label or 'total (focus rules)':40} {focus_b:7} {focus_a:7} {focus_b - focus_a:7}")
    print(f"files: {len(files_before)}; changed: {len(changed)}; parse regressions: {len(regressions)} {regressions}")
    print(f"first run: {last_line(m['first'])}")
    skipped = [l for l in m["first"].stderr.splitlines() if "skipped the fix" in l]
    print(f"skipped fixes: {len(skipped)}")
    for line in skipped[:20]:
        print("  " + line)
    print(f"second run changed files: {sum(1 for p in files_after if files_after[p] != files_again.get(p))} "
          f"({last_line(m['second'])})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--jar", default="cli/target/cliq-migrate.jar")
    a = ap.parse_args()
    report(measure(a.folder, a.jar))
    return 0


if __name__ == "__main__":
    sys.exit(main())
