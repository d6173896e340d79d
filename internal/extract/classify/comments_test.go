package classify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/safi-app/safi/internal/report"
)

func TestCommentsKind(t *testing.T) {
	for _, tc := range []struct {
		text string
		want uint8
	}{
		{"53 Comments »", commentsCount},
		{"Comments (12)", commentsCount},
		{"Комментарии 0", commentsCount},
		{"{ 18 comments… read them below or add one }", commentsNone}, // more than a count after the word
		{"53 Responses to “1,400 Rectangles”", commentsHead},
		{"One comment on “The budget”", commentsHead},
		{"Leave a Reply", commentsHead},
		{"Dodaj komentarz", commentsHead},
		{"Оставить комментарий", commentsHead},
		// An opinion section, a heading, code, a sentence: no header.
		{"Comments", commentsNone},
		{"Комментарии", commentsNone},
		{"Responses", commentsNone},
		{"<Response [200]>", commentsNone},
		{"Comments on the draft were due in May.", commentsNone},
		{"Readers left 53 comments on the first post", commentsNone},
	} {
		f := measure(tc.text)
		if got := commentsKind(&f); got != tc.want {
			t.Errorf("commentsKind(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// The article ends at a comments header that follows it, and the comments
// after it, prose as they are, stay out; a count of comments near the top
// of the page, a link to them, does not cut the article.
func TestCommentsEndTheArticle(t *testing.T) {
	comment1 := "I have been taking this bus for years and I can tell you that the new routes will not change a thing for the people who live in the north."
	comment2 := "Great news for the suburbs, but I wonder who will pay for the drivers, since the article says nothing about the running costs of the new lines."
	d := classify(page(join(
		[]string{"Bus network to reach the northern suburbs", "12 Comments"},
		proseEN,
		[]string{"12 Responses to “Bus network to reach the northern suburbs”", "Anna Smith, May 3, 2024 at 10:12 am", comment1, "Reply", "Tom, May 3, 2024 at 11:40 am", comment2, "Reply"},
	)...))
	for _, p := range proseEN {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q: %+v", p, b)
		}
	}
	for _, p := range []string{comment1, comment2} {
		if b := find(d, p); b == nil || report.InArticle(b.Class) {
			t.Errorf("comment %.30q in the article: %+v", p, b)
		}
	}
}

func TestHasClock(t *testing.T) {
	for s, want := range map[string]bool{
		"Peter Flom 07.08.12 at 13:24":       true,
		"Posted October 29, 2012 at 9:26 am": true,
		"Фанат 7 Января 2012 01:48:26 0":     true,
		"Note: 12 of them":                   false,
		"Ratio 3:2":                          false,
		"Chapter 12:345":                     false,
		"10:30":                              true,
		":30":                                false,
		"Psalm 23:1-6, read on Sunday at 10:30pm": true,
		"Week 1: Fitness Testing (2:30-3:20hrs)":  false, // a span of times, not a time
		"Open 9:00 – 17:30":                       false,
		"Tom 5 May 2024 at 10:12 - Reply":         true,
	} {
		if got := hasClock(s); got != want {
			t.Errorf("hasClock(%q) = %v, want %v", s, got, want)
		}
	}
}

// A blog's comments signed "Name said," or "Name says:", without a time,
// end the article; a forum's "Name said:", which opens a quote inside a
// post, is no signature.
func TestSaysSignatures(t *testing.T) {
	var thread []string
	for k, body := range []string{
		"I have been taking this bus for years and I can tell you that the new routes will not change a thing for the people who live in the north.",
		"Great news for the suburbs, but I wonder who will pay for the drivers, since the article says nothing about the running costs of the new lines.",
		"The buses on my line are already full at seven in the morning, and I would be glad to see more of them on the road before the winter comes.",
	} {
		thread = append(thread, []string{"Jpsilver said,", "Anna Smith says:", "Monevator said,"}[k], body)
	}
	d := classify(page(join([]string{"Bus network to reach the northern suburbs"}, proseEN, thread)...))
	for _, p := range proseEN {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q: %+v", p, b)
		}
	}
	for _, p := range []string{thread[1], thread[3], thread[5]} {
		if b := find(d, p); b == nil || report.InArticle(b.Class) {
			t.Errorf("comment %.30q in the article: %+v", p, b)
		}
	}
	for s, want := range map[string]bool{"Jpsilver said,": true, "Anna Smith says:": true, "John said:": false, "The minister said, in a statement to the press on Monday,": false} {
		if f := measure(s); saysLine(&f) != want {
			t.Errorf("saysLine(%q) = %v, want %v", s, !want, want)
		}
	}
}

// A thread signed under each comment (the time, the name, then the
// comment's buttons) ends the article too, when the next comment opens
// with its own title: its prose comes four lines after a signature.
func TestSignaturesThenButtons(t *testing.T) {
	var thread []string
	for k, body := range []string{
		"I have been taking this bus for years and I can tell you that the new routes will not change a thing for the people who live in the north.",
		"Great news for the suburbs, but I wonder who will pay for the drivers, since the article says nothing about the running costs of the new lines.",
		"The buses on my line are already full at seven in the morning, and I would be glad to see more of them on the road before the winter comes.",
		"Nobody asked the people of the old town, where the buses will now pass every five minutes through streets that are too narrow for them.",
	} {
		thread = append(thread, body, fmt.Sprintf("04.01.2012 2%d:46", k), []string{"ella", "tom", "noki", "lea"}[k], "Report abuse", "Re: the new routes")
	}
	d := classify(page(join([]string{"Bus network to reach the northern suburbs"}, proseEN, thread)...))
	for _, p := range proseEN {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q: %+v", p, b)
		}
	}
	for _, p := range []string{thread[5], thread[10], thread[15]} {
		if b := find(d, p); b == nil || report.InArticle(b.Class) {
			t.Errorf("comment %.30q in the article: %+v", p, b)
		}
	}
}

// A thread of comments signed with a name and a time, without a header,
// ends the article; a forum thread, whose first post is signed as its
// replies are, is the page's matter and stays whole.
func TestSignaturesEndTheArticle(t *testing.T) {
	comments := []string{
		"Anna Smith May 3, 2024 at 10:12 am",
		"I have been taking this bus for years and I can tell you that the new routes will not change a thing for the people who live in the north.",
		"Tom May 3, 2024 at 11:40 am",
		"Great news for the suburbs, but I wonder who will pay for the drivers, since the article says nothing about the running costs of the new lines.",
		"Lea May 4, 2024 at 08:05 am",
		"The buses on my line are already full at seven in the morning, and I would be glad to see more of them on the road before the winter comes.",
	}
	d := classify(page(join([]string{"Bus network to reach the northern suburbs"}, proseEN, comments)...))
	for _, p := range proseEN {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q: %+v", p, b)
		}
	}
	for _, p := range []string{comments[1], comments[3], comments[5]} {
		if b := find(d, p); b == nil || report.InArticle(b.Class) {
			t.Errorf("comment %.30q in the article: %+v", p, b)
		}
	}
	// A time alone before the article (a date widget's last line) is no
	// forum post's signature.
	d = classify(page(join([]string{"Bus network to reach the northern suburbs", "9:49am, EDT"}, proseEN, comments)...))
	if b := find(d, comments[5]); b == nil || report.InArticle(b.Class) {
		t.Errorf("comment after an article with a time before it: %+v", b)
	}
	forum := classify(page(join([]string{"Bus network to reach the northern suburbs", "Paul May 2, 2024 at 09:00 pm"}, proseEN, comments)...))
	for _, p := range []string{proseEN[0], comments[1], comments[5]} {
		if b := find(forum, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("forum post %.30q left out: %+v", p, b)
		}
	}
}

