// expect: the generated token provider com.acme.helpdesk.ZohoOAuthTokens for https://accounts.zoho.in
