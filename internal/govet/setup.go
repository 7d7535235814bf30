package govet

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/sessionlint/sessionlint/internal/lazyre"
)

// A setup is how a unit is loaded when the module, as checked out, cannot
// be: a copy of go.mod that the go command may update (its go line lowered
// to this toolchain's when it asks for a newer one), and placeholder files
// standing in for //go:embed targets that are build output not in the
// checkout. The module's own files are never written.
type setup struct {
	tmp     string            // folder of the copies, "" until needed
	modfile string            // -modfile, with -mod=mod
	overlay map[string]string // -overlay: file → replacement
	notes   []string          // what was done, for the summary
	stubbed map[string]bool   // modules replaced by an empty stand-in
}

// flags returns the go command flags of the setup, merged with a caller's
// -overlay flag (the language server passes unsaved buffers that way).
func (s *setup) flags(callerFlags []string) []string {
	var out []string
	overlay := make(map[string]string)
	for _, f := range callerFlags {
		if path, ok := strings.CutPrefix(f, "-overlay="); ok && len(s.overlay) > 0 {
			var ov struct{ Replace map[string]string }
			if data, err := os.ReadFile(path); err == nil && json.Unmarshal(data, &ov) == nil {
				for k, v := range ov.Replace {
					overlay[k] = v
				}
			}
			continue
		}
		out = append(out, f)
	}
	if s.modfile != "" {
		out = append(out, "-mod=mod", "-modfile="+s.modfile)
	}
	if len(s.overlay) > 0 {
		for k, v := range s.overlay {
			overlay[k] = v
		}
		data, _ := json.Marshal(struct{ Replace map[string]string }{overlay})
		path := filepath.Join(s.tmp, "overlay.json")
		if os.WriteFile(path, data, 0o600) == nil {
			out = append(out, "-overlay="+path)
		}
	}
	return out
}

func (s *setup) remove() {
	if s.tmp != "" {
		os.RemoveAll(s.tmp)
	}
}

func (s *setup) tempDir() string {
	if s.tmp == "" {
		s.tmp, _ = os.MkdirTemp("", "sessionlint-unit-")
	}
	return s.tmp
}

// fixModule makes a go.mod copy the go command may update: lowered to this
// toolchain's language version when the module asks for a newer Go, with
// go.sum beside it. It reports whether anything changed.
func (s *setup) fixModule(dir, goErrors string) bool {
	if s.modfile != "" || !needsModFix(goErrors) {
		return false
	}
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	text, lowered := lowerGo(string(data))
	if lowered != "" {
		s.notes = append(s.notes, filepath.Join(dir, "go.mod")+" asks for Go "+lowered+"; analysed as Go "+toolchainVersion())
	}
	text, dropped := dropMissingReplaces(text, dir)
	for _, d := range dropped {
		s.notes = append(s.notes, filepath.Join(dir, "go.mod")+" replaces "+d+" with a folder that is not in the checkout; analysed with the version it requires")
	}
	tmp := s.tempDir()
	if tmp == "" || os.WriteFile(filepath.Join(tmp, "go.mod"), []byte(text), 0o600) != nil {
		return false
	}
	// Modules replaced by a local folder are read from their own go.mod:
	// lower those too, through the overlay (the go command never needs to
	// update them).
	for _, m := range localReplace.FindAllStringSubmatch(text, -1) {
		rdir := m[1]
		if !filepath.IsAbs(rdir) {
			rdir = filepath.Join(dir, rdir)
		}
		gomod := filepath.Join(rdir, "go.mod")
		data, err := os.ReadFile(gomod)
		if err != nil {
			continue
		}
		if rtext, v := lowerGo(string(data)); v != "" {
			copyPath := filepath.Join(tmp, "replaced-"+strconv.Itoa(len(s.overlay))+".mod")
			if os.WriteFile(copyPath, []byte(rtext), 0o600) == nil {
				if s.overlay == nil {
					s.overlay = make(map[string]string)
				}
				s.overlay[gomod] = copyPath
			}
		}
	}
	if sum, err := os.ReadFile(filepath.Join(dir, "go.sum")); err == nil {
		_ = os.WriteFile(filepath.Join(tmp, "go.sum"), sum, 0o600)
	}
	s.modfile = filepath.Join(tmp, "go.mod")
	return true
}

