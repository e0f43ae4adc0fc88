// expect: the generated token provider com.acme.support.ZohoOAuthTokens for https://accounts.zoho.com
