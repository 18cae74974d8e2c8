package golangci_test

import (
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/golangci"
)

// The settings arrive as golangci-lint's viper decodes YAML: maps of
// string to any, lists of any.
func TestDecodeSettings(t *testing.T) {
	tests := []struct {
		name    string
		conf    any
		want    golangci.Settings
		wantErr string
	}{
		{name: "absent", conf: nil},
		{name: "empty", conf: map[string]any{}},
		{
			name: "all keys",
			conf: map[string]any{
				"checks":              map[string]any{"magic-code": false, "missing-reauth": true},
				"magic-code-in-tests": true,
				"generated":           true,
				"lang":                "zh",
				"bindings":            []any{"example.com/game/reply.LoginReply.Ret=qq.platform,qq.oauth2", "example.com/game/reply.WxReply.ErrCode=wechat"},
			},
			want: golangci.Settings{
				Checks:           map[string]bool{"magic-code": false, "missing-reauth": true},
				MagicCodeInTests: true,
				Generated:        true,
				Lang:             "zh",
				Bindings:         []string{"example.com/game/reply.LoginReply.Ret=qq.platform,qq.oauth2", "example.com/game/reply.WxReply.ErrCode=wechat"},
			},
		},
		{name: "unknown key", conf: map[string]any{"magic-codes-in-tests": true}, wantErr: `unknown field "magic-codes-in-tests"`},
		{name: "unknown check", conf: map[string]any{"checks": map[string]any{"magic-numbers": false}}, wantErr: `unknown check "magic-numbers"`},
		{name: "bad-directive cannot be turned off", conf: map[string]any{"checks": map[string]any{"bad-directive": false}}, wantErr: `unknown check "bad-directive"`},
		{name: "check not a bool", conf: map[string]any{"checks": map[string]any{"magic-code": "off"}}, wantErr: "decoding settings"},
		{name: "checks as a list", conf: map[string]any{"checks": []any{"magic-code"}}, wantErr: "decoding settings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := golangci.DecodeSettings(tt.conf)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				assert.Contains(t, err.Error(), "msdklint settings")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// New applies the settings to the analyzer's flags, which check the values.
func TestNewErrors(t *testing.T) {
	tests := []struct {
		name    string
		conf    any
		wantErr string
	}{
		{name: "unknown key", conf: map[string]any{"lang ": "zh"}, wantErr: `unknown field "lang "`},
		{name: "lang", conf: map[string]any{"lang": "fr"}, wantErr: `msdklint settings: lang: unknown language "fr"`},
		{name: "binding without =", conf: map[string]any{"bindings": []any{"example.com/reply.R.Ret"}}, wantErr: "msdklint settings: bindings[0]: bad binding"},
		{name: "binding with an empty type", conf: map[string]any{"bindings": []any{"example.com/reply.=qq"}}, wantErr: "msdklint settings: bindings[0]: bad binding"},
		{name: "binding to an unknown namespace", conf: map[string]any{"bindings": []any{"example.com/reply.R.Ret=qq", "example.com/reply.R.Ret=nosuch"}}, wantErr: "bindings[1]: "},
		{name: "none with a namespace", conf: map[string]any{"bindings": []any{"example.com/reply.R=none,qq"}}, wantErr: "bindings[0]: "},
		{name: "infer", conf: map[string]any{"infer": "guess"}, wantErr: `msdklint settings: infer: unknown -infer "guess"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := golangci.New(tt.conf)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

func TestBuildAnalyzers(t *testing.T) {
	tests := []struct {
		name string
		conf any
		want map[string]string // flag name -> value
	}{
		{
			name: "defaults",
			conf: nil,
			want: map[string]string{
				"unknown-code": "true", "wrong-platform": "true", "magic-code": "true", "missing-reauth": "true",
				"magic-code-in-tests": "false", "generated": "false",
			},
		},
		{
			name: "settings",
			conf: map[string]any{
				"checks":              map[string]any{"wrong-platform": false, "missing-reauth": false, "magic-code": true, "dead-code-field": false},
				"magic-code-in-tests": true,
				"generated":           true,
				"lang":                "zh",
				"infer":               "keys",
				"bindings":            []any{"example.com/game/reply.PayReply.Ret=qq.platform", "example.com/game/proto=game.proto", "example.com/game/rpc.Status=none"},
			},
			want: map[string]string{
				"unknown-code": "true", "wrong-platform": "false", "magic-code": "true", "missing-reauth": "false", "dead-code-field": "false",
				"magic-code-in-tests": "true", "generated": "true", "lang": "zh", "infer": "keys",
				"bind": "example.com/game/proto=game.proto;example.com/game/reply.PayReply.Ret=qq.platform;example.com/game/rpc.Status=none",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := golangci.New(tt.conf)
			require.NoError(t, err)
			assert.Equal(t, register.LoadModeTypesInfo, p.GetLoadMode())
			as, err := p.BuildAnalyzers()
			require.NoError(t, err)
			require.Len(t, as, 1)
			a := as[0]
			assert.Equal(t, "msdklint", a.Name)
			// Without facts golangci-lint need not type-check dependencies from source.
			assert.Empty(t, a.FactTypes)
			for name, want := range tt.want {
				f := a.Flags.Lookup(name)
				require.NotNil(t, f, "flag -%s", name)
				assert.Equal(t, want, f.Value.String(), "flag -%s", name)
			}
		})
	}
}

func TestBuildAnalyzersFresh(t *testing.T) {
	// Two plugins (two golangci-lint configurations in one process, as in
	// golangci-lint's own tests) must not share an analyzer or its flags.
	off, err := golangci.New(map[string]any{"checks": map[string]any{"magic-code": false}})
	require.NoError(t, err)
	on, err := golangci.New(nil)
	require.NoError(t, err)
	a1, err := off.BuildAnalyzers()
	require.NoError(t, err)
	a2, err := on.BuildAnalyzers()
	require.NoError(t, err)
	assert.NotSame(t, a1[0], a2[0])
	assert.Equal(t, "false", a1[0].Flags.Lookup("magic-code").Value.String())
	assert.Equal(t, "true", a2[0].Flags.Lookup("magic-code").Value.String())
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("msdklint")
	require.NoError(t, err)
	_, err = newPlugin(map[string]any{"nope": 1})
	require.Error(t, err)
}
