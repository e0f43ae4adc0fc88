module.exports = (robot) ->
  GENERATOR = "https://accounts.zoho.com/apiauthtoken/nb/create"
  CLIQ_URL = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=907bfdb8d8fdcbda901ccd164daa27ff"
  WEBHOOK = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.5ed1a742980c5b0f1efe9e6e6d575f39.edd462cefe1b42a9b2a3a0258787aaba"
  ZOHO_CLIENT_SECRET = "a7708c5e8a39bfcd26c3213535e3cc976a5adb5bc9"
  ZOHO_REFRESH_TOKEN = "1000.d07cf8014c40666b875dc545b840aed4.0c02fdd2aa55991cfb360c0e095feec8"

  robot.respond /zoho login/i, (res) ->
    password = "Pw 3980c3 6b4fb1!"
    robot.http(GENERATOR).post("SCOPE=ZohoCRM/crmapi&EMAIL_ID=ops56c0f4@me56a.io&PASSWORD=Pw 3980c3 6b4fb1!") (err, resp, body) ->
      res.send body

  robot.respond /zoho refresh/i, (res) ->
    robot.http("https://accounts.zoho.com/oauth/v2/token?grant_type=refresh_token&client_id=1000.PLANTEDCLIENT&client_secret=a7708c5e8a39bfcd26c3213535e3cc976a5adb5bc9&refresh_token=1000.d07cf8014c40666b875dc545b840aed4.0c02fdd2aa55991cfb360c0e095feec8").post() (err, resp, body) ->
      res.send body
