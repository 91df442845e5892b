package discover

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/flaskguard/flaskguard/internal/finding"
)

// writeTree creates files under dir. A value starting with "->" makes a
// symbolic link to the rest of the value; a key ending in "/" makes an
// empty folder.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if target, ok := strings.CutPrefix(content, "->"); ok {
			if err := os.Symlink(target, p); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// summary renders files as "path kind" lines for exact comparison.
func summary(files []File) []string {
	out := make([]string, 0, len(files))
	for _, f := range files {
		out = append(out, f.Path+" "+string(f.Kind))
	}
	return out
}

func diagSummary(diags []finding.Diagnostic) []string {
	out := make([]string, 0, len(diags))
	for _, d := range diags {
		out = append(out, fmt.Sprintf("%s %s: %s", d.Kind, d.Location.Path, d.Message))
	}
	return out
}

func mustWalk(t *testing.T, root string, targets []string, opt Options) ([]string, []string) {
	t.Helper()
	files, diags, err := Walk(context.Background(), root, targets, opt)
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	for _, f := range files {
		if want := filepath.Join(root, filepath.FromSlash(f.Path)); f.Abs != want {
			t.Errorf("%s: Abs = %q, want %q", f.Path, f.Abs, want)
		}
	}
	return summary(files), diagSummary(diags)
}

func checkLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s:\ngot  %q\nwant %q", what, got, want)
	}
}

func TestWalkSkipsAndClassifies(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"app/__init__.py":                                 "",
		"app/views.py":                                    "",
		"app/templates/index.html":                        "",
		"app/templates/mail.txt":                          "",
		"app/static/app.js":                               "",
		"app/__pycache__/views.cpython-312.pyc":           "",
		"app/env/__init__.py":                             "", // a package named env, not a venv
		".venv/pyvenv.cfg":                                "home = /usr/bin",
		".venv/lib/python3.12/site-packages/flask/app.py": "",
		"myenv/pyvenv.cfg":                                "",
		"myenv/bin/activate.py":                           "",
		"node_modules/pkg/index.html":                     "",
		".git/config":                                     "",
		".tox/py312/x.py":                                 "",
		"build/lib/app.py":                                "",
		"dist/app.py":                                     "",
		"app/build/__init__.py":                           "", // a package named build (pip has one)
		"app/build/wheel.py":                              "",
		"flaskapp.egg-info/PKG-INFO":                      "",
		"flaskapp.egg-info/setup.py":                      "",
		"tests/test_views.py":                             "",
		"tests/.env":                                      "",
		"app/test_helpers.py":                             "",
		"app/helpers_test.py":                             "",
		"conftest.py":                                     "",
		"testing/config.py":                               "",
		".env":                                            "SECRET_KEY=x",
		".flaskenv":                                       "FLASK_DEBUG=1",
		"Dockerfile":                                      "",
		"docker-compose.yml":                              "",
		"Procfile":                                        "",
		"requirements.txt":                                "",
		"pyproject.toml":                                  "",
		"setup.py":                                        "",
		"setup.cfg":                                       "",
		"tox.ini":                                         "",
		"config.yaml":                                     "",
		"README.md":                                       "",
		"empty/":                                          "",
	})
	files, diags := mustWalk(t, root, nil, Options{})
	checkLines(t, "files", files, []string{
		".env env",
		".flaskenv env",
		"Dockerfile dockerfile",
		"Procfile procfile",
		"app/__init__.py python",
		"app/build/__init__.py python",
		"app/build/wheel.py python",
		"app/env/__init__.py python",
		"app/templates/index.html template",
		"app/templates/mail.txt template",
		"app/views.py python",
		"config.yaml yaml",
		"docker-compose.yml compose",
		"pyproject.toml manifest",
		"requirements.txt manifest",
		"setup.cfg manifest",
		"setup.py python",
		"tox.ini ini",
	})
	checkLines(t, "diagnostics", diags, []string{})

	files, _ = mustWalk(t, root, nil, Options{IncludeTests: true})
	checkLines(t, "files with tests", files, []string{
		".env env",
		".flaskenv env",
		"Dockerfile dockerfile",
		"Procfile procfile",
		"app/__init__.py python",
		"app/build/__init__.py python",
		"app/build/wheel.py python",
		"app/env/__init__.py python",
		"app/helpers_test.py python",
		"app/templates/index.html template",
		"app/templates/mail.txt template",
		"app/test_helpers.py python",
		"app/views.py python",
		"config.yaml yaml",
		"conftest.py python",
		"docker-compose.yml compose",
		"pyproject.toml manifest",
		"requirements.txt manifest",
		"setup.cfg manifest",
		"setup.py python",
		"testing/config.py python",
		"tests/.env env",
		"tests/test_views.py python",
		"tox.ini ini",
	})
}

