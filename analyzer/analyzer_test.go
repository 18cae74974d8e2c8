package analyzer_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/msdklint/msdklint/analyzer"
)

var (
	setupOnce sync.Once
	setupDir  string
	setupErr  error
)

// testdata returns a GOPATH tree holding testdata/src and the generated
// constants packages, which the testdata packages import.
func testdata(t *testing.T) string {
	t.Helper()
	setupOnce.Do(func() {
		dir, err := os.MkdirTemp("", "msdklint-test")
		if err != nil {
			setupErr = err
			return
		}
		setupDir = dir
		if err := os.CopyFS(filepath.Join(dir, "src"), os.DirFS("../testdata/src")); err != nil {
			setupErr = err
			return
		}
		for _, p := range []string{"msdk", "qq", "wechat", "weibo", "openapi"} {
			dst := filepath.Join(dir, "src", "github.com", "msdklint", "msdklint", "catalog", p)
			if err := os.MkdirAll(dst, 0o755); err != nil {
				setupErr = err
				return
			}
			files, _ := filepath.Glob(filepath.Join("..", "catalog", p, "*.go"))
			for _, f := range files {
				if strings.HasSuffix(f, "_test.go") {
					continue
				}
				src, err := os.ReadFile(f)
				if err != nil {
					setupErr = err
					return
				}
				if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), src, 0o644); err != nil {
					setupErr = err
					return
				}
			}
		}
	})
	require.NoError(t, setupErr)
	return setupDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if setupDir != "" {
		os.RemoveAll(setupDir)
	}
	os.Exit(code)
}

// newAnalyzer returns an analyzer with the flags set.
func newAnalyzer(t *testing.T, facts bool, flags ...string) *analysis.Analyzer {
	t.Helper()
	a := analyzer.New(analyzer.Options{Facts: facts, CheckPrefix: true})
	for i := 0; i+1 < len(flags); i += 2 {
		require.NoError(t, a.Flags.Set(flags[i], flags[i+1]))
	}
	return a
}

// factsT drops analysistest's complaints about facts without a "want":
// the facts are tested by their effect across packages (the same
// findings in both modes) and by TestFacts.
type factsT struct{ *testing.T }

func (t factsT) Errorf(format string, args ...any) {
	if msg := fmt.Sprintf(format, args...); !strings.Contains(msg, "unexpected fact") {
		t.T.Error(msg)
	}
}

var modes = []struct {
	name  string
	facts bool
}{{"facts", true}, {"nofacts", false}}

