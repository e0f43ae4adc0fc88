use reqwest::blocking::Client;

const GENERATOR: &str = "https://accounts.zoho.com/apiauthtoken/nb/create";
pub const CLIQ_URL: &str = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=34325857dd846469df324d109d189634";
pub const WEBHOOK: &str = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.796a02bb9aff632d801360081e97b02e.be3fc0789cd78995fd691e7f0afbe4c4";
const ZOHO_CLIENT_SECRET: &str = "37c6cc6515381d5edeaa04539c9efb038a590c022e";
const ZOHO_REFRESH_TOKEN: &str = "1000.ede6b6aa49de6284278eb0cf39dd2d64.6411b20da7f45853e8900ec115c7bcbc";

pub fn login(client: &Client) -> reqwest::Result<String> {
    let password = "Pw 78d8e4 dcba44!";
    let body = "SCOPE=ZohoCRM/crmapi&EMAIL_ID=opsdbf180@m0149.io&PASSWORD=Pw 78d8e4 dcba44!";
    client.post(GENERATOR).body(body).send()?.text()
}

pub fn refresh_url() -> &'static str {
    "https://accounts.zoho.com/oauth/v2/token?grant_type=refresh_token&client_id=1000.PLANTEDCLIENT&client_secret=37c6cc6515381d5edeaa04539c9efb038a590c022e&refresh_token=1000.ede6b6aa49de6284278eb0cf39dd2d64.6411b20da7f45853e8900ec115c7bcbc"
}
