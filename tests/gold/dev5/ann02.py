from anntools import A, O, Q

ARTICLES = [
    A("wn-0028.txt", [], [
        O("Sophos"),
        O("MX Logic"),
    ], [],
      "No quotation marks. The CAN-SPAM act is a law. 'The Sophos team' is Sophos."),
    A("wn-0254.txt", [], [
        O("Democratic Party", "United States Democratic Party", "Democrats"),
        O("National Conference of State Legislatures", "NCSL"),
    ], [],
      "No quotation marks. The party is named directly: organisation."),
    A("wn-0246.txt", [
        Q("a matter of public health", "Alberto Fernández", "President of Argentina"),
        Q("[W]ithin the next 10 days, I will present a bill for the voluntary interruption of pregnancy that legalises abortion at the initial time of pregnancy and allows women to access the health system when they make the decision to abort", "Alberto Fernández", "President of Argentina"),
        Q("condemned many women, generally of limited resources, to resort to abortive practices in absolute secrecy, putting their health and sometimes their lives at risk", "Alberto Fernández", "President of Argentina"),
        Q("there are many abortions despite the criminal threat", "Alberto Fernández", "President"),
        Q("A state that is present must protect citizens in general and obviously women in particular. And in the 21st Century, every society needs to respect the individual choice of its members to decide freely about their bodies", "Alberto Fernández", "President"),
        Q("heard the demands of women, adolescents and girls", "Mariela Belski", "director of Argentina's Amnesty International"),
        Q("culture of death", "Jorge Eduardo Scheinig", "archbishop"),
        Q("We need to pray so that in Argentina, the yes to life is stronger than death.", "Jorge Eduardo Scheinig", "archbishop"),
    ], [
        O("National Congress", "Argentine National Congress", "Congress of Argentina", "Argentine congress", "Argentina's National Congress"),
        O("Amnesty International", "Amnesty International Argentina", "Amnesty"),
    ], [
        O("Argentinian government", "Argentine government", "Government of Argentina"),
        O("Argentine Senate", "Senate"),
    ],
      "Eight pairs. Fernández's 'A state that is present ...' has no closing mark: the quote is the rest of its paragraph (paragraph 4 is narration and does not open with a mark). 'a matter of public health' ('had previously called it') and the archbishop's 3-word 'culture of death' ('Calling it a') are explicitly theirs: kept. 'Monsenor' is a title: speaker Jorge Eduardo Scheinig. 'Argentina's Amnesty International' is Amnesty International (alias). 'The senate' (lowercase, a chamber of the congress) and 'the Argentinian government': optional."),
    A("wn-0282.txt", [], [
        O("Tesco"),
        O("Salling Group", "Salling"),
        O("Netto", "Netto Poland", "Netto Polska"),
        O("UOKiK", "Office of Competition and Consumer Protection"),
        O("Biedronka"),
        O("Lidl", "LIDL"),
        O("Notes from Poland", "NFP"),
        O("Gazeta Prawna", "Dziennik Gazeta Prawna"),
        O("Deutsche Welle", "DW"),
        O("Charoen Pokphand", "Charoen Pokphand Group", "CP Group"),
        O("China Resources Holdings", "China Resources"),
        O("HomePlus", "Homeplus"),
        O("Portfolio.hu"),
        O("Gazeta Wyborcza"),
        O("Kaufland"),
        O("Echo Investment"),
    ], [O("Tesco Polska")],
      "No quotation marks. Store chains are organisations (Netto, Biedronka, Lidl, HomePlus, Kaufland; dev-4's BWS). 'Netto chain' and 'Netto Poland' are one organisation. Tesco Polska, Tesco's Polish branch, is a named subsidiary that the article mostly calls 'Tesco's Polish operation': optional (dev-4's Mysore Division). Portfolio.hu is an outlet (dev-4's oe24.at)."),
    A("wn-0010.txt", [
        Q("elevated levels of radiation required to sufficiently lower the atomic separation point is beyond the current capabilities of any recent cooler.", "Jeremy Desterhoft", "independent consultant on nuclear energy safety"),
    ], [
        O("Ceramtech Incorporated", "Ceramtech", "Ceramatec"),
        O("Idaho National Engineering and Environmental Laboratory", "INEEL", "The Idaho National Engineering and Environmental Laboratory"),
    ], [],
      "One pair. A national laboratory is an organisation."),
    A("wn-0052.txt", [
        Q("support movement", "The Straits Times", None),
        Q("Hoping that the #istandwithahmed movement translates into a substantive national conversation on race, punishment, and incarceration.", "Marc Lamont Hill", "American academic and professor"),
        Q("Cool clock, Ahmed. Want to bring it to the White House? We should inspire more kids like you to like science. It's what makes America great.", "Barack Obama", "US President"),
    ], [
        O("Facebook"),
        O("Google"),
        O("United Nations", "U.N.", "UN"),
        O("The Deseret News", "Deseret News"),
        O("Twitter"),
        O("The Straits Times", "Straits Times"),
        O("University of Texas Arlington", "University of Texas at Arlington", "UTA"),
        O("Council on American-Islamic Relations", "CAIR"),
        O("University of Texas Arlington Muslim Student Association", "Muslim Student Association"),
        O("Irving Independent School District", "Irving ISD"),
        O("Irving Police Department", "Irving Police"),
    ], [
        O("NASA"),
        O("White House"),
        O("Google Science Fair"),
    ],
      "Three pairs. The Straits Times's 2-word 'support movement' ('noted ... had grown into a'): explicitly the outlet's words, kept (short-quote convention; dev-4's 'which the BBC describes as'), organisation speaker. Obama's tweet is paragraph 7, after 'tweeted using his @POTUS account:'. NASA appears only on a T-shirt and the White House only inside the tweet: optional. The Google Science Fair is an event run by Google: optional. #IStandWithAhmed is a hashtag."),
    A("wn-0274.txt", [
        Q("It is a great loss to the people of South Sudan, because John Luk had contributed a lot, and him and myself has done a lot in the legal sector and in the negotiations and in all aspects of governance system in South Sudan. So his death is not only a loss to the community, but a loss to the people and the government of South Sudan", "Michael Makuei", "Information Minister"),
        Q("John Luk was very honest, hardworking and a brilliant person who devoted his entire life to fight for South Sudan during the liberation processes until his death. He is a person the whole country will miss.", "Rebecca Nyandeng De Mabior", "one of South Sudan's Vice Presidents"),
    ], [
        O("Voice of America", "VOA"),
        O("The EastAfrican", "EastAfrican"),
    ], [O("South Sudan in Focus")],
      "Two pairs. 'South Sudan in Focus' is a VOA programme: optional. The Transitional Constitution is a document; 'the government of South Sudan' (inside the quote) is generic."),
]
