package notify

import (
	"net/http"
	"os"
	"strings"
)

// Post sends a message to the #ops Cliq channel.
func Post(text string) error {
	url := "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=" + os.Getenv("CLIQ_WEBHOOK_TOKEN")
	_, err := http.Post(url, "application/json", strings.NewReader(`{"text":"`+text+`"}`))
	return err
}