// A short article, shorter than the comments prompt asks of the prose
// before it, still ends at the prompt when a thread of signed comments
// follows it: the thread, longer, is not the article. A prompt near the
// top of a page, with the article after it, stays a link to the comments.
func TestShortArticleBeforeThread(t *testing.T) {
	article := "Ten miles of running and 150 burpee pull-ups, split as needed, in memory of a soldier who died on duty this week."
	var thread []string
	for i, c := range []string{
		"A difficult workout on a day that is difficult for many of us, and in my books this is very fitting for the man it is named after.",
		"Hero workouts go far beyond any typical session, since it is a time to honour those who have given everything, and I will do it tomorrow.",
		"I went to high school with this man and his father is a veteran too, so I will have to do this one with my whole family this weekend.",
		"For those of you who will not do it because it is too hard, remember that he died two days before he was to come home to his family.",
		"Running is my weakness and I do not like burpees either, but this is the kind of day when you push past the limits you thought you had.",
	} {
		thread = append(thread, c, fmt.Sprintf("Comment #%d - Posted by: Reader%d at November 10, 2012 6:%02d PM", i+1, i+1, 10+i))
	}
	d := classify(page(join([]string{"Clovis", article, "Posted by Pukie at November 11, 2012 5:00 PM", "Comments"}, thread)...))
	if b := find(d, article); b == nil || !report.InArticle(b.Class) {
		t.Errorf("the article %.30q: %+v", article, b)
	}
	for k := 0; k < len(thread); k += 2 {
		c := thread[k]
		if b := find(d, c); b == nil || report.InArticle(b.Class) {
			t.Errorf("comment %.30q in the article: %+v", c, b)
		}
	}
}

