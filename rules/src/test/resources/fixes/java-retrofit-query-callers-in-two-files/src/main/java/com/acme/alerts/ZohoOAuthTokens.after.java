// expect: the generated token provider com.acme.alerts.ZohoOAuthTokens for https://accounts.zoho.eu
