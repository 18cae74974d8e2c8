// Package ambiguity pins how a code of several namespaces is read.
package ambiguity

//msdklint:platform msdk.access,msdk.logic
type MSDKReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

//msdklint:platform wechat
type WechatReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

// WxReply is WeChat's by its name only.
type WxReply struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

func exactBeatsRange(r MSDKReply) bool {
	return r.Ret == -503 // want `magic-code: ret -503 is msdk.AccessRateLimited`
}

func boundToPlatform(r WechatReply) bool {
	// Bound to the whole platform: the user said wechat, not which part.
	return r.Errcode == -1 // want `magic-code: errcode -1 is wechat.SystemError \| wechat.GroupSystemError; bind the field to one namespace`
}

func inferredPlatform(r WxReply) bool {
	return r.Errcode == -1 // want `magic-code: errcode -1 is wechat.SystemError: system error; retry later; use the constant`
}

//msdklint:platform qq.platform
type QQReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// -150 is inside msdk.logic's range: a real code elsewhere gets no guess
// that would turn it into another (-15 or -1500).
func noGuessForRealCodes(r QQReply) bool {
	return r.Ret == -150 // want `unknown-code: ret -150 is in no namespace \(searched qq.platform\)$`
}

//msdklint:platform weibo
type WeiboReply struct {
	ErrorCode int    `json:"error_code"`
	Error     string `json:"error"`
}

// 21342 is missing from the Weibo tables but sits among their 213xx
// codes, where a code the tables lack may be real (21332,
// invalid_access_token, was one until issue 19 added it): swapping two
// digits would turn it into another real code (21324), so no guess is made.
func noSwapAmongRealCodes(r WeiboReply) bool {
	return r.ErrorCode == 21342 // want `unknown-code: error_code 21342 is in no namespace \(searched weibo\)$`
}

// Every code one edit away is proposed.
func everyCandidate(r WechatReply) bool {
	return r.Errcode == 4001 // want `unknown-code: errcode 4001 is in no namespace \(searched wechat\); did you mean 40001 \(wechat.InvalidCredential: .*\) or 44001 \(wechat.MissingMediaFile: .*\)\?$`
}
