package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 17, point 5: a -bind entry that names no loaded package, no type
// or no field is an error of the run (1, a line on stderr); a conflicting
// duplicate or an empty namespace is a usage error (2).
func TestBindChecked(t *testing.T) {
	root := repoRoot(t)
	const pkg = "github.com/msdklint/msdklint/examples/gameserver/platform"
	for _, tc := range []struct {
		bind string
		code int
		says string
	}{
		{"example.com/nosuch=qq", 1, "-bind example.com/nosuch: no package example.com/nosuch is loaded"},
		{"github.com/msdklint/msdklint/examples/gameserver/platfrom.QQReply=qq", 1, "no package github.com/msdklint/msdklint/examples/gameserver/platfrom is loaded"},
		{pkg + ".Nope=qq", 1, "package " + pkg + " has no type Nope"},
		{"net/http.Response.Nope=qq", 1, "type net/http.Response has no field Nope"},
		{"X.Reply=wechat;X.Reply=qq", 2, "X.Reply is also bound to wechat"},
		{"X.Reply=qq,,wechat", 2, "an empty namespace in the list"},
		{"net/http.Response.StatusCode=none", 0, ""},
	} {
		var out, errb bytes.Buffer
		code := lint([]string{"-bad-directive=false", "-bind", tc.bind, "./examples/gameserver/platform"}, root, &out, &errb)
		if tc.code == 0 {
			assert.Equal(t, 0, code, "%s: %s", tc.bind, errb.String())
			assert.NotContains(t, errb.String(), "-bind", tc.bind)
			continue
		}
		assert.Equal(t, tc.code, code, "%s: %s", tc.bind, errb.String())
		assert.Contains(t, errb.String(), tc.says, tc.bind)
	}
}
