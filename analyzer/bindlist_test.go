package analyzer_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/msdklint/msdklint/analyzer"
)

// Issue 17, point 5: conflicting duplicates and empty list items of -bind
// are errors, not "the last one wins".
func TestParseBindings(t *testing.T) {
	for _, tc := range []struct {
		value string
		prev  map[string][]string
		err   string
	}{
		{"x.Reply=wechat;x.Reply=qq", nil, `x.Reply is also bound to wechat`},
		{"x.Reply=qq", map[string][]string{"x.Reply": {"wechat"}}, `x.Reply is also bound to wechat`},
		{"x.Reply=qq,,wechat", nil, "an empty namespace in the list"},
		{"x.Reply=qq,", nil, "an empty namespace in the list"},
		{"x.Reply= , qq", nil, "an empty namespace in the list"},
		{"x.Reply=qq;x.Reply=qq", nil, ""},
		{"x.Reply=qq,wechat", map[string][]string{"x.Reply": {"qq", "wechat"}}, ""},
		{"x.Reply=qq;;y.Reply=weibo;", nil, ""},
	} {
		t.Run(tc.value, func(t *testing.T) {
			bs, err := analyzer.ParseBindings(tc.value, tc.prev)
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.NotEmpty(t, bs)
		})
	}
	// Through the flag: a second -bind that conflicts with the first.
	a := analyzer.New(analyzer.Options{})
	require.NoError(t, a.Flags.Set("bind", "x.Reply=wechat"))
	require.ErrorContains(t, a.Flags.Set("bind", "x.Reply=qq"), "also bound to wechat")
	assert.Equal(t, []string{"x.Reply"}, analyzer.BindKeys(a))
}
