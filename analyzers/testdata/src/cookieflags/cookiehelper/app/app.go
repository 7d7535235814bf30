package app

import (
	"time"

	"cookieflags/cookiehelper/web"
)

const authCookie = "auth_token"

func login(ctx *web.Context, token string) {
	ctx.AddCookie(authCookie, token, time.Now().Add(24*time.Hour)) // want `session cookie "auth_token" \(set by AddCookie\) is sent without SameSite`
	ctx.AddStrictCookie("session", token)
}

func preferences(ctx *web.Context, theme string) {
	ctx.AddCookie("theme", theme, time.Now().Add(365*24*time.Hour))
}
