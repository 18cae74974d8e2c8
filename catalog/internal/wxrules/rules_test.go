package wxrules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/msdklint/msdklint/catalog"
	"github.com/msdklint/msdklint/catalog/internal/tassert"
	"github.com/msdklint/msdklint/catalog/internal/wxrules"
)

var assert = tassert.Assert

// TestPropose pins the rules on the rows issue 9 found wrong, in either
// language alone, and on the ordering between rules.
func TestPropose(t *testing.T) {
	for _, tt := range []struct {
		code   int
		en, zh string
		want   catalog.Action
		rule   string
	}{
		// The examples.
		{72069, "BATCHTASKRUN_ERROR", "批量任务运行错误", catalog.ActionRetry, "transient"},
		{72069, "", "批量任务运行错误", catalog.ActionRetry, "transient"},
		{73107, "Fpqqlsh is processing, please wait and query later", "", catalog.ActionRetry, "transient"},
		{73107, "", "该fpqqlsh正在处理中，请稍后再查询", catalog.ActionRetry, "transient"},
		{61027, "register limit exceed", "", catalog.ActionRateLimit, "period-cap"},
		{85085, "", "小程序提审数量已达本月上限，请点击查看", catalog.ActionRateLimit, "call-quota"},
		{9300824, "", "自动回复字数太长", catalog.ActionFixRequest, "request"},
		{85053, "please apply merchant first", "", catalog.ActionFixConfig, "config"},
		{85053, "", "请先申请开通商户", catalog.ActionFixConfig, "config"},
		{89013, "wxa is banned", "", catalog.ActionFixConfig, "config"},
		{89013, "", "小程序已被封禁", catalog.ActionFixConfig, "config"},
		{45029, "", "接口调用超过限额", catalog.ActionRateLimit, "call-quota"},
		// Chinese keywords the old rules missed.
		{0, "", "标题太长", catalog.ActionFixRequest, "request"},
		{0, "", "已达上限", catalog.ActionFixRequest, "request"},
		{0, "", "请稍后再试", catalog.ActionRetry, "transient"},
		{0, "", "调用次数超过限额", catalog.ActionRateLimit, "call-quota"},
		// Order: a frequency complaint is not transient, a business cap
		// is not an API quota, an invalid appid is the request's.
		{0, "api freq out of limit, please try again later", "", catalog.ActionRateLimit, "call-quota"},
		{0, "the number of cards reached the limit", "", catalog.ActionFixRequest, "request"},
		{0, "invalid weapp appid", "", catalog.ActionFixRequest, "invalid-value"},
		{0, "anchor nickname violates rules", "主播昵称违规", catalog.ActionNotifyUser, "outcome"},
		{0, "upload failed", "上传失败", catalog.ActionRetry, "failure"},
		// No keyword: a business outcome.
		{0, "user is not a member", "", catalog.ActionNotifyUser, ""},
		{0, "", "", catalog.ActionNotifyUser, ""},
	} {
		got := wxrules.Propose(tt.en, tt.zh)
		assert.Equal(t, tt.want, got.Action, "%d %q %q", tt.code, tt.en, tt.zh)
		assert.Equal(t, tt.rule, got.Rule, "%d %q %q", tt.code, tt.en, tt.zh)
	}
}

// TestRulesAreWellFormed: keywords are lower case (texts are lowered
// before matching), so a keyword with a capital would never match.
func TestRulesAreWellFormed(t *testing.T) {
	names := map[string]bool{}
	for _, r := range wxrules.Rules {
		assert.False(t, names[r.Name], "rule %s twice", r.Name)
		names[r.Name] = true
		assert.True(t, r.Action.Valid(), r.Name)
		for _, list := range [][]string{r.En, r.Zh, r.Unless, r.Needs} {
			for _, w := range list {
				assert.Equal(t, strings.ToLower(w), w, "rule %s keyword %q", r.Name, w)
			}
		}
	}
}

// TestReviewNotesAreCurrent: every extended WeChat entry records, in its
// review note, the proposal the rules make now; change the rules and the
// notes must be measured again. It also reports the agreement.
func TestReviewNotesAreCurrent(t *testing.T) {
	ns, ok := catalog.Default().Namespace("wechat.platform")
	if !ok {
		t.Fatal("no wechat.platform")
	}
	agree, total := 0, 0
	for _, e := range ns.Entries {
		if e.Seed() {
			continue
		}
		total++
		p := wxrules.Propose(e.En, e.Zh)
		rule := p.Rule
		if rule == "" {
			rule = "fallback"
		}
		var note string
		for _, n := range e.Notes {
			if strings.HasPrefix(n, "Action reviewed (issue 9): ") || strings.HasPrefix(n, "Action reviewed (issue 19): ") {
				note = n
			}
		}
		if p.Action == e.Action {
			agree++
			assert.True(t, strings.Contains(note, fmt.Sprintf(", as the keyword rule proposes (rule %s)", rule)) ||
				strings.Contains(note, fmt.Sprintf("the keyword rule proposes %s (rule %s)", p.Action, rule)),
				"wechat.platform %d: %q does not record the proposal %s (rule %s)", e.Code, note, p.Action, rule)
		} else {
			assert.Contains(t, note, fmt.Sprintf("the keyword rule proposes %s (rule %s)", p.Action, rule), "wechat.platform %d", e.Code)
		}
	}
	t.Logf("the rules agree with the review on %d of %d extended WeChat entries", agree, total)
}
