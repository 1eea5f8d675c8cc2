from anntools import A, O, Q

ARTICLES = [
    A("wn-0263.txt", [
        Q("the path toward victory is virtually impossible", "Bernie Sanders", "United States Senator from Vermont"),
        Q("I do not make this decision lightly", "Bernie Sanders", "United States Senator from Vermont"),
        Q("difficult and painful decision", "Bernie Sanders", "United States Senator from Vermont"),
        Q("while the campaign ends, the struggle for justice continues on", "Bernie Sanders", "United States Senator from Vermont"),
        Q("decent man", "Bernie Sanders", "United States Senator from Vermont"),
    ], [
        O("Democratic Party"),
        O("Republican Party", "Republican"),
    ], [],
      "Five pairs, all Sanders'. 'calling it a \"difficult and painful decision\"' and 'called Biden a \"decent man\"' (2 words) are his words explicitly: kept. The Late Show with Stephen Colbert is a programme, not an organisation."),
    A("wn-0117.txt", [], [
        O("Marine JarHeads MC", "Marine JarHeads"),
        O("United States Marines", "Marine Corps", "United States Marine Corps", "USMC"),
        O("National Transportation Safety Board", "NTSB"),
    ], [O("GoFundMe")],
      "One pair, 'blunt trauma.' (2 words, 'reportedly' the official cause of death, no named source): not a quote. 'state police' is unnamed. GoFundMe appears only as 'A GoFundMe campaign': optional."),
    A("wn-0299.txt", [
        Q("Tonight, [Melania] and I tested positive for COVID-19. We will begin our quarantine and recovery process immediately. We will get through this TOGETHER!", "Donald Trump", "United States President"),
    ], [
        O("Twitter"),
        O("Regeneron Pharmaceuticals", "Regeneron"),
    ], [
        O("White House"),
        O("Walter Reed National Military Medical Center", "WRNMMC", "Walter Reed"),
    ],
      "Two pairs: Trump's tweet, kept; 'mild symptoms' (2 words, 'Reports said'): not a quote. White House appears as a building (South Lawn) and Walter Reed is a hospital: optional (dev-2 practice for hospitals). Marine One is an aircraft call sign."),
    A("wn-0142.txt", [
        Q("catastrophic damage will occur", None),
    ], [O("National Hurricane Center", "NHC")], [],
      "Two pairs. 'life-threatening' (1 word, a description of the storm surge): not a quote. 'catastrophic damage will occur' is the text of the Saffir-Simpson scale's Category 5 description: kept with a null speaker (dev-2 practice for document text; a stricter annotator might drop it). Palm Beach County is a region."),
    A("wn-0242.txt", [], [
        O("Republican Party", "Republican party", "Republican"),
        O("Democratic Party", "Democratic"),
        O("Associated Press", "AP"),
        O("National Conference of State Legislatures", "NCSL"),
    ], [],
      "No quotation marks. The Republican Party's National Convention is an event. 'the state party' (Nevada Republicans) is unnamed."),
    A("wn-0280.txt", [
        Q("with great sorrow to Burundians and the international community.", "Government of Burundi", None),
    ], [
        O("Twitter"),
        O("Al Jazeera"),
        O("CNDD-FDD", "National Council for the Defense of Democracy – Forces for the Defense of Democracy"),
    ], [O("Government of Burundi", "government of Burundi", "Burundian government")],
      "One pair: the government statement posted on Twitter; speaker is the government of Burundi (an organisation speaking without a named spokesperson), which is itself optional as a generic government phrase."),
]

ARTICLES += [
    A("wn-0281.txt", [], [], [O("Journal of Threatened Taxa")],
      "One pair, 'jackal horns' (a term): not a quote. 'the forestry department' is unnamed. The Wildlife Protection Act is a law. Journal: optional (dev-2 practice)."),
    A("wn-0118.txt", [
        Q("erratically and across the double-yellow center line", None),
        Q("I don't really don't know what he was doing [...] The truck pretty much was like in the middle of the yellow line, and the guy pretty much cleaned out the whole — the bikes were riding side-by-side, and the guy cleaned out pretty much every bike that was there besides one of them.", "Travis Hood", "witness"),
    ], [O("Associated Press", "AP")], [O("Mack Trucks", "Mack")],
      "Two pairs. The first (7 words) is 'According to police and county officials', who are not named: null speaker. Mack appears only in 'the Mack truck': optional. Baytown police are unnamed ('police in Baytown')."),
    A("wn-0291.txt", [], [
        O("Department of Public Works", "DPW"),
        O("News 12"),
    ], [],
      "One pair, 'discolored' (1 word, city advisory): not a quote. Wikinews is the article's source. 'the fire department' is unnamed."),
    A("wn-0112.txt", [
        Q("[I]t's still not full marriage rights; we still need to fight for co-adoption rights, and we are not sure about foreigner and Taiwanese marriage, and also gender equality education.", "Jennifer Lu", None),
        Q("The Chinese government has pointed to cultural tradition as a reason for same-sex marriage being unsuitable in China. But the decision in Taiwan, which shares a cultural tradition with us, proves that Chinese culture can be open, diverse and progressive.", "Xiaogang Wei", None),
        Q("different treatment", "Constitutional Court", None),
    ], [
        O("Legislative Yuan"),
        O("Constitutional Court", "Taiwan's Constitutional Court"),
        O("Marriage Equality Coalition Taiwan"),
        O("Beijing Gender Health Education Institute"),
    ], [
        O("Taiwanese government", "Government of Taiwan"),
        O("Chinese government", "Government of China"),
    ],
      "Six pairs. 'marriage,', 'same-sex family relationship' and 'same-sex union.' are terms used in the bills (term mentions): not quotes. 'different treatment' (2 words) is the Constitutional Court's explicitly ('said ... constituted'): kept, as dev-2 kept short quotes of a named source. Government phrases: optional. 'the country's cabinet' is unnamed."),
    A("wn-0182.txt", [
        Q("We very much understand the inconvenience and difficulties such a power outage would cause", "Sumeet Singh", "vice president at PG&E"),
        Q("This is forecast to be the strongest offshore wind event since October 2017", "Evan Duffey", "company meteorologist"),
        Q("The safety of our customers and the communities we serve is our most important responsibility, which is why PG&E has decided to turn power off to customers during this widespread, severe wind event. We understand the effects this event will have on our customers and appreciate the public's patience as we do what is necessary to keep our communities safe and reduce the risk of wildfire", "Michael Lewis", "Senior vice president"),
    ], [
        O("Pacific Gas and Electric Company", "PG&E", "Pacific Gas and Electric"),
        O("Twitter"),
    ], [],
      "Three pairs, all named PG&E staff."),
]

