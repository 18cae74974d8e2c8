// Package deadcodefieldfix: the fix rewrites the key inside the tag,
// never the field's name.
package deadcodefieldfix

type WechatTokenReply struct {
	AccessToken string `json:"access_token"`
	ErrCode     int    `json:"errocde,omitempty" xml:"-"` // want `dead-code-field: json key "errocde" is one edit from "errcode"`
	ErrMsg      string `json:"errmsg"`
}

func expired(r WechatTokenReply) bool { return r.ErrCode == 42001 }

// An interpreted tag literal is left to the user.
type WechatQuoted struct {
	ErrCode int    "json:\"errcod\"" // want `dead-code-field: json key "errcod" is one edit from "errcode"`
	ErrMsg  string `json:"errmsg"`
}

func quoted(r WechatQuoted) bool { return r.ErrCode == 40001 }

type QQReply struct {
	Ret int    `json:"rte"` // want `dead-code-field: json key "rte" is one edit from "ret"`
	Msg string `json:"msg"`
}

func qq(r QQReply) bool { return r.Ret == 100014 }
