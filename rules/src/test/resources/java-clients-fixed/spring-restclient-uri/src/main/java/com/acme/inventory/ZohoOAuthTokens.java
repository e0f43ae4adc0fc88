// expect: the generated token provider com.acme.inventory.ZohoOAuthTokens for https://accounts.zoho.com
