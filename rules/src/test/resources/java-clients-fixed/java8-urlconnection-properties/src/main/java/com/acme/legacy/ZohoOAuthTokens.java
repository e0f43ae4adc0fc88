// expect: the generated token provider com.acme.legacy.ZohoOAuthTokens for https://accounts.zoho.com
