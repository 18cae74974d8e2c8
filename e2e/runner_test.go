package e2e

import (
	"slices"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	s := &state{env: []string{"WORK=/w", "X=a b"}}
	for _, c := range []struct {
		line string
		want []string
	}{
		{"exec a  b", []string{"exec", "a", "b"}},
		{"stdout '^x y$'", []string{"stdout", "^x y$"}},
		{"grep 'it''s' f", []string{"grep", "it's", "f"}},
		{"cd $WORK/d ${WORK}x", []string{"cd", "/w/d", "/wx"}},
		{"stdout 'a$' $X", []string{"stdout", "a$", "a b"}},
		{"stdout $UNSET", []string{"stdout", ""}},
		{"stdout ''", []string{"stdout", ""}},
	} {
		got, err := s.words(c.line)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("words(%q) = %q, %v; want %q", c.line, got, err, c.want)
		}
	}
	if _, err := s.words("stdout 'open"); err == nil {
		t.Error("an unterminated quote is not an error")
	}
}

func TestMatch(t *testing.T) {
	text := "a.go:1:2: x\nb.go:3:4: y\n"
	for _, c := range []struct {
		neg     bool
		args    []string
		wantErr string
	}{
		{false, []string{`^b\.go:`}, ""},
		{false, []string{`^c\.go:`}, "does not match"},
		{true, []string{`^c\.go:`}, ""},
		{true, []string{`y$`}, "matches"},
		{false, []string{"-count=2", `\.go:`}, ""},
		{false, []string{"-count=1", `\.go:`}, "2 matches"},
		{false, []string{"-count=x", `\.go:`}, "bad -count=x"},
		{false, []string{"("}, "missing closing"},
	} {
		err := match("stdout", text, c.neg, c.args)
		switch {
		case c.wantErr == "" && err != nil:
			t.Errorf("match(%v, %q): %v", c.neg, c.args, err)
		case c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("match(%v, %q) = %v, want an error with %q", c.neg, c.args, err, c.wantErr)
		}
	}
}

func TestRunSteps(t *testing.T) {
	wf := `jobs:
  j:
    steps:
      - uses: actions/checkout@v5
      - name: One
        run: echo one
      - name: Two
        run: |
          a
            b

          c
      - name: Up
        uses: x/y@v1
        with:
          k: v
      - run: last
`
	got := runSteps(wf)
	want := []step{{"One", "echo one\n"}, {"Two", "a\n  b\n\nc\n"}, {"", "last\n"}}
	if !slices.Equal(got, want) {
		t.Errorf("runSteps = %q, want %q", got, want)
	}
}
