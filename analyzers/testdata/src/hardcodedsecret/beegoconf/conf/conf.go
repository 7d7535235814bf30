// Package conf reads the app's settings, with defaults for absent keys.
package conf

import "github.com/astaxie/beego"

// GetAppKey signs the remember-me cookie: "app_key" defaults to a literal.
func GetAppKey() string { // want GetAppKey:"literal"
	return beego.AppConfig.DefaultString("app_key", "changeme") // want `configuration key "app_key" defaults to a literal`
}

// AppName is no secret.
func AppName() string { return beego.AppConfig.DefaultString("app_name", "docs") } // want AppName:"literal"

// CookieSecret has no default: the deployment must set it.
func CookieSecret() string { return beego.AppConfig.String("cookie_secret") }
