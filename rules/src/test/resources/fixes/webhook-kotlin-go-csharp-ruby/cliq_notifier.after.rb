require "net/http"
require "json"

# Posts nightly report links into the #reports Cliq channel.
class CliqNotifier
  def post(text)
    uri = URI("https://cliq.zoho.com/api/v2/channelsbyname/reports/message?zapikey=#{ENV['CLIQ_WEBHOOK_TOKEN']}")
    Net::HTTP.post(uri, { text: text }.to_json, "Content-Type" => "application/json")
  end
end
