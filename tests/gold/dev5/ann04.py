from anntools import A, O, Q

ARTICLES = [
    A("wn-0214.txt", [
        Q("humbled", "Boris Johnson", "Conservative Party leader and Prime Minister"),
        Q("...I and we will never take your support for granted. And I will make it my mission to work night and day, flat out, to prove you right in voting for me this time and to earn your support in the future.", "Boris Johnson", "Conservative Party leader and Prime Minister"),
        Q("historic mandate", "Boris Johnson", "Conservative Party leader and Prime Minister"),
    ], [
        O("Conservative Party", "Conservatives", "Tories", "conservative party"),
        O("European Union", "EU"),
        O("Labour Party", "Labour"),
        O("Scottish National Party", "SNP"),
        O("Liberal Democrats", "Lib Dems"),
        O("Change UK"),
        O("Brexit Party", "The Brexit Party"),
    ], [O("Parliament", "Parliament of the United Kingdom", "UK Parliament")],
      "Three pairs, all explicitly Johnson's ('said he was', 'described by Johnson as a'): the 1-word 'humbled' and 2-word 'historic mandate' kept (short-quote convention). The second quote keeps its opening '...'. The bare 'Parliament': optional (dev-4 practice)."),
    A("wn-0005.txt", [
        Q("It's just history repeating itself", "John Bracewell", "former New Zealand coach and former test player"),
        Q("They just have a set of lines they've been using since I've been coming over here and it's exactly the same story, just a different name saying it. It's just repetitious", "John Bracewell", "former New Zealand coach and former test player"),
        Q("a yawn", "Scott Styris", "New Zealand batsman"),
    ], [], [
        O("Australian cricket team", "Australia national cricket team"),
        O("New Zealand team", "New Zealand national cricket team"),
    ],
      "Three pairs. Styris's 2-word 'a yawn' ('labelling ... as') is explicitly his: kept. The national teams are written generically ('The Australian cricket team', 'The New Zealand team'): optional. No other organisation."),
    A("wn-0100.txt", [
        Q("Typical sutures like staples and stitches often lead to scarring and create holes in the skin that could increase the chance of infection after surgery [...] Understanding the roles of adhesive proteins in the slug glue would aid in the creation of a medical adhesive that can move and stretch yet still retain its strength and adhesiveness.", "Rebecca Falconer", "Ithaca College undergraduate"),
        Q("Few studies on biological adhesives have identified the exact nature of the bonds holding the glue together [...] This knowledge can guide the development of an organic synthetic adhesive that would reduce the risk of infection and scarring compared to stitches and staples and could be applied rapidly and simply.", "Christopher Gallego-Lazo", "Ithaca undergrad"),
    ], [
        O("American Society for Biochemistry and Molecular Biology", "ASBMB"),
        O("Ithaca College", "Ithaca"),
    ], [],
      "Two pairs. 'The laboratory of Dr. Andrew Smith' is not a named body."),
    A("wn-0161.txt", [
        Q("I feel like I have contributed all I can to this primary election, and it’s clearly not my time, so I’m going to end my presidential campaign, continue my work as mayor of New York City and I’m going to keep speaking up for working people.", "Bill de Blasio", "mayor of New York"),
        Q("Oh no, really big political news, perhaps the biggest story in years! Part time Mayor of New York City, [Bill de Blasio], who was polling at a solid ZERO but had tremendous room for growth, has shocking[ly] dropped out of the Presidential race.", "Donald Trump", "Incumbent President"),
        Q("Thank you [Bill de Blasio] for making working families the center of your campaign. This is our moment to fight for an America that works for all of us — not just the people at the top. Let's keep fighting", "Elizabeth Warren", None),
        Q("Congratulations to [Bill de Blasio] on running a campaign to lift up working people and push for bold solutions we need, including making health care a right through Medicare for All.", "Bernie Sanders", None),
    ], [
        O("Democratic Party", "Democrats"),
        O("MSNBC"),
        O("Twitter"),
    ], [
        O("Morning Joe"),
        O("RealClearPolitics"),
        O("Siena College", "Siena College Research Institute"),
    ],
      "Four pairs. Morning Joe is a show: optional. RealClearPolitics (polling averages) and Siena College (named only as a poll's maker) are optional, as dev-3 treated Gallup, Léger and Marquette University polls. Medicare for All is a policy."),
    A("wn-0226.txt", [], [
        O("Royal Military Academy, Sandhurst", "Royal Military Academy Sandhurst", "Sandhurst", "Royal Military Academy"),
    ], [O("government of Oman", "Omani government")],
      "No quotes: 'friend to all and enemy to none' is what Qaboos 'was known ... as', with no source and no verb of saying (words of no named source, dev-4 practice). The Sultan Qaboos Grand Mosque is a building; 'a royal council' is generic. 'The government of Oman' is a generic government phrase: optional."),
    A("wn-0134.txt", [
        Q("From now on, we will no longer say that Ebola is incurable[.]", "Jean-Jacques Muyembe", "Director General of the DRC's Institut National de Recherche Biomédicale"),
        Q("What will stop Ebola, under professor Muyembe's leadership and that of the government of the DRC, is good surveillance, good infection prevention and control, good community engagement, excellent vaccinations, and the use of these therapeutics in the most effective way possible.", "Mike Ryan", "of the World Health Organization"),
        Q("Now that 90% of their patients can go into the treatment center and come out completely cured,", "Jean-Jacques Muyembe", None),
        Q("they will start believing it and building trust in the population and community[.]", "Jean-Jacques Muyembe", None),
    ], [
        O("National Institute of Allergy and Infectious Diseases", "NIAID", "United States National Institute of Allergy and Infectious Diseases"),
        O("Institut National de Recherche Biomédicale", "INRB", "National Institute for Biomedical Research"),
        O("Ridgeback Biotherapeutics"),
        O("World Health Organization", "WHO"),
    ], [O("PALM trial", "PALM")],
      "Four pairs (Muyembe's last statement split by 'he told the press'). 'together save lives,' translates the trial's Swahili name: a name, not a quote. The PALM trial is a study run by several bodies: optional (dev-4's programmes). The WHO's 'Monitored Emergency Use ...' framework is a protocol, not a body."),
    A("wn-0067.txt", [], [
        O("Viazul"),
        O("Sky News"),
    ], [],
      "No quotation marks. 'The Cuban military's tourist section' is unnamed."),
]
