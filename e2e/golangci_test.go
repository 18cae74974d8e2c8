package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

const (
	gclVersion = "v2.15.0"
	gclModule  = "github.com/golangci/golangci-lint/v2"
	module     = "github.com/msdklint/msdklint"
	catalogMod = module + "/catalog"
)

// TestGolangci builds golangci-lint with the msdklint module plugin from
// the Go module proxy alone (docs/golangci.md, route 1, with a replace
// to this checkout) and runs the scripts of testdata/golangci on a test
// module: positions and messages, suppression, --fix, the settings.
// testdata/golangci/module.txtar is the test module every script starts
// from; a script's own files are written over it.
//
// The binary is cached in $MSDKLINT_GCL_CACHE (default
// ~/.cache/msdklint-gcl), keyed by a hash of golangci-lint's and Go's
// versions, the recipe and the plugin's source; the hash is baked into
// the binary's version, because golangci-lint salts its result cache with
// the version. A cold build takes about two minutes.
func TestGolangci(t *testing.T) {
	gated(t)
	gcl, version := buildGCL(t)

	// The plugin must be built against the analysis framework golangci-lint
	// runs it with.
	gomod := goModDownload(t, gclModule+"@"+gclVersion).GoMod
	ours, theirs := xtoolsVersion(t, filepath.Join(root, "go.mod")), xtoolsVersion(t, gomod)
	if ours == "" || ours != theirs {
		t.Fatalf("golang.org/x/tools: msdklint %q, golangci-lint %s %q", ours, gclVersion, theirs)
	}

	files, err := filepath.Glob(filepath.Join("testdata", "golangci", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Join("testdata", "golangci", "module.txtar")
	for _, f := range files {
		if f == base {
			continue
		}
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			s := script(t, "GCL="+gcl, "GCL_VERSION="+version, "GOFLAGS=-mod=mod", "MSDKLINT="+filepath.Join(bin, "msdklint"))
			s.env = append(s.env, "GOLANGCI_LINT_CACHE="+filepath.Join(s.dir, ".gcl-cache"))
			s.cmds = map[string]func(*state, bool, []string) error{
				"gomod":    cmdGoMod,
				"gcl":      cmdGCL,
				"subsetof": cmdSubsetOf,
			}
			s.runFile(f, base)
		})
	}
}

// cmdGoMod writes go.mod (module ARG) and go.sum for a module that
// requires msdklint, replaced by the checkout.
func cmdGoMod(s *state, neg bool, args []string) error {
	if neg || len(args) != 1 {
		return errors.New("usage: gomod MODULE")
	}
	mod := fmt.Sprintf("module %s\n\ngo 1.26.0\n\nrequire %s v0.0.0-00010101000000-000000000000\n\n%s", args[0], module, replaces(root))
	if err := os.WriteFile(s.path("go.mod"), []byte(mod), 0o644); err != nil {
		return err
	}
	sum, err := goSum(root)
	if err != nil {
		return err
	}
	return os.WriteFile(s.path("go.sum"), sum, 0o644)
}

// replaces is the replace block pointing msdklint at the checkout at
// dir, and its catalog too once the catalog is a module of its own:
// replace directives of a dependency do not apply to its importers.
func replaces(dir string) string {
	r := fmt.Sprintf("replace %s => %s\n", module, dir)
	if _, err := os.Stat(filepath.Join(dir, "catalog", "go.mod")); err == nil {
		r += fmt.Sprintf("\nreplace %s => %s\n", catalogMod, filepath.Join(dir, "catalog"))
	}
	return r
}

// goSum is the checkout's go.sum lines (with the catalog module's), so
// that go need not ask the checksum database.
func goSum(dir string) ([]byte, error) {
	var lines []string
	for _, f := range []string{"go.sum", filepath.Join("catalog", "go.sum")} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if errors.Is(err, os.ErrNotExist) {
			continue
		} else if err != nil {
			return nil, err
		}
		lines = append(lines, strings.SplitAfter(string(data), "\n")...)
	}
	return []byte(strings.Join(sortedUnique(lines), "")), nil
}

