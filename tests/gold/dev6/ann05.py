from anntools import A, O, Q

ARTICLES = [
    A("wn-0081.txt", [
        Q("It's been a long, hard fight. I'm starting to see some of the fruits of not just my labor, but the labor of so many other people whose names I don't know,", "Patricia Ann Spearman", "State Senator"),
        Q("Women in Nevada have said, 'It's time to do away with the patriarchy that that holds people down. It's just time to do away with it.'", "Patricia Ann Spearman", "State Senator"),
        Q("It's really exciting to be part of this female majority, but also to be a Latina sitting in that majority[...] And when you have students that are recognizing, maybe for the first time, that they too have the ability to be involved and run for office, it truly highlights the importance.", "Selena Torres", "Assemblywoman"),
        Q("Women hold fewer than 30 percent of state legislative seats across the country, fewer than 25 percent of congressional seats, so getting to 50 percent in any one place is something significant.", "Kelly Dittmar", "Rutgers University political scholar"),
        Q("If we want to see parity, it means that we also need to increase the number of Republican women, because we're not going to get to gender parity in most places if we don't fare better in both parties.", "Kelly Dittmar", "Rutgers University political scholar"),
        Q("Before I ran for office I did look at the makeup and think, 'There's just not as many females in the Republican Party, and how do we change that?'", "Jill Tolles", "Republican Assemblywoman"),
    ], [
        O("Rutgers University", "Rutgers"),
        O("Republican Party", "GOP", "Republicans", "Republican"),
        O("Democratic Party", "Democratic party", "Democrats", "Democratic", "Democrat"),
        O("United States Senate", "Senate", "U.S. Senate"),
        O("United States House of Representatives", "House of Representatives", "U.S. House"),
    ], [
        O("Nevada Senate", "state senate"),
        O("United States Army", "Army", "U.S. Army"),
    ],
      "Six pairs. Spearman's 'further remarking' quote holds nested single-quoted words of 'Women in Nevada', part of her quote; Tolles's holds her own thought in single marks. Both parties are named directly ('the Republican Party' in Tolles's quote, 'belong to the Democratic party'): organisations. The Senate and House of Representatives are named as the federal legislative body: organisations (as wn-0166). 'first elected to the state senate' names a seat, lower case: optional; 'former Army colonel' names the Army only in a title: optional."),
    A("wn-0016.txt", [], [
        O("ETA", "Euskadi Ta Askatasuna"),
        O("Ministry of Interior", "Ministry of the Interior", "Spanish Ministry of the Interior"),
        O("Civil Guard", "Guardia Civil"),
        O("El Mundo"),
    ], [
        O("Spanish police", "Policía Nacional", "National Police"),
    ],
      "No quotes: \"El Mundo\" is the newspaper's name. ETA, a named armed group, and the Civil Guard are organisations. 'the Spanish police' is a generic phrase: optional. The Spanish Constitution is a document; 'a bomb squad' is unnamed."),
    A("wn-0252.txt", [
        Q("many stores are still selling out within an hour of delivery", "Coles", None),
        Q("unprecedented", "Coles", None),
        Q("unexpected", "ALDI", None),
        Q("sharp increase", "Woolworths", None),
        Q("Coles and Woolworths have a view [that] if there was plenty of stuff on the shelf, if product like toilet rolls and sanitiser could be [bought] and are there in quantities, you would probably minimise the panic", "Russell Zimmerman", "executive director of the Australian Retailers Association"),
    ], [
        O("Woolworths"),
        O("Coles"),
        O("ALDI", "Aldi"),
        O("Facebook"),
        O("Costco"),
        O("Australian Retailers Association", "ARA"),
        O("Queensland University of Technology", "QUT"),
        O("News.com.au"),
        O("ABC News", "ABC Australia", "ABC", "Australian Broadcasting Corporation"),
        O("Who Gives a Crap"),
        O("Kimberly-Clark"),
        O("Solaris Paper"),
        O("Domain.com", "Domain"),
        O("NT News"),
        O("Ocado"),
    ], [
        O("Kleenex", "Kleenex Toilet Tissue"),
        O("Sorbent"),
        O("Andres", "Andrex"),
    ],
      "Five pairs. Coles's media release ('reported that ... \"...\"', 'called the demand \"unprecedented\"') and ALDI's Facebook post ('called it \"unexpected\"'): organisation speakers; the one-word quotes are explicitly theirs (dev convention, as dev-3's CPD's 'additional tools'). 'sharp increase' is 'according to a Woolworths spokesperson', unnamed: the chain speaks; the weakest of the short quotes. Store chains are organisations (dev-5); Facebook as the platform, too; News.com.au, Domain.com and NT News are outlets. Kleenex, Sorbent and Andres (sic) are brands: optional (dev-4). 'ABC Australia' and 'ABC News' are one broadcaster."),
    A("wn-0285.txt", [
        Q("In B.C., this has been considered a public health emergency since April 2016. Unfortunately this means issues like found needles and drugs are something that all parents must be mindful of while in public settings.", "Royal Canadian Mounted Police", None),
    ], [
        O("Royal Canadian Mounted Police", "RCMP"),
        O("Kamloops RCMP", "Kamloops Police"),
        O("CBC", "Canadian Broadcasting Corporation"),
        O("Ask Wellness Society"),
        O("Kamloops This Week"),
        O("B.C. Coroners Service", "BC Coroners Service"),
        O("The Mustard Seed Kamloops", "Mustard Seed Kamloops", "The Mustard Seed"),
    ], [
        O("Ontario Provincial Police", "provincial police", "OPP"),
        O("Canadian Public Health Infobase", "Public Health Infobase"),
        O("Canada Emergency Response Benefit", "CERB"),
    ],
      "One pair: the RCMP's statement (organisation speaker). 'Kamloops Police' ('according to Kamloops Police') is the Kamloops RCMP detachment, named and acting: an organisation apart from the RCMP. Ontario's 'provincial police' is lower case: optional. The Infobase is a data site and CERB a benefit programme: optional. McDonald Park is a park; 'Vancouver researchers' are unnamed."),
    A("wn-0164.txt", [
        Q("This Court has already concluded that the Prime Minister's advice to Her Majesty was unlawful, void and of no effect. This means that the Order in Council to which it led was also unlawful, void and of no effect and should be quashed. This means that when the Royal Commissioners walked into the House of Lords it was as if they walked in with a blank sheet of paper. The prorogation was also void and of no effect. Parliament has not been prorogued. This is the unanimous judgment of all 11 Justices.", "Supreme Court of the United Kingdom", None),
        Q("In our view, the decision of the Prime Minister to advise Her Majesty the Queen to prorogue Parliament is not justiciable in Her Majesty’s courts.", "High Court of England and Wales", None),
        Q("cautiously optimistic", "Boris Johnson", "prime minister"),
    ], [
        O("Supreme Court of the United Kingdom", "Supreme Court", "UK Supreme Court", "Court"),
        O("Parliament of the United Kingdom", "Parliament", "UK Parliament"),
        O("European Union", "EU"),
        O("Court of Session"),
        O("High Court of England and Wales", "High Court"),
    ], [
        O("House of Lords"),
    ],
      "Three pairs. 'The summary of the decision read in part' and the High Court's finding are the courts' written words: organisation speakers (dev-4's 'The opinion of the Court'). Johnson's two-word 'cautiously optimistic' ('he said he remained') is explicitly his: kept. Parliament is named in full and acts: organisation. The House of Lords appears only as the chamber the Commissioners 'walked into', inside the quote: optional. 'British exit' is a gloss; 'Johnson's government' is generic."),
    A("wn-0151.txt", [], [
        O("ABC", "Australian Broadcasting Corporation"),
        O("Legislative Assembly of Tonga", "Legislative Assembly", "Tonga's parliament", "Parliament of Tonga"),
        O("The Guardian", "Guardian"),
        O("University of the South Pacific", "USP"),
    ], [
        O("Parliamentarians for Global Action", "PGA"),
    ],
      "No quotation marks. Tonga's parliament is named ('the Legislative Assembly'): organisation, with 'Tonga's parliament' as an alias. Parliamentarians for Global Action is named only in its award's name: optional (dev-5's MTV). 'local media' are unnamed."),
    A("wn-0147.txt", [
        Q("There was no reason for us to expect that an algae bloom like this would happen [...] Lava doesn't contain any nitrate.", "Seth John", "Study co-author and geochemist"),
        Q("The expedition in July 2018 provided a unique opportunity to see first-hand how a massive input of external nutrients alters marine ecosystems that are finely attuned to low-nutrient conditions [...] Ecosystem responses to such a substantial addition of nutrients are rarely observed or sampled in real time. UH has a strong tradition of not only volcanic research, but also looking at its impacts on the surrounding environment such as the ocean, groundwater, atmosphere. This latest piece of research improves our understanding of lava-seawater interactions within the much broader context of land-ocean connections.", "Sam Wilson", "Co-lead author"),
    ], [
        O("University of Hawaii at Mānoa", "UH Mānoa", "UH", "University of Hawaii", "University of Hawaii at Manoa"),
        O("University of Southern California", "USC"),
        O("Center for Microbial Oceanography: Research and Education", "C-MORE"),
    ], [
        O("Science"),
    ],
      "Two pairs. The journal Science: optional (dev practice). C-MORE, a named research centre, is an organisation. The Ka'imikai-O-Kanaloa is a ship."),
    A("wn-0247.txt", [
        Q("Three months ago,", "Michael Bloomberg", "formerly the mayor of New York City"),
        Q("I entered the race for President to defeat Donald Trump. Today, I am leaving the race for the same reason: to defeat Donald Trump – because it is clear to me that staying in would make achieving that goal more difficult [...] I've always believed that defeating Donald Trump starts with uniting behind the candidate with the best shot to do it. After yesterday's vote, it is clear that candidate is my friend and a great American, Joe Biden. [...] Today I am glad to endorse him – and I will work to make him the next President of the United States.", "Michael Bloomberg", "formerly the mayor of New York City"),
    ], [
        O("Democratic Party", "United States Democratic Party", "Democrats", "Democratic"),
        O("CNN", "Cable News Network"),
        O("NPR", "National Public Radio"),
        O("NBC News", "NBC"),
        O("National Conference of State Legislatures", "NCSL"),
        O("Harvard Law School"),
    ], [],
      "Two pairs: Bloomberg's statement split by 'he said' ('Three months ago,' is its three-word first half, as dev-2's 'Overall,'). 'Super Tuesday' (twice) is a name: not a quote. The Democratic nominating convention is an event."),
]
