from anntools import A, O, Q

ARTICLES = [
    A("wn-0139.txt", [
        Q("Our house is burning. Literally. The Amazon rainforest — the lungs which produces 20 percent of our planet's oxygen — is on fire. It is an international crisis. Members of the G7 Summit, let's discuss this emergency first order in two days!", "Emmanuel Macron", "French President"),
        Q("We stand ready", "Boris Johnson", "British Prime Minister"),
        Q("to provide whatever help we can to bring them under control and help protect one of Earth's greatest wonders.", "Boris Johnson", "British Prime Minister"),
        Q("The French president's suggestion that Amazon issues be discussed at the G-7 without participation by the countries in the region evokes a colonialist mentality that is out of place in the 21st century[.]", "Jair Bolsonaro", "Brazilian President"),
        Q("This year we do not have an extreme drought, as there was in 2015 and 2016 [...] In 2017 and 2018 we had a sufficient rainy season. In 2019, we have no weather events that affect droughts, such as El Niño [...] There's no way the weather can explain this increase.", "Ane Alencar", "Amazon Environmental Research Institute Director"),
    ], [
        O("G7", "Group of Seven", "G-7"),
        O("Twitter"),
        O("European Union", "EU"),
        O("G20", "Group of Twenty"),
        O("Mercosur", "Mercosul"),
        O("National Institute for Space Research", "INPE", "Instituto Nacional de Pesquisas Espaciais"),
        O("Greenpeace"),
        O("Amazon Environmental Research Institute", "IPAM"),
        O("UOL.com.br", "UOL"),
    ], [O("Group of Six", "G6")],
      "Five pairs; Johnson's tweet is split by 'tweeted Johnson' into two quotes. The G7 is an intergovernmental forum: organisation. The Group of Six (its forerunner, named once): optional. 'Members of the G7 Summit' names an event inside a quote. The Paris Climate Accord is an agreement."),
    A("wn-0308.txt", [
        Q("never directly or indirectly pressured by any Executive Branch official", "Emily W. Murphy", "administrator of the United States General Services Administration"),
        Q("in the best interests of the country", "Donald Trump", "US President"),
        Q("the good fight", "Donald Trump", "US President"),
        Q("national embarrassment", "Chris Christie", "former New Jersey governor"),
        Q("move on", "Stephen Schwarzman", "businessman"),
    ], [
        O("United States General Services Administration", "General Services Administration", "GSA"),
        O("Twitter"),
        O("Democratic Party"),
    ], [
        O("White House"),
        O("Republican Party", "Republicans", "Republican"),
        O("United States Senate", "Senate"),
    ],
      "Five pairs, each explicitly the words of a named person; 'national embarrassment' (Christie) and 'move on' (Schwarzman) are 2 words, kept by the dev-2 short-quote rule. The White House as the administration, Republicans as a noun only, the Senate only in a title: optional."),
    A("wn-0055.txt", [
        Q("I was just shot in my school.", "Desmond Barnes", "student"),
        Q("I was just shot at my school.", "Desmond Barnes", "student"),
        Q("What school are you at?", None),
        Q("We're at Great Mills High School. Were you shot sweetie?", None),
        Q("Yes.", "Desmond Barnes", "student"),
        Q("a prior relationship which recently ended", "St. Mary's County Sheriff's Office", None),
        Q("It shouldn't happen again. It shouldn't happen to anyone[...] How did we become so desensitized to shootings happening?", "Kayla Wells", "senior student"),
        Q("I feel like I'm helping to make a change[...] We need to make Jaelynn's death the last gun violence death in our schools ever.", "Marianne Beaulieu", None),
        Q("I think our group consisted of about 250 people,", "Emerson Schaeffer", "alumnus and organizer"),
        Q("We will march for you, Jaelynn Willey. We will march for all the students of Great Mills who will forever be traumatized because of what happened on Tuesday", "Jaclyn Corin", "student at Marjory Stoneman Douglas High School"),
    ], [
        O("St. Mary's County Sheriff's Office", "sheriff's office", "Saint Mary's County Sheriff's Office"),
        O("Great Mills High School", "GMHS"),
        O("Time", "Time magazine"),
        O("The Baltimore Sun", "Baltimore Sun"),
        O("WTTG"),
        O("Marjory Stoneman Douglas High School", "Stoneman Douglas High School"),
    ], [],
      "Twelve pairs. 911 call: Barnes's three lines are his ('Yes.' is one word but clearly spoken by him); the dispatcher's 'I'm sorry?' (2 words, unnamed speaker): not a quote; the dispatcher's 'What school are you at?' and the unidentified female voice: null speaker. 'The sheriff's investigators said': the Sheriff's Office. 'March for Our Lives' is the name of the demonstration (an event here): not a quote, not an organisation."),
]

