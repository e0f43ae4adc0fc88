// expect: the generated token provider com.acme.books.ZohoOAuthTokens for https://accounts.zoho.com
