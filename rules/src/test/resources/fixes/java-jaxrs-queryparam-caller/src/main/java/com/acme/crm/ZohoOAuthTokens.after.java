// expect: the generated token provider com.acme.crm.ZohoOAuthTokens for https://accounts.zoho.com
