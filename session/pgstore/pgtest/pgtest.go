// Package pgtest runs a private PostgreSQL server for tests: a fresh
// cluster (initdb) in a temporary directory, listening on a free loopback
// port with trust authentication, stopped and removed when the test ends.
//
// When the PostgreSQL server binaries are not installed the test is
// skipped, except when the CI environment variable is set: CI must run the
// PostgreSQL tests, so there the test fails instead. The binaries are
// looked up on PATH and then in /usr/lib/postgresql/<version>/bin (where
// Debian's postgresql package puts them). PostgreSQL refuses to run as
// root; under root the server runs as the "postgres" user that the package
// creates.
package pgtest

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Server is a PostgreSQL server owned by a test.
type Server struct {
	// URL is a connection string for the server's "postgres" database.
	URL  string
	Addr string
	bin  string // directory of the server binaries
	dir  string // holds data/ and the log
	cred *syscall.Credential
	tb   testing.TB

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

const dbUser = "sessiontest"

// Start creates a cluster, starts the server and registers its shutdown
// with tb.Cleanup. Stop followed by Restart keeps the data, like a
// production restart.
func Start(tb testing.TB) *Server {
	tb.Helper()
	bin, err := findBinaries()
	if err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("PostgreSQL is required when CI is set (apt-get install -y postgresql): %v", err)
		}
		tb.Skipf("PostgreSQL not installed: %v", err)
	}
	s := &Server{bin: bin, tb: tb}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			tb.Fatalf("running as root needs the postgres user (apt-get install -y postgresql creates it): %v", err)
		}
		uid, _ := strconv.ParseUint(u.Uid, 10, 32)
		gid, _ := strconv.ParseUint(u.Gid, 10, 32)
		s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
	}
	// Not tb.TempDir: its parent directories are private to this user,
	// and the server may run as another.
	s.dir, err = os.MkdirTemp("", "pgtest-")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { os.RemoveAll(s.dir) })
	if s.cred != nil {
		if err := os.Chown(s.dir, int(s.cred.Uid), int(s.cred.Gid)); err != nil {
			tb.Fatal(err)
		}
	}
	s.run("initdb", "-D", s.data(), "-U", dbUser, "--auth=trust", "--no-sync", "--encoding=UTF8", "--locale=C")
	s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(freePort(tb)))
	_, port, _ := net.SplitHostPort(s.Addr)
	s.URL = fmt.Sprintf("postgres://%s@127.0.0.1:%s/postgres?sslmode=disable", dbUser, port)
	s.start()
	tb.Cleanup(s.Stop)
	return s
}

func findBinaries() (string, error) {
	if p, err := exec.LookPath("postgres"); err == nil {
		if _, err := exec.LookPath("initdb"); err == nil {
			if real, err := filepath.EvalSymlinks(p); err == nil {
				return filepath.Dir(real), nil
			}
			return filepath.Dir(p), nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(dirs, func(a, b string) int {
		va, _ := strconv.Atoi(filepath.Base(filepath.Dir(a)))
		vb, _ := strconv.Atoi(filepath.Base(filepath.Dir(b)))
		return vb - va
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	return "", fmt.Errorf("no postgres and initdb on PATH or in /usr/lib/postgresql/*/bin")
}

func freePort(tb testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("finding a free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func (s *Server) data() string { return filepath.Join(s.dir, "data") }
func (s *Server) logFile() string {
	return filepath.Join(s.dir, "postgres.log")
}

func (s *Server) command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C")
	if s.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	return cmd
}

func (s *Server) run(name string, args ...string) {
	s.tb.Helper()
	if out, err := s.command(name, args...).CombinedOutput(); err != nil {
		s.tb.Fatalf("%s: %v\n%s", name, err, out)
	}
}

func (s *Server) start() {
	s.tb.Helper()
	_, port, _ := net.SplitHostPort(s.Addr)
	cmd := s.command("postgres", "-D", s.data(), "-p", port,
		"-c", "listen_addresses=127.0.0.1",
		"-c", "unix_socket_directories=",
		// Durability across a clean Stop/Restart is all tests need.
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "max_connections=100",
	)
	logf, err := os.OpenFile(s.logFile(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o666)
	if err != nil {
		s.tb.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		s.tb.Fatalf("starting postgres: %v", err)
	}
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		logf.Close()
		close(done)
	}()
	s.mu.Lock()
	s.cmd, s.done = cmd, done
	s.mu.Unlock()

	// Wait until it answers, bounded in time.
	deadline := time.Now().Add(20 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		c, err := pgx.Connect(ctx, s.URL)
		if err == nil {
			err = c.Ping(ctx)
			c.Close(ctx)
		}
		cancel()
		if err == nil {
			return
		}
		select {
		case <-done:
			s.tb.Fatalf("postgres exited early: %s", s.log())
		default:
		}
		if time.Now().After(deadline) {
			s.tb.Fatalf("postgres did not answer on %s: %v\n%s", s.Addr, err, s.log())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (s *Server) log() string {
	f, err := os.Open(s.logFile())
	if err != nil {
		return ""
	}
	defer f.Close()
	var out string
	sc := bufio.NewScanner(f)
	for i := 0; sc.Scan() && i < 50; i++ {
		out += sc.Text() + "\n"
	}
	return out
}

// Stop shuts the server down (fast shutdown: open connections are closed,
// committed data is kept) and waits for it to exit. Stopping a stopped
// server does nothing.
func (s *Server) Stop() {
	s.mu.Lock()
	cmd, done := s.cmd, s.done
	s.cmd = nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// Restart starts the server again on the same address and data directory.
func (s *Server) Restart() {
	s.tb.Helper()
	s.Stop()
	s.start()
}

// Pool returns a connection pool for the server, closed when the test ends.
func (s *Server) Pool() *pgxpool.Pool {
	s.tb.Helper()
	p, err := pgxpool.New(context.Background(), s.URL)
	if err != nil {
		s.tb.Fatal(err)
	}
	s.tb.Cleanup(p.Close)
	return p
}

// String describes the server for test logs.
func (s *Server) String() string { return fmt.Sprintf("postgres at %s", s.Addr) }
