from anntools import A, O, Q

ARTICLES = [
    A("wn-0293.txt", [
        Q("I noticed then that Chad was an anomaly", "Ryan Coogler", "director of Black Panther"),
        Q("He was calm. Assured. Constantly studying. But also kind, comforting, had the warmest laugh in the world, and eyes that [saw] much beyond his years, but could still sparkle like a child seeing something for the first time.", "Ryan Coogler", "director of Black Panther"),
        Q("He was a gentle soul and a brilliant artist, who will stay with us for eternity through his iconic performances over his short yet illustrious career […] God bless Chadwick Boseman.", "Denzel Washington", "Actor"),
        Q("It is with profound sadness that we mourn the loss of alumnus Chadwick Boseman who passed away this evening. His incredible talent will forever be immortalized through his characters and through his own personal journey from student to superhero! Rest in Power, Chadwick!", "Wayne A. I. Frederick", "president of Howard University"),
        Q("He was having this immense success, in a strata of his own, humble hardworking, always smile on his face […] Black Panther was hands down the crowning achievement of the Marvel Universe. The one where people got to vote with ticket sales we require this. It is a fantastic movie that leveled the playing field.", "Robert Downey Jr.", None),
    ], [
        O("American Broadcasting Company", "ABC"),
        O("Marvel Studios", "Marvel"),
        O("Twitter"),
        O("British American Drama Academy", "BADA"),
        O("Howard University"),
        O("The Walt Disney Company", "Walt Disney Company", "Disney"),
    ], [O("MTV")],
      "Five pairs. 'A Tribute For a King' (twice) is a programme title and 'Best Hero' an award: not quotes. Coogler's 'I noticed then ...' and 'He was calm ...' are two spans of one text: two quotes. 'Marvel' (films, Universe) is Marvel Studios. MTV appears only inside the awards' name (an event): optional. Twitter is the platform of the family's statement."),
    A("wn-0047.txt", [], [
        O("Church of Scientology", "Church", "church", "Scientology"),
        O("Sea Org", "Sea Organization"),
        O("Australian Broadcasting Corporation", "ABC"),
    ], [
        O("Flag Land Base"),
        O("Rehabilitation Project Force", "RPF"),
    ],
      "No quotes: paragraphs 3 and 7 are Paris's and the Church's words printed without quotation marks (dev-2's unmarked blocks), and 'forced' (single marks, one word, inside paragraph 7) is not a quote of its own. Flag Land Base (a church facility) and the Rehabilitation Project Force (a church programme): optional. Freewinds is a ship."),
    A("wn-0180.txt", [], [
        O("Hulu"),
    ], [
        O("Beyond Fest", "Hulu's Beyond Fest"),
        O("Grauman's Egyptian Theatre", "Egyptian Theatre"),
    ],
      "No quotation marks. Beyond Fest is a festival (an event) and the Egyptian Theatre a venue: optional. On Cinema and Mister America are works. Wikinews is the source."),
    A("wn-0310.txt", [
        Q("having an idiot as economy minister.", "Igor Matovič", "Prime Minister"),
    ], [
        O("Facebook"),
        O("European Council", "Council"),
        O("EURACTIV", "Euractiv"),
    ], [],
      "One pair: Matovič 'apologised ... for' the words, explicitly his. 'Matovič's government office' is generic. Facebook is the platform of his message."),
    A("wn-0103.txt", [
        Q("currently focuses on issues relating to road load estimations, including analytical modeling and coastdown testing", "Ford Motor Company", None),
        Q("does not involve the use of defeat devices", "Ford Motor Company", None),
        Q("Ford is fully cooperating with the government, and we'll keep them posted on what we're finding through our investigation and technical review", "Ford Motor Company", None),
        Q("In addition, we have notified a number of other state and federal agencies. We are fully cooperating with all government agencies.", "Ford Motor Company", None),
    ], [
        O("Ford Motor Company", "Ford"),
        O("United States Department of Justice", "Department of Justice", "DOJ", "U.S. Department of Justice"),
        O("U.S. Securities and Exchange Commission", "Securities and Exchange Commission", "SEC"),
        O("The Verge", "Verge"),
        O("Sidley Austin"),
        O("U.S. Environmental Protection Agency", "Environmental Protection Agency", "EPA"),
        O("California Air Resources Board", "CARB"),
    ], [],
      "Four pairs, all Ford's (its filing and its statement to The Verge): organisation speaker. 'road load' is a term the employees were concerned about: not a quote. 'The federal government' is generic."),
    A("wn-0203.txt", [
        Q("Hell yes, we’re going to take your AR-15.", "Beto O'Rourke", None),
    ], [
        O("Medium"),
    ], [
        O("Democratic Party", "Democrats"),
        O("Senate", "United States Senate"),
        O("O'Rourke campaign"),
    ],
      "One pair. Medium is the platform of his announcement (as Twitter). The Democratic Party appears only as an adjective ('Democratic primary'), the Senate only as 'run for Senate', and the campaign generically: optional."),
    A("wn-0273.txt", [
        Q("It was incredible", "Doug Hurley", "NASA astronaut"),
        Q("I'm breathing a sigh of relief, but I will also tell you I'm not gonna celebrate until Bob and Doug are home safely.", "Jim Bridenstine", "NASA Administrator"),
        Q("SpaceX we're go for launch. Let's light this candle.", "Doug Hurley", "NASA astronaut"),
    ], [
        O("SpaceX", "Space Exploration Technologies"),
        O("NASA", "National Aeronautics and Space Administration"),
        O("Boeing", "The Boeing Company"),
    ], [
        O("Kennedy Space Center", "Kennedy Space Centre"),
        O("International Space Station", "ISS"),
    ],
      "Three pairs. Hurley's last quote paraphrases Alan Shepard but Hurley says it: his. The Kennedy Space Center and the ISS: optional (as wn-0094). Crew Dragon, Falcon 9 and Soyuz are craft; the Space Shuttle programme is named only as 'Space Shuttle mission'."),
]
