from anntools import A, O, Q

ARTICLES = [
    A("wn-0032.txt", [], [
        O("Bombay Stock Exchange", "BSE"),
        O("National Stock Exchange", "NSE", "National Stock Exchange of India"),
    ], [],
      "No quotation marks. The exchanges are organisations; the Nifty and the 30-Stock index are indices."),
    A("wn-0174.txt", [
        Q("We received a mass casualty alert following the plane crash that took place near Bradley International Airport this morning. As a Level 1 Trauma Center, Saint Francis Hospital department has deployed all the necessary preparations in order to be ready to receive any number of patients.", "Steven Wolf", "Dr."),
        Q("My heart really goes out to the families and we're going to give them the best information we can, as soon as we can, in an honest way [...] We're doing everything we can, and we've got an amazing group of people who are going to get to the bottom of this as soon as we can. You're in our prayers.", "Ned Lamont", "Connecticut Governor"),
    ], [
        O("Connecticut Department of Emergency Services and Public Protection", "DESPP"),
        O("Federal Aviation Administration", "FAA"),
        O("National Transportation Safety Board", "NTSB"),
    ], [
        O("Bradley International Airport", "Bradley Airport"),
        O("Hartford Hospital"),
        O("Bridgeport Hospital"),
        O("Saint Francis Hospital", "Saint Francis", "Saint Francis Hospital and Medical Center"),
        O("Boeing", "The Boeing Company"),
    ],
      "Two pairs. The airport is a site (dev-5's Stavanger Airport) and the hospitals are hospitals: optional, though Saint Francis's doctor speaks for it. Boeing appears only in the aircraft type 'Boeing B-17 Flying Fortress': optional (dev-4/dev-5 practice)."),
    A("wn-0269.txt", [
        Q("ground to a halt", "Supreme Court of the United States", None),
        Q("not every corrupt act by state or local officials is a federal crime. Because the scheme here did not aim to obtain money or property, Baroni and Kelly could not have violated the federal-program fraud or wire fraud laws.", "Elena Kagan", "Supreme Court Justice"),
    ], [
        O("Supreme Court of the United States", "United States Supreme Court", "Supreme Court", "U.S. Supreme Court", "Court"),
        O("Port Authority of New York and New Jersey", "Port Authority", "PANYNJ"),
        O("United States Court of Appeals for the Third Circuit", "Court of Appeals for the Third Circuit", "Third Circuit"),
    ], [],
      "Two pairs. 'traffic \"ground to a halt\" — as the Supreme Court decision put it': four words of the court's written decision (dev-4's 'The opinion of the Court ... read': organisation speaker). Kagan's opinion is hers ('Writing for the Court ... declared'). 'Bridgegate scandal' is a name: not a quote. The George Washington Bridge is a structure."),
    A("wn-0295.txt", [], [
        O("Cinema for Peace Foundation", "Cinema for Peace"),
    ], [
        O("Charité", "Charité – Universitätsmedizin Berlin", "Charite"),
        O("German government", "Government of Germany", "Federal Government of Germany"),
        O("Russian government", "Government of Russia"),
    ],
      "No quotes: 'unequivocal' is one word of 'the German government', a generic phrase, not a named source (dev-4 left out the government's 'riots,'); a looser annotator would keep it with the government as speaker. Charité is a hospital: optional (as in wn-0292). The German and Russian governments are generic phrases: optional. 'a military laboratory' and 'Omsk hospital' are unnamed; the Soviet Union is a country."),
    A("wn-0239.txt", [], [
        O("CNN", "Cable News Network"),
        O("United States House of Representatives", "House of Representatives", "U.S. House"),
        O("Symplicity Corporation", "Symplicity"),
        O("General Services Administration", "GSA"),
        O("United States Court of Appeals for the District of Columbia Circuit", "Court of Appeals for the D.C. Circuit", "D.C. Circuit"),
        O("Drexel Burnham Lambert"),
        O("Pogue Construction"),
        O("San Francisco 49ers", "49ers"),
    ], [
        O("United States Senate", "U.S. Senate", "Senate"),
        O("Democratic Party", "Democrats", "Democrat"),
        O("Republican Party", "GOP", "Republicans", "Republican"),
        O("New York City Police Department", "New York police", "NYPD"),
        O("United States District Court for the Western District of Texas", "Western District of Texas"),
        O("United States District Court for the Northern District of Texas", "Northern District of Texas"),
        O("United States District Court for the Northern District of Georgia", "Northern District of Georgia"),
        O("United States District Court for the Eastern District of Virginia", "Eastern District of Virginia"),
        O("United States District Court for the Eastern District of Texas", "Eastern District of Texas"),
        O("United States District Court for the Southern District of New York", "Southern District of New York"),
        O("United States District Court for the Middle District of Louisiana", "Middle District of Louisiana"),
    ],
      "No quotes: 'full and unconditional' is the legal form of the pardons, with no speaker (dev-4's designations). 'Republican members of the House of Representatives' names the House: organisation; 'Barack Obama's former U.S. Senate seat' names the seat: optional (dev-5). The parties appear only as 'Democrat' and 'a Republican': optional. The district courts are named only by their districts ('convicted ... in the Western District of Texas'): optional. 'the New York police' is lower case (dev-5's 'the Auckland, New Zealand police force'): optional. The Internal Revenue Laws are laws."),
    A("wn-0207.txt", [
        Q("The ibis was considered [to represent] the god Thoth, the god of wisdom, the god of magic, the god of judgment, writing all sorts of things [...] If you had a boss that annoys you and you don't feel like you are getting a good judgment from him or you want fairness and justice, you go and ask Thoth to interfere and in return you promise to offer him an ibis, a mummified ibis, in his annual feast.", "Sally Wasef", "Lead author"),
        Q("next to each temple there was like a lake or a wetland — it is a natural habitat for the ibis to live in and if you are giving them food they will keep coming[.]", "Sally Wasef", "Lead author"),
    ], [
        O("Griffith University"),
        O("Egyptian Ministry of State for Antiquity", "Ministry of State for Antiquities", "Ministry of Antiquities"),
    ], [
        O("PLOS ONE", "PLoS ONE"),
    ],
      "Two pairs. 'Wasif suggested' misspells Wasef: one speaker (dev-5's Sarea/Saree). The journal: optional (dev practice). 'several museums' are unnamed."),
    A("wn-0201.txt", [], [
        O("Florida State University", "FSU"),
        O("Wake Forest University"),
        O("NationsBank"),
    ], [
        O("United States Congress", "Congress", "U.S. Congress"),
        O("North Carolina Senate", "North Carolina's state Senate"),
        O("Democratic Party", "Democrats", "Democratic"),
        O("Republican Party", "GOP", "Republicans", "Republican"),
    ],
      "No quotation marks. 'first elected to Congress' and 'ran for a seat in North Carolina's state Senate' name seats (dev-5's 'run for Senate'): optional; the state Senate is also lower case. The parties appear only as adjectives ('Democratic Senator', 'a Republican'): optional. 'a statement released by her family' is not quoted."),
    A("wn-0030.txt", [
        Q("stingy", "Jan Egeland", "the UN's chief of emergency relief"),
        Q("one of the most generous pledges so far.", "Jan Egeland", "the UN's chief of emergency relief"),
    ], [
        O("United Nations", "UN", "U.N."),
        O("Amazon.com", "Amazon"),
        O("American Red Cross", "Red Cross"),
        O("Yahoo.com", "Yahoo", "Yahoo!"),
        O("Apple Computer", "Apple", "Apple Inc."),
        O("Microsoft", "Microsoft Corporation"),
        O("Cisco", "Cisco Systems"),
        O("eBay"),
        O("Google"),
        O("AOL", "America Online"),
    ], [
        O("Bush Administration", "Bush administration"),
        O("government of Japan", "Japanese government"),
    ],
      "Two pairs. Egeland's one-word 'stingy' ('said that rich nations ... were being') is explicitly his: kept (dev convention). 'miserly' is in single marks from unnamed complaints: not a quote. 'the Red Cross' (donations 'through Yahoo.com') is the American Red Cross: alias. The Bush administration and the government of Japan are generic government phrases: optional (dev-3/4/5). 'International aid organizations' are unnamed."),
    A("wn-0231.txt", [
        Q("total of 1,723 cases", None),
        Q("It is likely that the Wuhan outbreak of a novel coronavirus has caused substantially more cases of moderate or severe respiratory illness than currently reported", None),
    ], [
        O("Imperial College London", "Imperial College"),
        O("MRC Centre for Global Infectious Disease Analysis", "Imperial College London's MRC Centre for Global Infectious Disease Analysis", "MRC Centre"),
    ], [
        O("Medical Research Council", "MRC"),
    ],
      "Two pairs, both the report's text ('reads the report'; the study's estimate 'a \"total of 1,723 cases\"'): null speaker, as dev-1 treats 'the study itself' and dev-4 the researchers' paper. The Centre, whose researchers posted it, is defensible; a stricter annotator would drop the four-word estimate as a figure. The Medical Research Council is named only inside the Centre's name: optional. 'Chinese officials', 'Chinese authorities' and 'United States authorities' are unnamed."),
    A("wn-0073.txt", [
        Q("The explosion was very powerful. The whole building has collapsed,", "Sharif Hotak", "of the Maidan Wardak provincial council"),
        Q("hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces", "Sharif Hotak", "of the Maidan Wardak provincial council"),
        Q("I have been told not to make the death toll figures public. It is frustrating to hide the facts[.]", None),
    ], [
        O("Taliban", "The Taliban"),
        O("National Directorate for Security", "National Directorate of Security", "NDS"),
        O("Interior Ministry", "Ministry of Interior", "Ministry of Interior Affairs"),
        O("Reuters"),
    ], [
        O("Maidan Wardak provincial council", "Maidan Wardak Provincial Council"),
        O("Afghan government", "Government of Afghanistan"),
    ],
      "Three pairs. 'A source within the central Interior Ministry' is unnamed: null speaker (dev-5's 'One MP told the BBC'); the ministry is defensible. 'the central Interior Ministry' is named and capitalised: organisation. 'the Maidan Wardak provincial council' is lower case (dev-4 practice): optional. 'the central government', 'the Afghan government' and 'the Afghan forces' are generic; 'foreign forces' unnamed."),
    A("wn-0040.txt", [
        Q("I'm told two things: that it's neither classified nor secret and that it's stuff that could be available under access to information,", "John Baird", "Environment Minister"),
        Q("We take document security seriously,", "Sujata Raisinghani", "Environment Canada spokeswoman"),
        Q("This government is so consumed with control of information and secrecy yet they don't seem to be able to get the fundamentals right,", "Paul Dewar", "Ottawa New Democrat MP"),
    ], [
        O("Environment Canada", "Environment and Climate Change Canada"),
        O("CBC", "CBC News", "Canadian Broadcasting Corporation"),
        O("Treasury Board", "Treasury Board of Canada"),
        O("Hells Angels", "Hells Angels Motorcycle Club"),
    ], [
        O("New Democratic Party", "NDP", "New Democrat"),
        O("Conservative Party of Canada", "Conservative Party", "Conservatives"),
    ],
      "Three pairs. 'and Emergency' (two words added to a name) and 'approved security cabinets' (a term with no speaker) are not quotes. The parties appear only as adjectives ('Ottawa New Democrat MP', 'the Conservative government'): optional. The Hells Angels are a named gang (as dev's named groups). NEMISIS is a database; 'the military's counterterrorism unit' is unnamed. The last paragraph is the article's category list."),
    A("wn-0235.txt", [], [
        O("Weibo", "Sina Weibo"),
    ], [
        O("United States Embassy in Beijing", "U.S. embassy in Beijing", "U.S. Embassy"),
        O("government of China", "Chinese government"),
    ],
      "No quotes: 'Chinese-American.' (one word of unnamed 'Chinese authorities'), 'spreading rumors,' (the charge) and the hashtag '#we want freedom of speech#' are not quotes. Weibo, named as the platform, is an organisation. 'the U.S. embassy in Beijing' is lower case (dev-4's 'the Myanma embassy'): optional; 'The government of China' is a generic phrase: optional. 'Japanese officials' and 'Police' are unnamed."),
]
