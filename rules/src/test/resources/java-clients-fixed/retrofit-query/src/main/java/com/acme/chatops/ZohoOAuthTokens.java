// expect: the generated token provider com.acme.chatops.ZohoOAuthTokens for https://accounts.zoho.com
