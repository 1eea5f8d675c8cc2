from anntools import A, O, Q

ARTICLES = [
    A("wn-0171.txt", [
        Q("I put no pressure on them whatsoever,", "Donald Trump", "President"),
        Q("I could have. I think it would probably, possibly have been OK if I did. But I didn't. I didn't put any pressure on them whatsoever.", "Donald Trump", "President"),
        Q("Nobody can put pressure on me because I am the president of an independent state. The only one person by the way who can put pressure on me [...] is my son, who is six years old.", "Volodymyr Zelensky", "Ukrainian President"),
        Q("If I got a transcript like the Trump-Ukraine call in a regular criminal case for bribery or extortion, I'd think, 'Wow, I’m surprised they're discussing this so openly and clearly.'", "Elie Honig", "former federal prosecutor"),
        Q("The only conclusion I can reach after reading that devastating call summary is that Trump's White House staff want him to resign or be impeached,", "Ken Gude", "former thinktank executive"),
        Q("That's the only explanation I can come up with for why they would release this call summary.", "Ken Gude", "former thinktank executive"),
        Q("I'm a big fan of oversight, so let's let the committees get to work and see where it goes.", "Mark Amodei", "Republican Representative"),
        Q("Using government agencies to, if it's proven, to put your finger on the scale of an election, I don't think that’s right [...] If it turns out that it's something along those lines, then there's a problem.", "Mark Amodei", "Republican Representative"),
    ], [
        O("United States House of Representatives", "House", "House of Representatives"),
        O("State Department", "United States Department of State", "US State Department"),
        O("Democratic Party"),
        O("The New York Times", "New York Times"),
        O("Burisma Holdings", "Burisma"),
        O("PolitiFact"),
        O("United Nations General Assembly", "UN General Assembly"),
        O("Twitter"),
        O("NBC News"),
        O("House Judiciary Committee"),
        O("Nevada Independent", "The Nevada Independent"),
        O("United States Senate", "Senate"),
    ], [
        O("House Foreign Affairs Committee", "Foreign Affairs"),
        O("House Intelligence Committee", "Intelligence"),
        O("House Oversight and Reform Committee", "Oversight and Reform"),
        O("White House"),
        O("Republican Party", "Republican"),
        O("Government of Ukraine", "government of Ukraine"),
    ],
      "Eight pairs. Trump's and Gude's quotes are each split by an attribution (two quotes each). Honig's tweet ends with a nested single-quoted sentence, kept inside. 'the House's committees on Foreign Affairs, Intelligence, and Oversight and Reform' names three committees only jointly: optional. White House releasing a summary (the administration), 'a Republican' (noun only) and the government of Ukraine: optional."),
]

ARTICLES += [
    A("wn-0224.txt", [
        Q("We don't seek to exclude anyone from energy cooperation in the Eastern Mediterranean provided they respect international law", "Kyriakos Mitsotakis", "Greek prime minister"),
        Q("null and void", "Kyriakos Mitsotakis", "Greek prime minister"),
        Q("geographically ridiculous", "Kyriakos Mitsotakis", "Greek prime minister"),
        Q("The agreement assumes that our islands, including our biggest island Crete, does not have an exclusive economic zone, which goes against everything we know in international law", "Kyriakos Mitsotakis", "Greek prime minister"),
        Q("very-very happy if Turkey were to reconsider its overall approach", "Kyriakos Mitsotakis", "Greek prime minister"),
        Q("it is important to point out that the agreement signed between Turkey and Libya infringe upon Greece’s sovereign rights", "Kyriakos Mitsotakis", "Greek prime minister"),
        Q("We call on any other country that wishes to join us to do so", "Benjamin Netanyahu", "Israeli prime minister"),
    ], [
        O("Atlantic Council"),
        O("Libyan House of Representatives", "House of Representatives"),
        O("International Court of Justice", "ICJ"),
        O("International Monetary Fund", "IMF"),
        O("Kathimerini"),
        O("Energean"),
        O("DEPA"),
        O("Democratic Rally", "DISY"),
        O("Progressive Party of Working People", "AKEL"),
        O("Turkish Foreign Ministry", "Ministry of Foreign Affairs of Turkey"),
        O("European Union", "EU"),
        O("Cyprus Mail"),
        O("Gas Infrastructure Europe", "GIE"),
        O("Greek Energy Forum"),
        O("Haifa University", "University of Haifa"),
        O("German Institute for Economic Research", "DIW"),
    ], [
        O("EuroAsia Interconnector"),
        O("EuroAfrica Interconnector"),
    ],
      "Eight pairs. Mitsotakis's 'null and void' (3 words) and 'geographically ridiculous' (2 words) follow 'calling it': kept. Netanyahu's 'fringe country' (2 words, a label in 'to end their \"fringe country\" status', no verb of saying): not a quote. The EastMed project is a pipeline project; the Interconnectors are projects (also company names): optional. Zappeion Hall is a building; the Eastern Mediterranean Bill is a law."),
]
