// Package baddirectives has many bad directives, found by iterating
// maps: they must come out in the same order on every run.
package baddirectives

//msdklint:platform nosuch1 // want `bad-directive: binding names unknown namespace or platform "nosuch1"`
type A struct{ Ret int }

//msdklint:platform nosuch2 // want `bad-directive: binding names unknown namespace or platform "nosuch2"`
type B struct{ Ret int }

//msdklint:platform nosuch3 // want `bad-directive: binding names unknown namespace or platform "nosuch3"`
type C struct{ Ret int }

//msdklint:platform qq.platform
//msdklint:platform wechat // want `bad-directive: //msdklint:platform given twice \(the first is at bad_directives.go:14\)`
type D struct{ Ret int }

//msdklint:platform qq // want `bad-directive: //msdklint:platform belongs in the doc comment of a struct type`

//msdklint:reauth // want `bad-directive: //msdklint:reauth belongs in the doc comment of a constant`

//msdklint:codes x.y // want `bad-directive: //msdklint:codes belongs in the doc comment of a const block`

var v = 1

//msdklint:platform weibo // want `bad-directive: //msdklint:platform belongs in the doc comment of a struct type`

func f() {}

// Codes.
//
//msdklint:codes mygame.twice
//msdklint:codes mygame.again // want `bad-directive: //msdklint:codes given twice \(the first is at bad_directives.go:32\)`
const (
	// Kicked.
	//msdklint:reauth
	//msdklint:reauth // want `bad-directive: //msdklint:reauth given twice \(the first is at bad_directives.go:36\)`
	Kicked = -1
)
