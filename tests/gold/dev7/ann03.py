from anntools import A, O, Q

ARTICLES = [
    A("wn-0135.txt", [
        Q("I've heard from so many Coloradans who want me to run for the United States Senate. They remind me how much is at stake for our country. And our state. I intend to give that some serious thought.", "John Hickenlooper", None),
    ], [
        O("YouTube"),
        O("Democratic Party", "Democrats", "Democratic", "Democrat"),
    ], [
        O("United States Senate", "Senate", "U.S. Senate"),
        O("Republican Party", "GOP", "Republicans", "Republican"),
    ],
      "One pair, Hickenlooper's video ('said in the video'). YouTube is the platform of the announcement (dev-4/dev-5 practice). 'sources within the Democratic Party' names the party directly: organisation. The Senate is named only as a seat ('a run for a seat in the United States Senate', 'run for the United States Senate' inside the quote, 'The senate seat'; dev-6 call 7): optional. The Republican Party appears only as an adjective ('incumbent Republican Cory Gardner'): optional. 'Democratic organizations' are unnamed; Medicare for all is a policy."),
    A("wn-0168.txt", [
        Q("It follows decades of work from women's rights campaigners, activists and people in the Parliament", "Alex Greenwich", None),
        Q("sad day for NSW", "Kevin Conolly", "Member of parliament"),
        Q("It is a license for sex-selection abortions. It is a license for late-term abortion [...] It is effectively infanticide on demand.", "Tony Abbott", "Former prime minister"),
        Q("The current law has meant women and doctors have a threat of 10 years in jail for making this decision and that's not okay", "Penny Sharpe", "MP"),
        Q("We have moved the bill to a better place", "Tanya Davies", "MP"),
    ], [
        O("Parliament of New South Wales", "NSW Parliament", "New South Wales Parliament", "NSW legislature", "Parliament"),
    ], [
        O("New South Wales Legislative Council", "upper house", "NSW Legislative Council"),
    ],
      "Five pairs. 'Reproductive Health Care Reform Bill 2019' is a title: not a quote. Conolly's 'sad day for NSW' is four words he 'said a law ... marked a'. The Parliament of New South Wales is named and votes; 'The NSW legislature' and 'the Parliament' in Greenwich's quote are the same body (aliases). 'The upper house' is lower case and unnamed: optional. No party is named."),
    A("wn-0034.txt", [], [
        O("The Washington Post", "Washington Post"),
        O("Social Security Administration", "SSA"),
        O("United States Congress", "Congress", "U.S. Congress"),
        O("American Association of Retired Persons", "AARP"),
        O("President's Commission to Strengthen Social Security", "Commission to Strengthen Social Security"),
    ], [
        O("White House"),
        O("Bush Administration", "Bush administration"),
        O("Republican Party", "GOP", "Republicans", "Republican"),
        O("Social Security"),
    ],
      "No quotes: 'price indexing' (twice) and 'personal investment accounts' are terms in scare quotes, given to no source. Congress is named as the federal legislature the proposal goes to (dev-5/dev-6's 'Congress'): organisation. 'his 2001 Commission to Strengthen Social Security' is a named commission: organisation. The White House used for the administration and the Bush Administration are optional (guidelines, dev-6 practice); 'Republicans' (members, not the party) is optional; Social Security, the programme, is optional (dev-3). 'lobbyists' and 'Opponents' are unnamed."),
    A("wn-0190.txt", [
        Q("I was not expecting this", "Brigid Kosgei", None),
        Q("But I felt my body was moving, moving, moving so I went for it. This is amazing for me.", "Brigid Kosgei", None),
        Q("[...] I always knew this time would come — and when I saw how fast Brigid was running I knew the record would go if she could maintain her pace", "Paula Radcliffe", None),
    ], [
        O("IAAF", "International Association of Athletics Federations", "World Athletics"),
    ], [],
      "Three pairs: Kosgei's words split by 'said Kosgei after the race' and Radcliffe's, which opens with '[...]' as printed. The Chicago and London Marathons are events. The IAAF is named in 'IAAF rules': organisation (dev-1)."),
    A("wn-0110.txt", [
        Q("excellent physical health for her age", "Doris Day Animal Foundation", None),
        Q("Doris Day was America. Doris Day was everything that was wonderful about America. She was all woman, as well as being the girl next door. She had it all.", "Mary Quant", "Fashion designer"),
        Q("I have the unfortunate reputation of being Miss Goody Two-Shoes, America's Virgin, and all that,", "Doris Day", None),
        Q("so I'm afraid it's going to shock some people for me to say this, but I staunchly believe no two people should get married until they have lived together[.]", "Doris Day", None),
        Q("founded one of the first national animal protection organizations dedicated to legislative remedies for the worst animal abuse[,]", "Sara Amundson", "Humane Society executive director"),
        Q("led to dozens of bills, final rules and policies on the federal level[.]", "Sara Amundson", "Humane Society executive director"),
        Q("Nothing was ever talked about as far as his private life, I must tell you. Many people would ask me, 'Is Rock Hudson really gay?' and I said, 'It's something that I will not discuss. First of all, I know nothing about his private life, and if I did I wouldn't discuss it, so I can't tell you one thing about him except that he is a nice man.'", "Doris Day", None),
        Q("I've been through everything. I always said I was like those round-bottomed circus dolls — you know, those dolls you could push down and they'd come back up? I've always been like that. I've always said, 'No matter what happens, if I get pushed down, I'm going to come right back up.'", "Doris Day", None),
    ], [
        O("Doris Day Animal Foundation", "Day's animal foundation"),
        O("BBC", "British Broadcasting Corporation"),
        O("Humane Society", "Humane Society of the United States", "HSUS"),
        O("The Bark", "Bark"),
    ], [
        O("Les Brown and His Band of Renown", "Les Brown and his Band of Renown"),
        O("The Doris Day Show"),
        O("Doris Day's Best Friends"),
    ],
      "Eight pairs. 'Day's animal foundation said' (paragraph 1): the foundation named in paragraph 7 speaks (organisation speaker). Quant's; Day's autobiography split by 'Day said in her 1976 autobiography' (two); Amundson's two ('said Day', 'which'), with the bracketed '[,]' and '[.]' kept as printed; Day's BBC interview and her words to The Bark, with the nested single-quoted speech kept inside (guidelines). 'Doris Day,' (a name) and 'Day after Day,' (a song title) are not quotes. The Bark is a named magazine (dev-6's Rolling Stone): organisation. The band and the two television shows are optional (dev-4/dev-5 practice for bands and shows). Films and the Presidential Medal of Freedom are titles; 'Cincinnati radio' is generic."),
    A("wn-0131.txt", [
        Q("Once I managed to stick my heels into the boat, I knew I had done 90% of the work,", "Franky Zapata", "French inventor"),
        Q("It's an isometric exercise for the thighs, so it burns — it's quite hard.", "Franky Zapata", "French inventor"),
        Q("We made a machine three years ago... and now we've crossed the Channel, it's crazy.", "Franky Zapata", "French inventor"),
    ], [
        O("BFM TV", "BFMTV"),
    ], [],
      "Three pairs, all Zapata's ('told French news channel BFM TV'; paragraph 3's quote follows 'Zapata said, adding' with no verb of its own; 'told reporters'). BFM TV is a named news channel: organisation. Flyboard Air is a device; the Bastille Day military parade is an event."),
    A("wn-0240.txt", [
        Q("This virus is clearly much more capable of spreading between humans than any other novel coronavirus we've ever seen. This is more akin to the spread of flu[.]", "Kristian Andersen", "Immunologist"),
    ], [
        O("Scripps Research", "Scripps Research Institute", "The Scripps Research Institute", "Scripps"),
    ], [
        O("The New England Journal of Medicine", "New England Journal of Medicine", "NEJM"),
    ],
      "One pair, Andersen's ('said, in response to the study'); the bracketed '[.]' is kept as printed. Scripps Research is a named research institute: organisation. The journal is optional (dev practice). 'scientists', 'experts' and 'Researchers' are unnamed."),
    A("wn-0241.txt", [], [
        O("Democratic Party", "Democratic party", "Democrats", "Democratic"),
        O("NBC News", "NBC"),
        O("Las Vegas Review-Journal", "The Las Vegas Review-Journal", "Review-Journal"),
        O("National Conference of State Legislatures", "NCSL"),
    ], [
        O("Republican Party", "GOP", "Republicans", "Republican"),
    ],
      "No quotation marks. The Democratic Party is named directly and acts ('The Democratic Party uses caucuses'): organisation. The newspaper's polling ('According to its polling') and NBC News report: organisations. The Republican Party appears only as an adjective ('the next Republican primary election'): optional. The Nevada caucuses and the primaries are events."),
]
