// expect: the generated token provider com.acme.billing.ZohoOAuthTokens for https://accounts.zoho.com
