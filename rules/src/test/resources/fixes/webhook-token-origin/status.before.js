const cfg = require("./config");

// cfg.cliq.authtoken is no setting the fix renames: the key stays until someone moves it.
function status(text) {
  return fetch("https://cliq.zoho.com/api/v2/channelsbyname/status/message?authtoken=" + cfg.cliq.authtoken, {
    method: "POST",
    body: JSON.stringify({ text }),
  });
}

module.exports = { status };
