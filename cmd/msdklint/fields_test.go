package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"go/token"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/analyzer"
	"github.com/msdklint/msdklint/internal/driver"
)

// sampleResults are the results of a package and its test variant, which
// repeats the package's file.
func sampleResults() (*token.FileSet, []any) {
	fset := token.NewFileSet()
	f := fset.AddFile("/src/game/proto/login.go", -1, 1000)
	f.SetLines([]int{0, 100, 200, 300})
	g := fset.AddFile("/src/game/wx/wx.go", -1, 1000)
	g.SetLines([]int{0, 100})
	login := analyzer.Field{
		Pos: f.Pos(205), Type: "example.com/game/proto.LoginRsp", Name: "Ret", Key: "ret",
		Rung: analyzer.Unbound, Advice: []string{"none"},
	}
	wx := analyzer.Field{
		Pos: g.Pos(101), Type: "example.com/game/wx.Reply", Name: "ErrCode", Key: "errcode",
		Namespaces: []string{"wechat.platform"}, Rung: analyzer.Named, Evidence: "package name wx", Checked: true,
		Advice: []string{"wechat.platform"},
	}
	keys := analyzer.Field{Pos: f.Pos(110), Name: "Errcode", Key: "errcode", Rung: analyzer.Keys, Evidence: "keys errcode, errmsg", Advice: []string{"none"}}
	return fset, []any{
		&analyzer.Result{Fields: []analyzer.Field{login, keys}},
		&analyzer.Result{Fields: []analyzer.Field{keys, login, wx}}, // the test variant
		(*analyzer.Result)(nil),
	}
}

func TestShowFields(t *testing.T) {
	fset, results := sampleResults()
	display := func(name string) string { return "." + strings.TrimPrefix(name, "/src/game") }
	var buf bytes.Buffer
	require.NoError(t, showFields(&buf, false, display, fset, results))
	assert.Equal(t, `./proto/login.go:2:11: Errcode (key "errcode"): keys from keys errcode, errmsg, not checked
	bind: msdk:"none" on field Errcode; no platform is named: none if it is no platform's reply, a team namespace (//msdklint:codes NS) if it is the team's
./proto/login.go:3:6: example.com/game/proto.LoginRsp.Ret (key "ret"): unbound, not checked
	bind: //msdklint:platform none on type LoginRsp (or -bind example.com/game/proto.LoginRsp=none); no platform is named: none if it is no platform's reply, a team namespace (//msdklint:codes NS) if it is the team's
./wx/wx.go:2:2: example.com/game/wx.Reply.ErrCode (key "errcode"): named wechat.platform from package name wx
	bind: //msdklint:platform wechat.platform on type Reply (or -bind example.com/game/wx.Reply=wechat.platform)
-bind 'example.com/game/proto.LoginRsp=none;example.com/game/wx.Reply=wechat.platform'
bindings:
  - example.com/game/proto.LoginRsp=none
  - example.com/game/wx.Reply=wechat.platform
3 code fields: 0 bound, 1 named, 0 host, 1 keys, 1 unbound; 2 not checked for lack of a binding
`, buf.String())

	buf.Reset()
	require.NoError(t, showFields(&buf, true, display, fset, results))
	var got []jsonField
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got), buf.String())
	require.Len(t, got, 3)
	assert.Equal(t, jsonField{
		Posn: "/src/game/wx/wx.go:2:2", Type: "example.com/game/wx.Reply", Name: "ErrCode", Key: "errcode",
		Namespaces: []string{"wechat.platform"}, Rung: "named", Evidence: "package name wx", Checked: true,
		Advice: []string{"wechat.platform"}, Bind: "//msdklint:platform wechat.platform", BindOn: "type Reply",
		BindFlag: "example.com/game/wx.Reply=wechat.platform",
	}, got[2])
	assert.Contains(t, buf.String(), `"namespaces": []`, "an unchecked field has no namespaces, not null")
}

