using Microsoft.Extensions.Configuration;
public class CliqAlerts {
    private readonly IConfiguration _config;
    public CliqAlerts(IConfiguration config) { _config = config; }
    public string Url(string channel) {
        return "https://cliq.zoho.com/api/v2/channelsbyname/" + channel + "/message?authtoken=" + _config["Zoho:Cliq:AuthToken"];
    }
}
