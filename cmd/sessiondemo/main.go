// Command sessiondemo is a small web application built on package session:
// the working reference for the fixes sessionlint suggests.
//
//	sessiondemo [-addr 127.0.0.1:8080] [-idle 30m] [-absolute 12h] [-remember 720h]
//	            [-redis ADDR | -postgres URL]
//
// Users alice and bob can log in with the password "correct horse battery
// staple". Routes:
//
//	GET  /                   page with the login form (with "remember me"), or the user's page
//	POST /login              form fields username, password, remember: 303 to /me, or 401
//	GET  /me                 200 with the user name, or 401
//	GET  /devices            the user's sessions, each with a button to end it
//	POST /devices/end        form field handle: ends that session, 303 to /devices
//	POST /logout             ends this session (and this browser's remember-me token): 303 to /
//	POST /logout-everywhere  ends every session and token of the user: 303 to /
//
// With -redis or -postgres the sessions (and remember-me tokens) live in
// that store and survive restarts of the demo; without either they are
// kept in memory, which is for development only.
//
// The session cookie is __Host-session and Secure, as in production. Serve
// the demo over HTTPS (-tls-cert, -tls-key) for browsers and cookie jars;
// over plain http://127.0.0.1 send the cookie yourself, e.g.
//
//	curl -si -d username=alice -d 'password=correct horse battery staple' http://127.0.0.1:8080/login
//	curl -s -H 'Cookie: __Host-session=<value from Set-Cookie>' http://127.0.0.1:8080/me
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
	"github.com/sessionlint/sessionlint/session/pgstore"
	"github.com/sessionlint/sessionlint/session/redisstore"
)

type config struct {
	addr        string
	idle        time.Duration
	absolute    time.Duration
	remember    time.Duration
	redisAddr   string
	postgresURL string
	tlsCert     string
	tlsKey      string
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("sessiondemo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "listen address")
	fs.DurationVar(&c.idle, "idle", session.DefaultIdleTimeout, "idle timeout of a session")
	fs.DurationVar(&c.absolute, "absolute", session.DefaultAbsoluteTimeout, "absolute timeout of a session")
	fs.DurationVar(&c.remember, "remember", session.DefaultRememberFor, "lifetime of a remember-me token")
	fs.StringVar(&c.redisAddr, "redis", "", "Redis address (host:port or redis:// URL) for sessions and remember-me tokens")
	fs.StringVar(&c.postgresURL, "postgres", "", "PostgreSQL connection string (postgres:// URL or key=value) for sessions and remember-me tokens; "+
		"without -redis or -postgres, sessions are kept in memory, for development only")
	fs.StringVar(&c.tlsCert, "tls-cert", "", "TLS certificate file (serve HTTPS)")
	fs.StringVar(&c.tlsKey, "tls-key", "", "TLS key file (serve HTTPS)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments: %q", fs.Args())
	}
	if (c.tlsCert == "") != (c.tlsKey == "") {
		return c, errors.New("-tls-cert and -tls-key go together")
	}
	if c.redisAddr != "" && c.postgresURL != "" {
		return c, errors.New("-redis and -postgres exclude each other")
	}
	return c, nil
}

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	cfg, err := parseFlags(os.Args[1:], os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		log.Error("bad flags", "error", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, cfg, log, nil); err != nil {
		log.Error("sessiondemo stopped", "error", err)
		os.Exit(1)
	}
}

