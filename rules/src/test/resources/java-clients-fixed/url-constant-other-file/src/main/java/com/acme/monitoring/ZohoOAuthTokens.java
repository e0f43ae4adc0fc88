// expect: the generated token provider com.acme.monitoring.ZohoOAuthTokens for https://accounts.zoho.com
