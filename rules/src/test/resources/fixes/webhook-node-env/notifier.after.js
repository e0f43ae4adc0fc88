const axios = require("axios");

// Posts to the incoming handler of the Cliq bot "releasebot".
async function announce(text) {
  const url = "https://cliq.zoho.com/api/v2/bots/releasebot/incoming?zapikey=" + process.env.CLIQ_WEBHOOK_TOKEN;
  await axios.post(url, { text });
}

module.exports = { announce };
