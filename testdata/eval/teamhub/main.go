package main

import (
	"log"
	"net/http"
	"os"

	"example.com/teamhub/internal/server"
	"github.com/gomodule/redigo/redis"
	"github.com/gorilla/csrf"
)

func csrfKey() []byte {
	if k := os.Getenv("CSRF_KEY"); k != "" {
		return []byte(k)
	}
	return []byte("teamhub-dev-csrf-key-0123456789!") // WANT: hardcodedsecret
}

func main() {
	pool := &redis.Pool{
		MaxIdle: 10,
		Dial: func() (redis.Conn, error) {
			return redis.Dial("tcp", os.Getenv("REDIS_ADDR"), redis.DialPassword(os.Getenv("REDIS_PASSWORD")))
		},
	}
	srv := &server.Server{
		Sessions: server.NewSessions(pool),
		Preview:  server.NewPreviewSessions(),
		Mirrors:  []string{"https://m1.example.com", "https://m2.example.com"},
	}

	protect := csrf.Protect(csrfKey(),
		csrf.Secure(true),
		csrf.SameSite(csrf.SameSiteNoneMode),
		csrf.TrustedOrigins([]string{"intranet.customer.example"}),
	)
	log.Fatal(http.ListenAndServe(":8443", protect(srv.Routes())))
}