ARTICLES += [
    A("wn-0038.txt", [], [O("Malaysia Tourism board", "Tourism Malaysia", "Malaysia Tourism Board")], [],
      "No quotation marks. The lantern festival is an event; the memorial and the stations are places."),
    A("wn-0204.txt", [
        Q("the army modernization does not just cover buying 'hardware' but technology transfer as well.", "Gáspár Maróth", "Hungarian Government commissioner responsible for defence"),
        Q("effectively disarmed", "Gáspár Maróth", "Hungarian Government commissioner responsible for defence"),
    ], [
        O("Magyar Nemzet"),
        O("HDT Védelmi Ipari Kft.", "HDT Limited", "HDT", "HDT Védelmi Ipari Kft"),
        O("Hirtenberger Defence Group", "Hirtenberger"),
        O("Népszava"),
        O("Hungarian Development Bank", "MFB"),
        O("Hungarian Defence Forces", "Defence Forces", "Defence Force"),
        O("Ministry of Defence", "Hungarian Ministry of Defence"),
        O("Hungarian National Asset Management, Inc.", "Hungarian National Asset Management"),
        O("Airbus"),
        O("NATO", "North Atlantic Treaty Organization"),
    ], [
        O("Hungarian Government", "Government of Hungary"),
        O("Zrínyi 2026"),
    ],
      "Four double pairs and one nested single pair. 'outward investment' (a strategy's name) and 'Zrínyi 2026' (a programme's name): not quotes. Maróth's sentence (with 'hardware' nested) and his 2-word 'effectively disarmed' ('Maróth noted the military had been'): kept. 'Defence Forces'/'Defence Force' both name the Hungarian Defence Forces. Government phrase and the programme: optional."),
    A("wn-0185.txt", [
        Q("I think everybody's sympathies are very much with the family of Harry Dunn and our condolences to them for their tragic loss. I must answer you directly, I do not think that it can be right to use the process of diplomatic immunity for this type of purpose.", "Boris Johnson", "Prime Minister"),
        Q("And I hope that Anne Sacoolas will come back and will engage properly with the processes of law as they are carried out in this country. That's a point that we've raised or are raising today with the American ambassador here in the UK and I hope it will be resolved very shortly. And to anticipate a question you might want to raise, if we can't resolve it then of course I will be raising it myself personally with the White House.", "Boris Johnson", "Prime Minister"),
        Q("that she had no plans to leave the country in the near future", "Northamptonshire Police", None),
        Q("deepest sympathies", "United States Department of State", None),
        Q("intense attention at senior levels and are considered carefully given the global impact such decisions carry", "United States Department of State", None),
        Q("She didn't purposely drive on the other side of the road... if she'd have stayed and faced us as a family we could have found that forgiveness... but forgiving her for leaving, I'm nowhere near.", "Charlotte Charles", "Dunn's mother"),
        Q("All we need to do is ask her to come back. It’s not much to ask. She’s left a family in complete ruin. We’re broken.", "Charlotte Charles", "Dunn's mother"),
    ], [
        O("Royal Air Force", "RAF"),
        O("US Air Force", "United States Air Force", "USAF"),
        O("Northamptonshire Police", "Northamptonshire police"),
        O("US Embassy in London", "US Embassy", "embassy"),
        O("United States Department of State", "State Department", "US State Department"),
        O("Daily Mail"),
    ], [
        O("White House"),
        O("John Radcliffe Hospital"),
        O("RAF Croughton"),
        O("Volvo"),
    ],
      "Seven pairs. 'She informed police she had diplomatic immunity, but \"that she had no plans ...\"': the words are the police's report of her assurance (third person), so the speaker is Northamptonshire Police; Anne Sacoolas would also be defensible. The State Department's 2-word 'deepest sympathies' ('gave its') is kept. White House (explained as the president's office), the hospital, the air base and Volvo (only in 'Volvo XC90'): optional."),
]