// run serves the demo until ctx is done. If ready is not nil it receives
// the listening address.
func run(ctx context.Context, cfg config, log *slog.Logger, ready chan<- string) error {
	stores, err := openStores(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer stores.close()

	sessions, err := session.New(session.Options{
		Store:           stores.sessions,
		IdleTimeout:     cfg.idle,
		AbsoluteTimeout: cfg.absolute,
		RememberStore:   stores.tokens,
		RememberFor:     cfg.remember,
		Logger:          log,
	})
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           newApp(sessions, demoUsers(), log),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	scheme := "http"
	if cfg.tlsCert != "" {
		scheme = "https"
	}
	log.Info("sessiondemo listening", "url", scheme+"://"+ln.Addr().String(),
		"idle", cfg.idle, "absolute", cfg.absolute)
	if ready != nil {
		ready <- ln.Addr().String()
	}

	errc := make(chan error, 1)
	go func() {
		if cfg.tlsCert != "" {
			errc <- srv.ServeTLS(ln, cfg.tlsCert, cfg.tlsKey)
		} else {
			errc <- srv.Serve(ln)
		}
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}

// stores are where sessions and remember-me tokens live: two stores of one
// kind, since a token is not a session (a per-user session limit must not
// count tokens).
type stores struct {
	sessions, tokens session.Store
	close            func()
}

// openStores returns the Redis or PostgreSQL stores when -redis or
// -postgres is given, and otherwise the development-only memory stores.
func openStores(ctx context.Context, cfg config, log *slog.Logger) (stores, error) {
	switch {
	case cfg.redisAddr != "":
		return openRedis(ctx, cfg, log)
	case cfg.postgresURL != "":
		return openPostgres(ctx, cfg, log)
	}
	return devOnlyMemoryStores(log), nil
}

func openRedis(ctx context.Context, cfg config, log *slog.Logger) (stores, error) {
	opts := &redis.Options{Addr: cfg.redisAddr}
	if strings.Contains(cfg.redisAddr, "://") {
		var err error
		if opts, err = redis.ParseURL(cfg.redisAddr); err != nil {
			return stores{}, fmt.Errorf("-redis: %w", err)
		}
	}
	opts.DialTimeout = 2 * time.Second
	opts.ReadTimeout = 2 * time.Second
	opts.WriteTimeout = 2 * time.Second
	client := redis.NewClient(opts)
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := client.Ping(pingCtx).Err(); err != nil {
		client.Close()
		return stores{}, fmt.Errorf("connecting to Redis at %s: %w", opts.Addr, err)
	}
	log.Info("sessions are stored in Redis", "addr", opts.Addr)
	return stores{
		sessions: redisstore.New(client, redisstore.Options{Prefix: "session:"}),
		tokens:   redisstore.New(client, redisstore.Options{Prefix: "remember:"}),
		close:    func() { client.Close() },
	}, nil
}

func openPostgres(ctx context.Context, cfg config, log *slog.Logger) (stores, error) {
	pcfg, err := pgxpool.ParseConfig(cfg.postgresURL)
	if err != nil {
		return stores{}, fmt.Errorf("-postgres: %w", err)
	}
	if pcfg.ConnConfig.ConnectTimeout == 0 {
		pcfg.ConnConfig.ConnectTimeout = 2 * time.Second
	}
	pool, err := pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return stores{}, fmt.Errorf("-postgres: %w", err)
	}
	setup, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var sessions, tokens *pgstore.Store
	fail := func(err error) (stores, error) {
		for _, s := range []*pgstore.Store{sessions, tokens} {
			if s != nil {
				s.Close()
			}
		}
		pool.Close()
		return stores{}, fmt.Errorf("setting up PostgreSQL at %s: %w", pcfg.ConnConfig.Host, err)
	}
	if err := pool.Ping(setup); err != nil {
		return fail(err)
	}
	if sessions, err = pgstore.New(pool, pgstore.Options{Table: "sessions", Logger: log}); err != nil {
		return fail(err)
	}
	if tokens, err = pgstore.New(pool, pgstore.Options{Table: "remember_tokens", Logger: log}); err != nil {
		return fail(err)
	}
	for _, s := range []*pgstore.Store{sessions, tokens} {
		if err := s.CreateTable(setup); err != nil {
			return fail(err)
		}
	}
	log.Info("sessions are stored in PostgreSQL", "host", pcfg.ConnConfig.Host, "database", pcfg.ConnConfig.Database)
	return stores{
		sessions: sessions,
		tokens:   tokens,
		close: func() {
			sessions.Close()
			tokens.Close()
			pool.Close()
		},
	}, nil
}

// devOnlyMemoryStores are the DEVELOPMENT-ONLY stores, used only when
// neither -redis nor -postgres is given. Their sessions die with the
// process and are not shared between instances, so production deployments
// must pass -redis or -postgres.
func devOnlyMemoryStores(log *slog.Logger) stores {
	log.Warn("DEVELOPMENT ONLY: sessions are kept in process memory and are lost on restart; " +
		"do not use this in production, pass -redis ADDR or -postgres URL instead")
	sessions := memstore.New(memstore.Options{MaxEntries: 10000})
	tokens := memstore.New(memstore.Options{MaxEntries: 10000})
	return stores{sessions: sessions, tokens: tokens, close: func() {
		sessions.Close()
		tokens.Close()
	}}
}
