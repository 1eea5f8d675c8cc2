from anntools import A, O, Q

ARTICLES = [
    A("wn-0149.txt", [], [
        O("National Transportation Safety Board", "NTSB"),
        O("Federal Aviation Administration", "FAA"),
        O("Fox News", "Fox News Channel"),
    ], [
        O("Henderson Executive Airport", "Henderson"),
        O("Gillespie Field", "Gillespie Field airport"),
        O("Beechcraft", "Beech Aircraft Corporation"),
    ],
      "No quotation marks (Holloway's words to Fox News are reported). The airports are sites (dev-6 practice): optional. Beechcraft is named only in the aircraft's model name, 'a Beechcraft Sierra' (dev-6's Boeing in a product): optional. 'investigators' and 'Officials' are unnamed."),
    A("wn-0080.txt", [
        Q("not forget that the health and lives of other people depend on you.", "Emergency Situations Ministry", None),
        Q("comply with the established rules of behaviour on the road.", "Emergency Situations Ministry", None),
    ], [
        O("Emergency Situations Ministry", "Emergencies Ministry", "Ministry of Emergency Situations", "Russian Emergencies Ministry", "EMERCOM"),
        O("Interfax"),
        O("Agence France-Presse", "AFP"),
    ], [],
      "Two pairs, both from the ministry's statement ('The Emergencies Ministry has, in a statement, called on drivers to', 'It also urged people to'): organisation speaker (dev-6's RCMP statement). 'The Emergency Situations Ministry' and 'The Emergencies Ministry' are one body: one entry. 'Police', 'the mayor of Yartsevo' and 'Local officials' are unnamed."),
    A("wn-0230.txt", [
        Q("has a very primitive understanding of economic processes.", "Oleksiy Honcharuk", "Prime Minister"),
        Q("a model of honesty for me", "Oleksiy Honcharuk", "Prime Minister"),
        Q("to remove any doubts about our respect and trust in the president, I wrote a resignation offer", "Oleksiy Honcharuk", "Prime Minister"),
        Q("I decided to give you and your government a chance if you'll be able to fix some issues that are very important now and really worry our society", "Volodymyr Zelensky", "Ukrainian President"),
    ], [
        O("YouTube"),
    ], [],
      "Four pairs. The first is the leaked recording's words, said by 'someone, seemingly Honcharuk': given to Honcharuk, whom the article names as the likely speaker and who resigns over it; a stricter annotator would give it a null speaker. Honcharuk's two ('He said Zelensky is', 'he added') and Zelensky's one. YouTube is the platform of the upload (dev-4/dev-5 practice). 'your government' and 'security agencies' are unnamed."),
    A("wn-0209.txt", [
        Q("We looked at emissions from different types of power plants — including coal, natural gas, diesel and oil power plants — and modeled how the pollutants would travel based on things like wind patterns or rain. We also consider how emissions can react in the atmosphere to form fine particle air pollution [...] That gave us a map of pollution concentrations across the country. Then we overlaid that map with data from the census to get an estimate of where people live and how this pollution results in health impacts.", "Maninder Thind", "lead author"),
        Q("We've seen in our previous research that our society is more segregated by race than by income, and now it's showing up again with air pollution from electricity generation emissions [...] These results can help local, state or national governments make more informed decisions that will improve everyone's air quality and quality of life.", "Julian Marshall", "co-author"),
        Q("It's especially relevant these days because of what the federal government is doing — or actually not doing — around air pollution and around these issues in general[.]", "Julian Marshall", "co-author"),
    ], [
        O("University of Washington", "UW"),
        O("Stanford University", "Stanford"),
    ], [
        O("Environmental Science and Technology", "Environmental Science & Technology"),
    ],
      "Three pairs: Thind's and Marshall's two. The bracketed '[.]' is kept as printed. The journal is optional (dev practice). 'the federal government' is generic."),
    A("wn-0137.txt", [], [
        O("CNN", "Cable News Network"),
    ], [
        O("Mahala View Lion Lodge"),
        O("Cullinan police", "police department of Cullinan", "Cullinan police department"),
    ],
      "No quotes: 'The Lion Man' is a nickname (dev-6's 'Coco'); Moganedi's words are reported without marks. The lodge is premises (dev-5's Kamway Lodge & Tavern): optional, though it 'billed itself' as home to the lions; a looser annotator would make it an organisation. 'the police department of nearby Cullinan' is lower case and generic (dev-6's 'the New York police'): optional. 'local news media' are unnamed."),
    A("wn-0266.txt", [
        Q("proud to endorse Joe Biden as president of the United States.", "Elizabeth Warren", "Former US presidential candidate"),
        Q("proud to have the fiercest of fighters", "Joe Biden", None),
        Q("create a government that works for everyone — not just the wealthy and well-connected.", "Joe Biden", None),
    ], [
        O("Twitter"),
        O("Democratic Party", "Democrats", "United States Democratic Party"),
    ], [],
      "Three pairs: Warren's ('said she was'), Biden's two ('stating he was', 'He also expressed a desire to work with Warren to'). 'Super Tuesday' is a name (dev-6 practice). 'the Democratic Party nomination' names the party in full (dev-3's 'the Democratic Party's nomination'): organisation."),
    A("wn-0012.txt", [
        Q("I want to thank the Canadian people who came out to wave —with all five fingers —for their hospitality,", "George W. Bush", "United States President"),
    ], [
        O("North American Aerospace Defence Command", "NORAD", "North American Aerospace Defense Command"),
        O("Indymedia", "Independent Media Center", "Indymedia group of websites"),
    ], [
        O("Bush administration", "Bush Administration"),
    ],
      "One pair. 'Star Wars' is the missile defence system's nickname: not a quote. Indymedia is a named group of news websites that reports: organisation (media outlet). The Bush administration is a generic government phrase (dev-6 practice): optional. 'riot police' is unnamed; the War on Terror is a policy."),
]
