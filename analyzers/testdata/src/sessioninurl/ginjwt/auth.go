// Where a JWT middleware looks for the token: a query source takes it from
// the URL.
package ginjwt

import jwt "github.com/appleboy/gin-jwt/v2"

var fromQuery = &jwt.GinJWTMiddleware{
	Realm:       "app",
	TokenLookup: "header: Authorization, query: token, cookie: jwt", // want `gin-jwt reads its auth token from the URL query`
}

var fromHeader = &jwt.GinJWTMiddleware{Realm: "app", TokenLookup: "header: Authorization, cookie: jwt"}
