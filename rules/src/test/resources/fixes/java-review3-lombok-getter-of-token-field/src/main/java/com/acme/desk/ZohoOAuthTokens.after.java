// expect: the generated token provider com.acme.desk.ZohoOAuthTokens for https://accounts.zoho.com