func TestAnalyzer(t *testing.T) {
	dir := testdata(t)
	for _, tc := range []struct {
		name  string
		pkgs  []string
		flags []string
	}{
		{"cross-package", []string{"replies", "handlers"}, nil},
		{"shapes", []string{"shapes"}, nil},
		{"-infer=keys", []string{"infer_keys", "dingtalk", "mapkeys"}, []string{"infer", "keys"}},
		{"keys are no evidence", []string{"proto"}, nil},
		{"team protocol", []string{"team_protocol", "team_protocol_user"}, nil},
		{"named", []string{"rung_named"}, nil},
		{"host", []string{"rung_host"}, nil},
		{"foreign vendors", []string{"foreign_dingtalk", "foreign_wecom", "foreign_feishu", "dingtalk"}, []string{"infer", "keys"}},
		{"recall", []string{"recall"}, nil},
		{"wrong-platform notes", []string{"wrong_platform_notes"}, nil},
		{"helper called by tests", []string{"helper_tests"}, nil},
		{"ambiguity", []string{"ambiguity"}, nil},
		{"package binding", []string{"bind_package"}, []string{"bind", "bind_package=shop.codes;bind_package.Internal=none;bind_package.Other=other.shop;bind_package.Missing=qq;bind_package.Reply.Nope=qq"}},
		{"suppression", []string{"ignore_directive"}, nil},
		{"generated", []string{"generated_skipped"}, nil},
		{"type errors", []string{"typeerrors"}, nil},
		{"team codes", []string{"teamcodes", "teamuser"}, nil},
		{"team codes defined twice", []string{"team_codes_bad"}, nil},
		{"team codes at the limits", []string{"team_codes_limits"}, nil},
		{"one bad team block", []string{"team_blocks", "team_blocks_user"}, nil},
		{"team blocks that clash", []string{"team_clash_a", "team_clash_b", "team_clash_user"}, nil},
		{"bad codes block", []string{"team_codes_bad_ns", "team_codes_bad_ns_user"}, nil},
		{"bad directives", []string{"bad_directives"}, nil},
		{"missing-reauth", []string{"missing_reauth"}, nil},
		{"missing-reauth flow", []string{"reauth_flow"}, nil},
		{"bind flag", []string{"bind_flag"}, []string{"bind", "bind_flag.Vendor.Code=qq.platform;bind_flag.Vendor=wechat", "bind", "bind_flag.Whole=weibo"}},
		{"lang", []string{"lang_flag"}, []string{"lang", "zh"}},
		{"cgo", []string{"cgo"}, nil},
		{"-generated", []string{"generated_flag"}, []string{"generated", "true"}},
		{"check off", []string{"check_flags"}, []string{"wrong-platform", "false"}},
		{"namespaces by key", []string{"keyns"}, nil},
		{"feature-named protocol", []string{"featproto", "featproto_user"}, nil},
		{"consistency", []string{"consistency"}, nil},
		{"declared elsewhere", []string{"crossdecl", "crossuse"}, nil},
		{"hosts by function", []string{"hostscope/weixin"}, nil},
		{"direction", []string{"direction"}, nil},
		{"map and path reads", []string{"mapreads", "mapnone"}, nil},
		{"platform spellings", []string{"lexnames", "wxsdk", "msdkclient"}, nil},
		{"WeCom spellings", []string{"lookalike", "wechatwork", "wechat/work", "wecomhost", "wecom_words"}, nil},
		{"WeCom beside WeChat in a path", []string{"github.com/acme/PowerWeChat/v3/src/work/response", "github.com/acme/PowerWeChat/v3/src/openWork/model", "github.com/acme/PowerWeChat/v3/src/kernel/response"}, nil},
		{"DingTalk's Ding", []string{"ding_words"}, nil},
		{"WeChat ret", []string{"wechat_ret"}, nil},
		{"dead-code-field", []string{"dead_code_field"}, nil},
		{"dead-code-field -lang zh", []string{"dead_code_field_zh"}, []string{"lang", "zh"}},
		{"dead-code-field off", []string{"dead_code_field_off"}, []string{"dead-code-field", "false"}},
	} {
		for _, m := range modes {
			if m.facts && tc.name == "cgo" {
				continue // slow to load (runtime/cgo), and facts play no part
			}
			t.Run(tc.name+"/"+m.name, func(t *testing.T) {
				analysistest.Run(factsT{t}, dir, newAnalyzer(t, m.facts, tc.flags...), tc.pkgs...)
			})
		}
	}
}

func TestFixes(t *testing.T) {
	dir := testdata(t)
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(factsT{t}, dir, newAnalyzer(t, m.facts), "fixes", "fixlocal")
			analysistest.RunWithSuggestedFixes(factsT{t}, dir, newAnalyzer(t, m.facts), "dead_code_field_fix")
			analysistest.RunWithSuggestedFixes(factsT{t}, dir, newAnalyzer(t, m.facts), "wechat_ret")
		})
	}
}

