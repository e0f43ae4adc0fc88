// Today's findings become the baseline, so none of them is new and check passes.
def exit = io.cliqmigrate.cli.Main.run(['baseline', basedir.path, '-o',
        new File(basedir, '.cliq-migrate-baseline.json').path] as String[], System.out, System.err, [:])
assert exit == 0
return true
