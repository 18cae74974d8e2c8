package main

import (
	"bytes"
	"context"
	"encoding/json"
	"go/token"
	"io"
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
		Rung: analyzer.Unbound, Bind: "//msdklint:codes NS on the game's codes, or //msdklint:platform qq.platform on LoginRsp",
	}
	wx := analyzer.Field{
		Pos: g.Pos(101), Type: "example.com/game/wx.Reply", Name: "ErrCode", Key: "errcode",
		Namespaces: []string{"wechat.platform"}, Rung: analyzer.Named, Evidence: "package name wx", Checked: true,
		Bind: "//msdklint:platform wechat.platform on Reply",
	}
	keys := analyzer.Field{Pos: f.Pos(110), Name: "Errcode", Key: "errcode", Rung: analyzer.Keys, Evidence: "keys errcode, errmsg"}
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
./proto/login.go:3:6: example.com/game/proto.LoginRsp.Ret (key "ret"): unbound, not checked
	bind: //msdklint:codes NS on the game's codes, or //msdklint:platform qq.platform on LoginRsp
./wx/wx.go:2:2: example.com/game/wx.Reply.ErrCode (key "errcode"): named wechat.platform from package name wx
	bind: //msdklint:platform wechat.platform on Reply
3 code fields: 0 bound, 1 named, 0 host, 1 keys, 1 unbound
`, buf.String())

	buf.Reset()
	require.NoError(t, showFields(&buf, true, display, fset, results))
	var got []jsonField
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got), buf.String())
	require.Len(t, got, 3)
	assert.Equal(t, jsonField{
		Posn: "/src/game/wx/wx.go:2:2", Type: "example.com/game/wx.Reply", Name: "ErrCode", Key: "errcode",
		Namespaces: []string{"wechat.platform"}, Rung: "named", Evidence: "package name wx", Checked: true,
		Bind: "//msdklint:platform wechat.platform on Reply",
	}, got[2])
	assert.Contains(t, buf.String(), `"namespaces": []`, "an unchecked field has no namespaces, not null")
}

func TestUnboundSummary(t *testing.T) {
	fset, results := sampleResults()
	assert.Equal(t, "2 code fields unbound: see msdklint fields", unboundSummary(fset, results))
	fields := results[0].(*analyzer.Result).Fields
	one := &analyzer.Result{Fields: fields[:1]}
	assert.Equal(t, "1 code field unbound: see msdklint fields", unboundSummary(fset, []any{one}))
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
	assert.Regexp(t, `(?m)^\d+ code fields: \d+ bound, \d+ named, \d+ host, \d+ keys, \d+ unbound$`, out.String())
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
	return driver.Results(args, config(context.Background(), dir, stdout, stderr), showFields)
}
