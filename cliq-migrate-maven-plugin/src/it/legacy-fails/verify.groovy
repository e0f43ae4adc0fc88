// check fails the build and lists the finding as 'cliq-migrate scan' prints it
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/java/com/acme/alerts/CliqNotifier.java')
assert log.contains('[authtoken-query-param]')
assert log.contains("legacy Zoho authtoken use at or above 'error'")
assert log.contains('BUILD FAILURE')
return true
