// Package platform holds the replies of the login platforms the game
// server calls, and a small JSON client for them.
//
// The //msdklint:platform directives bind each reply to the catalog
// namespaces its code field takes values from; msdklint reads them
// wherever the replies are used.
package platform

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// MSDKReply is the reply of the MSDK server API (/auth/verify_login,
// /relation/qqfriends_detail ...). Ret is an access-layer code or a
// logic-layer code; ErrType classifies it for the caller.
//
//msdklint:platform msdk.access,msdk.logic
type MSDKReply struct {
	Ret     int    `json:"ret"`
	Msg     string `json:"msg"`
	ErrType int    `json:"err_type"`
}

// QQReply is the reply of the QQ open platform (OpenAPI v3).
//
//msdklint:platform qq.platform
type QQReply struct {
	Ret      int    `json:"ret"`
	Msg      string `json:"msg"`
	Nickname string `json:"nickname"`
}

// WeChatError is the error part of every WeChat API reply.
//
//msdklint:platform wechat.platform
type WeChatError struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

// WeChatUser is the reply of /sns/userinfo.
type WeChatUser struct {
	WeChatError
	OpenID   string `json:"openid"`
	Nickname string `json:"nickname"`
}

// GuildReply is the reply of the QQ guild API. The namespace is misspelled
// on purpose: msdklint reports a binding that names no known namespace.
//
//msdklint:platform qq.guild
type GuildReply struct {
	Ret int    `json:"ret"`
	Msg string `json:"msg"`
}

// Get fetches url and decodes its JSON reply into out.
func Get(ctx context.Context, url string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
