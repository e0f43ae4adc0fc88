// expect: the generated token provider com.acme.deploy.ZohoOAuthTokens for https://accounts.zoho.eu
