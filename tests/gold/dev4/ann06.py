from anntools import A, O, Q

ARTICLES = [
    A("wn-0284.txt", [
        Q("murder and terrorism charges", "Ali Alghasi Mehr", "prosecutor general of Tehran"),
        Q("any intervention or activities of a political, military, religious or racial character,", "Interpol", None),
        Q("would not consider requests of this nature", "Interpol", None),
        Q("This is a political nature. This has nothing to do with national security, international peace or promoting stability", "Brian Hook", "US Special Representative for Iran"),
        Q("It is a propaganda stunt that no-one takes seriously.", "Brian Hook", "US Special Representative for Iran"),
    ], [
        O("Fars", "Fars News Agency"),
        O("Interpol", "International Criminal Police Organization"),
        O("ISNA", "Iranian Students' News Agency"),
    ], [],
      "Five pairs. The second and third are given to 'an Interpol spokesperson' (unnamed): organisation speaker, Interpol. The second is the text of Interpol's constitution, but the article has the spokesperson state it, so it is the spokesperson's quote."),
    A("wn-0256.txt", [
        Q("the COVID-19 outbreak in the United States constitutes a national emergency", "Donald Trump", "United States President"),
        Q("FEMA has an important role in coordinating the larger response to the crisis", "Tim Manning", "former deputy administrator at FEMA"),
        Q("[i]f there's an emergency, FEMA needs to be involved.", "Tim Manning", "former deputy administrator at FEMA"),
    ], [
        O("World Health Organization", "WHO"),
        O("NBC News"),
        O("United States Department of Health and Human Services", "Department of Health and Human Services", "HHS"),
        O("Federal Emergency Management Agency", "FEMA"),
        O("Politico"),
    ], [O("Trump administration")],
      "Four pairs. 'The proclamation specifically said': Trump's proclamation, a document in his name (as dev-3 gave the Pope's decree to the Pope). 'declared the outbreak a \"public health emergency\"' is a formal designation (a defined legal status, like dev-3's rating levels): not a quote. Manning's two pairs joined by 'and' are two quotes. 'The Trump administration': optional."),
    A("wn-0044.txt", [
        Q("We want to thank all of the locations that expressed an interest in one of these national treasures,", "Charles Bolden", "NASA Administrator"),
        Q("This was a very difficult decision, but one that was made with the American public in mind. In the end, these choices provide the greatest number of people with the best opportunity to share in the history and accomplishments of NASA's remarkable Space Shuttle Program. These facilities we've chosen have a noteworthy legacy of preserving space artifacts and providing outstanding access to U.S. and international visitors.", "Charles Bolden", "NASA Administrator"),
        Q("Like many Texans, I am disappointed with NASA's decision to slight the Johnson Space Center as a permanent home for one of the Space Shuttle Orbiters. Houston has played a critical role throughout the life of the space shuttle, but it is clear political favors trumped common sense and fairness in the selection of the final locations for the orbiter fleet.", "John Cornyn", "U.S. Senator"),
        Q("There is no question Houston should have been selected as a final home for one of the orbiters — even Administrator Bolden stated as much. Today's announcement is an affront to the thousands of dedicated men and women at Johnson Space Center, the greater Houston community and the State of Texas, and I’m deeply disappointed with the Administration's misguided decision.", "John Cornyn", "U.S. Senator"),
        Q("The Museum of Flight put a tremendous amount of effort into landing a retired shuttle in the Pacific Northwest. As the home of modern day air travel and the 747, which has gracefully transported shuttles for the last 30 years, Seattle would have been a perfect fit. While the Museum of Flight was in the top running, I’m disappointed that NASA did not choose them. However, the full fuselage trainer, that every astronaut including [former Museum of Flight CEO] Bonnie Dunbar has been trained on, will soon call the Museum of Flight home. The largest of the trainers, this addition will allow visitors to actually climb aboard the trainer and experience the hands-on training that astronauts get. Visitors will not be allowed in the other shuttles and this trainer is a true win for our dynamic museum. It will help inspire young people to the adventure of space and to the excitement of a career in science, technology, engineering and math.", "Chris Gregoire", "Governor of Washington"),
    ], [
        O("NASA", "National Aeronautics and Space Administration"),
        O("Smithsonian", "Smithsonian Institution"),
        O("National Air and Space Museum", "Smithsonian's National Air and Space Museum"),
        O("Intrepid Sea-Air-Space Museum", "Intrepid Museum"),
        O("California Science Center"),
        O("Museum of Flight", "The Museum of Flight"),
        O("Adler Planetarium"),
        O("Evergreen Aviation & Space Museum", "Evergreen Aviation and Space Museum"),
        O("Texas A&M's Aerospace Engineering Department", "Texas A&M Aerospace Engineering Department"),
        O("National Museum of the U.S. Air Force", "National Museum of the United States Air Force"),
        O("U.S. Space and Rocket Center", "US Space and Rocket Center"),
    ], [
        O("Kennedy Space Center", "KSC", "Kennedy Space Centre"),
        O("Johnson Space Center", "JSC"),
        O("Kennedy Space Center Visitor Complex"),
        O("Steven F. Udvar-Hazy Center", "Udvar-Hazy Center"),
        O("Space Shuttle Program", "Space Shuttle program"),
        O("Texas A&M", "Texas A&M University"),
        O("U.S. Air Force", "United States Air Force", "USAF"),
        O("Wright-Patterson Air Force Base"),
    ],
      "Five quotes. Bolden's is split by 'said Bolden' (two). Cornyn's statement: two pairs (paragraphs 7 and 8; the second closes with a mis-turned “ mark, its text ends at 'decision.'). Gregoire's statement runs over paragraphs 9-10 (opening mark at each, closing only at the end): one quote, paragraphs joined. Museums are organisations (dev-1 practice). NASA sites (Kennedy and Johnson Space Centers, the visitor complex, the Udvar-Hazy Center, Wright-Patterson AFB) are optional, as dev-3 treated the Kennedy Space Centre; the Space Shuttle Program is a programme: optional. Texas A&M and the U.S. Air Force appear only inside other names: optional."),
    A("wn-0264.txt", [
        Q("[a]n incomparable mathematician, a pleasant neighbor, and an excellent coffee acquaintance.", "Sam Wang", "Princeton University neuroscience professor"),
        Q("was a warm and gentle soul.", "David Spergel", "US theoretical astrophysicist"),
    ], [
        O("Princeton University", "Princeton"),
        O("American Academy of Arts and Sciences"),
        O("YouTube"),
    ], [
        O("Royal Society"),
        O("Numberphile"),
    ],
      "Two pairs ('called Conway \"...\"', 'tweeted that Conway \"...\"'). The Royal Society appears only in the title 'Fellow of the Royal Society': optional (dev-2 practice). Numberphile is a YouTube channel: optional. The prizes are awards."),
    A("wn-0054.txt", [
        Q("We are so interested because we find a big chance to show the talent and ability of Afghans,", "Rodaba Noori", "team member"),
        Q("to show that Afghan women can make robots too and we can improve in this section — [the] robotics section. We were so interested because we hadn't long or enough time to get ready for competition but we came to United States and now we are here because of Trump intervention.", "Rodaba Noori", "team member"),
        Q("Seventeen years ago, this would not have been possible at all,", "Hamdullah Mohib", "Afghan Ambassador to the United States"),
        Q("They represent our aspirations and resilience despite having been brought up in a perpetual conflict. These girls will be proving to the world and the nation that nothing will prevent us from being an equal and active member of the international community.", "Hamdullah Mohib", "Afghan Ambassador to the United States"),
    ], [
        O("FIRST Global", "For Inspiration and Recognition of Science and Technlogy", "For Inspiration and Recognition of Science and Technology"),
        O("United States National Security Council", "National Security Council", "NSC"),
        O("Taliban"),
    ], [
        O("Daughters of the American Revolution", "DAR"),
        O("State Department", "Department of State"),
        O("Department of Homeland Security", "Homeland Security Department", "DHS"),
    ],
      "Ten pairs. Noori's quote is split by 'team member Rodaba Noori told the press' (two). Paragraph 7 is an unattributed paragraph that continues Mohib's words after 'said Ambassador Mohib': his. Not quotes: 'courageous achievement' (an award's name), the robots' names ('Better Idea of Afghan Girls,', 'Robogee.'), 'Hope' (written on shirts), 'parole' and 'significant public benefit.' (an immigration status and its legal ground, from unnamed officials). The State and Homeland Security Departments are named only jointly: optional (dev-3 practice). The Daughters of the American Revolution appear only in a hall's name: optional. The Robot Olympics is an event."),
]
