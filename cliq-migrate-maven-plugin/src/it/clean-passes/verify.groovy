import groovy.json.JsonSlurper

// a webhook token is no legacy use: check passes, and report writes the three reports
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Cliq Migrate: reports written to')
def reports = new File(basedir, 'target/cliq-migrate')
def json = new JsonSlurper().parse(new File(reports, 'cliq-migrate.json'))
assert json.findings.every { it.severity == 'info' }
assert json.findings*.path.every { it.endsWith('src/main/java/com/acme/alerts/CliqNotifier.java') }
def sarif = new JsonSlurper().parse(new File(reports, 'cliq-migrate.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'cliq-migrate'
assert new File(reports, 'cliq-migrate.html').text.startsWith('<!DOCTYPE html>')
return true
