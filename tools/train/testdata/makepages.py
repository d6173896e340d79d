import json, os, hashlib
def fnv(s):
    h=0x811c9dc5
    for b in s.encode():
        h^=b; h=(h*0x01000193)&0xffffffff
    return h
topics=[
 ("en","harbour.example","The harbour reopens after the winter storms",
  ["The town's harbour reopened on Monday after three months of repairs to the sea wall that the January storms had broken in two places.",
   "Fishing boats that had moored in the next bay since December came back in the morning, and the first catch was sold at the market by noon.",
   "The repairs cost 2.4 million euros, most of it paid by the region, and the engineers say the new wall should hold for fifty years.",
   "Some owners of the cafés along the quay said the closure had cost them half of their usual winter trade."]),
 ("en","library.example","A village library lends tools as well as books",
  ["Since the spring, the library of a small village has lent drills, ladders and sewing machines to anyone with a reader's card.",
   "The idea came from a volunteer who noticed that most of the tools in her neighbours' sheds were used once or twice a year.",
   "About two hundred tools are now on the shelves, and the most popular one, a pressure washer, is booked until the end of the summer."]),
 ("fr","velo.example","Une piste cyclable relie enfin les deux rives",
  ["La nouvelle piste cyclable qui traverse le pont a été inaugurée samedi, après deux ans de travaux et de nombreux retards.",
   "Elle permet aux habitants de la rive gauche de rejoindre le centre en moins de quinze minutes, sans croiser la circulation des camions.",
   "La mairie espère que le nombre de cyclistes doublera d'ici la fin de l'année, comme dans les villes voisines.",
   "Les commerçants du quai, d'abord inquiets, disent aujourd'hui que leurs clients viennent plus souvent."]),
 ("en","orchard.example","Old apple varieties return to the valley",
  ["Farmers in the valley have planted more than three thousand trees of apple varieties that had almost disappeared from the region.",
   "The grafts came from a collection kept by a retired teacher, who had saved cuttings from abandoned orchards for forty years.",
   "The first harvest is expected in four years, and a cooperative is already planning to press the fruit into cider."]),
 ("en","choir.example","A choir of two hundred voices sings for the hospital",
  ["Two hundred singers from twelve villages gave a concert in the cathedral on Sunday to raise money for the children's ward.",
   "The choir had rehearsed for six months, each village learning its part alone before the first full rehearsal a week ago.",
   "The concert raised more than forty thousand euros, enough for two new incubators and a playroom."]),
 ("fr","marche.example","Le marché du dimanche change de place",
  ["Le marché du dimanche quittera la place de l'église pour s'installer le long du canal à partir du mois prochain.",
   "Les producteurs avaient demandé plus d'espace, et la place ne permettait plus d'accueillir les nouveaux stands.",
   "Certains habitants regrettent déjà l'ambiance de la vieille place, mais le maire promet des bancs et de l'ombre au bord de l'eau."]),
]
menu={"en":["Home","News","Sport","Culture","Contact"],"fr":["Accueil","Actualités","Sport","Culture","Contact"]}
rel={"en":["Related stories","Council votes the new budget","Schools close early for the heat","Share","Facebook","Twitter"],
     "fr":["À lire aussi","Le conseil vote le budget","Les écoles ferment plus tôt","Partager","Facebook","Twitter"]}
foot={"en":"Copyright 2026 The Example Gazette. All rights reserved.","fr":"Copyright 2026 La Gazette Exemple. Tous droits réservés."}
def pick(base, want_tune):
    for n in range(100):
        site=base.replace(".example","%s.example"%("" if n==0 else n))
        h=fnv(site)
        if h%4!=0 and ((h//4)%4==0)==want_tune: return site
for k,(lang,site,title,paras) in enumerate(topics):
    site=pick(site, k%3==2)
    ds="made-up"
    d=f"corpus/{ds}/page{k+1}"
    os.makedirs(d,exist_ok=True)
    raw="\n".join(menu[lang])+"\n\n"+title+"\n\n"+"\n\n".join(paras)+"\n\n"+"\n".join(rel[lang])+"\n\n"+foot[lang]+"\n"
    gold=title+"\n\n"+"\n\n".join(paras)+"\n"
    html="<!doctype html><html lang=%s><head><meta charset=utf-8><title>%s</title></head><body><nav><ul>%s</ul></nav><main><article><h1>%s</h1>%s</article></main><aside class=related><h2>%s</h2><ul>%s</ul></aside><div class=share>%s</div><footer><p>%s</p></footer></body></html>\n"%(
        lang,title,"".join("<li><a href=/%d>%s</a></li>"%(i,m) for i,m in enumerate(menu[lang])),title,"".join("<p>%s</p>"%p for p in paras),
        rel[lang][0],"".join("<li><a href=/r%d>%s</a></li>"%(i,m) for i,m in enumerate(rel[lang][1:3])),"".join("<a href=/s>%s</a> "%m for m in rel[lang][3:]),foot[lang])
    open(d+"/raw.txt","w").write(raw); open(d+"/gold.txt","w").write(gold); open(d+"/source.html","w").write(html)
    json.dump({"dataset":ds,"id":f"page{k+1}","site":site,"lang":lang,"page_type":"article","title":title},open(d+"/meta.json","w"),indent=1)
    s=site.lower()
    print(site, fnv(s)%4, (fnv(s)//4)%4)