// A bound field is advised where its binding is: a tag where a tag binds
// it, a -bind where a -bind does (either beats a type's directive).
func TestAdviseBound(t *testing.T) {
	fields := []field{
		{Field: analyzer.Field{Type: "x.T", Name: "Ret", Rung: analyzer.Bound, Evidence: `tag msdk:"msdk"`, Advice: []string{"msdk.access", "msdk.logic"}}},
		{Field: analyzer.Field{Type: "x.U", Name: "Ret", Rung: analyzer.Bound, Evidence: "-bind x.U", Advice: []string{"msdk.access", "msdk.logic"}}},
		{Field: analyzer.Field{Type: "x.V", Name: "Ret", Rung: analyzer.Bound, Evidence: "//msdklint:platform on V", Advice: []string{"msdk.access", "msdk.logic"}}},
	}
	assert.Equal(t, []advice{
		{line: `msdk:"msdk.access,msdk.logic"`, on: "field Ret", flag: "x.T.Ret=msdk.access,msdk.logic"},
		{line: "-bind x.U=msdk.access,msdk.logic", on: "the command line", flag: "x.U=msdk.access,msdk.logic"},
		{line: "//msdklint:platform msdk.access,msdk.logic", on: "type V", flag: "x.V=msdk.access,msdk.logic"},
	}, adviseFields(fields))
}

func TestUnboundSummary(t *testing.T) {
	fset, results := sampleResults()
	assert.Equal(t, "2 code fields not checked for lack of a binding: see msdklint fields", unboundSummary(fset, results))
	fields := results[0].(*analyzer.Result).Fields
	one := &analyzer.Result{Fields: fields[:1]}
	assert.Equal(t, "1 code field not checked for lack of a binding: see msdklint fields", unboundSummary(fset, []any{one}))
	checked := &analyzer.Result{Fields: results[1].(*analyzer.Result).Fields[2:]}
	assert.Equal(t, "", unboundSummary(fset, []any{checked}))
	badBinding := fields[1]
	badBinding.Rung, badBinding.Namespaces = analyzer.Bound, nil
	assert.Equal(t, "", unboundSummary(fset, []any{&analyzer.Result{Fields: []analyzer.Field{badBinding}}}),
		"a binding to an unknown namespace has its own finding")
	foreign := fields[1]
	foreign.Rung, foreign.Namespaces, foreign.Evidence = analyzer.Named, nil, "type DingTalkReply (dingtalk)"
	assert.Equal(t, "", unboundSummary(fset, []any{&analyzer.Result{Fields: []analyzer.Field{foreign}}}),
		"another company's field is decided, not unbound")
	assert.Equal(t, "", unboundSummary(nil, nil))
}

// A field's view from a package that reads it beats the view of the
// package that only declares it: the proto package cannot see that its
// QQLoginRsp is sent by the game.
func TestCodeFieldsPreferReaders(t *testing.T) {
	fset := token.NewFileSet()
	f := fset.AddFile("/src/game/proto/proto.go", -1, 100)
	declared := analyzer.Field{Pos: f.Pos(10), Type: "game/proto.QQLoginRsp", Name: "Ret", Key: "ret",
		Namespaces: []string{"qq"}, Rung: analyzer.Named, Evidence: "type QQLoginRsp", Checked: true}
	read := declared
	read.Namespaces, read.Rung, read.Evidence, read.Checked, read.Used = nil, analyzer.Keys, "QQLoginRsp is sent by the game, never decoded", false, true
	got := codeFields(fset, []any{&analyzer.Result{Fields: []analyzer.Field{declared}}, &analyzer.Result{Fields: []analyzer.Field{read}}})
	require.Len(t, got, 1)
	assert.Equal(t, read, got[0].Field)
	got = codeFields(fset, []any{&analyzer.Result{Fields: []analyzer.Field{read}}, &analyzer.Result{Fields: []analyzer.Field{declared}}})
	assert.Equal(t, read, got[0].Field)
}

// The fields subcommand runs the analyzer through the driver: flags about
// findings are refused; the examples' fields are listed with a count.
func TestFieldsCommand(t *testing.T) {
	code, _, errOut := runCmd("fields", "-fix", "./...")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-fix is about findings")
	code, _, errOut = runCmd("fields", "-format", "sarif", "./...")
	assert.Equal(t, 2, code, errOut)

	var out, errb bytes.Buffer
	code = driverResults([]string{"./examples/..."}, repoRoot(t), &out, &errb)
	assert.Equal(t, 0, code, errb.String())
	assert.Regexp(t, `(?m)^\d+ code fields: \d+ bound, \d+ named, \d+ host, \d+ keys, \d+ unbound; \d+ not checked for lack of a binding$`, out.String())
	out.Reset()
	code = driverResults([]string{"-json", "./examples/..."}, repoRoot(t), &out, &errb)
	assert.Equal(t, 0, code, errb.String())
	var fields []jsonField
	require.NoError(t, json.Unmarshal(out.Bytes(), &fields), out.String())

	code = driverResults([]string{"./examples/nosuch"}, repoRoot(t), io.Discard, io.Discard)
	assert.Equal(t, 1, code)
}

