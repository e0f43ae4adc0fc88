import os

import requests


def post(text):
    # would switch to zapikey on its own, but Poster.java still sends CLIQ_AUTHTOKEN in a header
    url = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=" + os.getenv("CLIQ_AUTHTOKEN")
    requests.post(url, json={"text": text})
