package planted

import (
	"net/http"
	"net/url"
)

const generator = "https://accounts.zoho.com/apiauthtoken/nb/create"
const cliqURL = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=9d7c1938575020a0e1516235a9d4c91b"
const webhook = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.4990e62d704c41ca191ad75bc6993a95.d81b39a30bd228dc7da41950d8a38318"
const zohoClientSecret = "efb8e21c84c51fb66caaa231b6780a574b70723c4b"
const zohoRefreshToken = "1000.42452448dc0288c7c2858b509ec81323.8aa07faa16787e7398754c2735c9a377"

func Login() (*http.Response, error) {
	password := "Pw 0ee482 b66106!"
	_ = password
	return http.PostForm(generator, url.Values{"SCOPE": {"ZohoCRM/crmapi"}, "EMAIL_ID": {"opsd47109@m7774.io"}, "PASSWORD": {"Pw 0ee482 b66106!"}})
}

func LoginByURL() (*http.Response, error) {
	return http.Get("https://accounts.zoho.com/apiauthtoken/nb/create?SCOPE=ZohoCRM/crmapi&EMAIL_ID=opsd47109@m7774.io&PASSWORD=Pw 0ee482 b66106!")
}

func Refresh() (*http.Response, error) {
	return http.PostForm("https://accounts.zoho.com/oauth/v2/token", url.Values{"grant_type": {"refresh_token"}, "client_id": {"1000.PLANTEDCLIENT"}, "client_secret": {"efb8e21c84c51fb66caaa231b6780a574b70723c4b"}, "refresh_token": {"1000.42452448dc0288c7c2858b509ec81323.8aa07faa16787e7398754c2735c9a377"}})
}
