// -Dcliq-migrate.apply writes the fix: the request sends an OAuth header from the generated token provider
def log = new File(basedir, 'build.log').text
assert log.contains('1 fix applied')
def source = new File(basedir, 'src/main/java/com/acme/alerts/CliqNotifier.java').text
assert source.contains('HttpRequest.newBuilder(URI.create(CHANNEL_URL))')
assert source.contains('.setHeader("Authorization", ZohoOAuthTokens.shared().header())')
assert new File(basedir, 'src/main/java/com/acme/alerts/ZohoOAuthTokens.java').isFile()
return true
