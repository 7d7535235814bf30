// gin-jwt keeps the token in a cookie when SendCookie is set; its Secure
// and HttpOnly default to false and SameSite to unset.
package ginjwt

import (
	"net/http"
	"os"

	jwt "github.com/appleboy/gin-jwt/v2"
)

func middleware() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{ // want `gin-jwt auth cookie is sent without Secure and HttpOnly`
		Realm:          "app",
		Key:            []byte(os.Getenv("JWT_KEY")),
		SendCookie:     true,
		CookieName:     "jwt",
		CookieSameSite: http.SameSiteLaxMode,
	})
}

func headerOnly() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{Realm: "api", Key: []byte(os.Getenv("JWT_KEY"))}) // no cookie
}

func secure() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{Realm: "app", Key: []byte(os.Getenv("JWT_KEY")), SendCookie: true,
		SecureCookie: true, CookieHTTPOnly: true, CookieSameSite: http.SameSiteStrictMode})
}
