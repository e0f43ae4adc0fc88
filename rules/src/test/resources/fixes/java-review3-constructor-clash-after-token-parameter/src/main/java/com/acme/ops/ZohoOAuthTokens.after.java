// expect: the generated token provider com.acme.ops.ZohoOAuthTokens for https://accounts.zoho.com
