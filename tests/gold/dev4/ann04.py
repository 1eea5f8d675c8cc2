from anntools import A, O, Q

ARTICLES = [
    A("wn-0029.txt", [], [
        O("Red Cross"),
        O("United Nations", "U.N.", "UN"),
        O("World Health Organization", "WHO"),
    ], [],
      "No quotation marks."),
    A("wn-0088.txt", [
        Q("iconic", "Damodar Naik", "spokesperson for the Bharatiya Janata Party"),
        Q("[e]xtremely pained to hear about the demise of my dear childhood friend, colleague and former Deputy Chief Minister (Dy CM) of Goa advocate Francis D'Souza. A wonderful human being and a leader loved by all. He devoted himself to public service. His demise is a great personal loss", "Manohar Parrikar", "Chief Minister"),
        Q("humble and soft-spoken", "Girish Chodankar", "State Congress President"),
        Q("gentleman politician", "Aam Aadmi Party", None),
    ], [
        O("Bharatiya Janata Party", "BJP"),
        O("Aam Aadmi Party", "AAP"),
    ], [
        O("Congress", "Indian National Congress", "State Congress"),
        O("Goa's government", "Government of Goa"),
    ],
      "Four pairs, all explicitly given to a named source: Naik 'said ... an \"iconic\" leader' (one word) and the party's statement 'said he was a \"gentleman politician\"' (organisation speaker) are kept (short-quote convention). Congress appears only in the title 'State Congress President': optional. 'Goa's government': generic, optional."),
    A("wn-0177.txt", [
        Q("There is a lot of argument now about whether local management can help in the face of global stresses — whether what a Fijian village does matters when people in London and Los Angeles burn fossil fuels to drive to work", "Mark Hay", "marine ecologist and Regents Professor at GT"),
        Q("Our work indicates that local management provides a degree of insurance against global stresses, but there are likely higher temperatures that render the insurance ineffective.", "Mark Hay", "marine ecologist and Regents Professor at GT"),
        Q("Macroalgae are suggested to disrupt coral microbiomes via transfer of allelochemicals or microbes or release of dissolved organic carbon that affects microbial growth", None),
    ], [
        O("Georgia Institute of Technology", "GT", "Georgia Tech"),
        O("University of South Carolina Beaufort", "USCB"),
    ], [O("Science Advances")],
      "Three pairs. The third is the paper's text ('They reported', the researchers as a group): null speaker, as dev-1 treats 'the study itself'. Mark Hay, who led the research, is defensible. The journal Science Advances: optional."),
    A("wn-0114.txt", [], [
        O("Secret Service", "United States Secret Service", "US Secret Service"),
        O("US Park Police", "United States Park Police", "U.S. Park Police"),
        O("Montgomery County Police Department"),
    ], [O("White House")],
      "No quotation marks. The White House is named here as a place (its south lawn), but kept optional as in the other sets."),
    A("wn-0145.txt", [
        Q("We expect that this number will increase", "Hubert Minnis", "Prime minister"),
        Q("Parts of Abaco are decimated [...] There is severe flooding. There is severe flooding damage to homes, businesses and infrastructure", "Hubert Minnis", "Prime minister"),
        Q("The southern aspect of Abaco has suffered less devastation than the north. The Sandy Point area and progressing north has not suffered as much devastation that was seen in the Marsh Harbour vicinity. The international airport on Abaco is under water. The runway is currently flooded. In fact, the area around the airport now looks like a lake.", "Hubert Minnis", "Prime minister"),
    ], [
        O("National Hurricane Center", "NHC"),
        O("CNN"),
        O("BBC", "British Broadcasting Corporation"),
        O("Red Cross"),
        O("United Nations", "UN"),
    ], [],
      "Three pairs, all Minnis ('Minnis said' sits between the second and third)."),
    A("wn-0132.txt", [
        Q("designed to intimidate a civilian population, to say the least.", "Josh Bash", "U.S. Attorney for the Western District of Texas"),
        Q("We are treating it as a domestic terrorism case, and we're going to do what we do to terrorists in this country, which is deliver swift and certain justice,", "Josh Bash", "U.S. Attorney for the Western District of Texas"),
        Q("As far as I know, this would be the first case of this type in history", "Marcelo Ebrard", "Mexico's Foreign Secretary"),
        Q("For Mexico, this individual is a terrorist", "Marcelo Ebrard", "Mexico's Foreign Secretary"),
        Q("cultural and ethnic replacement brought on by an invasion", None),
        Q("The key factor here is that it appears to be an intent to coerce or intimidate a civilian population[...] That's met here.", "Josh Bash", "U.S. Attorney"),
    ], [
        O("Walmart"),
        O("8chan"),
        O("Gun Violence Archive"),
    ], [
        O("Mexican government", "Government of Mexico"),
        O("U.S. government", "federal government"),
    ],
      "Six pairs. 'Bash characterized the attack as \"...\"' is his (10 words). The manifesto's words ('the writer supposes'): the writer is not named and authorship was still under investigation, so null speaker (document text, dev-2 practice); Patrick Crusius is defensible. 8chan, a message board, is an organisation like Twitter. The Mexican and U.S. governments: generic, optional. The Cielo Vista Mall is a place."),
    A("wn-0086.txt", [
        Q("Deeply saddened by the loss of lives", "Narendra Modi", "Prime Minister"),
        Q("condolences to the families of those who lost their lives. May the injured recover soon.", "Narendra Modi", "Prime Minister"),
        Q("Buildings can only be constructed up to four floors in Delhi[...] This hotel had been built up to six floors. It's gross negligence on the part of the officers who allowed the extra floors to be built. The entire hotel has wooden panelling, this shows carelessness on the part of the owner.", "Satyendra Jain", "the city's home minister"),
    ], [], [
        O("Hotel Arpit Palace"),
        O("Myanma embassy", "Embassy of Myanmar", "Myanmar embassy"),
    ],
      "Three pairs. Modi 'tweeted \"...\" and offered \"...\"': two quotes, both his. No named organisation: the hotel is a building and business (optional); 'the Myanma embassy' has no proper name (optional); fire service, police and local media are unnamed."),
    A("wn-0238.txt", [], [
        O("Nike"),
        O("Internal Revenue Service", "IRS"),
        O("NBC News"),
    ], [O("United States government", "US government")],
      "No quotation marks. 'The United States government': generic, optional."),
]
