from anntools import A, O, Q

ARTICLES = [
    A("wn-0008.txt", [], [
        O("BBC One"),
        O("BBC Two"),
        O("RTE 1", "RTÉ One", "RTE One"),
        O("ITV1"),
        O("Channel 4"),
        O("Sky One"),
        O("Mycokemusic.com"),
    ], [
        O("Coldplay"),
        O("The Darkness"),
        O("RTÉ", "RTE", "Raidió Teilifís Éireann"),
    ],
      "No quotation marks. The six television channels are media outlets. Mycokemusic.com acts ('said it was going to put the track on its website'): an organisation. Bands (Coldplay, The Darkness): optional. RTÉ, the broadcaster behind the channel RTE 1, is named only inside the channel's name: optional. The single is a title."),
    A("wn-0294.txt", [
        Q("India grieves the passing away of Bharat Ratna Pranab Mukherjee. He has left an indelible mark on the development trajectory of our nation. A scholar par excellence, a towering statesman, he was admired across the political spectrum and by all sections of society [...] Condolences to his family, friends, admirers and supporters across India. Om Shanti.", "Narendra Modi", "Prime Minister of India"),
        Q("He was an excellent politician, orator [...] For the Congress, he was the helmsman. He won [the] hearts of everyone. Our prime minister respected him so much, one can imagine, how important he was for the country. He was a true Bharat Ratna", "Vijay Goel", "member of the Rajya Sabha"),
        Q("Last year August 8 was one of the happiest days for me as my dad received Bharat Ratna. Exactly a year later on August 10 he fell critically ill. May God do whatever is best for him and give me strength to accept both joys and sorrows of life with equanimity. I sincerely thank all for their concerns", "Sharmistha Mukherjee", "member of the INC"),
    ], [
        O("Twitter"),
        O("Indian National Congress", "INC", "Congress"),
        O("Rajya Sabha"),
        O("Lok Sabha"),
    ], [O("Army's Research and Referral Hospital", "Army Research and Referral Hospital")],
      "Three pairs. Twitter as the platform of the announcement is an organisation (dev-2/dev-3 practice). The Army's hospital: optional (hospitals); the army is named only inside it. Bharat Ratna is an award."),
    A("wn-0260.txt", [], [
        O("Johns Hopkins University", "JHU"),
        O("World Health Organization", "WHO"),
        O("CBS News"),
    ], [O("parliament of Portugal", "Assembly of the Republic")],
      "No quotation marks. 'The parliament of Portugal' has no proper name and a lowercase cue word: optional."),
    A("wn-0104.txt", [], [O("Make Crate")], [],
      "No quotation marks. Make Crate is a company ('her company's products'). The Mini Maker Faire is an event; 'Maker Clubs from ... local schools' are unnamed; USS Ronald Reagan is a ship."),
    A("wn-0060.txt", [
        Q("joyful girls starting out in life [who] have had life torn away from them", "Andrzej Duda", "President"),
        Q("appalling tragedy", "Andrzej Duda", "President"),
        Q("I want to express my sympathy and regrets to the families of the victims of the fire", "Joachim Brudziński", "Interior Minister"),
        Q("crushing", "Andrzej Duda", "President"),
        Q("May God protect their parents and loved ones.", "Andrzej Duda", "President"),
        Q("severe burns", "Tomasz Kubiak", "fire service spokesman"),
    ], [
        O("State Fire Brigade", "Państwowa Straż Pożarna", "PSP"),
        O("Agence France-Presse", "AFP"),
        O("PAP", "Polish Press Agency", "Polska Agencja Prasowa"),
    ], [],
      "Six pairs, all explicitly given to a named speaker: Duda 'said the victims were \"...\" in an \"appalling tragedy\"', 'characterised the deaths as \"crushing\"'; Kubiak 'told Agence France-Presse ... with \"severe burns\"'. The short ones are kept (short-quote convention). 'fire service' and 'police' are unnamed."),
    A("wn-0152.txt", [
        Q("I informed John Bolton last night that his services are no longer needed at the White House. I disagreed strongly with many of his suggestions, as did others in the Administration,", "Donald Trump", "United States President"),
        Q("and therefore I asked John for his resignation, which was given to me this morning. I thank John very much for his service. I will be naming a new National Security Advisor next week.", "Donald Trump", "United States President"),
        Q("I offered to resign last night and President Trump said, 'Let's talk about it tomorrow.'", "John Bolton", "national security advisor"),
        Q("I don't think that any leader around the world should make any assumption that because some one of us departs that President Trump’s foreign policy will change in a material way", "Mike Pompeo", "secretary of state"),
        Q("There were many times that Ambassador Bolton and I disagreed. That's to be sure.", "Mike Pompeo", "secretary of state"),
    ], [
        O("Twitter"),
        O("Taliban", "Afghan Taliban"),
        O("United Nations", "UN"),
    ], [O("White House"), O("Trump administration", "Administration")],
      "Five pairs. Trump's tweet is split by 'wrote Trump on Twitter' (two quotes). Bolton's tweet ends with Trump's nested words, kept inside. Pompeo's two sentences are two pairs. The White House and the Trump administration ('the Administration' in the tweet): optional (dev practice)."),
    A("wn-0033.txt", [
        Q("We are relying on the helicopter system because that is the only way we can reach the most remote areas,", "Michael Elmquist", "head of the UN disaster relief operation in Indonesia"),
    ], [
        O("United Nations", "UN"),
        O("BBC", "British Broadcasting Corporation"),
        O("World Food Programme", "WFP"),
    ], [],
      "One pair, Elmquist."),
    A("wn-0211.txt", [
        Q("The guy with the whale tusk is a Polish chef named Luckasz. Worth noting this for the next time someone says, 'we've let too many Eastern Europeans into this country'.", "Piers Morgan", "broadcaster"),
        Q("'one in, all in'. I did what any Londoner would do and tried to put a stop to it.", "Thomas Gray", "tour manager"),
        Q("I am in awe of the people who ran towards danger to keep us all safe", "Sadiq Khan", "Mayor of London"),
        Q("The bravery of the emergency services and ordinary Londoners is incredible.", "Sadiq Khan", "Mayor of London"),
        Q("[Khan] had been released a year ago on the provision that he had agreed to wear an electronic tag, submit to curfews and restrictions to his movements", "Lucy Fischer", None),
        Q("In the US there is a phenomenon 'suicide by cop'", "David Wilson", "Birmingham City University criminology professor"),
        Q("[I]ncreasingly what we are seeing is some attackers wear pretend suicide vests as they prefer martyrdom than getting a sentence. I wonder if what we are seeing is another version of suicide by cop.", "David Wilson", "Birmingham City University criminology professor"),
    ], [
        O("The Times", "Times"),
        O("NPR", "National Public Radio"),
        O("University of Cambridge", "Cambridge University"),
        O("Twitter"),
        O("London Stock Exchange", "LSE"),
        O("Birmingham City University"),
    ], [O("Learning Together")],
      "Eight pairs. 'Learning Together' is the name of a programme: not a quote; as a programme run by the University of Cambridge it is optional. Gray's quote opens with his nested rugby saying 'one in, all in', kept inside. Sadiq Khan's tweet: the attribution sits between its two sentences (two quotes). Wilson's two pairs are split by the attribution. Fishmongers' Hall and London Bridge are places; Sadiq Khan (the mayor) and Usman Khan (the attacker) are different people."),
]
