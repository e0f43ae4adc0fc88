// expect: the generated token provider com.acme.analytics.ZohoOAuthTokens for https://accounts.zoho.com
