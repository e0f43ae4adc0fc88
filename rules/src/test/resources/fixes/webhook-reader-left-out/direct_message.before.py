import os

TOKEN = os.getenv("CLIQ_AUTHTOKEN")

# buddies/…/message is no webhook-token endpoint: this use needs OAuth.
url = "https://cliq.zoho.com/api/v2/buddies/me@x.com/message?authtoken=%s" % TOKEN
