// Command sessiondemo is a small web application built on package session:
// the working reference for the fixes sessionlint suggests.
//
//	sessiondemo [-addr 127.0.0.1:8080] [-idle 30m] [-absolute 12h] [-redis ADDR]
//
// Users alice and bob can log in with the password "correct horse battery
// staple". Routes:
//
//	GET  /                   page with the login or logout forms
//	POST /login              form fields username, password: 303 to /me, or 401
//	GET  /me                 200 with the user name, or 401
//	POST /logout             ends this session: 303 to /
//	POST /logout-everywhere  ends every session of the user: 303 to /
//
// With -redis the sessions live in Redis and survive restarts of the demo;
// without it they are kept in memory, which is for development only.
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

	"github.com/redis/go-redis/v9"

	"github.com/sessionlint/sessionlint/session"
	"github.com/sessionlint/sessionlint/session/memstore"
	"github.com/sessionlint/sessionlint/session/redisstore"
)

type config struct {
	addr      string
	idle      time.Duration
	absolute  time.Duration
	redisAddr string
	tlsCert   string
	tlsKey    string
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("sessiondemo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "listen address")
	fs.DurationVar(&c.idle, "idle", session.DefaultIdleTimeout, "idle timeout of a session")
	fs.DurationVar(&c.absolute, "absolute", session.DefaultAbsoluteTimeout, "absolute timeout of a session")
	fs.StringVar(&c.redisAddr, "redis", "", "Redis address (host:port or redis:// URL); empty keeps sessions in memory, for development only")
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
	store, closeStore, err := openStore(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer closeStore()

	sessions, err := session.New(session.Options{
		Store:           store,
		IdleTimeout:     cfg.idle,
		AbsoluteTimeout: cfg.absolute,
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

// openStore returns the Redis store when -redis is given, and otherwise the
// development-only memory store.
func openStore(ctx context.Context, cfg config, log *slog.Logger) (session.Store, func(), error) {
	if cfg.redisAddr == "" {
		store, closeStore := devOnlyMemoryStore(log)
		return store, closeStore, nil
	}
	opts := &redis.Options{Addr: cfg.redisAddr}
	if strings.Contains(cfg.redisAddr, "://") {
		var err error
		if opts, err = redis.ParseURL(cfg.redisAddr); err != nil {
			return nil, nil, fmt.Errorf("-redis: %w", err)
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
		return nil, nil, fmt.Errorf("connecting to Redis at %s: %w", opts.Addr, err)
	}
	log.Info("sessions are stored in Redis", "addr", opts.Addr)
	return redisstore.New(client, redisstore.Options{}), func() { client.Close() }, nil
}

// devOnlyMemoryStore is the DEVELOPMENT-ONLY session store, used only when
// -redis is empty. Its sessions die with the process and are not shared
// between instances, so production deployments must pass -redis.
func devOnlyMemoryStore(log *slog.Logger) (session.Store, func()) {
	log.Warn("DEVELOPMENT ONLY: sessions are kept in process memory and are lost on restart; " +
		"do not use this in production, pass -redis ADDR instead")
	store := memstore.New(memstore.Options{MaxEntries: 10000})
	return store, func() { store.Close() }
}
