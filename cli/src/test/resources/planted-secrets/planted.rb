require 'net/http'

GENERATOR = 'https://accounts.zoho.com/apiauthtoken/nb/create'
CLIQ_URL = 'https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=7b33d1243cd6edc95a1155af52e231c9'
WEBHOOK = 'https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.2255c870dd65390d19df99a4724d7aff.0ff7782133214ec709c8291aa7ca07fb'
ZOHO_CLIENT_SECRET = '777c8bf446c9d00a8c18cfb1e6c3306f59632925e1'.freeze
ZOHO_REFRESH_TOKEN = '1000.747a743bb6f384b62a2616918859c14d.786c972422f2d09410dfb71276029841'.freeze

def zoho_login
  password = 'Pw 66ce5c 5a218e!'
  Net::HTTP.post_form(URI(GENERATOR), 'SCOPE' => 'ZohoCRM/crmapi', 'EMAIL_ID' => 'ops92b18b@m62df.io', 'PASSWORD' => 'Pw 66ce5c 5a218e!')
end

def zoho_refresh
  Net::HTTP.post_form(URI('https://accounts.zoho.com/oauth/v2/token'), 'grant_type' => 'refresh_token',
                      'client_id' => '1000.PLANTEDCLIENT', 'client_secret' => '777c8bf446c9d00a8c18cfb1e6c3306f59632925e1', 'refresh_token' => '1000.747a743bb6f384b62a2616918859c14d.786c972422f2d09410dfb71276029841')
end
