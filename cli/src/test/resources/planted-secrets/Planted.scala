package com.acme.planted

import scalaj.http.Http

object Planted {
  val Generator = "https://accounts.zoho.com/apiauthtoken/nb/create"
  val CliqUrl = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=eb5aea7f0e9561e537db3b71b5766cf9"
  val Webhook = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.acbf09b6f4890cd417f1be7c2f303aaf.9b3514d877bc2a5158a8ffbeeceeff00"
  private val zohoClientSecret = "05cb2d919299b6d18071e8dfe2befbcb12dedb6b1e"
  private val zohoRefreshToken = "1000.3afc027e0ef0623979fcaa0eb75ee559.b46826278f909c3194e2d0119e0378cc"

  def login(): String = {
    val password = "Pw 9aacb0 b1fa37!"
    Http(Generator).postForm(Seq("SCOPE" -> "ZohoCRM/crmapi", "EMAIL_ID" -> "opsd6d3bf@me3cc.io", "PASSWORD" -> "Pw 9aacb0 b1fa37!")).asString.body
  }

  def loginByUrl(): String =
    Http("https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCRM/crmapi&EMAIL_ID=opsd6d3bf@me3cc.io&PASSWORD=Pw 9aacb0 b1fa37!").asString.body

  def refreshUrl: String =
    "https://accounts.zoho.com/oauth/v2/token?grant_type=refresh_token&client_id=1000.PLANTEDCLIENT&client_secret=05cb2d919299b6d18071e8dfe2befbcb12dedb6b1e&refresh_token=1000.3afc027e0ef0623979fcaa0eb75ee559.b46826278f909c3194e2d0119e0378cc"
}
