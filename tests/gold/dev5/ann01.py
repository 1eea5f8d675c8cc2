from anntools import A, O, Q

ARTICLES = [
    A("wn-0094.txt", [
        Q("It's fun working with a new partner that approaches the problem in a slightly different way. They don't carry the same background that we did in NASA, and they don't approach the design exactly the same way we do. [...] And that's cool. I mean, that's really neat.", "Bill Gerstenmaier", "of NASA"),
        Q("To be frank I'm a little emotionally exhausted because that was super stressful. But it worked — so far,", "Elon Musk", "SpaceX founder"),
        Q("We have to dock to the station, and we have to come back, but so far it's worked. [...] We've passed some of the riskiest items.", "Elon Musk", "SpaceX founder"),
    ], [
        O("SpaceX", "Space Exploration Technologies"),
        O("NASA", "National Aeronautics and Space Administration"),
        O("Boeing", "The Boeing Company"),
    ], [
        O("International Space Station", "ISS"),
        O("Kennedy Space Center", "Kennedy Space Centre"),
        O("Commercial Crew Program", "NASA's Commercial Crew Program"),
        O("Tesla"),
    ],
      "Three pairs (Musk's statement split by 'told the press'). 'Ripley' is the mannequin's nickname: not a quote. The ISS (dev-1 practice) and the Kennedy Space Center (dev-3/dev-4 practice): optional. The Commercial Crew Program: a programme, optional (dev-4 practice). Tesla appears only as a car ('Tesla convertible'): optional. Crew Dragon, Falcon 9, Falcon Heavy and Starliner are craft."),
    A("wn-0063.txt", [], [
        O("Twitter"),
    ], [],
      "No quotation marks. Twitter is the platform of the fire service's statement (dev-2/3/4 practice). 'The fire service' and 'local authorities' are unnamed."),
    A("wn-0173.txt", [
        Q("The police officers' lives were seriously threatened. To save his own and his colleagues' lives, he fired a live shot at the attacker.", "Yolanda Yu Hoi-kwan", "Police Senior Superintendent"),
    ], [
        O("City University Student Union", "City University of Hong Kong Students' Union"),
        O("Amnesty International", "Amnesty"),
        O("RTHK", "Radio Television Hong Kong"),
        O("Communist Party", "Communist Party of China", "Chinese Communist Party", "CPC", "CCP"),
    ], [
        O("City University", "City University of Hong Kong"),
        O("Chinese government", "Government of China"),
        O("Hong Kong legislature", "Legislative Council", "LegCo"),
    ],
      "One pair. 'The Communist Party's takeover of China' names the party: organisation. The City University is named only inside its student union's name: optional. 'The Chinese government' and 'the Hong Kong legislature' are generic phrases: optional. 'The police' is never named (only 'Police Senior Superintendent', a title). National Day is a holiday."),
    A("wn-0275.txt", [
        Q("not traveling to the crash scene at this time.", "National Transportation Safety Board", None),
        Q("100 miles of stronger poles and covered power lines [and manage] vegetation along 890 miles of our system to reduce wildfire risk.", "Andy Vesey", "PG&E President and CEO"),
    ], [
        O("Pacific Gas and Electric", "PG&E", "Pacific Gas and Electric Company"),
        O("California Department of Forestry and Fire Protection", "CalFire", "Cal Fire"),
        O("Federal Aviation Administration", "FAA"),
        O("National Transportation Safety Board", "NTSB"),
        O("Twitter"),
        O("The Mercury News", "Mercury News", "San Jose Mercury News"),
    ], [O("Bell", "Bell Helicopter")],
      "Two pairs. The NTSB's tweet ('the latter ... confirming on Twitter they were'): organisation speaker. Vesey's letter to The Mercury News: his. Bell appears only in the aircraft type 'Bell 206': optional (dev-4 practice for Boeing). Wikinews is the source."),
    A("wn-0179.txt", [
        Q("I'd never sat behind a kit before, but I sat down — and I could play! One of the musicians turned round and said, 'Bloody hell, we've got a drummer', and I thought, 'Bloody hell, I'm a drummer'", "Ginger Baker", "drummer"),
        Q("Ginger Baker, great drummer, wild and lovely guy. We worked together on the 'Band on the Run' album in his ARC Studio, Lagos, Nigeria. Sad to hear that he died but the memories never will.", "Paul McCartney", None),
        Q("A very sad loss, and my condolences to his family and friends. A loss also for his contribution to music. He was well-grounded in jazz from very early on,", "Steve Winwood", None),
        Q("Beneath his somewhat abrasive exterior, there was a very sensitive human being with a heart of gold. He’ll be missed.", "Steve Winwood", None),
        Q("Sad news hearing that Ginger Baker has died, I remember playing with him very early on in Alexis Korner's Blues Incorporated. He was a fiery but extremely talented and innovative drummer.", "Mick Jagger", "of The Rolling Stones"),
    ], [
        O("Associated Press", "AP"),
        O("The Independent", "Independent"),
        O("Twitter"),
        O("Rock and Roll Hall of Fame", "Rock & Roll Hall of Fame"),
    ], [
        O("Cream"),
        O("Blues Incorporated", "Alexis Korner's Blues Incorporated"),
        O("The Rolling Stones", "Rolling Stones"),
        O("The Graham Bond Organisation", "Graham Bond Organisation"),
        O("The Yardbirds", "Yardbirds"),
        O("Blind Faith"),
        O("Wings"),
        O("The Beatles", "Beatles"),
        O("Public Image Ltd", "PiL", "Public Image Limited"),
        O("ARC Studio", "ARC Studios"),
    ],
      "Five pairs (Winwood's statement split by 'wrote Steve Winwood'). Baker's story holds nested single-quoted speech, part of the quote; the trailing space before its closing mark is collapsed. 'Band on the Run' is an album title nested in McCartney's quote. Bands are optional (dev-4 practice for Coldplay, The Darkness), Public Image Ltd included. ARC Studio, a recording studio: optional. The Rock and Roll Hall of Fame is an institution (museum, dev-1/dev-4 practice): organisation. Twitter: the platform of McCartney's and Jagger's messages."),
    A("wn-0259.txt", [
        Q("Superficially, frogs may look similar, but when you look at their skulls, you see drastic differences [...] Some of the weirdest skulls are found in frogs that eat birds and mammals, use their heads as a shield, or in a few rare cases, are venomous. Their skulls show how strange and diverse frogs can be.", "Daniel Paluh", "Lead author, Ph.D. candidate at the University of Florida"),
        Q("Somehow, these frogs are turning on some ancient developmental machinery in their DNA.", "David Blackburn", "herpetologist"),
    ], [
        O("Florida Museum of Natural History"),
        O("University of Florida", "UF"),
        O("Discover Magazine", "Discover"),
        O("National Science Foundation", "NSF"),
    ], [
        O("Proceedings of the National Academy of Sciences", "PNAS"),
        O("National Academy of Sciences"),
        O("oVert project", "oVert"),
    ],
      "Two pairs. The journal is optional (dev practice), and so is the National Academy of Sciences, named only inside the journal's title. The oVert project is a programme: optional. A museum is an organisation (dev-1/dev-4)."),
]
