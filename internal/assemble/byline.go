package assemble

// Meta is what a byline line says.
type Meta struct {
	Source    string
	Author    string
	Published string // ISO 8601
}

// Byline reads the source, author and date of a byline line.
func Byline(s string) Meta {
	// TODO(engine): filled in with the engine.
	return Meta{}
}
