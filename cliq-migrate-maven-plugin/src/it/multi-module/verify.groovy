import groovy.json.JsonSlurper

// Each module scans its own folder once: the parent leaves crm/ and billing/ to them, so it passes with its
// script's webhook call, crm passes, and billing fails on its legacy authtoken.
def paths = { String module ->
    new JsonSlurper().parse(new File(basedir, module + 'target/cliq-migrate/cliq-migrate.json')).findings*.path as Set
}
def parent = paths('')
def crm = paths('crm/')
def billing = paths('billing/')
assert !parent.isEmpty() && parent.every { it.endsWith('multi-module/scripts/post-alert.sh') }
assert !crm.isEmpty() && crm.every { it.endsWith('crm/src/main/java/com/acme/crm/CliqNotifier.java') }
assert billing == ['billing/src/main/java/com/acme/billing/CliqNotifier.java'].collect { p ->
    billing.find { it.endsWith(p) } } as Set
def log = new File(basedir, 'build.log').text
assert log.contains("legacy Zoho authtoken use at or above 'error'")
assert log =~ /check \([^)]*\) on project billing/
assert !(log =~ /check \([^)]*\) on project (multi-module|crm)/)
return true