func TestFlags(t *testing.T) {
	for _, tc := range []struct {
		flag, value, err string
	}{
		{"bind", "example.com/x.Reply.Ret=qq", ""},
		{"bind", "example.com/x.Reply=qq.platform,wechat", ""},
		{"bind", "x.Reply=qq;y.Reply.Code=weibo", ""},
		{"bind", "gopkg.in/yaml.v3.Node.Ret=qq", ""},
		{"bind", "example.com/x.Reply", "bad binding"},
		{"bind", "example.com/x=qq", ""},
		{"bind", "example.com/proto=game.proto", ""},
		{"bind", "example.com/proto.LoginRsp=none", ""},
		{"bind", "example.com/proto.LoginRsp=none,qq", "takes no other namespace"},
		{"bind", "example.com/x.Reply.Ret=nosuch", `no namespace or platform "nosuch"`},
		{"bind", "example.com/x.=qq", "is not importpath"},
		{"bind", "example com/x=qq", "is not importpath"},
		{"infer", "keys", ""},
		{"infer", "bound", ""},
		{"infer", "named", ""},
		{"infer", "hosts", `unknown -infer "hosts"`},
		{"bind", "x.Reply.Ret=", "bad binding"},
		{"bind", "x.Re-ply=qq", "not an identifier"},
		{"lang", "zh", ""},
		{"lang", "fr", `unknown language "fr"`},
		{"unknown-code", "false", ""},
	} {
		t.Run(tc.flag+"="+tc.value, func(t *testing.T) {
			err := analyzer.New(analyzer.Options{}).Flags.Set(tc.flag, tc.value)
			if tc.err == "" {
				require.NoError(t, err)
			} else {
				require.ErrorContains(t, err, tc.err)
			}
		})
	}
}

// TestInstances checks that analyzers do not share flags.
func TestInstances(t *testing.T) {
	a, b := analyzer.New(analyzer.Options{}), analyzer.New(analyzer.Options{})
	require.NoError(t, a.Flags.Set("lang", "zh"))
	require.Equal(t, "en", b.Flags.Lookup("lang").Value.String())
	require.Equal(t, "msdklint", analyzer.Analyzer.Name)
	require.NotEmpty(t, analyzer.Analyzer.FactTypes)
	require.Empty(t, b.FactTypes)
	require.True(t, strings.HasPrefix(a.Doc, "msdklint: "), a.Doc)
}

// TestDocs keeps docs/checks.md in step with Checks() and the flags.
func TestDocs(t *testing.T) {
	page, err := os.ReadFile("../docs/checks.md")
	require.NoError(t, err)
	doc := string(page)
	for _, c := range analyzer.Checks() {
		require.Contains(t, doc, "\n## "+c.Name+"\n", "section of %s", c.Name)
		require.NotEmpty(t, c.Summary)
		require.Contains(t, c.Doc, "Bad:")
		require.Contains(t, c.Doc, "Good:")
	}
	analyzer.New(analyzer.Options{}).Flags.VisitAll(func(f *flag.Flag) {
		require.Contains(t, doc, "`-"+f.Name+"`", "flag -%s", f.Name)
	})
	for _, d := range []string{"//msdklint:platform", "//msdklint:ignore", "//msdklint:codes", "//msdklint:reauth", `msdk:"`} {
		require.Contains(t, doc, d)
	}
}

// TestTestFiles runs the analyzer on a package with a _test.go file with
// and without -magic-code-in-tests, loading it once.
func TestTestFiles(t *testing.T) {
	dir := testdata(t)
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   dir,
		Tests: true,
		Env:   append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "magic_code_in_tests_flag")
	require.NoError(t, err)
	var test []*packages.Package
	for _, p := range pkgs {
		if strings.HasSuffix(p.ID, ".test]") {
			test = append(test, p)
		}
	}
	require.Len(t, test, 1)
	for _, tc := range []struct {
		inTests bool
		want    []string
	}{
		{false, []string{"unknown-code"}},
		{true, []string{"magic-code", "unknown-code"}},
	} {
		a := newAnalyzer(t, false, "magic-code-in-tests", fmt.Sprint(tc.inTests))
		res, err := checker.Analyze([]*analysis.Analyzer{a}, test, nil)
		require.NoError(t, err)
		var got []string
		for _, act := range res.Roots {
			require.NoError(t, act.Err)
			for _, d := range act.Diagnostics {
				got = append(got, d.Category)
				require.Equal(t, analyzer.URL+"#"+d.Category, d.URL) // resolved by the driver
				require.True(t, strings.HasPrefix(d.Message, d.Category+": "), d.Message)
			}
		}
		require.ElementsMatch(t, tc.want, got, "-magic-code-in-tests=%v", tc.inTests)
	}
}

