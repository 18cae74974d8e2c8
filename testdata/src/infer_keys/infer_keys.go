// Package inferkeys is checked with -infer=keys: without bindings or
// names, the keys alone give the namespaces.
package inferkeys

// WxResp is WeChat's by its name.
type WxResp struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

// Resp is WeChat's by its keys (errcode with errmsg), but other
// companies use them too: no wrong-platform.
type Resp struct {
	Errcode int    `json:"errcode"`
	Errmsg  string `json:"errmsg"`
}

// Error is untagged: Ret and Msg receive "ret" and "msg".
type Error struct {
	Ret int
	Msg string
}

// WeiboError is untagged too: ErrorCode is error_code without underscores.
type WeiboError struct {
	ErrorCode int
	Error     string
}

// Anon has a code key and nothing else: every namespace.
type Anon struct {
	Errcode int `json:"errcode"`
}

// frame is an interpreter's frame: its ret is no reply code.
type frame struct {
	ret int
	pc  int
}

// Page is an HTTP page: Code is no code key.
type Page struct {
	Code int
	Body string
}

// Result has a Ret but no message field: not a reply.
type Result struct {
	Ret  int
	Data []byte
}

func byName(r WxResp) bool {
	return r.Errcode == 4201 || r.Errcode == 100014 // want `unknown-code: errcode 4201 is in no namespace \(searched wechat.platform\); did you mean 42001`
}

func byKeys(r Resp) bool {
	return r.Errcode == 100014 || r.Errcode == 999999999 // want `unknown-code: errcode 999999999 is in no namespace \(searched wechat\)`
}

func untagged(e *Error, w WeiboError) bool {
	return e.Ret == 4013 || w.ErrorCode == 10001 || w.ErrorCode == 999999999 // want `unknown-code: ret 4013 is in no namespace \(searched msdk,qq\); did you mean -4013` `magic-code: error_code 10001 is weibo.APISystemError` `unknown-code: error_code 999999999 is in no namespace \(searched weibo\)`
}

func union(a Anon) bool {
	return a.Errcode == 999999999 // want `unknown-code: errcode 999999999 is in no namespace \(searched all namespaces\)`
}

func notReplies(f *frame, p Page, r Result) bool {
	return f.ret == 999999999 || p.Code == 999999999 || r.Ret == 999999999
}

// An inference is not sure enough for missing-reauth's union.
func noReauthOnUnion(a Anon) {
	switch a.Errcode {
	case 999999998: // want `unknown-code`
	}
}

// An inferred platform is enough for magic-code, with a fix.
func inferredMagic(r WxResp, a Anon) bool {
	return r.Errcode == 42001 || a.Errcode == 42001 // want `magic-code: errcode 42001 is wechat.AccessTokenExpired` `magic-code: errcode 42001 is wechat.AccessTokenExpired`
}

// An inferred platform is enough for missing-reauth.
func inferredReauth(r WxResp) {
	switch r.Errcode { // want `missing-reauth: switch on r.Errcode handles no code that needs reauthorization: wechat\.`
	case 45009: // want `magic-code: errcode 45009 is wechat.APIFreqOutOfLimit`
	}
}
