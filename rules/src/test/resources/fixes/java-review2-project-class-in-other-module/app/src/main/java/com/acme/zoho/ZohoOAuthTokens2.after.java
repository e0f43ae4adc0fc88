// expect: the generated token provider com.acme.zoho.ZohoOAuthTokens2 for https://accounts.zoho.com
