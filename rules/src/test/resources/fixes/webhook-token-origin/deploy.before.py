import os

import requests

TOKEN = os.getenv("CLIQ_DEPLOY_AUTHTOKEN")


def announce(version):
    url = "https://cliq.zoho.com/api/v2/channelsbyname/deploys/message?authtoken=%s" % TOKEN
    requests.post(url, json={"text": "Deployed " + version}, timeout=10)
