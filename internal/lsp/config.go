package lsp

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The configuration in force for a file is the one Options.Configure finds
// from the workspace folder that holds the file (the deepest, when folders
// nest), as `sessionlint ./...` run in that folder would; a file outside
// every workspace folder, or with no workspace folder at all, finds it from
// its own folder. A configuration file in error is shown to the user
// (window/showMessage, and a diagnostic on the file) and the defaults serve
// until it is fixed.

// initialFolders returns the workspace folders of an initialize request:
// workspaceFolders, else rootUri, else rootPath.
func initialFolders(p InitializeParams) []string {
	var folders []string
	for _, f := range p.WorkspaceFolders {
		if path := uriPath(f.URI); path != "" {
			folders = append(folders, path)
		}
	}
	if len(folders) == 0 {
		if path := uriPath(p.RootURI); path != "" {
			folders = append(folders, path)
		} else if p.RootPath != "" && filepath.IsAbs(p.RootPath) {
			folders = append(folders, filepath.Clean(p.RootPath))
		}
	}
	return folders
}

func (s *server) changeFolders(p DidChangeWorkspaceFoldersParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range p.Event.Removed {
		s.folders = slices.DeleteFunc(s.folders, func(dir string) bool { return dir == uriPath(f.URI) })
	}
	for _, f := range p.Event.Added {
		if path := uriPath(f.URI); path != "" && !slices.Contains(s.folders, path) {
			s.folders = append(s.folders, path)
		}
	}
}

// folderOf returns the folder the configuration of dir is found from.
func (s *server) folderOf(dir string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	best := ""
	for _, f := range s.folders {
		if within(dir, f) && len(f) > len(best) {
			best = f
		}
	}
	if best == "" {
		return dir
	}
	return best
}

// within reports whether path is dir or below it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// configFor returns the configuration in force for the files of dir, and
// shows what is wrong with it, or that it was fixed.
func (s *server) configFor(dir string) Config {
	cfg := s.opts.Configure(s.folderOf(dir))
	var shown string
	if cfg.Err != nil && cfg.File != "" {
		shown = cfg.Err.Error()
	}
	// What to clear: this file fixed, and files in error that are gone.
	var fixed []string
	s.mu.Lock()
	for file := range s.badConfig {
		if file == cfg.File && shown == "" {
			fixed = append(fixed, file)
		} else if _, err := os.Stat(file); err != nil {
			fixed = append(fixed, file)
		}
	}
	for _, file := range fixed {
		delete(s.badConfig, file)
	}
	tell := shown != "" && s.badConfig[cfg.File] != shown
	if shown != "" {
		s.badConfig[cfg.File] = shown
	}
	s.mu.Unlock()

	for _, file := range fixed {
		s.logLocal("configuration fixed: " + file)
		s.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: pathURI(file), Diagnostics: []Diagnostic{}})
	}
	if tell {
		s.tell(MessageError, "sessionlint: "+shown+" (using the default settings until it is fixed)")
		line := max(cfg.ErrLine-1, 0)
		s.notify("textDocument/publishDiagnostics", PublishDiagnosticsParams{URI: pathURI(cfg.File), Diagnostics: []Diagnostic{{
			Range:    Range{Start: Position{Line: line}, End: Position{Line: line + 1}},
			Severity: SeverityError,
			Source:   source,
			Message:  errorText(cfg),
		}}})
	}
	return cfg
}

// errorText is a configuration error without the file and line that the
// diagnostic's place already gives.
func errorText(cfg Config) string {
	msg := cfg.Err.Error()
	if rest, ok := strings.CutPrefix(msg, cfg.File+":"); ok {
		msg = rest
		if i := strings.Index(msg, ": "); i > 0 && strings.Trim(msg[:i], "0123456789") == "" {
			msg = msg[i+2:]
		}
	}
	return strings.TrimSpace(msg)
}

// started runs once the client says it is initialized: it shows the
// problems with the server's flags and the workspace folders'
// configuration files, and asks the client to watch those files.
func (s *server) started() {
	for _, w := range s.opts.Warnings {
		s.tell(MessageError, "sessionlint: "+w)
	}
	s.mu.Lock()
	watch := s.watch && len(s.opts.WatchFiles) > 0
	folders := slices.Clone(s.folders)
	s.mu.Unlock()
	// Say now, not at the first analysis, what is wrong with the
	// configuration.
	for _, f := range folders {
		s.configFor(f)
	}
	if !watch {
		return
	}
	var watchers []FileSystemWatcher
	for _, g := range s.opts.WatchFiles {
		watchers = append(watchers, FileSystemWatcher{GlobPattern: g})
	}
	conn := s.conn.Load()
	// A request from within a handler: its answer is read by the same loop
	// that runs the handlers, so it is not waited for here.
	go func() {
		var result any
		if err := conn.Call(s.ctx, "client/registerCapability", RegistrationParams{Registrations: []Registration{{
			ID: "sessionlint-config", Method: "workspace/didChangeWatchedFiles",
			RegisterOptions: DidChangeWatchedFilesRegistrationOptions{Watchers: watchers},
		}}}, &result); err != nil {
			s.logLocal("asking the client to watch the configuration files: " + err.Error())
		}
	}()
}

// reanalyseAll analyses every open file again, as when a configuration
// file changed.
func (s *server) reanalyseAll() {
	s.mu.Lock()
	paths := make([]string, 0, len(s.docs))
	for path := range s.docs {
		paths = append(paths, path)
	}
	s.mu.Unlock()
	for _, path := range paths {
		s.schedule(path, 0)
	}
}
