// The baseline comes with 'cliq-migrate baseline' and 'scan --baseline': this test runs once the command line
// offers them (until then invoker lists it as skipped by this selector).
def help = new ByteArrayOutputStream()
io.cliqmigrate.cli.Main.run(['scan', '--help'] as String[], new PrintStream(help, true, 'UTF-8'),
        new PrintStream(new ByteArrayOutputStream()), [:])
return help.toString('UTF-8').contains('--baseline')
