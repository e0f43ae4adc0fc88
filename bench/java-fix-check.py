#!/usr/bin/env python3
"""Java OAuth rewrites of `fix` on a folder of real Java code: fix coverage plus a compile check.

Usage: bench/java-fix-check.py FOLDER [--jar cli/target/cliq-migrate.jar] [--libs LIBDIR]

Runs the measurement of bench/fix-coverage.py (a copy of FOLDER is fixed with `fix --apply --unsafe` and scanned
before and after; FOLDER itself is never touched) and prints its per-rule table with a total line for the rules
the Java rewrites fix. Then compiles every .java file alone with javac (-proc:none, --release 17, else --release 8)
against the jars in LIBDIR, before and after the fix. After the fix, the Java files that fix added (the token
provider) are compiled along with each file, since a fixed file may call them. A file that needs other classes of its
own project does not compile alone; the count that could be compiled is reported.
"""
import argparse, shutil, importlib.util, os, re, subprocess, sys, tempfile

# the rules the Java OAuth rewrites fix (issue 10)
JAVA_FIX_RULES = ("authtoken-query-param", "zoho-authtoken-header", "authtoken-form-param", "authtoken-config-read",
                  "config-authtoken-setting", "legacy-authtoken-scope")
RELEASES = ("17", "8")


def load_fix_coverage():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fix-coverage.py")
    spec = importlib.util.spec_from_file_location("fix_coverage", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source_name(rel):
    """The file name javac needs: a held-out copy is stored as NN-Name.java, its public class is Name."""
    return re.sub(r"^\d+-", "", os.path.basename(rel))


def javac(sources, libs):
    """Compiles sources ({name: bytes}) together; returns (release that worked or None, first error line)."""
    first_error = ""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
        os.makedirs(src)
        paths = []
        for i, (name, data) in enumerate(sources.items()):
            # one folder per file, so that two files of the same name never overwrite each other
            folder = os.path.join(src, str(i))
            os.makedirs(folder)
            paths.append(os.path.join(folder, name))
            with open(paths[-1], "wb") as f:
                f.write(data)
        classpath = os.path.join(libs, "*") if libs else ""
        for release in RELEASES:
            os.makedirs(out, exist_ok=True)
            result = subprocess.run(["javac", "-proc:none", "-nowarn", "-encoding", "UTF-8", "--release", release,
                                     "-cp", classpath, "-d", out, *paths], capture_output=True, text=True)
            if result.returncode == 0:
                return release, ""
            if not first_error:
                first_error = next((l for l in result.stderr.splitlines() if "error:" in l), result.stderr.strip())
                # name the file, not the numbered folder it was written to
                first_error = re.sub(re.escape(src + os.sep) + r"\d+" + re.escape(os.sep), "", first_error)
    return None, first_error


def project(rel, per_file):
    """The project a file belongs to: its own folder with --per-file, else the whole set."""
    return rel.split(os.sep)[0] if per_file else ""


def compile_check(m, libs, per_file=False):
    before, after = m["files_before"], m["files_after"]
    java = sorted(p for p in before if p.endswith(".java"))
    added_paths = sorted(p for p in after if p not in before and p.endswith(".java"))
    rows = []
    for rel in java:
        ok_before, _ = javac({source_name(rel): before[rel]}, libs)
        added = {source_name(p): after[p] for p in added_paths if project(p, per_file) == project(rel, per_file)}
        if rel in after:
            ok_after, error = javac({source_name(rel): after[rel], **added}, libs)
        else:
            ok_after, error = None, "removed by fix"
        rows.append((rel, ok_before, ok_after, error))
    return rows, sorted({source_name(p) for p in added_paths})


def print_compile(rows, added):
    print()
    print(f"compile check (javac alone, release {' then '.join(RELEASES)}); files fix added: {added or 'none'}")
    print(f"{'file':48} {'before':>7} {'after':>7}")
    for rel, ok_before, ok_after, _ in rows:
        print(f"{rel:48} {ok_before or 'no':>7} {ok_after or 'no':>7}")
    compiled = [r for r in rows if r[1]]
    still = [r for r in compiled if r[2]]
    regressions = [r for r in compiled if not r[2]]
    newly = [r for r in rows if not r[1] and r[2]]
    print(f"java files: {len(rows)}; compile before: {len(compiled)}; of those, compile after: {len(still)}; "
          f"compile regressions: {len(regressions)}; compile after only: {len(newly)}")
    for rel, _, _, error in regressions:
        print(f"  regression {rel}: {error}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--jar", default="cli/target/cliq-migrate.jar")
    ap.add_argument("--libs", help="folder of the jars to compile against (see bench/java-fix-set/README.md)")
    ap.add_argument("--per-file", action="store_true",
                    help="treat each file as a project of its own (a scan root each), as files of a held-out set "
                         "come from different repositories")
    a = ap.parse_args()
    fc = load_fix_coverage()
    folder = a.folder
    staged = None
    if a.per_file:
        staged = tempfile.TemporaryDirectory()
        folder = staged.name
        for name in sorted(os.listdir(a.folder)):
            if os.path.isfile(os.path.join(a.folder, name)):
                os.makedirs(os.path.join(folder, name[:-5] if name.endswith(".java") else name))
                shutil.copy2(os.path.join(a.folder, name), os.path.join(folder, name[:-5] if name.endswith(
                    ".java") else name, name))
    m = fc.measure(folder, a.jar, a.per_file)
    fc.report(m, JAVA_FIX_RULES, "total (Java fix rules)")
    rows, added = compile_check(m, os.path.abspath(a.libs) if a.libs else None, a.per_file)
    print_compile(rows, added)
    return 0


if __name__ == "__main__":
    sys.exit(main())
