// Package redistest runs a private redis-server for tests: on a free
// loopback port, with its data in a temporary directory, stopped when the
// test ends.
//
// When redis-server is not installed the test is skipped, except when the
// CI environment variable is set: CI must run the Redis tests, so there the
// test fails instead.
package redistest

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Server is a redis-server process owned by a test.
type Server struct {
	Addr string
	bin  string
	dir  string
	tb   testing.TB

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

// Start launches redis-server and registers its shutdown with tb.Cleanup.
// Persistence is on (append-only file), so Stop followed by Restart keeps
// the data, like a production Redis restart.
func Start(tb testing.TB) *Server {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("redis-server is required when CI is set (apt-get install -y redis-server): %v", err)
		}
		tb.Skipf("redis-server not installed: %v", err)
	}
	s := &Server{bin: bin, dir: tb.TempDir(), tb: tb}
	s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(freePort(tb)))
	s.start()
	tb.Cleanup(s.Stop)
	return s
}

func freePort(tb testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("finding a free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func (s *Server) start() {
	s.tb.Helper()
	_, port, _ := net.SplitHostPort(s.Addr)
	cmd := exec.Command(s.bin,
		"--bind", "127.0.0.1",
		"--port", port,
		"--dir", s.dir,
		"--save", "",
		"--appendonly", "yes",
		"--appendfsync", "everysec",
		"--daemonize", "no",
		"--protected-mode", "yes",
		"--loglevel", "warning",
	)
	cmd.Dir = s.dir
	stderr, _ := os.Create(s.dir + "/redis.log")
	cmd.Stdout, cmd.Stderr = stderr, stderr
	if err := cmd.Start(); err != nil {
		s.tb.Fatalf("starting redis-server: %v", err)
	}
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		stderr.Close()
		close(done)
	}()
	s.mu.Lock()
	s.cmd, s.done = cmd, done
	s.mu.Unlock()

	// Wait until it answers, bounded in time.
	c := redis.NewClient(&redis.Options{Addr: s.Addr, MaxRetries: -1, DialTimeout: 200 * time.Millisecond})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return
		}
		select {
		case <-done:
			s.tb.Fatalf("redis-server exited early: %s", s.log())
		default:
		}
		if time.Now().After(deadline) {
			s.tb.Fatalf("redis-server did not answer on %s: %v\n%s", s.Addr, err, s.log())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (s *Server) log() string {
	f, err := os.Open(s.dir + "/redis.log")
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

// Stop shuts the server down (SIGTERM, so it flushes its data) and waits
// for it to exit. Stopping a stopped server does nothing.
func (s *Server) Stop() {
	s.mu.Lock()
	cmd, done := s.cmd, s.done
	s.cmd = nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
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

// Client returns a client for the server, closed when the test ends.
func (s *Server) Client() *redis.Client {
	c := redis.NewClient(&redis.Options{Addr: s.Addr})
	s.tb.Cleanup(func() { c.Close() })
	return c
}

// String describes the server for test logs.
func (s *Server) String() string { return fmt.Sprintf("redis-server at %s", s.Addr) }
