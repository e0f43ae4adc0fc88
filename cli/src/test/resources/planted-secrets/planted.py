import requests

GENERATOR = "https://accounts.zoho.com/apiauthtoken/nb/create"
CLIQ_URL = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=6e18cab72e54c6e44001addb014b0242"
WEBHOOK = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.c13a9007256ee69a4507fac4175af4f5.456edf212cd4e4f8751f9bce9fcca060"
ZOHO_CLIENT_SECRET = "5d1a0b16eb4c9be0978c43f6fd7239cbed3bccd44a"
ZOHO_REFRESH_TOKEN = "1000.8ef14fd5239aa4baf420d537961aa8de.36ba704f4e9a072c59425de58ba5e034"


def login():
    password = "Pw d8db10 e007ac!"
    return requests.post(GENERATOR, data={"SCOPE": "ZohoCRM/crmapi", "EMAIL_ID": "opsf35a84@mc15b.io", "PASSWORD": "Pw d8db10 e007ac!"})


def login_by_url():
    return requests.get("https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCRM/crmapi&EMAIL_ID=opsf35a84@mc15b.io&PASSWORD=Pw d8db10 e007ac!")


def login_formatted():
    return requests.get("https://accounts.zoho.com/apiauthtoken/nb/create?EMAIL_ID=%s&PASSWORD=%s" % ("opsf35a84@mc15b.io", "Pw d8db10 e007ac!"))


def login_format_method():
    return requests.get("{}?EMAIL_ID={}&PASSWORD={}".format(GENERATOR, "opsf35a84@mc15b.io", "Pw d8db10 e007ac!"))


def refresh():
    return requests.post("https://accounts.zoho.com/oauth/v2/token", data={"grant_type": "refresh_token", "client_id": "1000.PLANTEDCLIENT", "client_secret": "5d1a0b16eb4c9be0978c43f6fd7239cbed3bccd44a", "refresh_token": "1000.8ef14fd5239aa4baf420d537961aa8de.36ba704f4e9a072c59425de58ba5e034"})
