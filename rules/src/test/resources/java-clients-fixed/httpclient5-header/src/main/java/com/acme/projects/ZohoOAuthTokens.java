// expect: the generated token provider com.acme.projects.ZohoOAuthTokens for https://accounts.zoho.com