// The author's biography and a list of other posts after the article
// stay out; a box of related posts in the middle of it does not cut it.
func TestEndHeads(t *testing.T) {
	bio := "Jane Doe has covered transport and city politics for twenty years, and she writes a weekly column on the buses and trains of the region."
	teaser := "Why the new tram line will not open before the summer, and what the city plans to do about the delays on the northern routes."
	d := classify(page(join([]string{"Bus network to reach the northern suburbs"}, proseEN, []string{"About the Author", bio, "Related Posts", teaser})...))
	for _, p := range proseEN {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q: %+v", p, b)
		}
	}
	for _, p := range []string{bio, teaser} {
		if b := find(d, p); b == nil || report.InArticle(b.Class) {
			t.Errorf("%.30q in the article: %+v", p, b)
		}
	}
	// A short news item (two paragraphs) ends at its list of other posts
	// too.
	teaser2 := "The mayor will meet the unions on Friday to discuss the night buses, which the drivers say are too few for the crowds after the concerts."
	d = classify(page(join([]string{"Bus network to reach the northern suburbs"}, proseEN[:2], []string{"Related Posts", teaser, teaser2})...))
	for _, p := range proseEN[:2] {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("short item: article paragraph %.30q: %+v", p, b)
		}
	}
	for _, p := range []string{teaser, teaser2} {
		if b := find(d, p); b == nil || report.InArticle(b.Class) {
			t.Errorf("short item: %.30q in the article: %+v", p, b)
		}
	}
	long := join(proseEN, proseEN, proseEN[:2]) // more of the article after the box than before it
	for k := range long[3:] {
		long[3+k] = strings.Replace(long[3+k], "the", "a", k/3+1)
	}
	d = classify(page(join([]string{"Bus network to reach the northern suburbs"}, long[:3], []string{"Related Posts"}, long[3:])...))
	for _, p := range long {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q after a box of related posts: %+v", p, b)
		}
	}
	for _, s := range []string{"About the Author", "Related posts:", "— You May Also Like —", "Об авторе"} {
		if f := measure(s); !isEndHead(&f) {
			t.Errorf("isEndHead(%q) = false", s)
		}
	}
	for _, s := range []string{"About the Author of the report, the minister said nothing.", "Related posts are listed below", "Recent"} {
		if f := measure(s); isEndHead(&f) {
			t.Errorf("isEndHead(%q) = true", s)
		}
	}
}

