// Package golangci registers msdklint as a golangci-lint v2 module plugin.
//
// A custom golangci-lint binary that blank-imports this package (built
// with `golangci-lint custom` or from the module proxy, see
// docs/golangci.md) runs msdklint when .golangci.yml says:
//
//	linters:
//	  default: none
//	  enable: [msdklint]
//	  settings:
//	    custom:
//	      msdklint:
//	        type: module
//	        settings:
//	          checks:
//	            magic-code: false
//	          magic-code-in-tests: false
//	          lang: zh
//	          infer: named
//	          bindings:
//	            - example.com/game/reply.LoginReply.Ret=qq.platform
//	            - example.com/game/proto=game.proto
//	            - example.com/game/internal/rpc.Status=none
//
// Every key is optional. An unknown key, an unknown check name, an
// unknown language or -infer value, or a malformed binding is an error,
// so a typo cannot silently leave a check on. A binding naming a type or
// field that its package lacks is reported as a bad-directive issue at
// that package's package clause (the plugin cannot know the packages
// before golangci-lint loads them).
package golangci

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/msdklint/msdklint/analyzer"
)

func init() {
	register.Plugin("msdklint", New)
}

// Settings is the plugin's part of .golangci.yml
// (linters.settings.custom.msdklint.settings).
//
// golangci-lint reads its configuration with viper, which lowercases map
// keys; encoding/json matches keys case-insensitively, so the kebab-case
// names below are found whatever the case in the file.
type Settings struct {
	// Checks turns checks on (true) or off (false) by name: unknown-code,
	// wrong-platform, magic-code, missing-reauth, dead-code-field. Unnamed
	// checks stay on.
	Checks map[string]bool `json:"checks"`
	// MagicCodeInTests reports magic codes in _test.go files too.
	MagicCodeInTests bool `json:"magic-code-in-tests"`
	// Generated analyzes generated files. golangci-lint also drops issues
	// in generated files unless linters.exclusions.generated is disable.
	Generated bool `json:"generated"`
	// Lang is the language of the messages: en (default) or zh.
	Lang string `json:"lang"`
	// Infer is the weakest evidence checked: bound, named (default) or
	// keys, as the -infer flag (docs/binding.md).
	Infer string `json:"infer"`
	// Bindings binds fields, struct types or whole packages to
	// namespaces, each "importpath.Type.Field=NS[,NS...]",
	// "importpath.Type=NS[,NS...]" or "importpath=NS[,NS...]", NS being a
	// catalog namespace or platform, a team namespace or none, as the
	// -bind flag does.
	Bindings []string `json:"bindings"`
}

// checks are the checks a setting may turn off; bad-directive stays on
// because it reports mistakes in msdklint's own directives.
var checks = []string{analyzer.UnknownCode, analyzer.WrongPlatform, analyzer.MagicCode, analyzer.MissingReauth, analyzer.DeadCodeField}

// Plugin is the msdklint module plugin.
type Plugin struct {
	analyzer *analysis.Analyzer
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the plugin settings and applies them to a new analyzer, so
// that every mistake in them is reported before linting starts.
// golangci-lint calls it once per run with the raw value of the settings
// key (nil when it is absent).
func New(conf any) (register.LinterPlugin, error) {
	s, err := DecodeSettings(conf)
	if err != nil {
		return nil, err
	}
	a, err := newAnalyzer(s)
	if err != nil {
		return nil, err
	}
	return &Plugin{analyzer: a}, nil
}

// DecodeSettings decodes the raw settings and checks the check names; the
// analyzer's flags check the values of the other keys.
func DecodeSettings(conf any) (Settings, error) {
	// register.DecodeSettings rejects unknown keys (it decodes with
	// DisallowUnknownFields); the wrapping names the keys that exist.
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		return Settings{}, fmt.Errorf("msdklint settings: %w (known keys: checks, magic-code-in-tests, generated, lang, infer, bindings)", err)
	}
	for name := range s.Checks {
		if !slices.Contains(checks, name) {
			return Settings{}, fmt.Errorf("msdklint settings: checks: unknown check %q (known: %s)", name, strings.Join(checks, ", "))
		}
	}
	return s, nil
}

// newAnalyzer returns a new msdklint analyzer with the settings applied
// to its flags. It is the variant without facts: golangci-lint loads
// whole programs, and facts would make it type-check every dependency
// from source.
func newAnalyzer(s Settings) (*analysis.Analyzer, error) {
	a := analyzer.New(analyzer.Options{CheckPrefix: true})
	set := func(key, flag, value string) error {
		if err := a.Flags.Set(flag, value); err != nil {
			return fmt.Errorf("msdklint settings: %s: %v", key, err)
		}
		return nil
	}
	for _, name := range checks {
		if on, ok := s.Checks[name]; ok {
			if err := set("checks."+name, name, strconv.FormatBool(on)); err != nil {
				return nil, err
			}
		}
	}
	if err := set("magic-code-in-tests", "magic-code-in-tests", strconv.FormatBool(s.MagicCodeInTests)); err != nil {
		return nil, err
	}
	if err := set("generated", "generated", strconv.FormatBool(s.Generated)); err != nil {
		return nil, err
	}
	if s.Lang != "" {
		if err := set("lang", "lang", s.Lang); err != nil {
			return nil, err
		}
	}
	if s.Infer != "" {
		if err := set("infer", "infer", s.Infer); err != nil {
			return nil, err
		}
	}
	for i, b := range s.Bindings {
		if err := set(fmt.Sprintf("bindings[%d]", i), "bind", b); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// BuildAnalyzers returns the analyzer New configured.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.analyzer}, nil
}

// GetLoadMode asks for type information: code fields are recognized by
// their types.
func (*Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