// TestFacts checks what the facts mode exports: struct bindings and team
// codes.
func TestFacts(t *testing.T) {
	dir := testdata(t)
	results := analysistest.Run(factsT{t}, dir, newAnalyzer(t, true), "teamcodes")
	var got []string
	for _, r := range results {
		for obj, facts := range r.Facts {
			for _, f := range facts {
				name := "package"
				if obj != nil {
					name = obj.Name()
				}
				got = append(got, name+": "+fmt.Sprint(f))
			}
		}
	}
	require.ElementsMatch(t, []string{"Reply: msdklint:platform mygame", "package: msdklint:codes mygame.logic"}, got)

	results = analysistest.Run(factsT{t}, dir, newAnalyzer(t, false), "teamcodes")
	for _, r := range results {
		require.Empty(t, r.Facts)
	}
}

// field is the part of an analyzer.Field a test pins (Pos aside).
type field struct {
	Type, Name, Key string
	Namespaces      []string
	Rung            string
	Evidence        string
	Checked         bool
	Bind            string
	Advice          []string
}

// resultFields runs the analyzer on pkgs and returns their Result
// fields by package.
func resultFields(t *testing.T, a *analysis.Analyzer, pkgs ...string) map[string][]field {
	t.Helper()
	out := map[string][]field{}
	for _, r := range analysistest.Run(wantsT{t}, testdata(t), a, pkgs...) {
		res, ok := r.Result.(*analyzer.Result)
		require.True(t, ok, "%T", r.Result)
		for _, f := range res.Fields {
			require.True(t, f.Pos.IsValid())
			out[r.Pass.Pkg.Path()] = append(out[r.Pass.Pkg.Path()], field{f.Type, f.Name, f.Key, f.Namespaces, f.Rung.String(), f.Evidence, f.Checked, f.Bind, f.Advice})
		}
	}
	return out
}

// wantsT drops analysistest's complaints about diagnostics: the
// packages' "want" comments are for the default flags, tested by
// TestAnalyzer.
type wantsT struct{ *testing.T }

func (t wantsT) Errorf(format string, args ...any) {
	if msg := fmt.Sprintf(format, args...); !strings.Contains(msg, "unexpected fact") && !strings.Contains(msg, "diagnostic") {
		t.T.Error(msg)
	}
}

