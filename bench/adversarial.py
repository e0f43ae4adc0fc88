#!/usr/bin/env python3
"""Times the scan of files built to make a text scanner quadratic: half a megabyte of one repeated shape (dotted
names, blanks, '&' without ';', quotes, brackets, base64, ...) after a line with the trigger words, in each kind of
file the scanner reads. A file whose scan takes more than a few seconds shows a look-back or a regex that restarts at
every character; the unit tests hold no timings, so this runs on its own.

    bench/adversarial.py [--limit SECONDS] [--only NAME]   # prints every file slower than the limit (default 3 s)

Each file is scanned alone through the launcher (JVM start included, about half a second) in a folder under
bench/out/adversarial; a scan still running after 60 s is stopped and reported as such.
"""
import argparse
import os
import random
import string
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIZE = 600_000


def shapes():
    rng = random.Random(1)
    run = lambda unit: unit * (SIZE // len(unit))
    return {
        "dots": run("a."), "words": run("abcdefghij"), "spaces": run(" "), "eq": run("a="), "colon": run("a:"),
        "quotes": run('"a",'), "brackets": "[" * (SIZE // 6) + "]" * (SIZE // 6), "parens": run("f("),
        "dollar": run("$a->"), "dash": run("a-"), "slash": run("a/"), "amp": run("a=b&"), "lt": run("a<"),
        "comment": "// " + run("x"), "tabs": run("\t"), "newlines": run("\n"), "hashes": run("#"),
        "hex": "".join(rng.choice("0123456789abcdef") for _ in range(SIZE)),
        "base64": "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(SIZE)),
        # thousands of legacy uses, each sending another variable: per-use work over the whole file shows here
        "uses": "".join(f"send_{i}(u, authtoken=t{i}, scope='crmapi')\n" for i in range(SIZE // 40)),
    }


EXTENSIONS = ["js", "py", "php", "java", "json", "yml", "properties", "xml", "rb", "cs", "go", "html", "sh", "env",
              "dg", "kt", "pl", "ini", "toml", "tf", "m"]


def build(folder):
    os.makedirs(folder, exist_ok=True)
    files = []
    for name, body in shapes().items():
        for ext in EXTENSIONS:
            head = {"java": 'class Zoho { String s = "', "dg": 'x = "'}.get(ext, "")
            first = '{"zoho": "authtoken", "k": "' if ext == "json" else 'zoho authtoken = "x" // cliq\n'
            tail = '"}' if ext == "json" else ('"; }' if ext == "java" else "\n")
            path = os.path.join(folder, f"{name}.{ext}")
            with open(path, "w", encoding="utf-8") as out:
                out.write(first + head + body + tail + "\nauthtoken=\n")
            files.append(path)
    return files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=float, default=3.0)
    parser.add_argument("--only")
    args = parser.parse_args()
    folder = os.path.join(ROOT, "bench", "out", "adversarial")
    files = [f for f in build(folder) if not args.only or os.path.basename(f).startswith(args.only + ".")]
    slow = 0
    for path in files:
        start = time.monotonic()
        try:
            subprocess.run([os.path.join(ROOT, "cliq-migrate"), "scan", path, "--format", "json", "--fail-on", "none"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60, check=False)
            took = time.monotonic() - start
            if took > args.limit:
                slow += 1
                print(f"{os.path.basename(path)}\t{took:.1f} s")
        except subprocess.TimeoutExpired:
            slow += 1
            print(f"{os.path.basename(path)}\tstopped after 60 s")
    print(f"{len(files)} files, {slow} slower than {args.limit:g} s")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
