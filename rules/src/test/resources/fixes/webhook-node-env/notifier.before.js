const axios = require("axios");

// Posts to the incoming handler of the Cliq bot "releasebot".
async function announce(text) {
  const url = "https://cliq.zoho.com/api/v2/bots/releasebot/incoming?authtoken=" + process.env.CLIQ_AUTHTOKEN;
  await axios.post(url, { text });
}

module.exports = { announce };
