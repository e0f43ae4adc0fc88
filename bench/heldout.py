#!/usr/bin/env python3
"""Recall and false alarms of Cliq Migrate on the held-out corpus of real public code.

The corpus (files under <dir>/files, hand labels in labels.tsv, provenance in manifest.tsv) is kept outside the
repository: it is third-party code, and it must not be used to tune the rules. The labels and manifest of each set are kept in
bench/heldout/<set>/ so the measurement can be repeated on a fresh copy of the files.

    bench/heldout.py <corpus-dir>            # table per language, then every miss and false alarm

Each file is scanned under its own name (the manifest's path inside its repository), in a folder per repository.
A legacy label counts as found when a finding of level error or warning starts on its line; a category match also
needs the rule that owns the category. A false alarm is an error or warning finding on a line with no legacy label.
Info findings (the inventory) are neither. Labels whose note starts with "doubt" are counted apart as well (clear
labels), and false alarms on a line holding a committed Cliq/Flow webhook token (zapikey, 1001.<hex>.<hex>), which the
design reports on purpose as a leaked secret, are counted apart within the false alarms.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict

RULES = {
    "query-param": {"authtoken-query-param"},
    "header": {"zoho-authtoken-header"},
    "form-param": {"authtoken-form-param"},
    "generation-endpoint": {"authtoken-generation-endpoint"},
    "response-parsing": {"authtoken-response-parsing"},
    "scope": {"legacy-authtoken-scope"},
    "password": {"zoho-password-credential"},
    "crm-v1": {"crm-v1-endpoint"},
    "hardcoded-token": {"hardcoded-legacy-token"},
    "config-setting": {"config-authtoken-setting", "authtoken-config-read"},
    "oauth-secret": {"hardcoded-oauth-secret"},
}


WEBHOOK_TOKEN = re.compile(r"zapikey|\b1001\.[0-9a-f]{32}\.[0-9a-f]{32}\b", re.IGNORECASE)


def main(corpus):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files_dir = os.path.join(corpus, "files")
    with open(os.path.join(corpus, "labels.tsv"), newline="") as f:
        labels = list(csv.DictReader(f, delimiter="\t"))
    with open(os.path.join(corpus, "manifest.tsv"), newline="") as f:
        manifest = {row["file"]: row for row in csv.DictReader(f, delimiter="\t")}
    with tempfile.TemporaryDirectory(prefix="heldout-") as tree:
        # each file under its own name in its repository's folder, as a checkout has it: a file's name can decide
        # how it is read (.testrc, .env, Dockerfile), and the corpus's flattened names keep only its ending
        corpus_file = {}
        # a checkout's own folder name is outside the paths a scan sees: each repository gets a neutral one, so
        # that a repository named for Zoho gives its files nothing their own folders do not
        repo_folder = {repo: f"repo{n:03d}" for n, repo in enumerate(sorted({r["repo"] for r in manifest.values()}))}
        for file, row in manifest.items():
            where = os.path.join(row["language"] if row.get("language") else file.split("/")[0],
                                 repo_folder[row["repo"]], row["path"])
            if where in corpus_file:
                where = file
            corpus_file[where] = file
            os.makedirs(os.path.dirname(os.path.join(tree, where)), exist_ok=True)
            shutil.copy2(os.path.join(files_dir, file), os.path.join(tree, where))
        scan = subprocess.run([os.path.join(root, "cliq-migrate"), "scan", tree, "--format", "json",
                               "--fail-on", "none"], capture_output=True, text=True, check=True)
    report = json.loads(scan.stdout)
    findings = defaultdict(list)
    for finding in report["findings"]:
        if finding["severity"] in ("error", "warning") and not finding.get("suppressed"):
            path = corpus_file.get(finding["path"], finding["path"])
            findings[(path, int(finding["startLine"]))].append(finding["ruleId"])

    legacy_lines = {(l["file"], int(l["line"])) for l in labels if l["kind"] == "legacy"}
    per_language = defaultdict(lambda: defaultdict(int))
    misses, wrong_rule, quiet_failures = [], [], []
    for label in labels:
        key = (label["file"], int(label["line"]))
        language = label["file"].split("/")[0]
        rules = findings.get(key, [])
        stats = per_language[language]
        if label["kind"] == "legacy":
            stats["legacy"] += 1
            if rules:
                stats["found"] += 1
                if set(rules) & RULES.get(label["category"], set()):
                    stats["category"] += 1
                else:
                    wrong_rule.append((label, rules))
            else:
                misses.append(label)
        elif label["kind"] == "lookalike" and key not in legacy_lines:
            stats["lookalike"] += 1
            if rules:
                quiet_failures.append((label, rules))
            else:
                stats["quiet"] += 1
    false_alarms = []
    webhook_alarms = 0
    for (path, line), rules in sorted(findings.items()):
        if (path, line) not in legacy_lines:
            false_alarms.append((path, line, rules))
            per_language[path.split("/")[0]]["false"] += 1
            if WEBHOOK_TOKEN.search(line_text(os.path.join(files_dir, path), line)):
                webhook_alarms += 1
    clear = [l for l in labels if l["kind"] == "legacy" and not l["note"].startswith("doubt")]
    clear_found = sum(1 for l in clear if l not in misses)
    for path in manifest:
        per_language[path.split("/")[0]]["files"] += 1

    print(f"{'language':14} {'files':>5} {'legacy':>6} {'found':>5} {'same rule':>9} {'look-alikes':>11} "
          f"{'quiet':>5} {'false alarms':>12}")
    totals = defaultdict(int)
    for language in sorted(per_language):
        s = per_language[language]
        for k, v in s.items():
            totals[k] += v
        print(f"{language:14} {s['files']:5} {s['legacy']:6} {s['found']:5} {s['category']:9} {s['lookalike']:11} "
              f"{s['quiet']:5} {s['false']:12}")
    t = totals
    print(f"{'total':14} {t['files']:5} {t['legacy']:6} {t['found']:5} {t['category']:9} {t['lookalike']:11} "
          f"{t['quiet']:5} {t['false']:12}")
    if t["legacy"]:
        print(f"\nrecall {t['found']}/{t['legacy']} = {100.0 * t['found'] / t['legacy']:.1f}% "
              f"(same rule as the label: {t['category']}); false alarms {t['false']}; "
              f"look-alikes quiet {t['quiet']}/{t['lookalike']}; processing errors {len(report['errors'])}")
        print(f"clear labels {clear_found}/{len(clear)}; false alarms on committed webhook tokens {webhook_alarms}")
    print("\nmissed:")
    for label in misses:
        print(f"  {label['file']}:{label['line']}  {label['category']}  {label['note']}")
    print("\nfound by another rule than the label's category:")
    for label, rules in wrong_rule:
        print(f"  {label['file']}:{label['line']}  {label['category']} <- {','.join(sorted(set(rules)))}")
    print("\nlook-alikes flagged:")
    for label, rules in quiet_failures:
        print(f"  {label['file']}:{label['line']}  {','.join(sorted(set(rules)))}  {label['note']}")
    print("\nfalse alarms (error/warning on an unlabelled line):")
    for path, line, rules in false_alarms:
        print(f"  {path}:{line}  {','.join(sorted(set(rules)))}")


def line_text(path, line):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, text in enumerate(f, 1):
                if number == line:
                    return text
    except OSError:
        pass
    return ""


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: bench/heldout.py <corpus-dir>")
    main(sys.argv[1])