func sortedUnique(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			out = append(out, strings.TrimSuffix(l, "\n")+"\n")
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// cmdGCL runs the custom golangci-lint on ./... with plain, complete
// output: every issue on stdout, no source lines, colors or stats.
func cmdGCL(s *state, neg bool, args []string) error {
	return s.doExec(neg, append([]string{s.getenv("GCL"), "run",
		"--output.text.path=stdout", "--output.text.print-issued-lines=false",
		"--output.text.colors=false", "--show-stats=false",
		"--max-issues-per-linter=0", "--max-same-issues=0"},
		append(args, "./...")...))
}

// cmdSubsetOf checks that every msdklint finding in golangci-lint's
// output (file GCL) is in the msdklint command's output (file CLI), and
// that there is at least one: both hosts run one analyzer.
func cmdSubsetOf(s *state, neg bool, args []string) error {
	if neg || len(args) != 2 {
		return errors.New("usage: subsetof GCL CLI")
	}
	gcl, err := s.read(args[0])
	if err != nil {
		return err
	}
	cli, err := s.read(args[1])
	if err != nil {
		return err
	}
	// "./f.go:1:2: msg [check]" is "f.go:1:2: check: msg (msdklint)" in
	// golangci-lint.
	cliRE := regexp.MustCompile(`^(?:\./)?(\S+:\d+:\d+: )(.*) \[([a-z-]+)\]$`)
	have := map[string]bool{}
	for l := range strings.Lines(cli) {
		if m := cliRE.FindStringSubmatch(strings.TrimSuffix(l, "\n")); m != nil {
			have[m[1]+m[3]+": "+m[2]] = true
		}
	}
	var n int
	var missing []string
	for l := range strings.Lines(gcl) {
		l = strings.TrimSuffix(l, "\n")
		f, ok := strings.CutSuffix(l, " (msdklint)")
		if !ok {
			continue
		}
		n++
		if !have[f] {
			missing = append(missing, f)
		}
	}
	if n == 0 {
		return fmt.Errorf("%s has no msdklint findings", args[0])
	}
	if len(missing) > 0 {
		return fmt.Errorf("only in golangci-lint:\n%s\nmsdklint:\n%s", strings.Join(missing, "\n"), cli)
	}
	return nil
}

type modInfo struct{ Dir, GoMod, GoMod2 string }

// goModDownload is go mod download -json for one module version.
func goModDownload(t *testing.T, modVersion string) modInfo {
	t.Helper()
	var m modInfo
	if err := json.Unmarshal([]byte(goOut(t, t.TempDir(), "mod", "download", "-json", modVersion)), &m); err != nil {
		t.Fatal(err)
	}
	if m.Dir == "" || m.GoMod == "" {
		t.Fatalf("go mod download %s: no Dir or GoMod", modVersion)
	}
	return m
}

var xtoolsRE = regexp.MustCompile(`(?m)^\s*(?:require\s+)?golang\.org/x/tools (v\S+)`)

func xtoolsVersion(t *testing.T, gomod string) string {
	t.Helper()
	data, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	if m := xtoolsRE.FindSubmatch(data); m != nil {
		return string(m[1])
	}
	return ""
}

// gclRecipe is the build's version: change it when buildGCL changes what
// it builds, so cached binaries are not reused.
const gclRecipe = "tiny-main-module/1"

// buildGCL returns the custom golangci-lint for the checkout, building
// it unless the cache has it, and its version string.
func buildGCL(t *testing.T) (bin, version string) {
	t.Helper()
	files := pluginFiles(t)
	h := sha256.New()
	fmt.Fprintln(h, gclRecipe, gclVersion, goOut(t, root, "env", "GOVERSION", "GOOS", "GOARCH"))
	fmt.Fprint(h, gclGoMod("<root>"))
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s %x\n", f, sha256.Sum256(data))
	}
	hash := hex.EncodeToString(h.Sum(nil))[:16]
	version = gclVersion + "-custom-gcl-msdklint." + hash
	cache := os.Getenv("MSDKLINT_GCL_CACHE")
	if cache == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			t.Fatal(err)
		}
		cache = filepath.Join(dir, "msdklint-gcl")
	}
	bin = filepath.Join(cache, hash, "custom-gcl")
	if _, err := os.Stat(bin); err == nil {
		t.Logf("golangci-lint: %s (cached)", bin)
		return bin, version
	}
	start := time.Now()
	mod := t.TempDir()
	gcl := goModDownload(t, gclModule+"@"+gclVersion)
	main := filepath.Join(mod, "cmd", "golangci-lint")
	if err := os.MkdirAll(main, 0o755); err != nil {
		t.Fatal(err)
	}
	// golangci-lint's own go.sum and ours cover every module of the build.
	theirs, err := os.ReadFile(filepath.Join(gcl.Dir, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	ours, err := goSum(root)
	if err != nil {
		t.Fatal(err)
	}
	mainGo, err := os.ReadFile(filepath.Join(gcl.Dir, "cmd", "golangci-lint", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	sum := sortedUnique(append(strings.SplitAfter(string(theirs), "\n"), strings.SplitAfter(string(ours), "\n")...))
	for name, data := range map[string]string{
		"go.mod": gclGoMod(root),
		"go.sum": strings.Join(sum, ""),
		// main.go is golangci-lint's own, unchanged: the plugin comes in
		// by a blank import, as golangci-lint custom does it.
		"cmd/golangci-lint/main.go":    string(mainGo),
		"cmd/golangci-lint/plugins.go": "package main\n\nimport (\n\t_ \"" + module + "/golangci\"\n)\n",
	} {
		if err := os.WriteFile(filepath.Join(mod, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		t.Fatal(err)
	}
	// main.date must be set too: without it main.go replaces the version
	// with the main module's, "(devel)".
	ldflags := fmt.Sprintf("-s -w -X 'main.version=%s' -X 'main.date=%s'", version, time.Now().UTC().Format(time.RFC3339))
	goOut(t, mod, "build", "-ldflags", ldflags, "-o", bin+".tmp", "./cmd/golangci-lint")
	if err := os.Rename(bin+".tmp", bin); err != nil {
		t.Fatal(err)
	}
	t.Logf("golangci-lint: built %s in %s", bin, time.Since(start).Round(time.Second))
	pruneCache(t, cache, 3)
	return bin, version
}

// gclGoMod is the tiny main module's go.mod, for the checkout at dir.
func gclGoMod(dir string) string {
	return fmt.Sprintf("module msdklint.local/custom-gcl\n\ngo 1.26.0\n\nrequire (\n\t%s %s\n\t%s v0.0.0-00010101000000-000000000000\n)\n\n%s",
		gclModule, gclVersion, module, replaces(dir))
}

// pluginFiles lists the files, relative to the checkout, of the msdklint
// packages the plugin compiles (Go and embedded files) and the go.mod and
// go.sum files of its modules.
func pluginFiles(t *testing.T) []string {
	t.Helper()
	out := goOut(t, root, "list", "-deps", "-json=Dir,Module,GoFiles,EmbedFiles", "./golangci")
	dec := json.NewDecoder(strings.NewReader(out))
	var files []string
	for {
		var p struct {
			Dir                 string
			Module              *struct{ Path string }
			GoFiles, EmbedFiles []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if p.Module == nil || (p.Module.Path != module && !strings.HasPrefix(p.Module.Path, module+"/")) {
			continue
		}
		rel, err := filepath.Rel(root, p.Dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range slices.Concat(p.GoFiles, p.EmbedFiles) {
			files = append(files, filepath.Join(rel, f))
		}
	}
	for _, f := range []string{"go.mod", "go.sum", "catalog/go.mod", "catalog/go.sum"} {
		if _, err := os.Stat(filepath.Join(root, f)); err == nil {
			files = append(files, f)
		}
	}
	slices.Sort(files)
	return files
}

// pruneCache keeps the keep newest binaries (about 50 MB each).
func pruneCache(t *testing.T, cache string, keep int) {
	entries, err := os.ReadDir(cache)
	if err != nil {
		t.Log(err)
		return
	}
	type bin struct {
		dir string
		mod time.Time
	}
	var bins []bin
	for _, e := range entries {
		if fi, err := os.Stat(filepath.Join(cache, e.Name(), "custom-gcl")); err == nil {
			bins = append(bins, bin{filepath.Join(cache, e.Name()), fi.ModTime()})
		}
	}
	slices.SortFunc(bins, func(a, b bin) int { return b.mod.Compare(a.mod) })
	for _, b := range bins[min(keep, len(bins)):] {
		if err := os.RemoveAll(b.dir); err != nil {
			t.Log(err)
		}
	}
}
