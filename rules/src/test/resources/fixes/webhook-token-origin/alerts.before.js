// The token is written into the code: it must be revoked, not sent on as a webhook token.
const TOKEN = "6512bd43d9caa6e02c990b0a82652dca";

function alert(text) {
  return fetch(`https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=${TOKEN}`, {
    method: "POST",
    body: JSON.stringify({ text }),
  });
}

module.exports = { alert };
