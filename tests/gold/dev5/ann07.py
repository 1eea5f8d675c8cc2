from anntools import A, O, Q

ARTICLES = [
    A("wn-0121.txt", [
        Q("We haven't yet agreed on rules of origin and tariff con[c]essions, but the framework we have is enough to start trading on July 1, 2020", "Albert Muchanga", "AU trade and industry commissioner"),
        Q("Nigeria is Africa's biggest economy and most populous country. Without Nigeria the free trade zone would've been handicapped.", "Mahamadou Issoufou", "Niger's president"),
        Q("The success of the AfCFTA will be the real test to achieve the economic growth that will turn our people's dream of welfare and quality of life into a reality", "Abdel Fattah el-Sisi", "AU chairperson, President of Egypt"),
        Q("costs Africa between $5 and $7 billion,", "Okey Oramah", "African Export–Import Bank president"),
        Q("Beyond that, it also reduces trade because Africa has a scarcity of foreign exchange.", "Okey Oramah", "African Export–Import Bank president"),
        Q("economic game changer", "International Monetary Fund", None),
    ], [
        O("African Union", "AU"),
        O("African Export–Import Bank", "African Export-Import Bank", "Afreximbank"),
        O("European Union", "EU"),
        O("International Monetary Fund", "IMF"),
    ], [O("African Continental Free Trade Area", "AfCFTA", "AfCFTA secretariat")],
      "Six pairs. The IMF's 3-word 'economic game changer' ('said ... as an') is explicitly its: kept, organisation speaker. The AfCFTA is mostly named as an agreement and a trade area, once with a secretariat: optional."),
    A("wn-0278.txt", [
        Q("fury", "WalesOnline", None),
        Q("a retrograde step", "David Clay", "then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership"),
        Q("[a]n area like this cannot afford to lose such a quality hotel.", "David Clay", "then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership"),
        Q("restore the hall to its former glory.", "Tong Yung-soo", "owner"),
    ], [
        O("North Wales Fire and Rescue Service", "North Wales Fire and Rescue"),
        O("North Wales Police"),
        O("WalesOnline", "Wales Online"),
        O("Barmouth Publicity"),
        O("Mid Wales Tourism Partnership"),
    ], [],
      "Four pairs. 'fury' is what 'WalesOnline called' the reaction: 1 word, explicitly the outlet's, kept by the short-quote convention (dev-4's 'which the BBC describes as'); a stricter annotator would drop it. Clay's 'a retrograde step' ('called it'): kept. 'Mr Tong' is Tong Yung-soo. Bontddu Hall is a building, Snowdonia National Park a place; 'the ambulance service' is unnamed."),
    A("wn-0003.txt", [], [
        O("Inter-American Development Bank", "IDB"),
    ], [],
      "No quotation marks. The Palacio do Planalto is a building; the Broad Relationship ... agreement is a treaty."),
    A("wn-0041.txt", [
        Q("Gloria spent a lot of the last five months of her life crying, irritable, scratching and the only thing that gave her solace was to suck on her mother's breast.", "Mark Tedeschi", "Crown prosecutor"),
        Q("Gloria's eczema played a devastating role in her overall health and it is asserted by the Crown that both her parents knew this and discussed it with each other.", "Mark Tedeschi", "Crown prosecutor"),
        Q("I am not able to do that", "Thomas Sam", None),
        Q("her skin was weeping, her body malnourished and her corneas melting", "Sydney Morning Herald", None),
    ], [
        O("Sydney Morning Herald", "The Sydney Morning Herald", "SMH"),
    ], [O("Social Science & Medicine", "Social Science and Medicine")],
      "Four pairs. 'he replied' is Thomas Sam. 'according to the Sydney Morning Herald': the words are the newspaper's, organisation speaker. The journal: optional. 'The Crown' is the prosecution."),
    A("wn-0215.txt", [
        Q("imposition of citizenship by judicial fiat would fail to recognize American Samoa's sovereignty and the importance of the fa'a Samoa [the Samoan way of life].", "Government of American Samoa", None),
        Q("imposition of citizenship over American Samoan's objections violates fundamental principles of self-determination.", "Government of American Samoa", None),
        Q("Because the residents of American Samoa have vibrant democratic processes and already had a path to citizenship that I had worked to make even more accessible, the ruling is particularly unwelcome and inappropriate[.]", "Aumua Amata", "American Samoan delegate to the U.S. House of Representatives"),
    ], [
        O("Congress", "United States Congress", "U.S. Congress"),
        O("Equally American"),
        O("U.S. Supreme Court", "Supreme Court of the United States", "Supreme Court"),
        O("U.S. House of Representatives", "House of Representatives", "United States House of Representatives"),
    ], [O("Government of American Samoa", "government of American Samoa", "American Samoa Government")],
      "Three pairs. 'U.S. nationals' is the label on passports: not a quote. The statement of 'the government of American Samoa' is given to it (dev-3's government of Burundi); the phrase is a generic government phrase, so optional. Congress acts in the article ('resolved by Congress'): an organisation."),
    A("wn-0267.txt", [], [
        O("Johns Hopkins University", "JHU"),
        O("Vox"),
    ], [],
      "No quotation marks."),
    A("wn-0169.txt", [
        Q("It happened under my watch. I get all the responsibility, because it happened under my watch.", "Mohammad bin Salman", "Crown Prince of Saudi Arabia"),
        Q("political maneuver.", "Hatice Cengiz", "fiancée of Jamal Khashoggi"),
        Q("By confessing this, he's also distancing himself from the killing of Jamal [...] He's saying that it happened under his watch but he means he is not involved in this crime.", "Hatice Cengiz", "fiancée of Jamal Khashoggi"),
        Q("His fellow journalists did their best that so no one could push this under the carpet [...] But at the end of the day, all of these efforts did not persuade world leaders to sanction Saudi Arabia. That is so sad", "Hatice Cengiz", "fiancée of Jamal Khashoggi"),
        Q("What is so sad for me", "Hatice Cengiz", None),
        Q("is not seeing the punishment of the perpetrators [...] Imagine that the entire world remains silent over Jamal's killing. This silence and inertia created huge disappointment on my side.", "Hatice Cengiz", None),
        Q("True justice takes time and I know it's painful, but that's the reality of the world we live in,", "Agnès Callamard", "UN rapporteur"),
        Q("patient and resilient.", "Agnès Callamard", "UN rapporteur"),
    ], [
        O("United Nations", "UN", "U.N."),
        O("United Nations General Assembly", "UN General Assembly", "General Assembly", "UNGA"),
        O("PBS", "Public Broadcasting Service"),
        O("Reuters"),
        O("NBC News", "NBC"),
        O("Office of the UN High Commissioner for Human Rights", "OHCHR", "Office of the United Nations High Commissioner for Human Rights"),
        O("CIA", "Central Intelligence Agency"),
        O("The Washington Post", "Washington Post"),
    ], [O("Saudi government", "Government of Saudi Arabia")],
      "Eight pairs. 'Mohammad's admission' and 'he said' are Mohammad bin Salman's. Cengiz's 2-word 'political maneuver.' ('called ... a') and Callamard's 3-word 'patient and resilient.' ('asking Cengiz to be') are explicitly theirs: kept. Cengiz's 'What is so sad for me ... is not seeing' is one sentence split by 'Cengiz said': two quotes. The General Assembly is a UN organ (named here as the session's host). 'NBC' and 'NBC News' are one outlet. 'The Saudi government': optional; the consulate is a building."),
    A("wn-0288.txt", [], [
        O("Vyasna", "Viasna", "Viasna Human Rights Centre"),
        O("Belarusian KGB", "KGB", "State Security Committee of the Republic of Belarus"),
    ], [O("Ministry of Internal Affairs of Belarus", "ministry of internal affairs of Belarus", "Belarusian Ministry of Internal Affairs")],
      "No quotes: 'terrorism' is a one-word term inside a paraphrased claim of the KGB (scare quotes, dev-3/dev-4 practice). 'The ministry of internal affairs of Belarus' is written in lower case: optional (dev-4's 'Tbilisi city court'). 'The government' is generic."),
    A("wn-0141.txt", [], [
        O("Twitter"),
        O("Senate", "United States Senate", "U.S. Senate"),
        O("U.S. House of Representatives", "House of Representatives", "House", "United States House of Representatives"),
    ], [O("Democratic Party", "Democrats")],
      "No quotation marks. Twitter is the platform of the announcement. 'The Senate' that Gillibrand joined is the US Senate, named as a body: organisation (unlike wn-0203's 'run for Senate'). The Democratic Party appears only as an adjective: optional."),
]
