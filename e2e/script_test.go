package e2e

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// A script is a txtar archive whose comment is a list of commands, one a
// line, in the spirit of cmd/go's script tests:
//
//	# comment
//	exec PROG ARGS...    run PROG; it must exit 0
//	! exec PROG ARGS...  run PROG; it must exit non-zero
//	status N, ! status N the last exec exited with N (or not)
//	stdout [-count=N] RE the last exec's stdout has a line matching RE (N lines)
//	! stdout RE          no line matches (stderr alike)
//	grep [-count=N] RE FILE, ! grep RE FILE
//	cmp A B              files A and B are equal (A may be stdout or stderr)
//	exists PATH, ! exists PATH
//	cp A B, mkdir DIR, rm PATH, cd DIR, env K=V
//
// Arguments split on spaces; single quotes keep spaces, and a doubled
// single quote inside them is one.
// $NAME and ${NAME} expand from the script's environment; a $ not
// followed by a name stays, so regexps can end with $. The files of the
// archive are written to $WORK before the first command. Any other
// command must be one of the test's own (state.cmds).
type state struct {
	t      *testing.T
	dir    string
	env    []string
	stdout string
	stderr string
	status int
	ran    bool // an exec ran
	cmds   map[string]func(s *state, neg bool, args []string) error
	log    bytes.Buffer
}

// newState makes $WORK a fresh temp dir, with the environment of the test
// process plus vars.
func newState(t *testing.T, vars ...string) *state {
	t.Helper()
	work := t.TempDir()
	s := &state{t: t, dir: work}
	s.env = append(os.Environ(), "WORK="+work, "GOWORK=off")
	s.env = append(s.env, vars...)
	return s
}

// getenv is the last value of key in the script's environment.
func (s *state) getenv(key string) string {
	for i := len(s.env) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(s.env[i], "="); ok && k == key {
			return v
		}
	}
	return ""
}

// path resolves a script path against the current directory.
func (s *state) path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(s.dir, p)
}

// extract writes the files of an archive below dir.
func extract(dir string, a *txtar.Archive) error {
	for _, f := range a.Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// runFile runs the script in file, after writing the files of the
// archives in base (shared fixtures) and of the script itself to $WORK.
func (s *state) runFile(file string, base ...string) {
	s.t.Helper()
	a, err := txtar.ParseFile(file)
	if err != nil {
		s.t.Fatal(err)
	}
	for _, b := range base {
		ba, err := txtar.ParseFile(b)
		if err != nil {
			s.t.Fatal(err)
		}
		if err := extract(s.dir, ba); err != nil {
			s.t.Fatal(err)
		}
	}
	if err := extract(s.dir, a); err != nil {
		s.t.Fatal(err)
	}
	s.run(file, string(a.Comment))
}

// run runs the commands of script; name is for messages.
func (s *state) run(name, script string) {
	s.t.Helper()
	sc := bufio.NewScanner(strings.NewReader(script))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			if line != "" {
				fmt.Fprintf(&s.log, "%s\n", line)
			}
			continue
		}
		fmt.Fprintf(&s.log, "> %s\n", line)
		if err := s.exec1(line); err != nil {
			s.t.Fatalf("%s:%d: %s\n%v\n\nscript log:\n%s", name, n, line, err, s.log.String())
		}
	}
}

// words splits and expands a command line.
func (s *state) words(line string) ([]string, error) {
	var (
		out    []string
		cur    strings.Builder
		in     bool // within a word
		quoted bool
	)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '\'' && quoted && i+1 < len(line) && line[i+1] == '\'':
			cur.WriteByte('\'')
			i++
		case c == '\'':
			quoted = !quoted
			in = true
		case !quoted && (c == ' ' || c == '\t'):
			if in {
				out = append(out, s.expand(cur.String()))
				cur.Reset()
				in = false
			}
		default:
			cur.WriteByte(c)
			in = true
		}
	}
	if quoted {
		return nil, errors.New("unterminated quote")
	}
	if in {
		out = append(out, s.expand(cur.String()))
	}
	return out, nil
}

var varRE = regexp.MustCompile(`\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)`)

func (s *state) expand(w string) string {
	return varRE.ReplaceAllStringFunc(w, func(m string) string {
		return s.getenv(strings.Trim(m[1:], "{}"))
	})
}

