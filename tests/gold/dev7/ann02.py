from anntools import A, O, Q

ARTICLES = [
    A("wn-0026.txt", [
        Q("I will never recognize this defeat because the constitution and human rights were violated,", "Viktor Yanukovich", "Prime Minister"),
    ], [
        O("Supreme Court of Ukraine", "Supreme Court", "Ukrainian Supreme Court"),
        O("European Union", "EU"),
    ], [
        O("Ukrainian parliament", "parliament of Ukraine", "Verkhovna Rada"),
    ],
      "One pair, Yanukovich's ('he said at a press conference'). The Supreme Court is named ('its Supreme Court', 'challenge the outcome in the Supreme Court') and acts on the appeals (dev-2's Supreme Court of Chile): organisation. 'the country's parliament' is lower case and generic (dev-5's bare 'Parliament'): optional. 'international observers', 'Western governments' and 'officials in the United States' are unnamed."),
    A("wn-0113.txt", [
        Q("I announce with sadness the passing of my comrade, former Vice President, Nickey Iyambo. He leaves behind a rich legacy of loyal service to the Namibian people. The nation has lost a freedom fighter and a leader with deep humane values. Condolences to his wife and family.", "Hage Geingob", "president of Namibia"),
    ], [], [],
      "One pair, Geingob's tweet. 'tweeted' does not name Twitter: not annotated (as in the earlier sets' articles that only say 'tweeted'). The Most Brilliant Order of the Sun is an honour. No organisation."),
    A("wn-0058.txt", [
        Q("presumably between 36 and 40 people under the rubble", "Yevgeny Zinichev", "Emergencies Minister"),
        Q("real threat of [another] part of the building collapsing", "Yevgeny Zinichev", "Emergencies Minister"),
        Q("impossible to continue working in such conditions", "Yevgeny Zinichev", "Emergencies Minister"),
        Q("The search and rescue operation is complete,", "Alexander Chupriyan", "Deputy Emergency Situations Minister"),
    ], [
        O("Investigative Committee", "Investigative Committee of Russia", "Russian Investigative Committee"),
        O("Federal Security Service", "FSB"),
        O("Emergencies Ministry", "emergencies ministry", "Emergency Situations Ministry", "Ministry of Emergency Situations", "EMERCOM"),
        O("TASS"),
        O("Znak.com", "Znak"),
    ], [],
      "Four pairs: Zinichev's three ('he was told by ... of', 'describing the ... as making it'), Chupriyan's ('told TASS'). 'three terrorists' is two words from Znak.com's anonymous source: not a quote. The Emergencies Ministry is named in lower case once ('according to the emergencies ministry') and capitalised once ('The Emergencies Ministry said'): one organisation. Znak.com is a named news site (dev-5's Portfolio.hu): organisation. 'state media', 'the local administrative building' and 'armed police' are unnamed."),
    A("wn-0158.txt", [
        Q("We are continuing to investigate this incident and have made a second arrest in connection with it. Our priority is to locate the stolen item, and I would urge anyone with any information to contact police by calling 101", "Steven Jones", "Detective Inspector"),
        Q("At first, when they woke me up this morning with the news, I thought it was a prank: Who's so stupid to steal a toilet?", "Maurizio Cattelan", "artist"),
        Q("I had forgotten for a second that it was made out of gold.", "Maurizio Cattelan", "artist"),
        Q("comment on the American dream", "Dominic Hare", "chief executive of the palace"),
    ], [
        O("Thames Valley Police"),
        O("The New York Times", "New York Times", "NYT"),
    ], [
        O("Blenheim Palace", "Blenheim"),
    ],
      "Four pairs: Jones's, Cattelan's e-mail split by 'wrote Cattelan, the artist, in an e-mail to The New York Times', and Hare's 'comment on the American dream' ('said the toilet represented a'). Blenheim Palace is a building, though it has a chief executive: optional (dev-6 practice for premises). The artwork 'America' is a title."),
    A("wn-0053.txt", [], [
        O("Legislative Council", "Legislative Council of Hong Kong", "LegCo"),
        O("Civic Passion"),
        O("Civic Party"),
        O("Democratic Party", "Democratic Party of Hong Kong"),
        O("New People's Party", "New People Party", "NPP"),
        O("Democratic Alliance for the Betterment and Progress of Hong Kong", "DAB"),
        O("Hong Kong Federation of Trade Unions", "FTU", "Federation of Trade Unions"),
        O("Labour Party", "Hong Kong Labour Party"),
        O("Hong Kong Association for Democracy and People's Livelihood", "ADPL", "Association for Democracy and People's Livelihood"),
        O("People Power"),
        O("League of Social Democrats", "LSD"),
        O("Youngspiration"),
        O("Neo Democrats"),
        O("Demosisto"),
        O("Business and Professionals Alliance for Hong Kong", "BPA"),
        O("Proletariat Political Institute"),
        O("Neighbourhood and Worker's Service Centre", "NWSC", "Neighborhood and Worker's Service Centre"),
    ], [
        O("pan-democracy camp", "pan-democrats", "pan-democratic camp"),
        O("pro-Beijing camp", "pro-establishment camp"),
        O("localist camp", "localists"),
        O("anti-establishment camp"),
    ],
      "No quotes: 'Super District Council' is the common name of a set of seats. An election round-up naming many parties by name or acronym (DAB, FTU, ADPL, LSD, BPA, NWSC): all organisations, with their full names as well-known equivalents; 'New People Party' and 'New People's Party' are one party. The Legislative Council is named and is the legislature: organisation. The camps are loose, lower-case blocs of parties, not named organisations: optional (a looser annotator might add the pan-democracy and pro-Beijing camps). Constituencies (New Territories West, District Council (Second), Social Welfare, Architectural, Surveying, Planning and Landscape) are seats, not bodies."),
    A("wn-0245.txt", [
        Q("The years of his life, thanks to this popular personality, committed to political virtue, have always served the Islamic system, and from his youth until his final years, his sincere desire to do so did not diminish. [...] he offered honest services such as representing the honorable people of Qom, chairing the President's office and joining the Expediency Council.", "Ali Larijani", "speaker of the parliament"),
        Q("The definite latest numbers we have are 523 new infections and 12 new deaths so the total number of those infected until now is 1501 and the number of deaths is 66", "Ali Reza Raisi", "speaking for the country's Health Ministry"),
    ], [
        O("Expediency Discernment Council", "Iranian Expediency Discernment Council", "Expediency Council", "Expediency Discernment Council of the System"),
        O("Tasnim News Agency", "Tasnim"),
        O("Islamic Consultative Assembly", "Majlis", "Parliament of Iran", "Iranian Parliament"),
        O("Tehran Times"),
        O("Instagram"),
        O("Ministry of Health and Medical Education", "Health Ministry", "Iranian Health Ministry", "Ministry of Health"),
        O("Johns Hopkins Center for Systems Science and Engineering", "CSSE", "Center for Systems Science and Engineering"),
    ], [
        O("Johns Hopkins University", "Johns Hopkins"),
        O("Masih-e-Daneshavari hospital", "Masih Daneshvari Hospital", "Masih-e-Daneshavari"),
        O("President's office", "Office of the President of Iran"),
    ],
      "Two pairs: Larijani's Instagram post ('wrote on Instagram:') and Raisi's figures ('speaking for the country's Health Ministry, reported'): Raisi is named, so he is the speaker. The Expediency Council is named in full and, inside Larijani's quote, as 'the Expediency Council': one organisation. 'the country's Health Ministry' is capitalised and named (dev-6's Interior Ministry of Afghanistan): organisation. The hospital is optional (dev practice); Johns Hopkins University is named only inside its centre's name (dev-6): optional; 'the President's office' inside the quote is generic: optional. 'the parliament' is Iran's Islamic Consultative Assembly, named in paragraph 1."),
    A("wn-0265.txt", [
        Q("Today, I am asking all Americans, I'm asking every Democrat, I'm asking every Independent, I'm asking a lot of Republicans, to come together in this campaign to support your candidacy, which I endorse — to make certain that we defeat somebody who I believe — and I'm speaking just for myself now — is the most dangerous president in the modern history of this country", "Bernie Sanders", "United States Senator from Vermont"),
    ], [], [
        O("Democratic Party", "Democrats", "Democrat"),
        O("Republican Party", "GOP", "Republicans", "Republican"),
    ],
      "One pair, Sanders's statement to Biden. The parties appear only as members inside the quote ('every Democrat', 'a lot of Republicans'; dev-6's adjectives): optional. 'this campaign' is unnamed. No organisation."),
    A("wn-0037.txt", [
        Q("the sleeper health issue in Australia", None),
        Q("urgent implementation of mandatory iodisation of all edible salt in Australia.", None),
        Q("I suspect they won't do that on a voluntary basis, we've tried so far and haven't succeeded, so we've convinced the Food Standards of Australia and New Zealand | that all salt should be iodised,", "Cres Eastman", "Professor"),
        Q("The effects of iodine deficiency are dependent upon how severe it is and when it occurs. So if we go to the pregnant woman, she doesn't get enough iodine, she won't make enough thyroid hormone, and the foetus won't get the amount of thyroid hormone it needs for adequate and proper development of the brain, so you'll then see consequences being loss of IQ, learning difficulties, hearing difficulties and other neurological problems,", "Cres Eastman", "Professor"),
        Q("If an infant's not getting enough iodine ... brain development won't be completed and they won't grow normally, and as you get older the problem will be that you will develop a goiter and your thyroid won't function as well as it should, so that may have all sorts of pernicious effects upon normal function in life.", "Cres Eastman", "Professor"),
        Q("Pregnant women in Australia are getting about half as much as what they require on a daily basis. So that alarms me, because there's quite serious potential for adverse effects and brain damage in the next generation of children born in this country,", "Cres Eastman", "Professor"),
        Q("If Iodine deficiency is serious you lose 15 IQ points, on average. There shouldn't be anyone suffering from iodine deficiency in a developed country like Australia.", "Cres Eastman", "Professor"),
        Q("make sure there's sufficient iodine added into the food supply, to help those people with a deficiency. But at the other end of the scale we've got to make sure the people who eat a lot of food - we all know the teenage boy who comes home from school and eats a whole loaf of bread - that those people don't get too much and get overdose,", "Lydia Buchtmann", "for Food Standards Australia New Zealand"),
        Q("One of the reasons that iodine is going down is because people are taking that good healthy eating message and not adding salt during cooking.", "Lydia Buchtmann", "for Food Standards Australia New Zealand"),
        Q("it is reasonable to assume that pregnant women and breastfeeding mothers are also iodine deficient, putting the next generation of children born in this country at risk of the neuropsychological consequences of iodine deficiency.", "Mu Li", "Senior researcher"),
    ], [
        O("Australian Centre for Control of Iodine Deficiency Disorders", "ACCIDD"),
        O("Food Standards Australia New Zealand", "FSANZ", "Food Standards of Australia and New Zealand"),
        O("World Health Organisation", "WHO", "World Health Organization"),
        O("University of New South Wales", "University of NSW", "UNSW"),
    ], [
        O("Medical Journal of Australia", "MJA"),
        O("Australian National Iodine Nutrition Study", "National Iodine Nutrition Study", "National Iodine Nutrition study"),
    ],
      "Ten pairs. The first two are the report's unnamed authors ('The report's authors say', 'They call for'): null speaker, as dev-1's 'the study itself' and dev-6's Imperial College report. Eastman's five: paragraphs 9 and 12 are separate quotes (paragraphs 8 and 11 close their marks) with no attribution, continuing his words. His first quote keeps the stray ' | ' printed inside it. Buchtmann's two ('Ms Bauchtman said' is a misspelling of her name; the second follows without a verb). Mu Li's ('said'). Food Standards Australia New Zealand is named in full and, in Eastman's quote, as 'the Food Standards of Australia and New Zealand': one organisation. The journal and the study are optional (dev practice for journals and named trials, dev-5's PALM trial). 'the University of NSW's school of public health' is lower case: only the university."),
]
