using System;
using System.Net.Http;
using System.Text;

public class CliqAlerts
{
    private static readonly HttpClient Http = new HttpClient();

    public void Send(string text)
    {
        var token = Environment.GetEnvironmentVariable("CLIQ_WEBHOOK_TOKEN");
        var url = $"https://cliq.zoho.com/api/v2/channelsbyname/alerts/message?zapikey={token}";
        Http.PostAsync(url, new StringContent("{\"text\":\"" + text + "\"}", Encoding.UTF8, "application/json")).Wait();
    }
}
