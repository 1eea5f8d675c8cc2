from anntools import A, O, Q

ARTICLES = [
    A("wn-0277.txt", [
        Q("Nabil's murder is unacceptable and constitutes a terrible new blow to journalism in Yemen[...] journalists are now favourite targets, regardless of the region they cover", "Sabrina Bennoui", "Reporters Without Borders"),
        Q("the senseless killing of a courageous journalist doing his job despite threats and intimidation.", "Phil Chetwynd", "director of global news for AFP"),
    ], [
        O("Agence France-Presse", "AFP"),
        O("Southern Transitional Council", "STC"),
        O("Houthi rebels", "Houthis", "Houthi", "Ansar Allah"),
        O("Reporters Without Borders", "RSF", "Reporters sans frontières"),
        O("Facebook"),
    ], [],
      "Two pairs ('called the death \"...\"' is Chetwynd's). The Houthi rebels are a named armed group. The Rory Peck Awards are awards; 'the government' is unnamed."),
    A("wn-0150.txt", [
        Q("[W]e must get Brexit done, because the UK must come out [...] by October 31st, or else I fear that permanent damage will be done in the UK to trust our democratic system", "Boris Johnson", "United Kingdom Prime Minister"),
        Q("shame on you!", None),
        Q("[are] eager for an election — but as keen as we are, we are not prepared to risk inflicting the disaster of no deal on our communities, our jobs, our services, or indeed our rights", "Jeremy Corbyn", "Opposition leader"),
    ], [
        O("European Union", "EU"),
        O("BBC", "British Broadcasting Corporation"),
        O("House of Commons"),
        O("Labour Party", "Labour"),
        O("Conservative Party", "Conservatives", "Tories"),
    ], [O("Parliament", "Parliament of the United Kingdom", "UK Parliament")],
      "Five pairs. 'shame on you!' is shouted by 'Members of the House of Commons' (three words, unnamed members): null speaker, as dev-2 kept what 'a number of Senators' said. Not quotes: 'British exit' (the gloss of 'Brexit') and 'silenced' (text of signs). The bare 'parliament'/'Parliament': optional."),
    A("wn-0050.txt", [
        Q("War maniacs of the South Korean puppet military made another grave provocation to the DPRK in the central western sector of the front on Thursday afternoon. They perpetrated such reckless action as firing 36 shells at KPA civil police posts under the absurd pretext that the KPA fired one shell at the south side. Six shells of them hit the area near KPA civil police posts 542 and 543 and other 15 shells fell near KPA civil police posts 250 and 251", "Korean Central News Agency", None),
        Q("Foolhardy provocation deserves harsh punishment", "Korean Central News Agency", None),
        Q("Kim Jong-un issued an order of the supreme commander of the Korean People's Army [KPA] that the front-line large combined units of the KPA should enter a wartime state to be fully battle ready to launch surprise operations", "Korean Central News Agency", None),
        Q("Commanders of the Korean People's Army were hastily dispatched to the front-line troops to command military operations to destroy psychological warfare tools if the enemy does not stop the propaganda broadcast within 48 hours and prepare against the enemy's possible counteractions", "Korean Central News Agency", None),
    ], [
        O("Yonhap", "Yonhap News Agency"),
        O("Korean Central News Agency", "KCNA"),
        O("Korean People's Army", "KPA"),
    ], [],
      "Five pairs. The four KCNA passages ('said KCNA', 'it added', 'added KCNA'): organisation speaker. 'quasi-state of war' names a military status the army was told to prepare (a designation, like 'public health emergency' in wn-0256): not a quote. DPRK is the country."),
    A("wn-0227.txt", [
        Q("The Islamic Republic of Iran deeply regrets this disastrous mistake. My thoughts and prayers go to all the mourning families", "Hassan Rouhani", "Iranian President"),
        Q("likely", "Mike Pompeo", "US Secretary of State"),
        Q("We expect from Iran assurances of their readiness for a full and open investigation, bringing those responsible to justice, the return of the bodies of the dead, the payment of compensation, official apologies through diplomatic channels", "Volodymyr Zelenskyy", "President of Ukraine"),
    ], [], [O("Boeing")],
      "Five pairs. Pompeo 'said the crash was \"likely\" Iran's doing': one word, explicitly his, kept (short-quote convention, as dev-3's 'regrettable.'-type words). 'unintentionally' and 'human error' are from unnamed 'representatives from Iran': not quotes. Boeing appears only in the aircraft type 'Boeing 737-800': optional (dev-3 practice). The Islamic Republic of Iran is the country."),
    A("wn-0122.txt", [
        Q("No one should take this storm lightly. As we know all too well in Louisiana, low intensity does not necessarily mean low impact.", "John Bel Edwards", "Governor"),
    ], [
        O("National Guard", "Louisiana National Guard"),
        O("United States National Hurricane Center", "National Hurricane Center", "NHC"),
        O("National Weather Service", "NWS"),
    ], [],
      "One pair, Edwards. Jefferson Parish and New Orleans are places."),
]
