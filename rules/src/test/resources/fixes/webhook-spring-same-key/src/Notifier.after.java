import org.springframework.beans.factory.annotation.Value;

class Notifier {
    @Value("${cliq.webhook-token}")
    String token;

    String url() {
        return "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=" + token;
    }
}
