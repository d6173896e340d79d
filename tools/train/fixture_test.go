package main

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixturePage is one made-up news page of the training fixture.
type fixturePage struct {
	lang, site, title string
	paras             []string
}

// fixturePages are six short news pages written for the test (no corpus
// data): their article, a menu before it, related links, a share row and a
// footer after it, as text (raw.txt), as HTML (source.html) and as gold.
var fixturePages = []fixturePage{
	{"en", "harbour.example", "The harbour reopens after the winter storms", []string{
		"The town's harbour reopened on Monday after three months of repairs to the sea wall that the January storms had broken in two places.",
		"Fishing boats that had moored in the next bay since December came back in the morning, and the first catch was sold at the market by noon.",
		"The repairs cost 2.4 million euros, most of it paid by the region, and the engineers say the new wall should hold for fifty years.",
		"Some owners of the cafés along the quay said the closure had cost them half of their usual winter trade."}},
	{"en", "library.example", "A village library lends tools as well as books", []string{
		"Since the spring, the library of a small village has lent drills, ladders and sewing machines to anyone with a reader's card.",
		"The idea came from a volunteer who noticed that most of the tools in her neighbours' sheds were used once or twice a year.",
		"About two hundred tools are now on the shelves, and the most popular one, a pressure washer, is booked until the end of the summer."}},
	{"fr", "velo.example", "Une piste cyclable relie enfin les deux rives", []string{
		"La nouvelle piste cyclable qui traverse le pont a été inaugurée samedi, après deux ans de travaux et de nombreux retards.",
		"Elle permet aux habitants de la rive gauche de rejoindre le centre en moins de quinze minutes, sans croiser la circulation des camions.",
		"La mairie espère que le nombre de cyclistes doublera d'ici la fin de l'année, comme dans les villes voisines.",
		"Les commerçants du quai, d'abord inquiets, disent aujourd'hui que leurs clients viennent plus souvent."}},
	{"en", "orchard.example", "Old apple varieties return to the valley", []string{
		"Farmers in the valley have planted more than three thousand trees of apple varieties that had almost disappeared from the region.",
		"The grafts came from a collection kept by a retired teacher, who had saved cuttings from abandoned orchards for forty years.",
		"The first harvest is expected in four years, and a cooperative is already planning to press the fruit into cider."}},
	{"en", "choir.example", "A choir of two hundred voices sings for the hospital", []string{
		"Two hundred singers from twelve villages gave a concert in the cathedral on Sunday to raise money for the children's ward.",
		"The choir had rehearsed for six months, each village learning its part alone before the first full rehearsal a week ago.",
		"The concert raised more than forty thousand euros, enough for two new incubators and a playroom."}},
	{"fr", "marche.example", "Le marché du dimanche change de place", []string{
		"Le marché du dimanche quittera la place de l'église pour s'installer le long du canal à partir du mois prochain.",
		"Les producteurs avaient demandé plus d'espace, et la place ne permettait plus d'accueillir les nouveaux stands.",
		"Certains habitants regrettent déjà l'ambiance de la vieille place, mais le maire promet des bancs et de l'ombre au bord de l'eau."}},
}

var (
	fixtureMenu    = map[string][]string{"en": {"Home", "News", "Sport", "Culture", "Contact"}, "fr": {"Accueil", "Actualités", "Sport", "Culture", "Contact"}}
	fixtureRelated = map[string][]string{"en": {"Related stories", "Council votes the new budget", "Schools close early for the heat", "Share", "Facebook", "Twitter"},
		"fr": {"À lire aussi", "Le conseil vote le budget", "Les écoles ferment plus tôt", "Partager", "Facebook", "Twitter"}}
	fixtureFooter = map[string]string{"en": "Copyright 2026 The Example Gazette. All rights reserved.", "fr": "Copyright 2026 La Gazette Exemple. Tous droits réservés."}
)

// fixtureSite returns the first variant of base ("harbour.example",
// "harbour1.example", …) on the training side of the split (hash not 0
// mod 4) and in the tuning quarter or not, as tune asks.
func fixtureSite(base string, tune bool) string {
	for n := range 100 {
		site := base
		if n > 0 {
			site = strings.Replace(base, ".example", fmt.Sprintf("%d.example", n), 1)
		}
		h := fnv.New32a()
		h.Write([]byte(site))
		v := h.Sum32()
		if v%4 != 0 && ((v/4)%4 == 0) == tune {
			return site
		}
	}
	panic("fixtureSite: no site")
}

// writeFixture writes the fixture corpus, in the training corpus's layout
// (DIR/made-up/pageN/{raw.txt,gold.txt,source.html,meta.json}), under a
// temporary folder and returns it.
func writeFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for k, p := range fixturePages {
		id := fmt.Sprintf("page%d", k+1)
		d := filepath.Join(dir, "made-up", id)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		menu, rel := fixtureMenu[p.lang], fixtureRelated[p.lang]
		raw := strings.Join(menu, "\n") + "\n\n" + p.title + "\n\n" + strings.Join(p.paras, "\n\n") + "\n\n" + strings.Join(rel, "\n") + "\n\n" + fixtureFooter[p.lang] + "\n"
		gold := p.title + "\n\n" + strings.Join(p.paras, "\n\n") + "\n"
		var h strings.Builder
		fmt.Fprintf(&h, "<!doctype html><html lang=%s><head><meta charset=utf-8><title>%s</title></head><body><nav><ul>", p.lang, p.title)
		for i, m := range menu {
			fmt.Fprintf(&h, "<li><a href=/%d>%s</a></li>", i, m)
		}
		fmt.Fprintf(&h, "</ul></nav><main><article><h1>%s</h1>", p.title)
		for _, para := range p.paras {
			fmt.Fprintf(&h, "<p>%s</p>", para)
		}
		fmt.Fprintf(&h, "</article></main><aside class=related><h2>%s</h2><ul>", rel[0])
		for i, m := range rel[1:3] {
			fmt.Fprintf(&h, "<li><a href=/r%d>%s</a></li>", i, m)
		}
		h.WriteString("</ul></aside><div class=share>")
		for _, m := range rel[3:] {
			fmt.Fprintf(&h, "<a href=/s>%s</a> ", m)
		}
		fmt.Fprintf(&h, "</div><footer><p>%s</p></footer></body></html>\n", fixtureFooter[p.lang])
		meta, err := json.Marshal(map[string]string{"dataset": "made-up", "id": id, "site": fixtureSite(p.site, k%3 == 2), "lang": p.lang, "page_type": "article", "title": p.title})
		if err != nil {
			t.Fatal(err)
		}
		for name, text := range map[string]string{"raw.txt": raw, "gold.txt": gold, "source.html": h.String(), "meta.json": string(meta)} {
			if err := os.WriteFile(filepath.Join(d, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}