ARTICLES += [
    A("wn-0270.txt", [
        Q("Stardom fans, We are very sorry to report that our Hana Kimura has passed away. Please be respectful and allow some time for things to process, and keep your thoughts and prayers with her family and friends. We appreciate your support during this difficult time.", "World Wonder Ring Stardom", None),
        Q("Hana Kimura just passed away. There are no other details at the moment but this is a death that can be blamed on the cruelty of social media and it's a subject that really needs addressing", "Dave Meltzer", "wrestling sportswriter"),
    ], [
        O("World Wonder Ring Stardom", "Stardom"),
        O("Wrestle-1"),
        O("Senjo"),
        O("JWP", "JWP Joshi Puroresu"),
        O("Netflix"),
        O("Wrestling Inc", "Wrestling Inc."),
        O("Sky News"),
    ], [O("Netflix Japan"), O("Instagram")],
      "Three pairs. 'goodbye' (1-word caption): not a quote. Stardom's official statement: speaker Stardom (organisation). Promotions Wrestle-1, Senjo and JWP are organisations. Netflix Japan (a branch of Netflix) and Instagram (only 'Instagram story post'): optional. Terrace House is a programme; the championships are titles."),
    A("wn-0129.txt", [
        Q("Despite having the democratic mandate of the people who elected me, today I feel that to continue in this position represents difficulty in allowing achieved success to endure.", "Ricardo Rosselló Nevares", "Puerto Rico's governor"),
        Q("I understand he made the right decision, for the good of both his family and for Puerto Rico, as I let him know [...] He just announced that this resignation will not be effective today. We will be working together to have a responsible and transparent transition process.", "Wanda Vázquez Garced", "Secretary of Justice for Puerto Rico"),
    ], [
        O("Puerto Rico Center for Investigative Journalism", "Centro de Periodismo Investigativo"),
        O("Telegram"),
        O("New Progressive Party", "Partido Nuevo Progresista", "PNP"),
    ], [],
      "Two pairs, Rosselló and Vázquez."),
    A("wn-0062.txt", [
        Q("For too long, members of Congress have abused their power and ignored the will of the American people[...] Term limits on members of Congress offer a solution to the brokenness we see in Washington, D.C. It is long past time for Congress to hold itself accountable. I urge my colleagues to submit this constitutional amendment to the states for speedy ratification.", "Ted Cruz", "Senator"),
    ], [
        O("United States Senate", "Senate", "U.S. Senate"),
        O("United States House of Representatives", "House", "House of Representatives"),
        O("United States Congress", "Congress", "U.S. Congress"),
        O("ABC", "American Broadcasting Company"),
    ], [
        O("Republican Party", "Republican", "Republicans"),
        O("Democratic Party", "Democrats"),
    ],
      "One pair, Cruz (to ABC). Parties appear only as 'Republican(s)'/'Democrats' and never by their names: optional (dev-1 wn-0059)."),
    A("wn-0120.txt", [
        Q("Chahed signed a government decree that bars any person with an undisclosed face from access to public headquarters, administrations, institutions, for security reasons", None),
        Q("We are for the freedom to dress, but today with the current situation and the terrorist threats in Tunisia and across the region we find justifications for this decision", "Jamel Msallem", "president of the Tunisian League for the Defence of Human Rights"),
        Q("Tunisia is facing terrorist attacks, so every measure which is led by security motives is understandable", "Samir Dilou", "member of the Tunisian Parliament"),
        Q("We proposed a bill in 2016 about this subject and it has still not been debated [...] Maybe it is time now.", "Souhail Alouini", "member of Parliament"),
    ], [
        O("Islamic State of Iraq and the Levant", "ISIL", "ISIS", "Islamic State", "Daesh"),
        O("Agence France-Presse", "AFP"),
        O("Tunisian League for the Defence of Human Rights", "LTDH"),
        O("Tunisian Parliament", "Parliament", "Assembly of the Representatives of the People"),
    ], [],
      "Four pairs. The first is 'a government official said' (unnamed): null speaker."),
]
