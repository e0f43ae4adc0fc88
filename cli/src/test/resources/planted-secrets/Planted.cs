using System.Collections.Generic;
using System.Net.Http;

public class Planted
{
    private const string Generator = "https://accounts.zoho.com/apiauthtoken/nb/create";
    private const string CliqUrl = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=01355d017ea89f7c533bffe6bbb4df70";
    private const string Webhook = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.45c934a477fa6350f4cb3366c3bc2cef.5c43ea8cf852d4acab70a13e15574f3f";
    private const string ZohoClientSecret = "a26def1f673f692d3c0f4c844a5c8d58946c93550e";
    private const string ZohoRefreshToken = "1000.7354f75daddfed4ac21809a573d2b7e1.2f9336875462d739da4421125b41b84d";

    public HttpResponseMessage Login(HttpClient http)
    {
        var password = "Pw eac03a 53cd08!";
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SCOPE"] = "ZohoCRM/crmapi", ["EMAIL_ID"] = "opsaf8663@ma595.io", ["PASSWORD"] = "Pw eac03a 53cd08!"
        });
        return http.PostAsync(Generator, form).Result;
    }

    public string RefreshUrl() =>
        "https://accounts.zoho.com/oauth/v2/token?grant_type=refresh_token&client_id=1000.PLANTEDCLIENT&client_secret=a26def1f673f692d3c0f4c844a5c8d58946c93550e&refresh_token=1000.7354f75daddfed4ac21809a573d2b7e1.2f9336875462d739da4421125b41b84d";
}
