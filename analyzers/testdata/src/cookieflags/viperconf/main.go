// The Secure flag comes from a config key the shipped file sets false.
package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/spf13/viper"
)

type Config struct {
	HTTPServer struct {
		Port         int
		SecureCookie bool `mapstructure:"secureCookie"`
		HTTPOnly     bool `mapstructure:"httpOnly"`
	} `mapstructure:"httpServer"`
}

func newSessionManager(secure, httpOnly bool) *scs.SessionManager {
	sm := scs.New()
	sm.Cookie.SameSite = http.SameSiteLaxMode
	sm.Cookie.HttpOnly = httpOnly
	sm.Cookie.Secure = secure // want `scs session cookie is sent without Secure, so it can leak over plain HTTP \(the shipped configuration sets httpServer.secureCookie: false\); set Secure: true`
	return sm
}

func main() {
	var cfg Config
	viper.AddConfigPath("config")
	viper.ReadInConfig()
	viper.Unmarshal(&cfg)
	sm := newSessionManager(cfg.HTTPServer.SecureCookie, cfg.HTTPServer.HTTPOnly)
	http.ListenAndServe(":8080", sm.LoadAndSave(http.NotFoundHandler()))
}