// driverResults runs "msdklint fields" in dir.
func driverResults(args []string, dir string, stdout, stderr io.Writer) int {
	return driver.Results(args, config(context.Background(), nil, dir, stdout, stderr), showFields)
}

// mixedModule is a game server shaped like issue 16's: its own protocol
// (known by its keys only), MSDK, QQ and WeChat replies.
var mixedModule = map[string]string{
	"proto/proto.go": `// Package proto is the game's own client protocol.
package proto

// The game's codes.
const (
	CodeItemNotFound = 1001
	CodeGuildFull    = 1003
)

// Reply is the game's reply.
type Reply struct {
	Ret int    ` + "`json:\"ret\"`" + `
	Msg string ` + "`json:\"msg\"`" + `
}

// GuildRsp is the guild backend's reply.
type GuildRsp struct {
	ErrCode int    ` + "`json:\"errcode\"`" + `
	ErrMsg  string ` + "`json:\"errmsg\"`" + `
}

// Missing tells whether the item is missing.
func Missing(r Reply) bool {
	return r.Ret == CodeItemNotFound || r.Ret == 1003
}

// Full tells whether the guild is full.
func Full(g GuildRsp) bool {
	return g.ErrCode == 1003 || g.ErrCode == 1001
}
`,
	"msdkauth/msdkauth.go": `// Package msdkauth verifies logins with MSDK.
package msdkauth

// Reply is MSDK's reply.
type Reply struct {
	Ret     int    ` + "`json:\"ret\"`" + `
	Msg     string ` + "`json:\"msg\"`" + `
	ErrType int    ` + "`json:\"err_type\"`" + `
}

// Busy tells whether MSDK is rate limited.
func Busy(r Reply) bool {
	return r.Ret == -503 || r.Ret == -2010 || r.ErrType == 1
}
`,
	"qqlogin/qqlogin.go": `// Package qqlogin logs players in with QQ.
package qqlogin

// QQReply is the QQ platform's reply.
type QQReply struct {
	Ret int    ` + "`json:\"ret\"`" + `
	Msg string ` + "`json:\"msg\"`" + `
}

// Expired tells whether the token expired.
func Expired(r QQReply) bool {
	return r.Ret == 100014 || r.Ret == 1000144 || r.Ret == -4010
}
`,
	"wxlogin/wxlogin.go": `// Package wxlogin logs players in with WeChat.
package wxlogin

import "example.com/game/proto"

// WxReply is WeChat's reply.
type WxReply struct {
	ErrCode int    ` + "`json:\"errcode\"`" + `
	ErrMsg  string ` + "`json:\"errmsg\"`" + `
}

// Expired tells whether the token expired.
func Expired(r WxReply, g proto.GuildRsp) bool {
	return r.ErrCode == 42001 || r.ErrCode == 4001 || g.ErrCode == 40001
}
`,
}

