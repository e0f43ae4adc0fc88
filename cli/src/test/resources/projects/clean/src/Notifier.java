import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

class Notifier {
    void post(String accessToken) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://cliq.zoho.com/api/v2/channelsbyname/ops/message"))
                .header("Authorization", "Zoho-oauthtoken " + accessToken)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"deployed\"}"))
                .build();
        HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
    }
}