func (s *state) exec1(line string) error {
	args, err := s.words(line)
	if err != nil {
		return err
	}
	neg := false
	if len(args) > 0 && args[0] == "!" {
		neg = true
		args = args[1:]
	}
	if len(args) == 0 {
		return errors.New("no command")
	}
	name, args := args[0], args[1:]
	switch name {
	case "exec":
		return s.doExec(neg, args)
	case "status":
		if len(args) != 1 {
			return errors.New("usage: status N")
		}
		want, err := strconv.Atoi(args[0])
		if err != nil {
			return err
		}
		if !s.ran {
			return errors.New("status before any exec")
		}
		if neg && s.status == want {
			return fmt.Errorf("exit status %d", s.status)
		}
		if !neg && s.status != want {
			return fmt.Errorf("exit status %d, want %d", s.status, want)
		}
		return nil
	case "stdout", "stderr":
		text := s.stdout
		if name == "stderr" {
			text = s.stderr
		}
		return match(name, text, neg, args)
	case "grep":
		if len(args) < 2 {
			return errors.New("usage: grep [-count=N] RE FILE")
		}
		data, err := os.ReadFile(s.path(args[len(args)-1]))
		if err != nil {
			return err
		}
		return match(args[len(args)-1], string(data), neg, args[:len(args)-1])
	case "cmp":
		if len(args) != 2 || neg {
			return errors.New("usage: cmp A B")
		}
		a, err := s.read(args[0])
		if err != nil {
			return err
		}
		b, err := s.read(args[1])
		if err != nil {
			return err
		}
		if a != b {
			return fmt.Errorf("%s and %s differ:\n--- %s\n%s\n--- %s\n%s", args[0], args[1], args[0], a, args[1], b)
		}
		return nil
	case "cp":
		if len(args) != 2 || neg {
			return errors.New("usage: cp A B")
		}
		a, err := s.read(args[0])
		if err != nil {
			return err
		}
		dst := s.path(args[1])
		if fi, err := os.Stat(dst); err == nil && fi.IsDir() {
			dst = filepath.Join(dst, filepath.Base(args[0]))
		}
		return os.WriteFile(dst, []byte(a), 0o644)
	case "mkdir":
		for _, a := range args {
			if err := os.MkdirAll(s.path(a), 0o755); err != nil {
				return err
			}
		}
		return nil
	case "exists":
		for _, a := range args {
			_, err := os.Stat(s.path(a))
			if neg && err == nil {
				return fmt.Errorf("%s exists", a)
			}
			if !neg && err != nil {
				return err
			}
		}
		return nil
	case "rm":
		for _, a := range args {
			if err := os.RemoveAll(s.path(a)); err != nil {
				return err
			}
		}
		return nil
	case "cd":
		if len(args) != 1 {
			return errors.New("usage: cd DIR")
		}
		d := s.path(args[0])
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			return fmt.Errorf("cd %s: not a directory", d)
		}
		s.dir = d
		return nil
	case "env":
		for _, a := range args {
			if !strings.Contains(a, "=") {
				return fmt.Errorf("env %s: want K=V", a)
			}
			s.env = append(s.env, a)
		}
		return nil
	}
	if f, ok := s.cmds[name]; ok {
		return f(s, neg, args)
	}
	return fmt.Errorf("unknown command %q", name)
}

func (s *state) read(name string) (string, error) {
	switch name {
	case "stdout":
		return s.stdout, nil
	case "stderr":
		return s.stderr, nil
	}
	data, err := os.ReadFile(s.path(name))
	return string(data), err
}

// match checks text against [-count=N] RE.
func match(what, text string, neg bool, args []string) error {
	count := -1
	if len(args) == 2 && strings.HasPrefix(args[0], "-count=") {
		n, err := strconv.Atoi(strings.TrimPrefix(args[0], "-count="))
		if err != nil || neg {
			return fmt.Errorf("bad %s", args[0])
		}
		count, args = n, args[1:]
	}
	if len(args) != 1 {
		return fmt.Errorf("usage: %s [-count=N] RE", what)
	}
	re, err := regexp.Compile("(?m)" + args[0])
	if err != nil {
		return err
	}
	n := len(re.FindAllStringIndex(text, -1))
	switch {
	case count >= 0 && n != count:
		return fmt.Errorf("%s: %d matches of %s, want %d; %s:\n%s", what, n, args[0], count, what, text)
	case count < 0 && neg && n > 0:
		return fmt.Errorf("%s matches %s:\n%s", what, args[0], text)
	case count < 0 && !neg && n == 0:
		return fmt.Errorf("%s does not match %s:\n%s", what, args[0], text)
	}
	return nil
}

// lookPath finds prog on the script's PATH.
func (s *state) lookPath(prog string) (string, error) {
	if strings.ContainsRune(prog, filepath.Separator) {
		return s.path(prog), nil
	}
	for _, d := range filepath.SplitList(s.getenv("PATH")) {
		p := filepath.Join(d, prog)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s not found on the script's PATH", prog)
}

func (s *state) doExec(neg bool, args []string) error {
	if len(args) == 0 {
		return errors.New("usage: exec PROG ARGS...")
	}
	prog, err := s.lookPath(args[0])
	if err != nil {
		return err
	}
	// A command still running when the test's deadline nears is killed,
	// so that the failure names it and leaves no process behind.
	ctx := context.Background()
	if d, ok := s.t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, d.Add(-30*time.Second))
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, prog, args[1:]...)
	cmd.WaitDelay = 5 * time.Second
	cmd.Dir = s.dir
	cmd.Env = s.env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err = cmd.Run()
	took := time.Since(start)
	s.stdout, s.stderr, s.ran = out.String(), errb.String(), true
	s.status = 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		s.status = ee.ExitCode()
	case err != nil:
		return err
	}
	if ctx.Err() != nil {
		return fmt.Errorf("killed after %s: the test's deadline is near", took.Round(time.Second))
	}
	if s.stdout != "" {
		fmt.Fprintf(&s.log, "[stdout]\n%s", s.stdout)
	}
	if s.stderr != "" {
		fmt.Fprintf(&s.log, "[stderr]\n%s", s.stderr)
	}
	fmt.Fprintf(&s.log, "[exit %d, %.1fs]\n", s.status, took.Seconds())
	if neg && s.status == 0 {
		return errors.New("exit 0, want a failure")
	}
	if !neg && s.status != 0 {
		return fmt.Errorf("exit %d, want 0", s.status)
	}
	return nil
}

// copyTree copies the regular files below src to dst, skipping .git;
// with dst "", it only reads them.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			if dst == "" {
				return nil
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil || dst == "" {
			return err
		}
		mode := os.FileMode(0o644)
		if fi, err := d.Info(); err == nil && fi.Mode()&0o111 != 0 {
			mode = 0o755
		}
		return os.WriteFile(filepath.Join(dst, rel), data, mode)
	})
}
