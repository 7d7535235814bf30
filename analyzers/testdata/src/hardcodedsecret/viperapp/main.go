// The app loads config/config.yaml into its Config with viper.
package main

import (
	"net/http"

	"github.com/gorilla/csrf"
	"github.com/gorilla/sessions"
	"github.com/spf13/viper"
)

type Config struct {
	App struct {
		Name          string
		EncryptionKey string
		CSRFKey       string `mapstructure:"csrf_key"`
		SigningKey    string
	}
}

func load() (*Config, error) {
	var c Config
	viper.SetConfigName("config")
	viper.AddConfigPath("config")
	if err := viper.ReadInConfig(); err != nil {
		return nil, err
	}
	return &c, viper.Unmarshal(&c)
}

func main() {
	cfg, _ := load()
	store := sessions.NewCookieStore([]byte(cfg.App.EncryptionKey))
	_ = store
	protect := csrf.Protect([]byte(cfg.App.CSRFKey))
	_ = sessions.NewCookieStore([]byte(cfg.App.SigningKey))
	http.ListenAndServe(":8080", protect(http.NotFoundHandler()))
}
