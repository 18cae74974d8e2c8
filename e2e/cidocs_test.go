package e2e

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/internal/report/codeclimate/gitlabtest"
)

// TestCIDocs runs the commands of docs/ci.md, so the page cannot rot:
// the blocks marked <!-- ci-docs-check: NAME --> go to files in $DOC
// (the workflow's run steps one file each), and testdata/ci-docs.txtar
// runs them on examples/gameserver in a copy of the checkout.
func TestCIDocs(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(root, "docs", "ci.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := docBlocks(string(src))
	for _, name := range []string{"baseline", "workflow", "gitlab", "pre-commit", "git-hook", "vet", "bazel-build", "nogo-config"} {
		if blocks[name] == "" {
			t.Fatalf("docs/ci.md has no block %q", name)
		}
	}
	steps := runSteps(blocks["workflow"])
	if len(steps) == 0 {
		t.Fatal("the workflow has no run steps")
	}
	// Fetching a release is not possible here: the install step builds
	// this checkout.
	install := regexp.MustCompile(`go install github\.com/msdklint/msdklint/cmd/msdklint@\S*`)
	if !install.MatchString(steps[0].run) {
		t.Fatalf("the first step does not install cmd/msdklint:\n%s", steps[0].run)
	}
	steps[0].run = install.ReplaceAllString(steps[0].run, `(cd "$$REPO" && go install ./cmd/msdklint)`)

	s := script(t)
	doc := filepath.Join(s.dir, "doc")
	repo := filepath.Join(s.dir, "repo")
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(doc, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(doc, 0o755); err != nil {
		t.Fatal(err)
	}
	var names strings.Builder
	gate := ""
	for i, st := range steps {
		fmt.Fprintf(&names, "%d %s\n", i+1, st.name)
		write(fmt.Sprintf("step%d.sh", i+1), st.run)
		if strings.Contains(st.run, "-baseline") {
			gate = st.run
		}
	}
	if gate == "" {
		t.Fatal("the workflow has no step with -baseline")
	}
	write("steps", names.String())
	// GitLab's job: its script lines, gitlab1.sh... (the install line
	// builds this checkout, as the workflow's), and its report file.
	script := gitlabScript(blocks["gitlab"])
	if len(script) == 0 || !install.MatchString(script[0]) {
		t.Fatalf("the GitLab job's script does not start by installing cmd/msdklint:\n%s", blocks["gitlab"])
	}
	script[0] = install.ReplaceAllString(script[0], `(cd "$$REPO" && go install ./cmd/msdklint)`)
	for i, line := range script {
		write(fmt.Sprintf("gitlab%d.sh", i+1), line+"\n")
	}
	report := regexp.MustCompile(`(?m)^\s*codequality:\s*(\S+)`).FindStringSubmatch(blocks["gitlab"])
	if report == nil {
		t.Fatal("the GitLab job has no codequality report")
	}
	write("gate.sh", gate)
	write("baseline.sh", blocks["baseline"])
	write("git-hook.sh", blocks["git-hook"])
	write("vet.sh", blocks["vet"])
	write("nogo-config.json", blocks["nogo-config"])
	entry := regexp.MustCompile(`(?m)^\s*entry:\s*(.*)$`).FindStringSubmatch(blocks["pre-commit"])
	if entry == nil {
		t.Fatal("the pre-commit block has no entry")
	}
	write("entry.sh", entry[1]+"\n")
	sarif := regexp.MustCompile(`(?m)^\s*sarif_file:\s*(\S+)`).FindStringSubmatch(blocks["workflow"])
	if sarif == nil {
		t.Fatal("the workflow uploads no sarif_file")
	}
	label := regexp.MustCompile(`"@com_github_msdklint_msdklint//([a-z/]+)"`).FindStringSubmatch(blocks["bazel-build"])
	if label == nil {
		t.Fatal("the BUILD block names no msdklint dep")
	}

	if err := copyTree(root, repo); err != nil {
		t.Fatal(err)
	}
	gobin := filepath.Join(s.dir, "gobin")
	// -trimpath: the copy lives in a new temp dir each run, and without
	// it the paths would change every compile and vet action's key, so
	// go vet -vettool would re-vet the standard library each time (30 s).
	s.env = append(s.env,
		"DOC="+doc, "REPO="+repo, "SARIF_FILE="+sarif[1], "CODEQUALITY_FILE="+report[1],
		"NOGO_PKG=github.com/msdklint/msdklint/"+label[1],
		"GOBIN="+gobin, "PATH="+gobin+string(os.PathListSeparator)+s.getenv("PATH"),
		"GOFLAGS=-mod=mod -trimpath")
	// codequality FILE: FILE is a report with the fields GitLab reads.
	s.cmds = map[string]func(*state, bool, []string) error{
		"codequality": func(s *state, neg bool, args []string) error {
			if neg || len(args) != 1 {
				return fmt.Errorf("usage: codequality FILE")
			}
			data, err := os.ReadFile(s.path(args[0]))
			if err != nil {
				return err
			}
			if issues := gitlabtest.Check(s.t, data); len(issues) == 0 {
				return fmt.Errorf("%s: no findings", args[0])
			}
			return nil
		},
	}
	s.runFile(filepath.Join("testdata", "ci-docs.txtar"))
}

// gitlabScript returns the commands of the script: list of a GitLab CI
// job, one per item ("- cmd"); comment lines are left out.
func gitlabScript(job string) []string {
	var cmds []string
	inside, indent := false, 0
	for line := range strings.Lines(job) {
		line = strings.TrimRight(line, "\n")
		lead := len(line) - len(strings.TrimLeft(line, " "))
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "script:":
			inside, indent = true, lead
		case inside && (lead <= indent && trimmed != ""):
			inside = false
		case inside && strings.HasPrefix(trimmed, "- "):
			cmds = append(cmds, strings.TrimPrefix(trimmed, "- "))
		}
	}
	return cmds
}

// docBlocks returns the fenced blocks that follow a line
// "<!-- ci-docs-check: NAME -->", by NAME.
func docBlocks(md string) map[string]string {
	blocks := map[string]string{}
	name, inside := "", false
	var b strings.Builder
	for line := range strings.Lines(md) {
		line = strings.TrimRight(line, "\n")
		switch {
		case !inside && strings.HasPrefix(line, "<!-- ci-docs-check: ") && strings.HasSuffix(line, " -->"):
			name = strings.TrimSuffix(strings.TrimPrefix(line, "<!-- ci-docs-check: "), " -->")
		case name != "" && !inside && strings.HasPrefix(line, "```"):
			inside = true
			b.Reset()
		case inside && strings.HasPrefix(line, "```"):
			blocks[name] = b.String()
			name, inside = "", false
		case inside:
			b.WriteString(line + "\n")
		}
	}
	return blocks
}

type step struct{ name, run string }

// runSteps returns the run steps of a GitHub Actions workflow, in order:
// "run: cmd", or "run: |" and the lines indented deeper than the key.
// A uses: step is skipped.
func runSteps(workflow string) []step {
	var (
		steps  []step
		name   string
		block  bool
		indent int
	)
	nameRE := regexp.MustCompile(`^\s*- name: (.*)$`)
	usesRE := regexp.MustCompile(`^\s*(- )?uses: `)
	runRE := regexp.MustCompile(`^(\s*(?:- )?)run: (.*)$`)
	sc := bufio.NewScanner(strings.NewReader(workflow))
	for sc.Scan() {
		line := sc.Text()
		if block {
			lead := len(line) - len(strings.TrimLeft(line, " "))
			if line == "" || lead > indent {
				steps[len(steps)-1].run += strings.TrimPrefix(line, strings.Repeat(" ", indent+2)) + "\n"
				continue
			}
			block = false
		}
		if m := nameRE.FindStringSubmatch(line); m != nil {
			name = m[1]
			continue
		}
		if usesRE.MatchString(line) {
			name = ""
			continue
		}
		if m := runRE.FindStringSubmatch(line); m != nil {
			st := step{name: name}
			if m[2] == "|" {
				block, indent = true, len(m[1])
			} else {
				st.run = m[2] + "\n"
			}
			steps = append(steps, st)
		}
	}
	return steps
}
