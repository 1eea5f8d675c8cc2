from anntools import A, O, Q

ARTICLES = [
    A("wn-0089.txt", [
        Q("as a weapon to evict poor slum dwellers and squatters from government or private property", "Nur Khan Liton", "activist"),
    ], [
        O("Associated Press", "AP"),
        O("Agence France-Presse", "AFP"),
    ], [],
      "One pair. 'the fire service' (Jasim Uddin's employer) is never named; Bhera Market is a place."),
    A("wn-0172.txt", [
        Q("The situation will worsen in the next few hours", "Vasco Cordeiro", "regional president"),
        Q("Storm Lorenzo will produce significant swell, high waves and sizeable storm surges. This will lead to wave overtopping, some coastal flooding and damage, especially along western and southern coasts", "Met Éireann", None),
    ], [
        O("Met Éireann", "Met Eireann"),
    ], [],
      "Two pairs. 'read the warning': the orange warning issued by Met Éireann, the service's text (organisation speaker, as dev-4's statements). 'Authorities' are unnamed; the Saffir–Simpson scale is a scale."),
    A("wn-0249.txt", [], [
        O("Democratic Party", "United States Democratic Party", "Democrats", "Democratic"),
        O("Associated Press", "AP"),
        O("National Conference of State Legislatures", "NCSL"),
    ], [],
      "No quotation marks. The party is named directly and holds the primaries: organisation."),
    A("wn-0123.txt", [], [
        O("CNN Philippines"),
        O("Philippine Institute of Volcanology and Seismology", "Phivolcs", "PHIVOLCS"),
        O("United States Geological Survey", "USGS", "U.S. Geological Survey"),
    ], [
        O("Madrid District Hospital"),
    ],
      "No quotation marks. The hospital: optional (dev-2/3/4/5 practice). 'Philippine officials' are unnamed."),
    A("wn-0162.txt", [
        Q("We will all meet up at the Area 51 Alien Center tourist attraction and coordinate our entry [...] If we Naruto run, we can move faster than their bullets. Let's see them aliens.", "Matty Roberts", "original poster"),
        Q("would be more overwhelming than we can handle", "Kerry Lee", "County sheriff"),
    ], [
        O("Facebook"),
        O("BBC", "British Broadcasting Corporation"),
        O("United States Air Force", "Air Force", "USAF", "U.S. Air Force"),
    ], [
        O("Nevada Test and Training Range", "NTTR"),
        O("Area 51"),
        O("Area 51 Alien Center"),
        O("Little A'Le'Inn", "The Little A'Le'Inn"),
        O("Lincoln County Sheriff's Office", "Lincoln County sheriff's office"),
    ],
      "Two pairs. 'The event description read' is the text of Roberts's own event invitation: his (dev-4 gave a document in a person's name to that person). 'Storm Area 51, They Can't Stop All of Us', 'Storm Area 51 Basecamp Experience' and 'Alien Stock' are event names; 'suspicion of trespassing' (three words) is the charge, a status as dev-4's 'parole': not quotes. The Air Force ('issued warnings') is an organisation; the range, Area 51 and the Alien Center are sites (dev-4's NASA sites), the inn premises (dev-5's hostel): optional. 'The sheriff's office' is named only through 'County sheriff' and Lincoln County: optional."),
    A("wn-0290.txt", [
        Q("I've decided that Kamala Harris is the best person to help me take this fight to Trump and Mike Pence and then to lead this nation starting in January 2021", "Joe Biden", "Democratic Party's presumptive nominee"),
        Q("I commit that I will in fact pick a woman to be vice president", "Joe Biden", "Democratic Party's presumptive nominee"),
        Q("My running mate will be a woman. #DemDebate", "Joe Biden", "Democratic Party's presumptive nominee"),
    ], [
        O("Democratic Party", "Democrats", "Democratic"),
        O("Republican Party", "GOP", "Republicans", "Republican"),
        O("Twitter"),
    ], [],
      "Three pairs. The tweet 'sent from Biden's Twitter account' repeats his commitment: Biden's. Both parties are named directly ('the Republican Party's first female candidate'): organisations. The Democratic National Convention is an event."),
    A("wn-0085.txt", [
        Q("This day is very hard for me, as I re-experience many memories,", "Abdullah Kurdi", "father"),
        Q("It's people with good heart in this organization. So my boy's name stands for something good and his little soul can find ... peace.", "Abdullah Kurdi", "father"),
        Q("The name 'Alan Kurdi' shall be a reminder of what our work is really about. It is not about ships, captains, NGOs [Non-Governmental Organizations] and clashes with misguided politicians. It is about actual persons, like Alan, [and his brother and mother], who drown in the Mediterranean daily[, and] it is about the endless pain and grief their loved ones have to feel.", "Carlotta Weibl", "Sea-Eye spokesperson"),
    ], [
        O("Sea-Eye", "Sea Eye"),
    ], [],
      "Three pairs (Abdullah Kurdi's split by 'said his father'). The nested 'Alan Kurdi' stays inside Weibl's quote. MV Alan Kurdi is a ship; 'anti-immigration groups' are unnamed."),
    A("wn-0216.txt", [
        Q("a largely partisan outcome", "Mitch McConnell", "Republican Senate Majority Leader"),
    ], [
        O("United States House of Representatives", "House of Representatives", "House", "U.S. House"),
        O("United States Senate", "Senate", "U.S. Senate"),
        O("CNN", "Cable News Network"),
        O("Democratic Party", "Democratic party", "Democrats", "Democratic"),
    ], [
        O("United States Congress", "Congress", "U.S. Congress"),
        O("Republican Party", "GOP", "Republicans", "Republican"),
        O("Ukrainian government", "Government of Ukraine"),
    ],
      "One pair: McConnell's 'a largely partisan outcome' (four words, 'saying he anticipated having'). 'leave the Democratic party' names the party: organisation; the Republicans appear only as 'Republican members', 'Republicans' and in McConnell's title: optional (dev-3 practice). Congress is named only in the charge 'obstruction of Congress': optional. 'the Ukrainian government' is a generic phrase: optional."),
    A("wn-0312.txt", [
        Q("Heartbroken and numb,", "Erick Rowan", "tag team partner"),
        Q("I have lost not only a friend but a brother!", "Erick Rowan", "tag team partner"),
        Q("Huber was exceptionally respected and loved in every way", "All Elite Wrestling", None),
        Q("a fierce and captivating talent, a thoughtful mentor and simply a very kind soul that starkly contradicted his persona as Mr. Brodie Lee. Jon's love for his wife Amanda, and children Brodie and Nolan, was evident to all of us who were fortunate enough to spend time with him", "All Elite Wrestling", None),
    ], [
        O("WWE", "World Wrestling Entertainment"),
        O("All Elite Wrestling", "AEW"),
        O("Instagram"),
    ], [
        O("Mayo Clinic"),
        O("The Wyatt Family", "Wyatt Family"),
        O("The Dark Order", "Dark Order"),
        O("TNT"),
    ],
      "Four pairs: Rowan's post split by 'writes ... on Instagram' ('Heartbroken and numb,' is three words and his), and the AEW press release split by 'reads an AEW press release' (organisation speaker). Wrestling promotions are organisations (dev-3 practice); Instagram as the platform, too. The Mayo Clinic is a hospital: optional. The Wyatt Family and The Dark Order are wrestling factions (like bands, dev-4/dev-5): optional. TNT is named only in the 'TNT Championship': optional."),
    A("wn-0009.txt", [], [
        O("National Basketball Association", "NBA"),
        O("Detroit Pistons", "Pistons"),
        O("Indiana Pacers", "Pacers"),
    ], [],
      "No quotation marks. Sports clubs are organisations; 'Portland player' names no club."),
]
