from anntools import A, O, Q

ARTICLES = [
    A("wn-0208.txt", [
        Q("Our team", "Tak-Sing Wong", "study co-author"),
        Q("has developed a robust bio-inspired, liquid, sludge-, and bacteria-repellent coating that can essentially make a toilet self-cleaning[.]", "Tak-Sing Wong", "study co-author"),
        Q("When we put that coating on a toilet in the lab and dump synthetic fecal matter on it, [the synthetic fecal matter] just completely slides down and nothing sticks to [the coated surface.]", "Jing Wang", "co-developer"),
        Q("As a researcher in an academic setting, my goal is to invent things that everyone can benefit from [...] As a Penn Stater, I see this culture being amplified through entrepreneurship, and I'm excited to contribute.", "Tak-Sing Wong", "Wormley Early Career Professor of Engineering"),
    ], [
        O("Pennsylvania State University", "Penn State"),
        O("Bill and Melinda Gates Foundation", "Bill & Melinda Gates Foundation", "Gates Foundation"),
        O("spotLESS Materials"),
        O("Ben Franklin Technology Partners"),
        O("Y-Combinator", "Y Combinator"),
        O("National Science Foundation", "NSF"),
        O("Department of Energy", "DOE", "United States Department of Energy"),
        O("Office of Naval Research", "ONR"),
    ], [
        O("Nature Sustainability"),
        O("Rice Business Plan Competition"),
        O("TechCelerator"),
    ],
      "Four pairs. Wong's press-release sentence is split by the attribution ('\"Our team\" ... said ... \"has developed ...\"'): two quotes by the split rule, as dev-2's \"Overall,\". 'He remarked' (paragraph 7) is Wong. The journal Nature Sustainability, the Rice Business Plan Competition (a contest) and Ben Franklin Technology Partners' TechCelerator (a programme): optional."),
    A("wn-0234.txt", [
        Q("I was crossing the road when I saw a man with a machete and silver canisters on his chest being chased by what I assume was an undercover police officer [...] The man was then shot. I think I heard three gunshots but I can't quite remember.", None, "eyewitness"),
        Q("If you can't make a bomb because family, friends or spies are watching or suspecting you, take a knife, molotov, sound bombs or a car at night and attack the tourists (crusaders), police and soldiers of taghut [idolatry], or western embassies in every country you are in this planet.", "Sudesh Amman", "attacker"),
        Q("His fascination with dying in the name of terrorism was clear in a notepad we recovered from his home. Amman had scrawled his 'life goals' in the notepad and top of the list, above family activities, was dying a martyr and going to 'Jannah' — the afterlife. It's not clear how Amman became radicalised but it is apparent from his messages that it had been at least a year in development. Whatever the circumstances, this case is a reminder of the need to be vigilant to signs of radicalisation and report it.", "Alexis Boon", "head of the Metropolitan Police Counter Terrorism Command"),
        Q("the police, security and emergency services staff for their swift and courageous response", "Sadiq Khan", "mayor of London"),
        Q("Terrorists seek to divide us and to destroy our way of life,", "Sadiq Khan", "mayor of London"),
        Q("here in London we will never let them succeed.", "Sadiq Khan", "mayor of London"),
        Q("Thank you to all emergency services responding to the incident in Streatham, which the police have now declared as terrorism-related. My thoughts are with the injured and all those affected.", "Boris Johnson", "prime minister"),
    ], [
        O("Boots"),
        O("PA Media"),
        O("Metropolitan Police Counter Terrorism Command", "Counter Terrorism Command", "SO15"),
    ], [O("Metropolitan Police", "Metropolitan Police Service", "Met")],
      "Eleven double pairs. The unnamed eyewitness: null speaker. Khan's thanks ('thanked \"...\"', 13 words) is a quote; his next quote is split by 'said Khan' (two quotes). Not quotes: 'terrorist-related' (what 'the police declared', a one-word classification by an unnamed police), 'not life-threatening' (unattributed condition), 'knife-obsessed' ('described ... by the police': unnamed police, one word), 'kuffar' (a term glossed by the article). 'life goals' and 'Jannah' are nested in Boon's quote. The Metropolitan Police is named only inside its command's name: optional."),
    A("wn-0019.txt", [], [], [],
      "No quotation marks and no named organisation ('the jury' is not one)."),
    A("wn-0082.txt", [
        Q("It is with great sadness that I announce the death of Most Rev. Dinualdo Gutierrez, Bishop-Emeritus of Marbel. He passed away 5:03 AM, February 10, 2019, at the Gen. Santos Doctors' Hospital.", "Allan Casicas", "bishop"),
        Q("please pray for the repose of his soul", "Allan Casicas", "bishop"),
        Q("a strong advocate for the environment in a province threatened by mining interests.", "Catholic Bishops' Conference of the Philippines", None),
    ], [
        O("Catholic Bishops' Conference of the Philippines", "CBCP"),
        O("Diocese of Marbel", "Marbel diocese"),
    ], [
        O("Gen. Santos Doctors' Hospital", "General Santos Doctors' Hospital"),
        O("Roman Catholic Church", "Catholic Church"),
    ],
      "Three pairs. 'asked people to \"please pray ...\"' is Casicas's. 'described by the CBCP as \"...\"': the conference speaks (organisation speaker). The hospital: optional (dev practice). 'Roman Catholic' appears only as an adjective of the bishop's title: optional. The diocese is a named church body (as dev-2's Diocese of Cahors)."),
    A("wn-0202.txt", [
        Q("Soviet-style", "Steve Scalise", "Republican Representative"),
        Q("a blatant and obvious coup to unseat a sitting president of the United States", "Ross Spano", "Republican Representative"),
        Q("witch hunt", "Donald Trump", "President"),
        Q("The Impeachment Hoax", "Donald Trump", "President"),
    ], [
        O("United States House of Representatives", "House of Representatives", "House", "U.S. House of Representatives"),
        O("House Intelligence Committee", "House Permanent Select Committee on Intelligence"),
        O("CBS"),
        O("United States Senate", "Senate", "U.S. Senate"),
        O("Twitter"),
    ], [
        O("Democratic Party", "Democrats", "Democratic"),
        O("Republican Party", "Republicans", "Republican"),
    ],
      "Four pairs, all explicitly given to a named source ('calling the investigation', 'calling the process', 'called ... a', 'referred to the vote as'): Scalise's one-word 'Soviet-style' and Trump's 'witch hunt' kept (short-quote convention). The parties appear only as 'Democrats'/'Republicans' and as adjectives: optional (dev practice). Twitter (the platform of Trump's 'The Impeachment Hoax') was added after scoring: a plain omission, see gold-dev4-notes.md."),
    A("wn-0116.txt", [
        Q("marred by allegations of torture, forced confessions and arbitrary detentions.", "BBC", None),
    ], [O("BBC", "British Broadcasting Corporation")], [
        O("Hong Kong Police Headquarters", "Hong Kong Police", "Hong Kong Police Force"),
        O("Chinese government", "Government of China"),
    ],
      "Three pairs. 'which the BBC describes as \"...\"': the BBC's words (organisation speaker). 'riots,' is the government's term (one word, unnamed government): not a quote. 'one country, two systems' is the name of a model: not a quote. The Legislative Council Complex and Revenue Tower are buildings; the police headquarters is named after the force: optional. 'the Chinese government': generic, optional. 'Hong Kong student groups', 'Legal and religious groups' are unnamed."),
    A("wn-0027.txt", [], [O("World Health Organization", "WHO")], [],
      "No quotation marks."),
    A("wn-0056.txt", [
        Q("The BCCI hopes that the cricketers participating in the IPL hold the highest regard for the Spirit of Cricket and Code of Conduct for Players and Match Officials.", "Board of Control for Cricket in India", None),
        Q("I'm not proud of what's happened and I have to live with the consequences and the damage to my own reputation that comes with", "Cameron Bancroft", None),
        Q("I saw an opportunity to potentially use some tape and get some granules from the rough patches on the wicket and I guess try to change the ball condition [...] It didn't work. The umpires didn't change the ball. Once I was sighted on the screen having done that I panicked quite a lot and that obviously resulted in me shoving [the tape] down my trousers.", "Cameron Bancroft", None),
        Q("Mistakes have been made which damaged cricket. I apologise for my part and take responsibility of it.", "David Warner", None),
        Q("I made a serious error of judgement and I now understand the consequences. It was a failure of my leadership. I will do everything I can to make up for my mistake and the damage it has caused", "Steve Smith", "captain"),
    ], [
        O("Board of Control for Cricket in India", "BCCI"),
        O("Indian Premier League", "IPL"),
        O("Committee of Administrators", "CoA"),
        O("Indian Supreme Court", "Supreme Court of India"),
        O("Cricket Australia", "CA"),
        O("Rajasthan Royals"),
        O("Sunrisers Hyderabad", "Hyderabad"),
        O("International Cricket Council", "ICC"),
    ], [],
      "Six pairs. The BCCI statement: organisation speaker. 'changing the condition of the ball' is the title of ICC's Article 2.2.9, a rule's name, not speech: not a quote. Hyderabad in 'won ... IPL with Hyderabad' is the franchise: alias."),
]