var (
	goLine        = lazyre.New(`(?m)^go\s+(\d+\.\d+(?:\.\d+)?)\s*$`)
	toolchainLine = lazyre.New(`(?m)^toolchain\s+\S+\s*$`)
	// localReplace matches "=> ../dir" replacements (one-line or in a block).
	localReplace = lazyre.New(`(?m)=>\s*(\.\.?(?:/\S*)?|/\S+)\s*$`)
)

// replaceLine matches a replacement by a local folder, alone or in a
// replace block: the module replaced and the folder.
var replaceLine = lazyre.New(`(?m)^[ \t]*(?:replace[ \t]+)?(\S+)(?:[ \t]+\S+)?[ \t]*=>[ \t]*(\.\.?(?:/\S*)?|/\S+)[ \t]*$`)

// dropMissingReplaces removes replacements by local folders that hold no
// go.mod (a sibling checkout the author had, ../pine): the module then
// comes at the version the go.mod requires, like any other. It returns the
// modules whose replacement it dropped.
func dropMissingReplaces(text, dir string) (string, []string) {
	var dropped []string
	out := replaceLine.ReplaceAllStringFunc(text, func(line string) string {
		m := replaceLine.FindStringSubmatch(line)
		if strings.HasPrefix(m[1], "//") {
			return line // a comment
		}
		target := m[2]
		if !filepath.IsAbs(target) {
			target = filepath.Join(dir, target)
		}
		if _, err := os.Stat(filepath.Join(target, "go.mod")); err == nil {
			return line
		}
		dropped = append(dropped, m[1])
		return ""
	})
	return out, dropped
}

// lowerGo rewrites a go.mod's go line to the toolchain's version when it
// asks for a newer one, dropping the toolchain line; it returns the version
// asked for, or "" when nothing changed.
func lowerGo(text string) (string, string) {
	m := goLine.FindStringSubmatch(text)
	if m == nil || !newerThanToolchain(m[1]) {
		return text, ""
	}
	text = goLine.ReplaceAllString(text, "go "+toolchainVersion())
	return toolchainLine.ReplaceAllString(text, ""), m[1]
}

// needsModFix reports whether the go command refused the module as it is:
// a newer Go version, or a go.mod or go.sum it would have to update.
func needsModFix(goErrors string) bool {
	if strings.Contains(goErrors, "(replaced by ") && strings.Contains(goErrors, "go.mod: open ") ||
		strings.Contains(goErrors, "replacement directory ") {
		return true // a replacement folder outside the checkout
	}
	for _, s := range []string{"requires go >=", "updates to go.mod needed", "missing go.sum entry", "inconsistent vendoring", "go.mod file indicates go"} {
		if strings.Contains(goErrors, s) {
			return true
		}
	}
	return false
}

var (
	toolchainOnce sync.Once
	toolchainVer  string
)

// toolchainVersion is the language version of the go command on PATH
// ("1.26").
func toolchainVersion() string {
	toolchainOnce.Do(func() {
		out, _ := exec.CommandContext(context.Background(), "go", "env", "GOVERSION").Output()
		v := strings.TrimPrefix(strings.TrimSpace(string(out)), "go")
		if parts := strings.Split(v, "."); len(parts) >= 2 {
			toolchainVer = parts[0] + "." + parts[1]
		}
	})
	return toolchainVer
}

// newerThanToolchain reports whether language version v ("1.27.0")
// is newer than the toolchain's.
func newerThanToolchain(v string) bool {
	tv := toolchainVersion()
	if tv == "" {
		return false
	}
	return compareVersions(v, tv) > 0
}

