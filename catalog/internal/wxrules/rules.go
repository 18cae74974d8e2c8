// Package wxrules proposes the action of a WeChat return code from its
// text, English or Chinese. WeChat's public tables (wechat-global.tsv and
// the others, about 1,800 codes) give only a text per code; the proposal
// is the first pass over them, and a reviewer reading every row decides
// (codes.txt records both: see the notes "Action reviewed").
//
// The rules are ordered: the first whose keyword occurs in either text
// wins, so a transient failure ("system error, please try again") is
// retry before "error" could make it fix-request. Keywords are matched in
// lower case; a Chinese keyword matches the Chinese text only, an
// English one the English text only.
package wxrules

import (
	"strings"

	"github.com/msdklint/msdklint/catalog"
)

// A Rule proposes Action for a text holding one of its keywords.
type Rule struct {
	Name   string // what the rule recognises, e.g. "transient"
	Action catalog.Action
	En, Zh []string // keywords, lower case
	// Unless holds keywords that veto the rule: "调用" (calls) makes 上限
	// an API quota, and without it a business cap.
	Unless []string
	// Needs holds keywords of which one must occur too (either language).
	Needs []string
}

// Rules are tried in order.
var Rules = []Rule{
	{
		// Transient: busy, timeouts, "try again later", async and batch
		// work that a new attempt can finish.
		Name: "transient", Action: catalog.ActionRetry,
		En: []string{"system error", "system busy", "busy", "try again", "retry", "timeout", "time out", "timed out",
			"internal error", "query later", "wait", "later", "batch task", "batchtask", "task error", "temporarily", "server error"},
		Zh:     []string{"系统错误", "系统繁忙", "繁忙", "稍后", "重试", "超时", "内部错误", "服务异常", "请等待", "处理中", "批量任务"},
		Unless: []string{"too frequent", "freq", "频繁", "频率", "ip", "拒绝"},
	},
	{
		// Call frequency and API call quotas: back off.
		Name: "call-quota", Action: catalog.ActionRateLimit,
		En: []string{"frequency", "too frequent", "freq limit", "rate limit", "quota", "api daily", "api minute",
			"call limit", "reach max api", "out of limit", "requests exceeds", "request limit", "exceed the limit"},
		Zh:    []string{"频率", "频繁", "调用次数", "调用超过", "调用上限", "接口调用", "调用额度", "本月上限", "次数上限", "次数超过", "超过限额", "限额", "超过上限"},
		Needs: []string{"api", "call", "request", "freq", "quota", "调用", "接口", "频", "次数", "本月", "限额", "times", "register", "sent", "下行"},
	},
	{
		// Registration and creation caps per period behave like quotas:
		// wait for the period to end.
		Name: "period-cap", Action: catalog.ActionRateLimit,
		En:     []string{"register limit", "daily limit", "per day", "today", "this month", "monthly"},
		Zh:     []string{"每天", "今日", "本月", "每月"},
		Unless: []string{"failed", "失败"},
	},
	{
		// A value of the request is invalid, missing or malformed.
		Name: "invalid-value", Action: catalog.ActionFixRequest,
		En: []string{"invalid", "illegal", "missing", "miss ", "format", "required", "must ", "need ", "does not meet", "not between", "empty"},
		Zh: []string{"不合法", "非法", "无效", "缺少", "格式", "必填", "必须", "需要", "不符合要求", "不在", "为空"},
	},
	{
		// Configuration and qualification: appid, permission, whitelist,
		// binding, bans, merchant or account setup.
		Name: "config", Action: catalog.ActionFixConfig,
		En: []string{"permission", "unauthorized", "not authorized", "no auth", "whitelist", "white list", "banned",
			"ban ", "blocked", "suspended", "forbidden", "merchant", "apply", "qualification", "not open", "not opened",
			"not enabled", "disabled", "appsecret", "api scope", "unbind", "not bind", "no bind", "bind relation",
			"certif", "verify first", "not verified", "frozen", "not linked", "unpublished", "contractor"},
		Zh: []string{"权限", "白名单", "未授权", "没有授权", "绑定", "封禁", "被封", "冻结", "资质", "未开通", "开通",
			"认证", "禁用", "停用", "处罚", "appsecret", "商户", "未关联", "未发布"},
	},
	{
		// A business outcome: content rejected by review, work under
		// review, something done already.
		Name: "outcome", Action: catalog.ActionNotifyUser,
		En: []string{"violat", "under review", "verifying", "reviewing", "already", "don't", "do not add"},
		Zh: []string{"违规", "审核中", "校验中", "已经", "已存在", "请勿重复", "已添加"},
	},
	{
		// The request is wrong: too long, out of range, a field or count
		// limit of one request, a thing it names that does not exist.
		Name: "request", Action: catalog.ActionFixRequest,
		En: []string{"empty", "too long", "too large", "too big", "too many", "too short", "exceed", "length", "size",
			"not found", "not exist", "no exist", "doesn't exist", "does not exist", "out of range", "wrong", "can not",
			"cannot", "can't", "should", "not support", "unsupported", "duplicate", "repeated", "mismatch", "not match",
			"limit", "signature", "sign ", "error", "err", "not allow", "forbid", "expire", "out of time"},
		Zh: []string{"为空", "不能为空", "太长", "过长", "太大", "过大", "太多", "过多", "超过", "超出", "上限", "长度",
			"不存在", "不正确", "不能", "不支持", "重复", "不匹配", "不一致", "参数", "限制", "签名", "错误", "不允许", "禁止", "过期"},
	},
	{
		// An operation failed without a reason the caller can fix: try
		// again.
		Name: "failure", Action: catalog.ActionRetry,
		En: []string{"fail"},
		Zh: []string{"失败", "出错"},
	},
}

// A Proposal is the action a rule proposes, with the rule's name; Rule is
// "" when no rule matched and the action is the fallback, notify-user (a
// business outcome to show the player).
type Proposal struct {
	Action catalog.Action
	Rule   string
}

// Propose returns the action the rules give a code with English text en
// and Chinese text zh; either may be empty.
func Propose(en, zh string) Proposal {
	en, zh = strings.ToLower(en), strings.ToLower(zh)
	for _, r := range Rules {
		if r.matches(en, zh) {
			return Proposal{r.Action, r.Name}
		}
	}
	return Proposal{Action: catalog.ActionNotifyUser}
}

func (r *Rule) matches(en, zh string) bool {
	if !containsAny(en, r.En) && !containsAny(zh, r.Zh) {
		return false
	}
	if containsAny(en, r.Unless) || containsAny(zh, r.Unless) {
		return false
	}
	return len(r.Needs) == 0 || containsAny(en, r.Needs) || containsAny(zh, r.Needs)
}

func containsAny(s string, words []string) bool {
	if s == "" {
		return false
	}
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
