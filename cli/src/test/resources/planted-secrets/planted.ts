import axios from "axios";

const GENERATOR = "https://accounts.zoho.com/apiauthtoken/nb/create";
export const CLIQ_URL = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=82acf6acc0e74adfd4992ded9d55ca25";
export const WEBHOOK = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.15211ddb338e095f539c6d096df33822.3027595d3bc2ac1c785cbe4fa2489eef";
const ZOHO_CLIENT_SECRET: string = "2dd381ad4965689e5b9b9336f4c03d642699362f89";
const ZOHO_REFRESH_TOKEN: string = "1000.7138c24c76f5d82b54e09b1d8d1a4edd.024ead22ca22b2f23fb503e7247afb2e";

export async function login(): Promise<string> {
  const password: string = "Pw 0f6f14 bcb0db!";
  const body = `SCOPE=ZohoCRM/crmapi&EMAIL_ID=opsd72503@ma3e3.io&PASSWORD=Pw 0f6f14 bcb0db!`;
  const res = await axios.post(GENERATOR, body);
  return res.data;
}

export async function refresh(): Promise<string> {
  const res = await axios.post("https://accounts.zoho.com/oauth/v2/token", null, {
    params: { grant_type: "refresh_token", client_id: "1000.PLANTEDCLIENT", client_secret: "2dd381ad4965689e5b9b9336f4c03d642699362f89", refresh_token: "1000.7138c24c76f5d82b54e09b1d8d1a4edd.024ead22ca22b2f23fb503e7247afb2e" },
  });
  return res.data.access_token;
}
