from anntools import A, O, Q

ARTICLES = [
    A("wn-0138.txt", [], [
        O("Cipriani S.A.", "Cipriani"),
    ], [
        O("Cipriani Dolci"),
        O("Kamway Lodge & Tavern"),
    ],
      "No quotation marks. Cipriani S.A., the owner, is a company. The Cipriani Dolci restaurant and the Kamway Lodge & Tavern hostel are single premises: optional (dev-4's Hotel Arpit Palace). LaGuardia Airport and Grand Central Terminal are places."),
    A("wn-0098.txt", [
        Q("After elections, we will change Hagia Sophia's name from museum to mosque[...] We have some plans and we are going to implement these plans.", "Recep Tayyip Erdoğan", "Turkish President"),
        Q("Ayasofya [Haghia Sophia] will no longer be called a museum. Its status will change. We will call it a mosque", "Recep Tayyip Erdoğan", "President"),
        Q("It [Haghia Sophia] is not only a great temple of Christendom — the largest for many centuries — it also belongs to humanity. It has been recognized by UNESCO, as part of our global cultural heritage. So any questioning of this status is not just an insult to the sentiments of Christians, it is an insult to the international community and international law", "George Katrougalos", "Greek Foreign Minister"),
        Q("Hagia Sophia bears profound historical and spiritual significance to Muslims and Christians alike, and its status as a museum must be maintained", "United States Commission on International Religious Freedom", None),
        Q("Those who remain silent when Masjid Al-Aqsa is attacked, trampled, its windows smashed, cannot tell us what to do about the status of Ayasofya[...] Unfortunately, Trump is behaving like a bully boy[...] How can you do this despite the United Nations? What are you doing? Being at the helm of a state like the U.S. does not give you such a right.", "Recep Tayyip Erdoğan", "President"),
        Q("Constantinople will never exist again[...] The name of this area is Islambol [full of Islam] and you know that.", "Recep Tayyip Erdoğan", "President"),
    ], [
        O("UNESCO", "United Nations Educational, Scientific and Cultural Organization"),
        O("Hurriyet Daily News", "Hürriyet Daily News"),
        O("Greek Reporter"),
        O("Sputnik News", "Sputnik"),
        O("United States Commission on International Religious Freedom", "USCIRF"),
        O("United Nations", "UN", "U.N."),
        O("World Heritage Committee"),
    ], [],
      "Six pairs. Erdoğan is named 'Erdoğan'/'Erdogan': one speaker. The USCIRF statement ('They released a statement'): organisation speaker. Hagia Sophia and Masjid Al-Aqsa are buildings."),
    A("wn-0039.txt", [
        Q("another small skirmish in a war that Scientology has been waging for almost 15 years, since the early days of newsgroups such as alt.religion.scientology, which posted internal church documents in 1994. Lawsuits have been filed, mailing lists have been shut down, homes of discussion group participants have been raided and their computers seized -- an all-out war.", "Matthew Ingram", "of The Globe and Mail"),
        Q("I have myself, as per instructions, loaded up Gigaloader and started bombarding the Scientology homepage. Theres [sic] something in the hilarious anarchy of the net that produces these 'events' every now and again.", None),
        Q("Prompted I think by the Tom Cruise video, a new obsession is taking hold on the internet. An insurgency against The Church of Scientology.", None),
        Q("Someone emailed me earlier today talking about a tool a group’s been using to attack the scientology website. It’s an interesting tool, created to overload/create malformed strings and crash a website’s database,", None),
        Q("The word scientology means search for truth ...", "Church of Scientology", None),
        Q("How can people look at both sides if one side is gone?", None),
    ], [
        O("Church of Scientology", "The Church of Scientology", "Scientology.org", "Church", "Scientology"),
        O("4chan"),
        O("YouTube"),
        O("Gawker.com", "Gawker"),
        O("The Globe and Mail", "Globe and Mail"),
        O("BBC News", "BBC"),
        O("Hitwise UK", "Hitwise"),
    ], [
        O("Anonymous"),
        O("Insurgency Wiki"),
        O("Operation Clambake"),
    ],
      "Six pairs. Not quotes: the user label 'Anonymous', the site name 'Insurgency Wiki', the section name 'History', the 1-word 'events' (nested), and 'Scientology vs. the Internet, part XVII', the name Ingram 'dubbed' the conflict (a title, dev-4 practice). Anonymous posters ('One poster', 'an unknown author on pigmy', 'one poster writing'): null speakers (as dev-3's unnamed official). The message on the Church's website is given to the Church. Anonymous, the Insurgency Wiki and the critic site Operation Clambake are named as a user label and websites: optional. 4chan and Gawker.com are organisations (dev-4's 8chan, Mycokemusic.com). alt.religion.scientology is a newsgroup, Gigaloader a tool, pigmy a blog."),
    A("wn-0143.txt", [
        Q("There was an assault on an inmate on Friday, August 30 at Richard J. Donovan Correctional Facility at 2:21 p.m. [...] Officers responded quickly and found an inmate with stab wound injuries [...] He was transported to an outside hospital for medical care, and is currently in stable condition.", "California Department of Corrections and Rehabilitation", None),
    ], [
        O("California Department of Corrections and Rehabilitation", "CDCR", "The Department"),
    ], [
        O("Richard J. Donovan Correctional Facility", "Donovan"),
        O("Corcoran State Prison", "California State Prison, Corcoran"),
        O("Democratic Party", "Democrats"),
    ],
      "One pair: 'The Department issued a statement': organisation speaker. The two prisons are facilities run by the CDCR: optional (dev-3/dev-4 sites). The Democratic Party appears only as an adjective ('the Democratic nomination'): optional."),
    A("wn-0097.txt", [
        Q("Here in London, thousands of people from across our city and country have come together with @peoplesvote-uk to send a clear message: Enough is enough - it's time to give the British public the final say on Brexit.", "Sadiq Khan", "mayor of London"),
        Q("lousy", "Tom Watson", "Labour MP"),
        Q("the moment of maximum opportunity", "Nicola Sturgeon", "First Minister of Scotland"),
        Q("defend [their] children's right to live and work in Europe", None),
        Q("secure [their own] right to work in the EU", None),
        Q("We know that 16 million people wanted to stay in the EU, and some of those would still like to stay in the EU, and within that quite a few would like to have another go and have another referendum — but it was always a minority", None),
    ], [
        O("European Union", "EU", "European union"),
        O("BBC", "British Broadcasting Corporation"),
    ], [
        O("Labour Party", "Labour"),
        O("Parliament", "Houses of Parliament"),
        O("People's Vote", "peoplesvote-uk"),
    ],
      "Six pairs. 'British exit' glosses Brexit: not a quote. Watson's 1-word 'lousy' ('called ... deal') is explicitly his: kept. The protesters interviewed by Wikinews ('Some of the protesters') and 'One MP' are unnamed: null speakers, as dev-2's 'a number of Senators'. Labour appears only in the title 'Labour MP', Parliament as the place marched to, and People's Vote only as a handle inside Khan's tweet: optional."),
    A("wn-0119.txt", [
        Q("fine people on both sides,", "Donald Trump", "President"),
    ], [], [],
      "One pair, explicitly Trump's ('claimed there were'). No organisation: Unite the Right is a rally (an event), 'the State of Virginia' a state, 'the United States' central government' generic."),
    A("wn-0106.txt", [
        Q("Our work shows that the motion of flapping feathered wings was developed passively and naturally as the dinosaur ran on the ground[...] Although this flapping motion could not lift the dinosaur into the air at that time, the motion of flapping wings may have developed earlier than gliding.", "Jing-Shan Zhao", "Co-author"),
        Q("However,", "John Hutchinson", "evolutionary biomechanicist at London's Royal Veterinary College"),
        Q("this study does lay groundwork that could be built upon and tested more rigorously. So perhaps it will inspire deeper insight in the future.", "John Hutchinson", "evolutionary biomechanicist at London's Royal Veterinary College"),
    ], [
        O("Tsinghua University"),
        O("Chinese Academy of Sciences", "CAS"),
        O("Royal Veterinary College", "RVC"),
        O("Science News"),
    ], [
        O("PLoS Computational Biology"),
        O("PLoS", "Public Library of Science"),
    ],
      "Three pairs. Hutchinson's 'However,' is the one-word first half of a quote split by 'he told Science News' (dev-2's 'Overall,', dev-4's 'Our team'). The journal, and PLoS named only inside its title: optional."),
]
