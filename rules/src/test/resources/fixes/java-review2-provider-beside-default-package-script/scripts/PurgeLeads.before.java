import java.net.HttpURLConnection;
import java.net.URL;

/** One-off script: java scripts/PurgeLeads.java <token> */
public class PurgeLeads {
    public static void main(String[] args) throws Exception {
        URL url = new URL("https://www.zohoapis.com/crm/v2/Leads?ids=1,2&authtoken=" + args[0]);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("DELETE");
        System.out.println(connection.getResponseCode());
    }
}
