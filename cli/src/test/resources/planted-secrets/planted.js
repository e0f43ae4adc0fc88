const axios = require("axios");

const GENERATOR = "https://accounts.zoho.com/apiauthtoken/nb/create";
const CLIQ_URL = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=ec47d0039af182699d96ed4e0aa396d4";
const WEBHOOK = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.d90ce6ed8716cb697c796a46ddaad917.7a7fa8966218e31d2fbeed64a66bdba4";
const ZOHO_CLIENT_SECRET = "90c1c27d42bfdba624efc939d0f5f3f6a0c312ac88";
const ZOHO_REFRESH_TOKEN = "1000.4b1131eedc5dde98fdb1fcbb0e5b53ec.a9daa1790106f0cb2574b3f1dcdcf174";

async function login() {
  const password = "Pw 51e785 e84dd1!";
  const form = new URLSearchParams({ SCOPE: "ZohoCRM/crmapi", EMAIL_ID: "opsc24c72@m0b4a.io", PASSWORD: "Pw 51e785 e84dd1!" });
  return axios.post(GENERATOR, form);
}

async function loginByUrl() {
  return axios.get("https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCRM/crmapi&EMAIL_ID=opsc24c72@m0b4a.io&PASSWORD=Pw 51e785 e84dd1!");
}

async function refresh() {
  return axios.post("https://accounts.zoho.com/oauth/v2/token", null, {
    params: { grant_type: "refresh_token", client_id: "1000.PLANTEDCLIENT", client_secret: "90c1c27d42bfdba624efc939d0f5f3f6a0c312ac88", refresh_token: "1000.4b1131eedc5dde98fdb1fcbb0e5b53ec.a9daa1790106f0cb2574b3f1dcdcf174" },
  });
}

module.exports = { login, loginByUrl, refresh, CLIQ_URL, WEBHOOK };