func TestWalkGitignore(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		".gitignore":              "# root rules\n*.log.py\n/local_settings.py\n.env\nvendor/\ngen/**\n!gen/keep.py\n",
		"local_settings.py":       "",
		"pkg/local_settings.py":   "", // "/local_settings.py" is anchored to the root
		".env":                    "",
		"pkg/.env":                "",
		"debug.log.py":            "",
		"vendor/lib.py":           "",
		"pkg/vendor/lib.py":       "",
		"vendor.py":               "",
		"gen/a.py":                "",
		"gen/keep.py":             "",
		"gen/sub/b.py":            "",
		"app/.gitignore":          "generated_*.py\n!.env\n/only_here.py\ncache/\n",
		"app/.env":                "", // re-included by the nested file
		"app/generated_models.py": "",
		"app/models.py":           "",
		"app/only_here.py":        "",
		"app/sub/only_here.py":    "",
		"app/cache/x.py":          "",
		"app/cache.py":            "",
		"other/generated_x.py":    "",
		"docs/**/x.py":            "",
	})
	files, _ := mustWalk(t, root, nil, Options{})
	checkLines(t, "files", files, []string{
		"app/.env env",
		"app/cache.py python",
		"app/models.py python",
		"app/sub/only_here.py python",
		"docs/**/x.py python",
		"gen/keep.py python",
		"other/generated_x.py python",
		"pkg/local_settings.py python",
		"vendor.py python",
	})
}

// Above the scan root, inside the same git work tree, the .gitignore files
// and .git/info/exclude apply too.
func TestWalkGitignoreAboveRoot(t *testing.T) {
	top := t.TempDir()
	writeTree(t, top, map[string]string{
		".git/info/exclude":           "*.secret.py\n",
		".gitignore":                  "services/api/ignored_top.py\n*.tmp.py\n",
		"services/.gitignore":         "api/ignored_mid.py\n!keep.tmp.py\n",
		"services/api/app.py":         "",
		"services/api/ignored_top.py": "",
		"services/api/ignored_mid.py": "",
		"services/api/x.tmp.py":       "",
		"services/api/keep.tmp.py":    "",
		"services/api/key.secret.py":  "",
	})
	root := filepath.Join(top, "services", "api")
	files, _ := mustWalk(t, root, nil, Options{})
	checkLines(t, "files", files, []string{"app.py python", "keep.tmp.py python"})

	// A .gitignore above a folder that is not in a git work tree counts
	// for nothing: that is how git sees it.
	if err := os.RemoveAll(filepath.Join(top, ".git")); err != nil {
		t.Fatal(err)
	}
	files, _ = mustWalk(t, root, nil, Options{})
	checkLines(t, "files outside git", files, []string{
		"app.py python", "ignored_mid.py python", "ignored_top.py python",
		"keep.tmp.py python", "key.secret.py python", "x.tmp.py python",
	})
}

// In a linked worktree or a submodule .git is a file pointing at the git
// directory; info/exclude is read from the repository's shared directory
// (a worktree's commondir), and a dangling pointer is no error.
func TestWalkGitFileWorktree(t *testing.T) {
	top := t.TempDir()
	writeTree(t, top, map[string]string{
		"repo/.git/info/exclude":             "*.secret.py\n",
		"repo/.git/worktrees/wt/commondir":   "../..\n",
		"wt/.git":                            "gitdir: ../repo/.git/worktrees/wt\n",
		"wt/app.py":                          "",
		"wt/key.secret.py":                   "",
		"sub/.git":                           "gitdir: ../repo/.git/modules/sub\n",
		"repo/.git/modules/sub/info/exclude": "*.local.py\n",
		"sub/app.py":                         "",
		"sub/x.local.py":                     "",
		"broken/.git":                        "gitdir: ../nowhere\n",
		"broken/app.py":                      "",
	})
	for _, tc := range []struct {
		dir  string
		want []string
	}{
		{"wt", []string{"app.py python"}},
		{"sub", []string{"app.py python"}},
		{"broken", []string{"app.py python"}},
	} {
		files, diags := mustWalk(t, filepath.Join(top, tc.dir), nil, Options{})
		checkLines(t, tc.dir+" files", files, tc.want)
		if len(diags) != 0 {
			t.Errorf("%s: unexpected diagnostics %v", tc.dir, diags)
		}
	}
}

func TestWalkExclude(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"app/views.py":            "",
		"app/migrations/0001.py":  "",
		"legacy/old.py":           "",
		"legacy/keep.py":          "",
		"static/app.min.html":     "",
		"app/templates/base.html": "",
	})
	files, _ := mustWalk(t, root, nil, Options{Exclude: []string{"migrations/", "legacy/**", "!legacy/keep.py", "*.min.html", ""}})
	checkLines(t, "files", files, []string{
		"app/templates/base.html template",
		"app/views.py python",
		"legacy/keep.py python",
	})
}

