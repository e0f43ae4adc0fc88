// expect: the generated token provider com.acme.creator.ZohoOAuthTokens for https://accounts.zoho.com
