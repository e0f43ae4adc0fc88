// expect: the generated token provider com.acme.crm.ZohoOAuthTokens2 for https://accounts.zoho.com
