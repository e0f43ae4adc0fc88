// the legacy authtoken is in the baseline: not new, so check lets the build pass
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains("legacy Zoho authtoken use at or above")
return true