// TestHeadsFound: every end head is found as a line of its own, and every
// tag head opens a tag line, through the tables by their first byte
// (endHeadsBy, tagHeadsBy).
func TestHeadsFound(t *testing.T) {
	for _, h := range endHeads {
		if f := measure(h); !isEndHead(&f) {
			t.Errorf("end head %q not found", h)
		}
	}
	for _, h := range tagHeads {
		if f := measure(h + " news, sport"); !isTagLine(&f) {
			t.Errorf("tag head %q not found", h)
		}
	}
}

// A line of the post's tags after the article ends it: the readers'
// comments after it stay out, though they read as prose.
func TestTagLineEndsTheArticle(t *testing.T) {
	comment := "I have been taking this bus for years and I do not think the new routes will change a thing for those of us who live here."
	d := classify(page(join([]string{"Bus network to reach the northern suburbs"}, proseEN, []string{"Tags: buses, transport, suburbs", comment})...))
	for _, p := range proseEN {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q: %+v", p, b)
		}
	}
	if b := find(d, comment); b == nil || report.InArticle(b.Class) {
		t.Errorf("comment after the tags in the article: %+v", b)
	}
	for _, s := range []string{"Tags: buses, transport", "Filed under: News", "Tagi: zdrowie, dieta", "Теги: экономика", "标签：经济"} {
		if f := measure(s); !isTagLine(&f) {
			t.Errorf("isTagLine(%q) = false", s)
		}
	}
	for _, s := range []string{"Tags are what the readers look at first, the editors found.", "Categories of workers"} {
		if f := measure(s); isTagLine(&f) {
			t.Errorf("isTagLine(%q) = true", s)
		}
	}
}

// A blog engine's post footer ends the article however short the post:
// the signed comments after it stay out, though each is prose after a
// dated line.
func TestPostFooterEndsTheArticle(t *testing.T) {
	post := "The fifth camera promised for this year will be announced next week, and it replaces the model of last spring."
	comment := "I have been waiting for this camera for a year and I do not think the new sensor will change a thing for the rest of us."
	lines := []string{"Camera to be announced next week", "By admin | Published: October 29, 2012", post,
		"This entry was posted in Cameras. Bookmark the permalink.", "Posted October 29, 2012 at 9:26 am | Permalink", comment}
	for i := range 4 {
		lines = append(lines, fmt.Sprintf("Posted October 29, 2012 at 10:%02d am | Permalink", 10+i), comment+" "+strings.Repeat("Indeed. ", i))
	}
	d := classify(page(lines...))
	if b := find(d, post); b == nil || !report.InArticle(b.Class) {
		t.Errorf("the post: %+v", b)
	}
	if b := find(d, comment); b == nil || report.InArticle(b.Class) {
		t.Errorf("comment after the post's footer in the article: %+v", b)
	}
	if f := measure("Posted in News. Leave a comment"); isPostFooter(&f) {
		t.Errorf("isPostFooter(%q) = true", "Posted in News. Leave a comment")
	}
}

