// without -Dcliq-migrate.apply, fix prints the diff and writes nothing
def log = new File(basedir, 'build.log').text
// diff paths are relative to the git work tree (or the project's folder outside git)
assert log =~ /\+\+\+ b\/(.*\/)?src\/main\/java\/com\/acme\/alerts\/CliqNotifier\.java/
assert log.contains('+                .setHeader("Authorization", ZohoOAuthTokens.shared().header())')
assert log.contains('1 fix planned')
def source = new File(basedir, 'src/main/java/com/acme/alerts/CliqNotifier.java').text
assert source.contains('URI.create(CHANNEL_URL + ')
assert !new File(basedir, 'src/main/java/com/acme/alerts/ZohoOAuthTokens.java').exists()
return true
