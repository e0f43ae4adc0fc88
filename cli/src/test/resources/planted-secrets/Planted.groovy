class Planted {
    static final String GENERATOR = 'https://accounts.zoho.com/apiauthtoken/nb/create'
    static final String CLIQ_URL = 'https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=b05851b741f20225d6a56085d941f400'
    static final String WEBHOOK = 'https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.7b4dbb5eb9199d563c6fd8785cc96666.7c7cbf8f74f829b59e3edaedcc05c96b'
    static final String ZOHO_CLIENT_SECRET = '3b02a999d1c24c5a921abb2eb99adfd169c7c4bc9b'
    static final String ZOHO_REFRESH_TOKEN = '1000.1834d1af51abeceb2cbd01511ae80860.062fe5612897718f0a838ec8abc305c9'

    String login() {
        def password = 'Pw dadfea 7e2a5d!'
        def conn = new URL(GENERATOR).openConnection()
        conn.doOutput = true
        conn.outputStream.withWriter { it << "SCOPE=ZohoCRM/crmapi&EMAIL_ID=ops6c3a71@me78a.io&PASSWORD=Pw dadfea 7e2a5d!" }
        conn.inputStream.text
    }

    String refreshUrl() {
        'https://accounts.zoho.com/oauth/v2/token?grant_type=refresh_token&client_id=1000.PLANTEDCLIENT&client_secret=3b02a999d1c24c5a921abb2eb99adfd169c7c4bc9b&refresh_token=1000.1834d1af51abeceb2cbd01511ae80860.062fe5612897718f0a838ec8abc305c9'
    }
}
