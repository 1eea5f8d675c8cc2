from anntools import A, O, Q

ARTICLES = [
    A("wn-0136.txt", [
        Q("Even though the weather was so bad, even in the face of threats of the People's Liberation Army and water cannons, Hong Kong people never back down. [...] For as long as the government doesn't respond, there will only be more large-scale protests.", "Wong", "university student"),
    ], [
        O("Civil Human Rights Front", "CHRF"),
        O("People's Liberation Army", "PLA"),
    ], [
        O("Chinese government", "Government of China"),
    ],
      "One pair. The student is named by surname only ('named Wong'), used as the speaker (dev-2's 'Katya', dev-5's 'Zoe'). 'one country, two systems' is a name (dev-4 practice): not a quote. The People's Liberation Army is named inside the quote: organisation (dev-3's ODESC). 'the police' and 'the government' are unnamed; 'Chinese government' is a generic phrase: optional."),
    A("wn-0159.txt", [], [
        O("National Hurricane Center", "NHC"),
        O("National Oceanic and Atmospheric Administration", "NOAA"),
        O("CNN", "Cable News Network"),
    ], [],
      "No quotes: 'Hurricane Humberto Intermediate Advisory Number 25A' is a title and 'major' a classification (dev-3's rating levels). The Saffir–Simpson scale is a scale."),
    A("wn-0258.txt", [
        Q("During this time when we face an unprecedented public health crisis, to conduct an election tomorrow would force poll workers and voters to place themselves at an unacceptable health risk of contracting coronavirus.", "Mike DeWine", "Governor"),
        Q("As such, @DrAmyActon will order the polls closed as a health emergency. While the polls will be closed tomorrow, Secretary of State @FrankLaRose will seek a remedy through the courts to extend voting options so that every voter who wants to vote will be granted that opportunity.", "Mike DeWine", "Governor"),
    ], [
        O("Democratic Party", "United States Democratic Party", "Democratic party", "Democrats", "Democratic"),
        O("Republican Party", "GOP", "Republicans", "Republican"),
        O("Twitter"),
        O("World Health Organization", "WHO"),
        O("Democratic National Committee", "DNC"),
    ], [
        O("United States House of Representatives", "House of Representatives", "U.S. House"),
    ],
      "Two pairs, DeWine's two-part statement on Twitter. Both parties are named directly ('the United States Democratic Party', 'the Republican Party's presumptive nominee'): organisations. 'the United States House of Representatives seat' names the seat: optional (dev-5's 'run for Senate'). @DrAmyActon and @FrankLaRose are handles of people."),
    A("wn-0307.txt", [], [
        O("Twitter"),
        O("The Washington Post", "Washington Post"),
    ], [],
      "No quotation marks. Twitter is the platform of the lawyer's post (dev-2/3/4/5 practice). 'Some conservative groups' is unnamed; 'Court Commissioner' is a title."),
    A("wn-0046.txt", [
        Q("The climate projections are quite consistent [...] the future of ozone pollution is very different [...] leading to either offsetting or reinforcing effects [of climate change] on crops", "Colette Heald", "coauthor"),
        Q("nobody has looked at these together", "Colette Heald", "coauthor"),
        Q("Ground-level ozone causes more damage to plants than all other air pollutants combined", "U.S. Department of Agriculture", None),
        Q("An air-quality cleanup would improve crop yields [...] Ozone is something that we understand the causes of, and the steps that need to be taken to improve air quality.", "Colette Heald", "coauthor"),
        Q("Despite an increase in vehicle miles driven and energy consumption, surface ozone has declined by 25 percent on average across the U.S. from 1980 to 2012 [...] However, the future of ozone air quality in the U.S. and around the world will depend on local emissions, the use of pollution control technology, regulations, and air quality policy.", "Colette Heald", "coauthor"),
    ], [
        O("Massachusetts Institute of Technology", "MIT"),
        O("Colorado State University", "CSU"),
        O("University of Sheffield", "Sheffield University"),
        O("The Huffington Post", "Huffington Post", "HuffPost"),
        O("U.S. Department of Agriculture", "USDA", "United States Department of Agriculture", "Department of Agriculture"),
        O("U.S. Environmental Protection Agency", "EPA", "Environmental Protection Agency", "United States Environmental Protection Agency"),
        O("Croucher Foundation"),
        O("National Science Foundation", "US National Science Foundation", "NSF"),
        O("National Park Service", "US National Park Service", "NPS"),
    ], [
        O("Nature Climate Change"),
        O("NCLAN", "National Crop Loss Assessment Network"),
    ],
      "Five pairs. 'The U.S. Department of Agriculture notes, \"...\"': the department speaks (organisation speaker). Paragraph 4's quote follows 'Heald noted' and paragraph 5's follows 'As Heald told The Huffington Post': both Heald's. The journal is optional (dev practice); NCLAN, a research programme named only in 'NCLAN studies', is optional. The Clean Air Act is a law."),
    A("wn-0311.txt", [], [
        O("Chilean Navy", "Armada de Chile", "Navy of Chile"),
        O("Chilean Armed Forces", "Armed Forces of Chile"),
        O("World Health Organization", "WHO"),
    ], [
        O("General Bernardo O'Higgins Riquelme Base", "Base General Bernardo O'Higgins Riquelme"),
    ],
      "No quotation marks. The base is a site (dev-3/dev-4 practice for bases): optional. 'Chilean military authorities', 'the local health secretary' and 'local health authorities' are unnamed; 'Air Force Base civilian personnel' names no organisation; the Sergeant Aldea is a ship."),
    A("wn-0166.txt", [
        Q("breach of his Constitutional responsibilities,", "Nancy Pelosi", "Speaker of the House of Representatives"),
        Q("[T]he House of Representatives is moving forward with an official impeachment inquiry,", "Nancy Pelosi", "Speaker of the House of Representatives"),
        Q("proceed with their investigations under [the] umbrella", "Nancy Pelosi", "Speaker of the House of Representatives"),
        Q("Until the full House votes to authorize an inquiry, nobody is conducting a formal inquiry.", "Doug Collins", "Republican committee member"),
        Q("perfectly fine and routine.", "Donald Trump", "United States President"),
        Q("Witch Hunt garbage.", "Donald Trump", "United States President"),
        Q("Treason, Bribery, or other high Crimes and Misdemeanors.", None),
    ], [
        O("United States House of Representatives", "House of Representatives", "House", "U.S. House"),
        O("House Judiciary Committee", "Judiciary Committee"),
        O("NBC", "National Broadcasting Company", "NBC News"),
        O("Twitter"),
        O("The New York Times", "New York Times", "NYT"),
        O("United States Congress", "Congress", "U.S. Congress"),
        O("United States Senate", "Senate", "U.S. Senate"),
        O("Supreme Court of the United States", "Supreme Court", "U.S. Supreme Court"),
    ], [
        O("Democratic Party", "Democrats", "Democratic"),
        O("Republican Party", "GOP", "Republicans", "Republican"),
    ],
      "Seven pairs. Pelosi's three ('called ... a', 'she announced', 'she was directing ... to'), Collins's tweet, and Trump's two ('characterized ... as', 'attacked ... as'; 'Witch Hunt garbage.' is three words and explicitly his, as dev-4's 'witch hunt'). The Constitution's text is a quote with a null speaker (dev-2 practice for Article 2). Congress, the Senate ('a trial in the Senate') and the Supreme Court ('later ruled') are named and act: organisations (dev-5's 'Congress'). The parties appear only as adjectives ('Republican committee member', 'the Democratic nomination'): optional. The Tenure of Office Act is a law; Watergate and the Lewinsky affair are events."),
    A("wn-0257.txt", [
        Q("We have been drinking cow urine for 21 years, we also take bath in cow dung. We have never felt the need to consume English medicine", "Om Prakash", "attendee"),
        Q("Coronavirus has come because of the people who kill and eat animals. When you kill an animal, it creates a sort of energy that causes destruction in that place", "Swami Chakrapani", "ABHM president"),
        Q("Corona is not a virus, but avatar for the protection of poor creatures. They have come to give the message of death and punishment to the one who eats them", "Swami Chakrapani", "ABHM president"),
        Q("While some western, traditional or home remedies may provide comfort and alleviate symptoms of COVID-19, there is no evidence that current medicine can prevent or cure the disease. The WHO does not recommend self-medication with any medicines, including antibiotics, as a prevention or cure for COVID-19.", "World Health Organization", None),
        Q("I request all the presidents and prime ministers of the world to take cow urine on a daily basis. You have all these scientists who don't know the cure, we have the cure given to us by the gods", "Swami Chakrapani", "ABHM president"),
        Q("Corona was quiet in India because of yajña rituals. But these ignorant, arrogant Telangana ministers have challenged corona by killing animals and eating chicken in public, that there is a speculation of seeing the most formidable form of corona. Thus, these ministers should promptly seek forgiveness from corona, else it would be a disaster that noone can stop.", "Swami Chakrapani", "ABHM president"),
        Q("Just like we organise tea parties, we have decided to organise a gaumutra party, wherein we will inform people about what is coronavirus and how, by consuming cow-related products, people can be saved from it", "Swami Chakrapani", "ABHM president"),
        Q("Coronavirus is an airborne disease and it can be cured by using gaumutra and cow dung.", "Suman Haripriya", "Minister of Legislative Assembly"),
    ], [
        O("Akhil Bharat Hindu Mahasabha", "ABHM", "All India Hindu Union", "Hindu Mahasabha", "Akhil Bharatiya Hindu Mahasabha"),
        O("Reuters"),
        O("World Health Organization", "WHO"),
        O("ThePrint", "The Print"),
        O("Bharatiya Janta Party", "BJP", "Bharatiya Janata Party"),
        O("Johns Hopkins Center for Systems Science and Engineering", "CSSE", "Center for Systems Science and Engineering"),
    ], [
        O("Johns Hopkins University", "Johns Hopkins"),
    ],
      "Eight pairs. 'pandemic' (one word, a designation the WHO announced): not a quote (dev-4's 'public health emergency'). The WHO's website text: organisation speaker. Johns Hopkins is named only inside its centre's name: optional (dev-5's City University). 'a Minister of Legislative Assembly from Assam' and 'the Hajo assembly' name a title and a constituency, no organisation."),
    A("wn-0292.txt", [], [
        O("Cinema for Peace Foundation", "Cinema for Peace"),
    ], [
        O("Charité", "Charité – Universitätsmedizin Berlin", "Charite"),
    ],
      "No quotation marks. Charité is a hospital (dev-2/3/4 practice: optional), though it issues the statement; a looser annotator would make it an organisation. 'the hospital in Omsk' and 'Hospital officials in Omsk' are unnamed."),
    A("wn-0304.txt", [
        Q("I am honored and humbled by the trust the American people have placed in me and in Vice President-elect Harris", "Joe Biden", "former Vice President of the United States"),
        Q("With the campaign over, it's time to put the anger and the harsh rhetoric behind us and come together as a nation. It's time for America to unite. And to heal [...] We are the United States of America. And there's nothing we can't do, if we do it together.", "Joe Biden", "former Vice President of the United States"),
        Q("I WON THIS ELECTION, BY A LOT!", "Donald Trump", "President"),
        Q("The simple fact is this election is far from over. Joe Biden has not been certified as the winner of any states, let alone any of the highly contested states headed for mandatory recounts, or states where our campaign has valid and legitimate legal challenges that could determine the ultimate victor", "Donald Trump", "President"),
    ], [
        O("Associated Press", "AP"),
        O("NBC News", "NBC"),
        O("Twitter"),
    ], [],
      "Four pairs: Biden's statement split by 'He added', Trump's tweet and his statement. 'our campaign' is unnamed."),
]
