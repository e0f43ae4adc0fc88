// expect: the generated token provider com.acme.mail.ZohoOAuthTokens for https://accounts.zoho.com
