import os

import requests

TOKEN = os.getenv("CLIQ_DEPLOY_WEBHOOK_TOKEN")


def announce(version):
    url = "https://cliq.zoho.com/api/v2/channelsbyname/deploys/message?zapikey=%s" % TOKEN
    requests.post(url, json={"text": "Deployed " + version}, timeout=10)