// The author's biography after the article, without a head, stays out of
// it; a profile of someone halfway through the article does not cut it.
func TestBioEndsTheArticle(t *testing.T) {
	bio := "Jane Doe is a reporter covering transport and city politics. She previously wrote about the courts for a weekly paper in the north."
	d := classify(page(join([]string{"Bus network to reach the northern suburbs"}, proseEN, []string{bio})...))
	for _, p := range proseEN {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q: %+v", p, b)
		}
	}
	if b := find(d, bio); b == nil || report.InArticle(b.Class) {
		t.Errorf("biography in the article: %+v", b)
	}
	long := join(proseEN, proseEN)
	for k := range long[3:] {
		long[3+k] = strings.Replace(long[3+k], "the", "a", k/3+1)
	}
	d = classify(page(join([]string{"Bus network to reach the northern suburbs"}, long[:3], []string{bio}, long[3:])...))
	for _, p := range append([]string{bio}, long...) {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q with a profile halfway: %+v", p, b)
		}
	}
	for _, s := range []string{bio, "John Q. Smith has covered the city since 2001. He lives in Leeds.", "Marie Dupont est journaliste. Elle couvre la politique."} {
		if !isBio(s) {
			t.Errorf("isBio(%q) = false", s)
		}
	}
	for _, s := range []string{
		"Acme Widget Works is a family firm. They have made widgets since 1950.", // a company
		"The mayor is a former bus driver. He said the routes would change.",     // no name
		"Jane Doe is a reporter covering transport and city politics.",           // one sentence
	} {
		if isBio(s) {
			t.Errorf("isBio(%q) = true", s)
		}
	}
}

// A share row near the end of the article ends it; the footer's prose
// after it stays out. A share row halfway through does not cut it.
func TestShareRowEndsTheArticle(t *testing.T) {
	footer := "This website is published by a small team of volunteers, and everything on it may be reused with a link to the page it comes from."
	long := join(proseEN, proseEN[:2])
	long[3] = strings.Replace(long[3], "the", "a", 1)
	long[4] = strings.Replace(long[4], "the", "a", 1)
	d := classify(page(join([]string{"Bus network to reach the northern suburbs"}, long, []string{"Share this article", footer})...))
	for _, p := range long {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q: %+v", p, b)
		}
	}
	if b := find(d, footer); b == nil || report.InArticle(b.Class) {
		t.Errorf("footer in the article: %+v", b)
	}
	d = classify(page(join([]string{"Bus network to reach the northern suburbs"}, long[:3], []string{"Share this article"}, long[3:])...))
	for _, p := range long {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q after a share row halfway: %+v", p, b)
		}
	}
}

// A line of code that the share rule takes for a button ("print(x)") ends
// nothing.
func TestCodeLineEndsNothing(t *testing.T) {
	if !isCodeLine("print(x)") || isCodeLine("Share this article") {
		t.Error("isCodeLine")
	}
}

// A thread of comments whose first signature reads as a date line is not
// doubled as an article after its byline would be: the article before it,
// which outweighs the thread but not twice the thread, stays the article.
func TestSignedThreadHasNoByline(t *testing.T) {
	comments := []string{
		"Anna Smith May 3, 2024 at 10:12 am",
		"I have been taking this bus for years and the new routes will not change a thing here.",
		"reply",
		"Tom May 3, 2024 at 11:40 am",
		"Great news for the suburbs, but who will pay for the drivers of all the new lines?",
		"reply",
		"Lea May 4, 2024 at 08:05 am",
		"The buses on my line are already full at seven in the morning, every single day.",
		"reply",
		"Piotr May 4, 2024 at 09:15 am",
		"We asked for this line ten years ago and nobody listened to us then, or since then.",
		"reply",
	}
	widgets := []string{"Facebook", "Twitter", "Share", "Print", "Rate it", "1", "2", "3", "4", "5",
		"See also", "Bus timetables", "Tram lines", "Parking", "Your opinion", "Nick", "Characters left: 4000", "Rules", "Newest", "Oldest", "Best rated"}
	d := classify(page(join([]string{"Bus network to reach the northern suburbs"}, proseEN[:2], widgets, comments)...))
	for _, p := range proseEN[:2] {
		if b := find(d, p); b == nil || !report.InArticle(b.Class) {
			t.Errorf("article paragraph %.30q: %+v", p, b)
		}
	}
	for _, p := range []string{comments[1], comments[4], comments[7], comments[10]} {
		if b := find(d, p); b == nil || report.InArticle(b.Class) {
			t.Errorf("comment %.30q in the article: %+v", p, b)
		}
	}
}
