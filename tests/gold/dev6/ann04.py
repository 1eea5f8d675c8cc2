from anntools import A, O, Q

ARTICLES = [
    A("wn-0077.txt", [
        Q("they raped me", "Emily Spanton", None),
        Q("My client is of course very relieved with the verdict and is glad that she withstood the very arduous process that led to today. She is glad that she did her part in allowing justice to unfold.", "Howard Rubel", "a Toronto lawyer representing Spanton"),
        Q("Women in France who have been raped don't have to justify their private life. The court has found that Mme Spanton did not lie, she is not a liar. She was portrayed as a liar, she did not lie.", "Sophie Obadia", "another lawyer for the victim"),
        Q("Basic investigations weren't done.", None),
        Q("I regret we weren’t called immediately. If we had been, I could have made efforts to secure the scene. We could also have heard the officers more rapidly.", None),
    ], [
        O("Brigade de Recherche et d’Intervention", "Brigade de Recherche et d'Intervention", "BRI"),
        O("BBC", "British Broadcasting Corporation"),
    ], [
        O("36 Quai des Orfèvres", "Quai des Orfèvres"),
    ],
      "Five pairs. Spanton's three-word 'they raped me' (what she told the guard) is explicitly hers: kept. 'The head of the police's internal investigators' is never named, nor is her body: her two quotes have a null speaker (an unnamed person, as dev-5's 'One MP'). The anti-gang unit is a named body: organisation; 36 Quai des Orfèvres is the police headquarters, a building: optional. 'an Irish pub' and 'the police' are unnamed."),
    A("wn-0024.txt", [], [
        O("Times of Zambia"),
    ], [
        O("Ministry of Agriculture and Co-operatives", "Ministry of Agriculture & Co-Operatives", "ministry of Agriculture"),
        O("government of Zambia", "Zambian government"),
    ],
      "No quotation marks. The ministry is named only in the minister's title and as 'the ministry of Agriculture' (lower case; dev-5's 'the ministry of internal affairs of Belarus'): optional. 'The government of Zambia' and 'The Zambian government' are generic phrases: optional."),
    A("wn-0250.txt", [], [
        O("University of Calgary"),
        O("Number Theory Foundation"),
        O("British Chess Magazine", "BCM"),
    ], [
        O("Department of Mathematics and Statistics"),
    ],
      "No quotes: 'glider' is the name of a pattern. British Chess Magazine is a magazine (a media outlet, as dev-5's Discover Magazine). The university's 'Department of Mathematics and Statistics' is a department named only generically: optional; a looser annotator would make it an organisation. Conway's Game of Life is a cellular automaton; GBR code a notation."),
    A("wn-0048.txt", [
        Q("We are in contact with all relevant parties, with whom we share the desire to find a solution to this crisis", "Najib Razak", "Malaysia's Prime Minister"),
        Q("We urge the governments of the region to work together quickly, first and foremost, to save the lives of migrants now at sea who are in need of an immediate rescue effort", "Jeff Rathke", "State Department Spokesperson"),
    ], [
        O("Indonesian Navy", "Indonesian navy", "TNI-AL"),
        O("United Nations", "UN", "Untied Nations"),
        O("ABC News", "ABC"),
        O("Agence France-Presse", "AFP"),
        O("United States Department of State", "US State Department", "State Department", "U.S. State Department"),
    ], [
        O("Indonesian military", "Indonesian National Armed Forces", "TNI"),
        O("Malaysian navy", "Royal Malaysian Navy"),
    ],
      "Two pairs. The article misspells the United Nations once ('the Untied Nations'): alias. The Indonesian Navy is capitalised and acts: organisation; 'the Indonesian military' (Basya's employer) and 'Malaysian navy' are lower case: optional (dev-4 practice). 'the governments of South East Asia' is generic."),
    A("wn-0093.txt", [
        Q("appear not to have shown any respect for the minimum standards of decent behaviour.", "Durham Hall", "Judge"),
        Q("ripe and vulnerable to manipulation", "Kama Melly", "Prosecutor"),
        Q("to satisfy [the accused's] sexual desires", "Kama Melly", "Prosecutor"),
        Q("there is nothing to be ashamed of", None),
        Q("nothing but a toy to play with", None),
        Q("The Safeguarding Board will look closely at this case to see if there are any lessons we can learn that could help us keep young people safer", "Bradford Council", None),
    ], [
        O("Bradford Council", "City of Bradford Metropolitan District Council"),
    ], [
        O("Safeguarding Board", "The Safeguarding Board", "Bradford Safeguarding Children Board"),
    ],
      "Six pairs. The two victims' phrases ('One of the victims', who chose to be named but is not named here) have a null speaker. 'Bradford Council stated': organisation speaker. 'The Safeguarding Board', named only inside the council's quote and not fully: optional. The children's home is unnamed."),
    A("wn-0015.txt", [], [
        O("Agência Estado", "Agencia Estado"),
        O("Brazilian Landless Workers Movement", "MST", "Landless Workers' Movement", "Movimento dos Trabalhadores Rurais Sem Terra"),
    ], [
        O("Noroeste Farm"),
        O("Brazilian government", "Government of Brazil"),
    ],
      "No quotes: 'Coco' is a nickname. The MST, named in full and acting, is an organisation. Noroeste Farm is a farm, the victim's employer: optional (premises, dev-5 practice). 'the Brazilian government' is generic: optional. 'a Cabixi police station' and 'international organizations' are unnamed."),
    A("wn-0199.txt", [
        Q("ongoing repression of the Cuban people and its support for Nicolás Maduro in Venezuela", "Mike Pompeo", "US Secretary of State"),
        Q("I strongly reject new #US blockade measure that bans #US airlines' flights to 9 Cuban airports [...] they won't extract any concession from us. We shall overcome!", "Bruno Parrilla", "the foreign affairs minister of Cuba"),
    ], [
        O("United States Department of Transportation", "Department of Transportation", "DOT", "US Department of Transportation"),
        O("Twitter"),
        O("CBS", "CBS News"),
        O("American Airlines"),
        O("JetBlue", "JetBlue Airways"),
    ], [
        O("Cuban government", "Government of Cuba"),
        O("Trump administration"),
        O("José Martí International Airport", "Jose Marti International Airport"),
    ],
      "Two pairs: Pompeo's letter ('In the letter, Pompeo cited') and Parrilla's tweet. The Cuban government and the Trump administration are generic: optional. The airport is a site: optional."),
    A("wn-0289.txt", [
        Q("The injured persons have been rushed to Kozhikode Medical College and other nearby hospitals. Those admitted are having serious injuries.", None),
        Q("My thoughts are with those who lost their loved ones. May the injured recover at the earliest. [...] Authorities are at the spot, providing all assistance to the affected.", "Narendra Modi", "Indian Prime Minister"),
    ], [
        O("Air India Express"),
        O("National Disaster Response Force", "NDRF"),
        O("Directorate General of Civil Aviation", "DGCA"),
    ], [
        O("Calicut International Airport", "Calicut Airport"),
        O("Kozhikode Medical College", "Government Medical College Kozhikode"),
        O("Boeing", "The Boeing Company"),
        O("Vande Bharat Mission"),
    ],
      "Two pairs. 'The local health minister' is never named: null speaker. The airport (a site), the medical college (a hospital, named only inside the quote), Boeing (only in 'Boeing 737') and the Vande Bharat Mission (a programme) are optional. 'authorities' are unnamed; 'Civil Aviation Minister' is a title."),
    A("wn-0300.txt", [
        Q("he gets sounds that aren't necessarily guitar sounds — a lot of harmonics, textures that happen just because of how he picks.", "Mike McCready", "of Pearl Jam"),
    ], [
        O("Recording Industry Association of America", "RIAA"),
        O("Rock & Roll Hall of Fame", "Rock and Roll Hall of Fame"),
        O("Rolling Stone"),
    ], [
        O("Van Halen"),
        O("Pearl Jam"),
        O("Billboard"),
    ],
      "One pair. 'Eddie' is a nickname: not a quote. Bands are optional (dev-4/dev-5 practice): Van Halen, Pearl Jam. The Hall of Fame is an institution (dev-5): organisation. Billboard is named only in 'the Billboard charts': optional. Rolling Stone, where McCready's interview ran, is a magazine: organisation."),
    A("wn-0198.txt", [
        Q("We wanted to find out how these superbugs are spread — and whether there is a cross-over from the food chain to humans", "David Livermore", "lead author"),
        Q("[T]he strains of resistant E. coli [found in food], were almost entirely different from the types found in human faeces, sewage and bloodstream infections", "David Livermore", "lead author"),
        Q("[...] Rather — and unpalatably — the likeliest route of transmission for ESBL-E. coli is directly from human to human, with faecal particles from one person reaching the mouth of another. We need to carry on cooking chicken well and never to alternately handle raw meat and salad. There are plenty of important food-poisoning bacteria, including other strains of E. coli, that do go down the food chain. But here — in the case of ESBL-E. coli — it's much more important to wash your hands after going to the toilet.", "David Livermore", "lead author"),
        Q("If we can reduce the number of illnesses where antibiotics are needed [...] we can reduce antibiotic resistance by saving these important medicines for when they are really required.", "Ash Soni", "Society President"),
    ], [
        O("University of East Anglia", "UEA"),
        O("Royal Pharmaceutical Society", "RPS", "Society"),
    ], [
        O("The Lancet Infectious Diseases", "Lancet Infectious Diseases"),
    ],
      "Four pairs (Livermore's second statement split by 'said Dr. Livermore'). The journal: optional (dev practice). 'the University of East Anglia's medical school' is lower case and unnamed beyond the university."),
]
