from anntools import A, O, Q

ARTICLES = [
    A("wn-0013.txt", [], [O("United Nations", "UN")], [],
      "No quotation marks. Democratic Republic of the Congo and Rwanda are countries."),
    A("wn-0243.txt", [], [O("ABC", "ABC of Australia", "Australian Broadcasting Corporation")], [],
      "No quotation marks. 'The country's state news' and 'the government' are unnamed."),
    A("wn-0001.txt", [
        Q("deep mourning", "Jamil Murad", "PCdoB Deputy"),
        Q("Yasser Arafat was a Palestinian leader who became a world projection leader", "Jamil Murad", "PCdoB Deputy"),
    ], [
        O("PCdoB", "Communist Party of Brazil", "Partido Comunista do Brasil"),
        O("Civil House", "Casa Civil"),
    ], [],
      "Two pairs, both Murad's ('said there was a \"deep mourning\" feeling': 2 words, explicitly his). Civil House (Casa Civil) is a named federal government body."),
    A("wn-0232.txt", [], [
        O("Bavarian State Ministry of Public Health and Health Care", "Bavarian State Ministry of Health and Care"),
        O("World Health Organization", "WHO"),
    ], [],
      "Four pairs, all risk-assessment levels ('moderate', 'high', 'high', 'very high'): terms of a rating scale, not speech."),
    A("wn-0126.txt", [], [O("CBS"), O("KDKA-TV", "KDKA")], [],
      "No quotation marks. 'county police' (Allegheny County) is never named."),
    A("wn-0228.txt", [
        Q("The American people deserve the truth, and the Constitution demands a trial.", "Nancy Pelosi", "Speaker of the United States House of Representatives"),
    ], [
        O("United States House of Representatives", "House", "House of Representatives", "U.S. House of Representatives"),
        O("U.S. Senate", "Senate", "United States Senate", "US Senate"),
        O("United States Congress", "Congress", "U.S. Congress"),
    ], [],
      "One pair, Pelosi. 'obstruction of Congress' names Congress (dev-1 wn-0059 practice)."),
]

ARTICLES += [
    A("wn-0031.txt", [], [O("NASA", "National Aeronautics and Space Administration")], [
        O("Kennedy Space Centre", "Kennedy Space Center"),
        O("Michoud Assembly Facility"),
    ],
      "No quotation marks. Michoud Assembly Facility and the Kennedy Space Centre are NASA sites (facilities named for/of an organisation): optional."),
    A("wn-0111.txt", [
        Q("Today, I signed into law the Alabama Human Life Protection Act. To the bill’s many supporters, this legislation stands as a powerful testament to Alabamians’ deeply held belief that every life is precious & that every life is a sacred gift from God.", "Kay Ivey", "Governor of Alabama"),
    ], [
        O("Alabama Senate", "Senate", "Senate of the state"),
        O("US Supreme Court", "Supreme Court", "Supreme Court of the United States", "U.S. Supreme Court"),
        O("Planned Parenthood"),
        O("American Civil Liberties Union", "ACLU"),
    ], [O("Republican Party", "Republican")],
      "One pair: Ivey's tweet. 'Republican' appears only as an adjective: optional (dev-1 wn-0059)."),
    A("wn-0233.txt", [], [
        O("ESPN"),
        O("National Basketball Association", "NBA"),
        O("Charlotte Hornets", "Hornets"),
        O("Los Angeles Lakers", "Lakers"),
        O("Federal Aviation Administration", "FAA"),
        O("National Transportation Safety Board", "NTSB"),
        O("Twitter"),
    ], [],
      "No quotation marks. 'The city of Calabasas' is a city."),
    A("wn-0306.txt", [
        Q("not doing her job", "Donald Trump", "US President"),
    ], [O("Twitter")], [O("Democratic Party", "Democratic")],
      "One pair, 4 words Trump wrote on Twitter ('accusing her of ...'): kept. 'Democratic mayor'/'Democratic leadership' are adjectives: optional. The mayor's office is unnamed."),
    A("wn-0175.txt", [
        Q("perpetuated, on a massive scale, the vicious cycle of addiction, despair, and destruction.", "Thomas T. Cullen", "United States Attorney"),
    ], [
        O("United States District Court for the Western District of Virginia", "Western District of Virginia"),
        O("WSET-TV", "WSET"),
    ], [],
      "One pair, Cullen."),
    A("wn-0127.txt", [], [
        O("National Hurricane Center", "NHC"),
        O("Air Force Reserve", "Air Force Reserve Command"),
    ], [],
      "Three pairs, all the term 'tropical depression' / 'Tropical Depression' being defined: not quotes."),
    A("wn-0070.txt", [
        Q("broken into two pieces", None),
    ], [
        O("National Transportation Safety Committee of Indonesia", "National Transportation Safety Committee", "NTSC", "KNKT"),
        O("Lion Air"),
    ], [O("Boeing")],
      "One pair, 4 words 'according to investigators' (unnamed): kept with a null speaker (the NTSC, which employs the investigators, would be defensible). Boeing appears only in the aircraft model name: optional. Lion Air Flight 610 is a flight."),
]