func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < 2; i++ {
		var x, y int
		if i < len(as) {
			x = atoi(as[i])
		}
		if i < len(bs) {
			y = atoi(bs[i])
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// embedError matches the go command's errors for //go:embed patterns that
// match nothing in the checkout.
var embedError = lazyre.New(`pattern (\S+): (?:no matching files found|cannot embed directory (\S+): contains no embeddable files)`)

// fixEmbeds adds placeholder files for the //go:embed targets the listed
// packages lack (frontend build output, generated assets). It reports
// whether any was added.
func (s *setup) fixEmbeds(pkgs []listedPackage) bool {
	added := false
	for _, p := range pkgs {
		for _, m := range embedError.FindAllStringSubmatch(p.err, -1) {
			target := placeholderFor(p.dir, m[1], m[2])
			if target == "" {
				continue
			}
			if s.overlay == nil {
				s.overlay = make(map[string]string)
			}
			if _, ok := s.overlay[target]; ok {
				continue
			}
			tmp := s.tempDir()
			ph := filepath.Join(tmp, "placeholder")
			if _, err := os.Stat(ph); err != nil && os.WriteFile(ph, []byte("placeholder\n"), 0o600) != nil {
				continue
			}
			s.overlay[target] = ph
			s.notes = append(s.notes, "//go:embed "+m[1]+" in "+p.path+" matches no file in the checkout; analysed with a placeholder")
			added = true
		}
	}
	return added
}

// placeholderFor returns the file that makes an embed pattern match: the
// named file, or a file inside the named (or empty, existing) directory.
func placeholderFor(dir, pattern, emptyDir string) string {
	if dir == "" {
		return ""
	}
	if emptyDir != "" {
		return filepath.Join(dir, filepath.FromSlash(emptyDir), "placeholder.txt")
	}
	pattern = strings.TrimPrefix(pattern, "all:")
	pattern = strings.NewReplacer("*", "placeholder", "?", "p", "[", "", "]", "").Replace(pattern)
	if pattern == "" || strings.Contains(pattern, "..") {
		return ""
	}
	if strings.Contains(filepath.Base(pattern), ".") {
		return filepath.Join(dir, filepath.FromSlash(pattern)) // a file: version.txt, assets.zip
	}
	return filepath.Join(dir, filepath.FromSlash(pattern), "placeholder.txt")
}

// unreachableModule matches the go command's report of a required module it
// cannot download (a private, vanished or refused module): path and version.
var unreachableModule = lazyre.New(`([A-Za-z0-9][A-Za-z0-9._~/-]*)@(v[0-9A-Za-z.+-]+): (?:reading \S+: (?:4\d\d|no such file or directory|not found)|unrecognized import path|invalid version|unknown revision|module lookup disabled)`)

// stubModules replaces each required module the go command could not
// download by an empty module of the same path, in the go.mod copy, so that
// the module graph loads: the packages that import it are then analysed
// with partial type information instead of nothing being analysed. It
// reports whether it stubbed a module not stubbed before.
func (s *setup) stubModules(dir, goErrors string) bool {
	ms := unreachableModule.FindAllStringSubmatch(goErrors, -1)
	if len(ms) == 0 {
		return false
	}
	if s.modfile == "" {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err != nil {
			return false
		}
		text, _ := lowerGo(string(data))
		tmp := s.tempDir()
		if tmp == "" || os.WriteFile(filepath.Join(tmp, "go.mod"), []byte(text), 0o600) != nil {
			return false
		}
		if sum, err := os.ReadFile(filepath.Join(dir, "go.sum")); err == nil {
			_ = os.WriteFile(filepath.Join(tmp, "go.sum"), sum, 0o600)
		}
		s.modfile = filepath.Join(tmp, "go.mod")
	}
	data, err := os.ReadFile(s.modfile)
	if err != nil {
		return false
	}
	text := string(data)
	changed := false
	for _, m := range ms {
		path := m[1]
		if s.stubbed[path] {
			continue
		}
		stub := filepath.Join(s.tmp, "stub-"+strconv.Itoa(len(s.stubbed)))
		if os.MkdirAll(stub, 0o700) != nil || os.WriteFile(filepath.Join(stub, "go.mod"), []byte("module "+path+"\n"), 0o600) != nil {
			continue
		}
		if s.stubbed == nil {
			s.stubbed = make(map[string]bool)
		}
		s.stubbed[path] = true
		text += "\nreplace " + path + " => " + stub + "\n"
		s.notes = append(s.notes, "module "+path+"@"+m[2]+" could not be downloaded; packages that import it analysed with partial type information")
		changed = true
	}
	return changed && os.WriteFile(s.modfile, []byte(text), 0o600) == nil
}
