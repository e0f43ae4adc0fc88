using Microsoft.Extensions.Configuration;

// reads the token through its section: no rule reports this as a read, so the setting is not renamed under it
public class Startup
{
    public string Token(IConfiguration config)
    {
        var section = config.GetSection("Zoho:Cliq");
        return section["AuthToken"];
    }
}
