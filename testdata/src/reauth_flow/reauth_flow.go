// Package reauthflow holds issue 16's missing-reauth cases: a reauth
// branch earlier in the function satisfies a later switch, and a team's
// reauth codes are demanded only where they can arrive.
package reauthflow

import (
	"errors"

	"github.com/msdklint/msdklint/catalog/qq"
)

// The game's codes.
//
//msdklint:codes game.proto
const (
	// The item was not found.
	CodeItemNotFound = 1001
	// The guild is full.
	CodeGuildFull = 1002
	// Another login kicked the session.
	//msdklint:reauth
	CodeKicked = 1003
	// The gate dropped the session.
	//msdklint:reauth GateRsp
	CodeGateKicked = 1004
)

// LoginRsp is the login server's reply.
//
//msdklint:platform game.proto
type LoginRsp struct {
	Ret int
	Msg string
}

// ItemRsp is the item backend's reply.
//
//msdklint:platform game.proto
type ItemRsp struct {
	Ret int
	Msg string
}

// GuildRsp is the guild backend's reply.
//
//msdklint:platform game.proto
type GuildRsp struct {
	Ret int
	Msg string
}

// GateRsp is the gate's reply.
//
//msdklint:platform game.proto
type GateRsp struct {
	Ret int
	Msg string
}

// QQReply is a QQ platform reply.
//
//msdklint:platform qq.platform
type QQReply struct {
	Ret int
	Msg string
}

var errRelogin = errors.New("log in again")

// tokenGone handles the QQ codes that need a new login.
func tokenGone(ret int) bool {
	return ret == qq.PlatformAccessTokenExpired || ret == qq.PlatformAccessTokenRevoked
}

// kicked handles the team's code that needs a new login.
func kicked(ret int) bool {
	return ret == CodeKicked
}

func helperFirst(r QQReply) error {
	if tokenGone(r.Ret) {
		return errRelogin
	}
	switch r.Ret {
	case qq.PlatformAPIQuotaExceeded:
		return nil
	}
	return nil
}

func directFirst(r QQReply) error {
	if r.Ret == qq.PlatformAccessTokenExpired {
		return errRelogin
	}
	if r.Ret == qq.PlatformAPIQuotaExceeded {
	} else if r.Ret == qq.PlatformAPIQuotaExceeded+0 {
	}
	return nil
}

func helperAfter(r QQReply) error {
	switch r.Ret { // want `missing-reauth: switch on r.Ret handles no code that needs reauthorization`
	case qq.PlatformAPIQuotaExceeded:
		return nil
	}
	if tokenGone(r.Ret) {
		return errRelogin
	}
	return nil
}

func otherField(r, s QQReply) error {
	if tokenGone(s.Ret) || r.Msg == "" {
	}
	switch r.Ret { // want `missing-reauth: switch on r.Ret handles no code that needs reauthorization`
	case qq.PlatformAPIQuotaExceeded:
	}
	return nil
}

func item(r ItemRsp) bool {
	switch r.Ret {
	case CodeItemNotFound:
		return false
	}
	return true
}

func guild(r GuildRsp) bool {
	if r.Ret == CodeGuildFull {
		return false
	} else if r.Ret == CodeItemNotFound {
		return false
	}
	return true
}

// relogin shows that the login reply carries CodeKicked.
func relogin(r LoginRsp) bool {
	return kicked(r.Ret)
}

func login(r LoginRsp) bool {
	switch r.Ret { // want `missing-reauth: switch on r.Ret handles no code that needs reauthorization: reauthflow.CodeKicked; send`
	case CodeItemNotFound:
		return false
	}
	return true
}

func loginHandled(r LoginRsp) error {
	if kicked(r.Ret) {
		return errRelogin
	}
	switch r.Ret {
	case CodeItemNotFound:
	}
	return nil
}

func gate(r GateRsp) bool {
	switch r.Ret { // want `missing-reauth: switch on r.Ret handles no code that needs reauthorization: reauthflow.CodeGateKicked; send`
	case CodeItemNotFound:
		return false
	}
	return true
}