// Issue 16: following msdklint fields' advice never adds a finding. The
// advice used to bind the team's protocol to whole platforms (ret+msg:
// msdk,qq), which lit it up with false findings.
func TestFieldsAdviceFollowed(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := binary(t)
	dir, env := userModule(t, mixedModule)
	run := func(args ...string) string {
		cmd := exec.Command(bin, args...)
		var stdout, stderr bytes.Buffer
		cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 3) {
			t.Fatalf("msdklint %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
		}
		return stdout.String()
	}
	// A finding by position and check: messages name the namespaces
	// searched, which the advice narrows.
	positions := func(out string) []string {
		var ps []string
		for _, f := range findings(out) {
			file, rest, _ := strings.Cut(f, ": ")
			check, _, _ := strings.Cut(rest, ": ")
			ps = append(ps, file+": "+check)
		}
		return ps
	}
	before, beforeKeys := positions(run("./...")), positions(run("-infer=keys", "./..."))
	require.NotEmpty(t, before)

	var fields []jsonField
	require.NoError(t, json.Unmarshal([]byte(run("fields", "-json", "./...")), &fields))
	advised := map[string]string{}
	for _, f := range fields {
		if f.Bind == "" {
			continue
		}
		assert.NotContains(t, f.Advice, "qq", "%s: a whole platform", f.Type)
		assert.NotContains(t, f.Advice, "msdk", "%s: a whole platform", f.Type)
		require.True(t, strings.HasPrefix(f.BindOn, "type "), "%+v", f)
		advised[f.Type] = f.Bind
		// Follow it: the directive above the type, in place of its one
		// line of doc comment so that the findings keep their lines.
		file := f.Posn[:strings.LastIndex(f.Posn[:strings.LastIndex(f.Posn, ":")], ":")]
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		decl := "\ntype " + strings.TrimPrefix(f.BindOn, "type ") + " struct"
		if !strings.Contains(string(src), "\n"+f.Bind+decl) {
			i := strings.Index(string(src), decl)
			require.Positive(t, i, "%s in %s", decl, src)
			j := strings.LastIndex(string(src[:i]), "\n")
			require.True(t, strings.HasPrefix(string(src[j+1:i]), "// "), "a doc comment line above %s", decl)
			src = []byte(string(src[:j+1]) + f.Bind + string(src[i:]))
			require.NoError(t, os.WriteFile(file, src, 0o644))
		}
	}
	assert.Equal(t, map[string]string{
		"example.com/game/proto.Reply":     "//msdklint:platform none",
		"example.com/game/proto.GuildRsp":  "//msdklint:platform none",
		"example.com/game/msdkauth.Reply":  "//msdklint:platform msdk.access,msdk.logic",
		"example.com/game/qqlogin.QQReply": "//msdklint:platform qq.platform,qq.gamecenter",
		"example.com/game/wxlogin.WxReply": "//msdklint:platform wechat.platform",
	}, advised)

	assert.Equal(t, before, positions(run("./...")), "following the advice changed the findings")
	assert.Subset(t, beforeKeys, positions(run("-infer=keys", "./...")), "following the advice added findings under -infer=keys")
	out := run("fields", "./...")
	assert.Contains(t, out, "6 code fields: 6 bound, 0 named, 0 host, 0 keys, 0 unbound", out)
	assert.NotContains(t, out, "bind:", "the advice, once followed, has nothing left to say")
}

// Issue 16: the run's closing line and the last line of "msdklint fields"
// count the same fields in the same words: a module whose fields are
// known only by their keys said "2 code fields unbound" and "0 unbound,
// 2 keys".
func TestUnboundAgrees(t *testing.T) {
	dir, _ := userModule(t, map[string]string{
		"proto/p.go": "package proto\n\ntype Reply struct {\n\tRet int `json:\"ret\"`\n\tMsg string `json:\"msg\"`\n}\n\nfunc OK(r Reply) bool { return r.Ret == 0 }\n",
		"ding/d.go":  "package ding\n\nconst api = \"https://oapi.dingtalk.com/robot/send\"\n\ntype Resp struct {\n\tErrCode int `json:\"errcode\"`\n\tErrMsg string `json:\"errmsg\"`\n}\n\nfunc OK(r Resp) bool { return r.ErrCode == 0 }\n",
	})
	for k, v := range map[string]string{"GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOSUMDB": "off", "GOWORK": "off"} {
		t.Setenv(k, v)
	}
	var out, errb bytes.Buffer
	require.Equal(t, 0, lint([]string{"./..."}, dir, &out, &errb), errb.String())
	run := regexp.MustCompile(`msdklint: (\d+) code fields? (not checked for lack of a binding): see msdklint fields`).FindStringSubmatch(errb.String())
	require.NotNil(t, run, errb.String())
	out.Reset()
	require.Equal(t, 0, driverResults([]string{"./..."}, dir, &out, &errb))
	fields := regexp.MustCompile(`; (\d+) (not checked for lack of a binding)\n$`).FindStringSubmatch(out.String())
	require.NotNil(t, fields, out.String())
	assert.Equal(t, run[1:], fields[1:])
	assert.Equal(t, "1", run[1], "the keys-only field counts, the DingTalk one does not")
}
