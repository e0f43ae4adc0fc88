import requests, toml
cfg = toml.load("settings.toml")
def post(t):
    requests.post("https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=" + cfg["zoho"]["cliq"]["authtoken"], json={"text": t})
