from anntools import A, O, Q

ARTICLES = [
    A("wn-0206.txt", [
        Q("It was amazing. Everyone was excited [...] Then you realize there are 80 men buried there, and it's a sobering experience.", "Tim Taylor", "Team leader"),
    ], [
        O("Lost 52 Project", "Lost 52"),
        O("United States Navy", "U.S. Navy", "Navy", "US Navy"),
        O("New York Times", "The New York Times"),
        O("Washington Post", "The Washington Post"),
    ], [],
      "Two pairs. 'Grayback' is the name on the plaque: not a quote. U.S.S. Grayback is a vessel."),
    A("wn-0244.txt", [], [
        O("Democratic Party", "Democratic party"),
        O("Republican Party"),
        O("National Conference of State Legislatures", "NCSL"),
    ], [],
      "One pair, 'Super Tuesday' (a name): not a quote. 'Senator Klobuchar's campaign' is not a named organisation."),
    A("wn-0192.txt", [
        Q("any acts that advocate Hong Kong’s independence and threaten the country’s sovereignty, security and development interests will not be tolerated.", "Carrie Lam", "Chief Executive of Hong Kong"),
        Q("So long as Hong Kong remains impeded by unresolved disputes, ongoing violence, confrontation and discord, our city cannot embark on the road to reconciliation and people will lose faith in the future […] We have to put aside differences and stop attacking each other", "Carrie Lam", "Chief Executive of Hong Kong"),
        Q("The Hong Kong economy has already slipped into a technical recession since the third quarter. In mid-August, the government lowered the economic growth forecast for 2019 to 0 – 1%", "Carrie Lam", "Chief Executive of Hong Kong"),
        Q("I really urge [Lam], if she can’t govern Hong Kong, and has no determination to govern Hong Kong, and no ability or even capability of administrating Hong Kong, to please step down. This is the only way we can have a good future, the only way Hong Kong can go forward. Please, please Carrie Lam, please don’t let us suffer anymore. Please go.", "Tanya Chan", "Legislator"),
        Q("The behavior of my colleagues in disrupting the delivery of the policy address by the chief executive is anti-democratic and oppressive of the rights of the chief executive, and the rights and freedoms of myself and colleagues who want to listen to the policy address", "Regina Ip", None),
    ], [O("Legislative Council", "LegCo", "Legislative Council of Hong Kong")], [],
      "Five pairs: three Lam, Chan, Ip. The pro-democracy and pro-Beijing camps are loose political camps, not named organisations."),
    A("wn-0236.txt", [], [
        O("Democratic Party", "Democratic party", "Democratic"),
        O("Republican Party", "Republican"),
        O("NBC News"),
        O("Iowa Democratic Party"),
        O("ABC News"),
        O("National Conference of State Legislatures", "NCSL"),
    ], [],
      "No quotation marks. The parties are named ('The Democratic and Republican parties', 'The Democratic party')."),
]

ARTICLES += [
    A("wn-0096.txt", [
        Q("The attacker was using a couple of guns, one was a shotgun, one was an AR-15 — that's the so-called civilian equivalent of the M-16. It's an assault rifle", "Greg Barton", "Chair In Global Islamic Politics, Deakin University"),
        Q("I have instructed ODESC [Officials Committee for Domestic and External Security Coordination] to report to Cabinet on Monday on these events with a view to strengthening our systems on a range of fronts including, but not limited to, firearms, border controls, enhanced information-sharing with Australia, and any practice reinforcement of our watchlist processes.", "Jacinda Ardern", "New Zealand Prime Minister"),
    ], [
        O("Christchurch District Court"),
        O("ABC"),
        O("Deakin University"),
        O("Officials Committee for Domestic and External Security Coordination", "ODESC"),
    ], [
        O("Faculty of Arts and Education"),
        O("Cabinet", "Cabinet of New Zealand"),
    ],
      "Two pairs, Barton and Ardern. ODESC is named (with its expansion) inside Ardern's quote but is a real committee: organisation. 'Cabinet' (only in the quote) and the faculty (part of Deakin): optional. The mosques and the police station are buildings; 'Police' is unnamed."),
    A("wn-0043.txt", [
        Q("[Ten] years ago, a browser was born. Its name was Internet Explorer 6. Now that we’re in 2011, in an era of modern web standards, it’s time to say goodbye,", "Microsoft", None),
        Q("Usually, Internet Explorer is the #2 browser after Firefox, but over the past 30 days it's been #3, a couple of points behind Safari - and nearly tied with Chrome. It might be a statistical blip. But if it isn't, and Chrome continues to surge, IE could fall to fourth place.", "PC World", None),
    ], [
        O("Microsoft"),
        O("PC World"),
        O("Secunia", "Secunia.com"),
    ], [O("Mozilla"), O("Google")],
      "Six pairs. 'The Internet Explorer 6 Countdown' (three times) is a website's title and 'highly critical' a rating: not quotes. Microsoft's site text and PC World's analysis are organisation speakers. Mozilla and Google appear only in product names (Mozilla Firefox, Google Chrome): optional."),
    A("wn-0084.txt", [
        Q("Even though she relinquished her title according to royal laws [...] she still retains her status and position as a member of the Chakri dynasty [...] Involvement of a high-ranking member of the royal family in politics, in whatever way, is an act that conflicts with the country's traditions, customs, and culture, and therefore is considered extremely inappropriate.", "Maha Vajiralongkorn", "King"),
        Q("Thai Raksa Chart party complies with the royal command,", "Thai Raksa Chart Party", None),
        Q("relinquished my royal titles and lived as a commoner[.]", "Ubolratana Mahidol", "Princess"),
    ], [
        O("Thai Raksa Chart Party", "Thai Raksa Chart party", "Thai Raksa Chart"),
        O("Massachusetts Institute of Technology", "MIT"),
        O("Instagram"),
    ], [],
      "Three pairs: the king's statement (issued by the palace; speaker the king), the party's statement, the princess's words. 'the palace', 'the country's election commission' and 'the opposing military political party' are unnamed."),
]