func TestWalkTargets(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		".gitignore":         "ignored.py\n",
		"app/views.py":       "",
		"app/ignored.py":     "",
		"app/sub/models.py":  "",
		"tests/test_app.py":  "",
		"tests/helpers.py":   "",
		"notes.md":           "",
		"scripts/.gitignore": "*.py\n",
		"scripts/run.py":     "",
	})
	files, diags := mustWalk(t, root, []string{"app", "app/sub", filepath.Join(root, "app", "views.py"),
		"tests/test_app.py", "app/ignored.py", "notes.md", "tests", "scripts/run.py"}, Options{})
	checkLines(t, "files", files, []string{
		"app/ignored.py python", // named explicitly
		"app/sub/models.py python",
		"app/views.py python",
		"scripts/run.py python", // named explicitly despite scripts/.gitignore
		"tests/helpers.py python",
		"tests/test_app.py python",
	})
	checkLines(t, "diagnostics", diags, []string{"skipped-file notes.md: not a kind of file flaskguard reads"})

	for _, bad := range []string{"missing.py", "../outside", filepath.Dir(root)} {
		if _, _, err := Walk(context.Background(), root, []string{bad}, Options{}); err == nil {
			t.Errorf("target %q: want an error", bad)
		}
	}
	if _, _, err := Walk(context.Background(), filepath.Join(root, "notes.md"), nil, Options{}); err == nil {
		t.Error("a file as scan root: want an error")
	}
	if _, _, err := Walk(context.Background(), filepath.Join(root, "nope"), nil, Options{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing root: err = %v, want ErrNotExist", err)
	}
}

func TestWalkSymlinks(t *testing.T) {
	outside := t.TempDir()
	writeTree(t, outside, map[string]string{"shared.env": "A=1", "lib/mod.py": ""})
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"app/config.py":      "",
		"app/alias.py":       "->config.py",     // same file twice: read once, as itself
		"a_link.py":          "->app/config.py", // sorts before the real file
		".env":               "->" + outside + "/shared.env",
		"broken.py":          "->does-not-exist.py",
		"loop":               "->.", // a folder link: not followed
		"lib":                "->" + outside + "/lib",
		"app/templates/x.j2": "",
	})
	files, diags := mustWalk(t, root, nil, Options{})
	checkLines(t, "files", files, []string{".env env", "app/config.py python", "app/templates/x.j2 template"})
	checkLines(t, "diagnostics", diags, []string{})

	// A target that is a link to a folder is resolved once.
	files, _ = mustWalk(t, root, []string{"lib"}, Options{})
	checkLines(t, "linked target", files, []string{"lib/mod.py python"})
}

func TestWalkSizeLimit(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"small.py": "x = 1\n",
		"big.py":   strings.Repeat("#", 3000),
	})
	files, diags := mustWalk(t, root, nil, Options{MaxFileSize: 2048})
	checkLines(t, "files", files, []string{"small.py python"})
	checkLines(t, "diagnostics", diags, []string{"skipped-file big.py: file is 2.9 KiB, over the 2 KiB limit (max-file-size)"})

	// Explicit targets obey the limit too, and overlapping targets do not
	// repeat the diagnostic.
	files, diags = mustWalk(t, root, []string{"big.py", "."}, Options{MaxFileSize: 2048})
	checkLines(t, "files", files, []string{"small.py python"})
	checkLines(t, "diagnostics", diags, []string{"skipped-file big.py: file is 2.9 KiB, over the 2 KiB limit (max-file-size)"})

	files, _ = mustWalk(t, root, nil, Options{})
	checkLines(t, "default limit", files, []string{"big.py python", "small.py python"})
}

func TestWalkUnreadableFolder(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"app/a.py": "", "locked/b.py": ""})
	locked := filepath.Join(root, "locked")
	readDir := func(dir string) ([]fs.DirEntry, error) {
		if dir == locked {
			return nil, &fs.PathError{Op: "open", Path: dir, Err: fs.ErrPermission}
		}
		return os.ReadDir(dir)
	}
	files, diags, err := walk(context.Background(), root, nil, Options{}, readDir)
	if err != nil {
		t.Fatal(err)
	}
	checkLines(t, "files", summary(files), []string{"app/a.py python"})
	checkLines(t, "diagnostics", diagSummary(diags), []string{
		"read-error locked: cannot read directory: open " + locked + ": permission denied",
	})
}

func TestWalkCancelled(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a.py": ""})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Walk(ctx, root, nil, Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
