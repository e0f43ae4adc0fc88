using System.Configuration;
using System.Net.Http;
using Microsoft.Extensions.Configuration;

// Posts alerts into a Zoho Cliq channel.
public class CliqAlerts
{
    private static readonly HttpClient Http = new HttpClient();
    private readonly IConfiguration _config;

    public CliqAlerts(IConfiguration config) { _config = config; }

    public void Send(string json)
    {
        var token = _config["Zoho:Cliq:AuthToken"];
        Http.PostAsync($"https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken={token}",
            new StringContent(json)).Wait();
    }

    // the desktop build still reads App.config
    public static string LegacyToken() => ConfigurationManager.AppSettings["Zoho.Cliq.AuthToken"];

    public string SectionToken() => _config.GetSection("Zoho:Cliq")["AuthToken"];
}
