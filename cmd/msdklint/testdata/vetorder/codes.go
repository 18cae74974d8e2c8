package vetorder

//msdklint:codes mygame.dup
const (
	// First.
	First = -40001
	// Again.
	Again = -40001
)

//msdklint:reauth
const Lonely = 7

//msdklint:platform qq
var misplaced = 1

func f(r R1, s R2) bool {
	//msdklint:ignore
	a := r.Ret == 1
	//msdklint:ignore no-such-check because
	b := s.Ret == 2
	//msdklint:ignore wrong-platform nothing to suppress here
	return a && b && misplaced == 1
}