ARTICLES += [
    A("wn-0125.txt", [
        Q("contrived.", "United States Supreme Court", None),
        Q("gamesmanship", "Wilbur Ross", "Commerce Secretary"),
        Q("stunt", "Wilbur Ross", "Commerce Secretary"),
    ], [
        O("United States House of Representatives", "House", "House of Representatives"),
        O("United States Congress", "Congress"),
        O("Department of Justice", "DOJ", "United States Department of Justice"),
        O("House Oversight and Reform Committee", "Oversight Committee", "House Committee on Oversight and Reform"),
        O("United States Supreme Court", "Supreme Court", "Supreme Court of the United States", "U.S. Supreme Court"),
        O("Census Bureau", "United States Census Bureau"),
    ], [O("Operation Fast and Furious")],
      "Four pairs. 'Is this person a citizen of the United States?' is the census question's wording (a text quoted as an item, spoken by no one): not a quote. The one-word 'contrived.' (the Supreme Court 'saying the justification ... was') and Ross's 'gamesmanship' and 'stunt' ('which Ross has referred to as') are explicitly attributed to named sources: kept, as dev-2 kept such one-word quotes. 'the Trump administration' is not a named body. Operation Fast and Furious: optional (programme, dev-2 practice)."),
    A("wn-0069.txt", [
        Q("to help the country's economy.", "Iranian army", None),
        Q("very low height", "The Aviation Herald", None),
        Q("extends its profound condolences to the families and friends of those lost[...] as well as our best wishes for the recovery of those injured.", "Boeing", None),
        Q("cargo plane", "Boeing", None),
    ], [
        O("Revolutionary Guards", "Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guard"),
        O("Fars News", "Fars News Agency"),
        O("Press TV"),
        O("The Aviation Herald", "Aviation Herald"),
        O("Islamic Republic of Iran Air Force", "Air Force", "Iranian Air Force"),
        O("Saha Airlines", "Saha"),
        O("Centre for Aviation", "CAPA"),
        O("Boeing"),
    ], [
        O("Iranian army", "army", "Islamic Republic of Iran Army"),
        O("Airfleets"),
        O("Airbus"),
    ],
      "Four pairs. 'The army said ... \"to help the country's economy.\"': the army speaks without a name; speaker 'Iranian army', itself optional (unnamed). 'very low height' (3 words) is The Aviation Herald's. Boeing's statement to Wikinews and its 'cargo plane' (2 words, 'Boeing referred to the 707 ... as') are Boeing's. Airfleets (a database website) and Airbus (only in 'Airbus A300s'): optional. The airports are places. 'State media', 'local press' are unnamed."),
    A("wn-0194.txt", [
        Q("worked until his last breath", "Maya Rockeymoore Cummings", "chairwoman of the Maryland Democratic Party"),
        Q("was a great man,", "Chuck Schumer", "Senate minority leader"),
        Q("strength, passion and wisdom", "Donald Trump", "President"),
    ], [
        O("House Oversight and Reform Committee", "Oversight and Reform Committee", "House Committee on Oversight and Reform"),
        O("United States Congress", "Congress"),
        O("Howard University"),
        O("University of Maryland"),
        O("Maryland General Assembly"),
        O("United States House of Representatives", "House of Representatives", "House"),
        O("Congressional Black Caucus"),
        O("United States House Select Committee on Benghazi", "House Select Committee on Benghazi"),
        O("The Baltimore Sun", "Baltimore Sun"),
        O("Maryland Democratic Party"),
        O("MSNBC"),
        O("Twitter"),
    ], [
        O("House Foreign Affairs Committee", "House Foreign Affairs"),
        O("House Intelligence Committee"),
        O("Gilchrist Hospice Care", "Gilchrist"),
        O("White House"),
        O("United States Senate", "Senate"),
        O("Democratic Party", "Democratic", "Democrat"),
        O("Republican Party", "Republican"),
    ],
      "Three pairs: Rockeymoore Cummings, Schumer (to MSNBC), Trump (on Twitter). 'the House Foreign Affairs and Intelligence committees' names two committees only jointly: optional. Hospice (like hospitals), the White House (flags on the building), the Senate (only in a title) and the parties as adjectives: optional."),
]
