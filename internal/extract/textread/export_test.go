package textread

// RuneCount is runeCount, for the external tests.
var RuneCount = runeCount
