import os
import sys

import requests

CHANNEL = os.environ.get("CLIQ_CHANNEL", "deploys")


def notify(text):
    url = f"https://cliq.zoho.com/api/v2/channelsbyname/{CHANNEL}/message?authtoken={os.environ['CLIQ_AUTHTOKEN']}"
    requests.post(url, json={"text": text}, timeout=10)


if __name__ == "__main__":
    notify(" ".join(sys.argv[1:]))