ARTICLES += [
    A("wn-0108.txt", [
        Q("concrete and efficient measures", "Pope Francis", "Pope"),
        Q("The crimes of sexual abuse offend Our Lord; cause physical, psychological and spiritual damage to the victims; and harm the community of the faithful. In order that these phenomena, in all their forms, never happen again, a continuous and profound conversion of hearts is needed, attested by concrete and effective actions that involve everyone in the church, so that personal sanctity and moral commitment can contribute to promoting full credibility of the gospel message and the effectiveness of the church's mission", "Pope Francis", "Pope"),
        Q("We have said for years that priests should follow certain strict rules, so why should the bishops and other members of the church hierarchy be exempt?", "Marc Ouellet", "Cardinal"),
        Q("People must know that bishops are at the service of the people. They are not above the law, and if they do wrong, they must be reported.", "Charles Scicluna", "Vatican archbishop"),
        Q("The church should establish the law for reporting and justify the exception [...] Instead, they are using the exception as a pretext for not reporting sexual abuse to civil authorities and to keep abuse secret", "Peter Iseley", None),
        Q("Bishops reporting to themselves, that's been the problem from the beginning [...] All they did was add another layer of bureaucracy; this doesn't require civil authorities. What we need are police and prosecutors.", "Peter Iseley", None),
    ], [
        O("Holy See", "Vatican", "The Vatican", "Vatican City"),
        O("Associated Press", "AP", "The Associated Press"),
        O("Ending Clergy Abuse", "ECA"),
        O("Jehovah's Witnesses", "JWs"),
        O("Watch Tower Society", "Watch Tower", "Watch Tower Bible and Tract Society"),
        O("The Atlantic"),
    ], [O("Catholic Church", "Roman Catholic Church")],
      "Six pairs. The decree 'signed by the Pope read': document text written in the Pope's name, speaker Pope Francis. 'the Vatican', 'the Vatican City' (to be notified, deciding) and the Holy See name the same body. The Catholic Church is only described ('Roman Catholic Christianity', 'the church'): optional."),
    A("wn-0148.txt", [
        Q("Only God who appointed me will remove me — not the MDC, not the British,", "Robert Mugabe", "former president of Zimbabwe"),
        Q("It is with the utmost sadness that I announce the passing on of Zimbabwe's founding father and former President, Cde [comrade] Robert Mugabe. [...] Cde Mugabe was an icon of liberation, a pan-Africanist who dedicated his life to the emancipation and empowerment of his people. His contribution to the history of our nation and continent will never be forgotten. May his soul rest in eternal peace", "Emmerson Mnangagwa", "President"),
        Q("Many important dates in Zimbabwe’s modern history are tied to the name of Robert Mugabe. He made a great personal contribution to the battle for your country’s independence, to the building of Zimbabwean State institutions.", "Vladimir Putin", "president of Russia"),
        Q("For my generation, Mr Robert Mugabe should be remembered for what he was to us. He was a dictator. He was ruthless. He is the author of the current economic and political challenges we're facing as a nation", "Ashton Bumhira", "director of Youth Forum Zimbabwe"),
    ], [
        O("Ministry of Foreign Affairs"),
        O("Zimbabwe African National Union", "ZANU"),
        O("CNN"),
        O("Movement for Democratic Change", "MDC"),
        O("European Union", "EU"),
        O("House of Assembly"),
        O("Youth Forum Zimbabwe"),
    ], [O("Gleneagles Hospital")],
      "Six pairs. 'breadbasket' (1 word, what Zimbabwe 'was called') and 'Blue House' (a name): not quotes. The hospital: optional (dev-2 practice). 'the army' is unnamed."),
]
