package main

import (
	"database/sql"
	"flag"
	"log/slog"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	_ "github.com/lib/pq"

	"example.com/scsapp/internal/admin"
	"example.com/scsapp/internal/auth"
)

type config struct {
	addr string
	env  string
	dsn  string
}

type application struct {
	cfg            config
	logger         *slog.Logger
	db             *sql.DB
	sessionManager *scs.SessionManager
	auth           *auth.Service
}

func main() {
	var cfg config
	flag.StringVar(&cfg.addr, "addr", ":4000", "HTTP network address")
	flag.StringVar(&cfg.env, "env", "development", "Environment (development|staging|production)")
	flag.StringVar(&cfg.dsn, "dsn", os.Getenv("DATABASE_URL"), "PostgreSQL DSN")
	flag.Parse()

	logger := slog.New(slog.NewTextHandler(os.Stdout, nil))

	db, err := sql.Open("postgres", cfg.dsn)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer db.Close()

	sessionManager := scs.New()
	if cfg.env == "development" {
		sessionManager.Store = memstore.New()
	} else {
		sessionManager.Store = postgresstore.New(db)
	}
	sessionManager.Lifetime = 12 * time.Hour
	sessionManager.IdleTimeout = 30 * time.Minute
	sessionManager.Cookie.Name = "session_id"
	sessionManager.Cookie.Secure = cfg.env == "production"

	app := &application{
		cfg:            cfg,
		logger:         logger,
		db:             db,
		sessionManager: sessionManager,
		auth:           auth.New(db, sessionManager),
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", app.home)
	mux.HandleFunc("POST /user/login", app.auth.Login)
	mux.HandleFunc("POST /user/login/otp", app.auth.LoginWithOTP)
	mux.HandleFunc("POST /user/logout", app.auth.Logout)
	mux.HandleFunc("POST /user/signup", app.auth.Signup)
	mux.HandleFunc("POST /checkout", app.checkout)
	mux.HandleFunc("GET /billing", app.billingSSO)
	mux.HandleFunc("POST /lang", app.setLang)

	adminSessions := admin.NewSessions()
	mux.Handle("/admin/", adminSessions.LoadAndSave(admin.Routes(adminSessions)))

	srv := &http.Server{
		Addr:         cfg.addr,
		Handler:      app.sessionManager.LoadAndSave(mux),
		IdleTimeout:  time.Minute,
		ReadTimeout:  5 * time.Second,
		WriteTimeout: 10 * time.Second,
	}
	logger.Info("starting server", "addr", srv.Addr)
	if err := srv.ListenAndServe(); err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
}