// TestResult pins the code fields each rung gives, as `msdklint fields`
// shows them.
func TestResult(t *testing.T) {
	got := resultFields(t, newAnalyzer(t, false), "proto", "team_protocol", "rung_host", "rung_named", "foreign_dingtalk", "advice_narrow")
	none := []string{"none"}
	assert.Equal(t, map[string][]field{
		"proto": {
			{"proto.LoginRsp", "Ret", "ret", []string{"msdk", "qq"}, "keys", "keys ret+msg", false, "//msdklint:platform none", none},
			{"proto.ShopRsp", "ErrCode", "errcode", []string{"wechat"}, "keys", "keys errcode+errmsg", false, "//msdklint:platform none", none},
		},
		"team_protocol": {
			{"team_protocol.LoginRsp", "Ret", "ret", []string{"game.proto"}, "bound", "//msdklint:platform in package teamprotocol", true, "", nil},
			{"team_protocol.Internal", "Ret", "ret", []string{"none"}, "bound", "//msdklint:platform on Internal", false, "", nil},
			{"", "Ret", "ret", []string{"game.proto"}, "bound", "//msdklint:platform in package teamprotocol", true, "", nil},
		},
		"rung_host": {
			{"rung_host.tokenReply", "Errcode", "errcode", []string{"wechat.platform"}, "host", "host api.weixin.qq.com", true, "//msdklint:platform wechat.platform", []string{"wechat.platform"}},
		},
		"rung_named": {
			{"rung_named.QQBridgeReply", "Ret", "ret", []string{"qq"}, "named", "type QQBridgeReply", true, "//msdklint:platform qq.platform", []string{"qq.platform"}},
			{"rung_named.DingTalkReply", "Errcode", "errcode", nil, "named", "type DingTalkReply (dingtalk)", false, "", nil},
			{"rung_named.QQLoginReply", "Ret", "ret", []string{"qq"}, "named", "type QQLoginReply", true, "//msdklint:platform qq.platform", []string{"qq.platform"}},
			{"", "Errcode", "errcode", []string{"wechat.platform"}, "named", "receiver WechatClient", true, `msdk:"wechat.platform"`, []string{"wechat.platform"}},
			{"", "Errcode", "errcode", []string{"wechat"}, "keys", "keys errcode+errmsg", false, `msdk:"none"`, none},
			{"rung_named.Reply", "ErrorCode", "error_code", []string{"weibo"}, "named", "file weibo_client", true, "//msdklint:platform weibo.api", []string{"weibo.api"}},
		},
		"foreign_dingtalk": {
			{"", "Errcode", "errcode", nil, "named", "receiver DingTalkProvider (dingtalk)", false, "", nil},
		},
		"advice_narrow": {
			{"advice_narrow.MSDKReply", "Ret", "ret", []string{"msdk"}, "bound", "//msdklint:platform on MSDKReply", true, "//msdklint:platform msdk.access,msdk.logic", []string{"msdk.access", "msdk.logic"}},
			{"advice_narrow.QQGameReply", "Ret", "ret", []string{"qq"}, "named", "type QQGameReply", true, "//msdklint:platform qq.platform,qq.gamecenter", []string{"qq.platform", "qq.gamecenter"}},
		},
	}, got)

	// -infer=keys checks the keys rung.
	got = resultFields(t, newAnalyzer(t, false, "infer", "keys"), "proto")
	for _, f := range got["proto"] {
		assert.True(t, f.Checked, f)
	}
}

// TestSilentFields pins what fields says of an inferred field compared
// with none of its codes: unchecked, the values, the binding to write.
func TestSilentFields(t *testing.T) {
	got := resultFields(t, newAnalyzer(t, false), "consistency")
	byType := map[string]field{}
	for _, f := range got["consistency"] {
		byType[f.Type] = f
	}
	assert.Equal(t, field{"consistency.QQReply", "Ret", "ret", []string{"qq"}, "named",
		"type QQReply; compared only with 9001, 9002, none a code of qq", false,
		"//msdklint:platform none", []string{"none"}}, byType["consistency.QQReply"])
	assert.False(t, byType["consistency.QQGiftReply"].Checked)
	assert.True(t, byType["consistency.QQShareReply"].Checked)
	assert.True(t, byType["consistency.BoundReply"].Checked)
}

// TestDeterministicOrder runs the analysis many times, in both modes, and
// compares the order of the findings: some are found by iterating maps.
func TestDeterministicOrder(t *testing.T) {
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			var first []string
			for i := range 20 {
				var got []string
				for _, r := range analysistest.Run(factsT{t}, testdata(t), newAnalyzer(t, m.facts), "bad_directives") {
					for _, d := range r.Diagnostics {
						got = append(got, fmt.Sprint(d.Pos, " ", d.Message))
					}
				}
				require.NotEmpty(t, got)
				if i == 0 {
					first = got
				}
				require.Equal(t, first, got, "run %d", i)
			}
		})
	}
}

// TestInferBound checks that -infer=bound reports only on bound fields:
// the named and host rungs go quiet.
func TestInferBound(t *testing.T) {
	a := newAnalyzer(t, false, "infer", "bound")
	for _, r := range analysistest.Run(wantsT{t}, testdata(t), a, "rung_named", "rung_host") {
		assert.Empty(t, r.Diagnostics, r.Pass.Pkg.Path())
		res := r.Result.(*analyzer.Result)
		assert.NotEmpty(t, res.Fields)
		for _, f := range res.Fields {
			assert.False(t, f.Checked, "%s.%s", f.Type, f.Name)
		}
	}
}
