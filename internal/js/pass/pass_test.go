//go:build cgo

package pass

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// A file that exercises most rules without findings, and one with a
// finding, to generate large trees of files.
const (
	cleanJS = `const session = require('express-session');
const RedisStore = require('connect-redis').default;
const crypto = require('crypto');
const router = require('express').Router();
const cookie = { secure: process.env.NODE_ENV === 'production', sameSite: 'lax', maxAge: 3600000 };
router.use(session({ secret: process.env.S, store: new RedisStore({ client }), cookie }));
router.post('/login%d', async (req, res, next) => {
  const user = await check(req.body.email, req.body.password);
  req.session.regenerate((err) => { req.session.userId = user.id; res.redirect('/'); });
});
function generateToken%d() { return crypto.randomBytes(32).toString('hex'); }
module.exports = router;
`
	badTS = `export function save%d(accessToken: string): void {
  window.localStorage.setItem('access_token', accessToken);
}
`
)

func writeFiles(t testing.TB, dir string, n int) {
	for i := range n {
		sub := filepath.Join(dir, "pkg"+strconv.Itoa(i/100))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		name, src := fmt.Sprintf("f%d.js", i), fmt.Sprintf(cleanJS, i, i)
		if i%10 == 0 {
			name, src = fmt.Sprintf("f%d.ts", i), fmt.Sprintf(badTS, i)
		}
		if err := os.WriteFile(filepath.Join(sub, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_ = os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name":"gen","dependencies":{"csurf":"1"}}`), 0o644)
}

// peakMemory runs f while sampling the Go heap, and returns the peak heap
// in use and the growth of the resident set (which includes tree-sitter's
// C allocations).
func peakMemory(f func()) (heap uint64, rss int64) {
	runtime.GC()
	rss0 := residentKB()
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	wg.Wait()
	runtime.GC()
	return peak.Load(), residentKB() - rss0
}

func residentKB() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// TestManyFilesBoundedMemory runs the pass on a pool of workers over
// thousands of files (run it with -race, as CI does) and checks that
// memory does not grow with the number of files: the peak heap for 2000
// files stays close to the peak for 200.
func TestManyFilesBoundedMemory(t *testing.T) {
	small, large := 200, 2000
	if testing.Short() {
		small, large = 100, 800
	}
	dirSmall, dirLarge := t.TempDir(), t.TempDir()
	writeFiles(t, dirSmall, small)
	writeFiles(t, dirLarge, large)
	run := func(dir string, n int) (uint64, int64) {
		var res Result
		heap, rss := peakMemory(func() {
			res = Run(context.Background(), []string{dir + "/..."}, Options{Workers: 4})
		})
		if res.Analysed != n || len(res.Problems) > 0 {
			t.Fatalf("%d files: analysed %d, problems %v", n, res.Analysed, res.Problems)
		}
		if got := len(res.Findings); got != n/10 {
			t.Fatalf("%d files: %d findings, want %d", n, got, n/10)
		}
		return heap, rss
	}
	run(dirSmall, small) // warm up: grammars, queries, parser buffers
	hs, rs := run(dirSmall, small)
	hl, rl := run(dirLarge, large)
	t.Logf("peak heap: %d files %d KiB, %d files %d KiB; RSS growth %d KiB / %d KiB", small, hs>>10, large, hl>>10, rs, rl)
	// Findings and the file list grow linearly (a few hundred bytes per
	// file); trees must not.
	if limit := 2*hs + uint64(large)*2048; hl > limit {
		t.Errorf("peak heap grew from %d KiB to %d KiB (limit %d KiB)", hs>>10, hl>>10, limit>>10)
	}
	if rl > 64<<10 {
		t.Errorf("resident set grew by %d KiB over %d files", rl, large)
	}
}

func TestCancel(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, 50)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res := Run(ctx, []string{dir + "/..."}, Options{})
	if res.Analysed == 50 {
		t.Log("all files analysed before the cancellation was seen")
	}
}

// TestResolutionBounded keeps resolution bounded on code that reassigns
// variables from one another's members many times (as a vendored lodash
// does): following every layer grew exponentially.
func TestResolutionBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("const session = require('express-session');\n")
	const vars = 10
	for i := range vars {
		fmt.Fprintf(&b, "var v%d = {};\n", i)
	}
	for r := range 6 {
		for i := range vars {
			fmt.Fprintf(&b, "v%d = Object.assign({}, v%d, v%d.k%d);\n", i, (i+r+1)%vars, (i+r+2)%vars, r)
		}
	}
	b.WriteString("module.exports = (app) => app.use(session({ secret: v0.s, cookie: v1, store: v2.store }));\n")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.js"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res := Run(context.Background(), []string{dir + "/..."}, Options{})
	if d := time.Since(start); d > 10*time.Second || res.Analysed != 1 {
		t.Fatalf("analysed %d file(s) in %v", res.Analysed, d)
	}
}
