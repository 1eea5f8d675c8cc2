from anntools import A, O, Q

ARTICLES = [
    A("wn-0057.txt", [
        Q("Our teams have been working hard behind the scenes to accelerate the rollout of this plan so we can start making a positive impact on the environment as quickly as possible", "Brad Banducci", "chief executive of Woolworths"),
    ], [
        O("Woolworths", "Woolworth"),
        O("BWS"),
        O("Coles"),
        O("SBS", "Special Broadcasting Service"),
    ], [O("Woolworth Metro", "Woolworths Metro")],
      "One pair, Banducci. 'Woolworth's plan' is Woolworths (alias). BWS is a liquor-store chain (a company brand operated as its own chain): an organisation. 'Woolworth Metro stores' is a store format of Woolworths: optional."),
    A("wn-0271.txt", [
        Q("First of all, we would like to state that Georgian Tennis Federation has always condemned any form of violence [...] The incident involving Nikoloz Basilashvili is currently under police investigation and GFT will refrain from either announcing its position on the matter or making any comments until such investigation is completed.", "Georgian Tennis Federation", None),
    ], [
        O("Georgian Tennis Federation", "GFT", "GTF"),
        O("ATP", "Association of Tennis Professionals"),
        O("The Guardian", "Guardian"),
    ], [O("Tbilisi City Court", "Tbilisi city court")],
      "One pair: the federation's statement ('It read'), an organisation speaking. 'The Tbilisi city court' is written with a lowercase cue word: optional."),
    A("wn-0225.txt", [
        Q("null and void", None),
        Q("infringes upon the sovereign rights of third states, does not comply with the Law of the Sea and cannot produce any legal consequences", None),
        Q("legitimate and fully compatible with international law", "Turkish Ministry of Foreign Affairs", None),
        Q("No project excluding our country in the Eastern Mediterranean can be implemented with regard to economic, judicial and diplomatic aspects", "Recep Tayyip Erdoğan", "Turkish president"),
        Q("we are ready to take more [positive] steps towards those taking a single step towards us.", "Recep Tayyip Erdoğan", "Turkish president"),
        Q("null and void", "Kyriakos Mitsotakis", "Greek prime minister"),
        Q("geographically ridiculous", "Kyriakos Mitsotakis", "Greek prime minister"),
        Q("The agreement assumes that our islands, including our biggest island Crete, does not have an exclusive economic zone, which goes against everything we know in international law", "Kyriakos Mitsotakis", "Greek prime minister"),
        Q("main difference", "Kyriakos Mitsotakis", "Greek prime minister"),
    ], [
        O("Turkish Ministry of Foreign Affairs", "Turkish Foreign Ministry", "Ministry of Foreign Affairs of Turkey"),
        O("United Nations Security Council", "UN Security Council", "UNSC"),
        O("Atlantic Council"),
        O("Libyan House of Representatives", "House of Representatives"),
        O("International Court of Justice", "ICJ"),
    ], [],
      "Nine pairs. The first two are the joint conclusion of four foreign ministers ('They concluded'): a collective with no single speaker, null (as dev-3's letter of fifty officials). The Turkish ministry's press release: organisation speaker. Mitsotakis's 'null and void', 'geographically ridiculous' (as in dev-3 wn-0224) and 'main difference' ('he added') are explicitly his: kept. Erdoğan is named by surname only; full name given. EastMed and TurkStream are pipelines, the Law of the Sea a convention: not organisations."),
    A("wn-0248.txt", [
        Q("It is a proud moment for me to be steering this train today along with my Loco Pilot Rangoli and the all-women staff", "B Shiva Parvathi", "loco pilot"),
        Q("The theme 'Equal for All' is an effort of the Railways to promote more women workforce and empower them. Women of today are no less to any men, be it in any field. I hope through such initiatives, more number of women are motivated to take up jobs in their respective fields of interest", "Aparna Garg", "Mysore Divisional Railway Manager"),
    ], [
        O("Indian Railways", "Indian Railway", "Railways"),
        O("Star of Mysore"),
        O("South West Railway", "SWR", "South Western Railway"),
        O("The Hindu", "Hindu"),
    ], [O("Mysore Division", "Mysore Division of the SWR", "Mysore Railway Division")],
      "Three pairs. 'International Women's Day Celebration' is the text of banners on the train (unattributed sign): not a quote. Garg's quote holds the nested 'Equal for All' (part of it). The Mysore Division is an administrative division of the SWR zone: optional. Stations and the train are not organisations."),
    A("wn-0006.txt", [], [
        O("Kmart", "Kmart Corp.", "Kmart Corporation"),
        O("Sears, Roebuck & Co.", "Sears", "Sears, Roebuck and Co.", "Sears Roebuck"),
        O("Wal-Mart", "Walmart"),
        O("Home Depot", "The Home Depot"),
        O("Target", "Target Corporation"),
        O("Sears Holdings", "Sears Holdings Corporation"),
    ], [
        O("Craftsman Tools", "Craftsman"),
        O("Kenmore"),
        O("Lands' End"),
        O("Joe Boxer"),
        O("Martha Stewart"),
    ],
      "No quotation marks. Craftsman, Kenmore, Lands' End, Martha Stewart and Joe Boxer are named as brands sold in the stores: optional (brands, some also companies)."),
    A("wn-0205.txt", [
        Q("No Coalition troops were injured. We appreciate the Iraqi Security Forces immediate response and investigation. Coalition forces are in Iraq at the invitation of the Government of Iraq to defeat ISIS remnants;", "Combined Joint Task Force Operation Inherent Resolve", None),
        Q("we will not be deterred by these attacks and maintain the right to defend ourselves.", "Combined Joint Task Force Operation Inherent Resolve", None),
    ], [
        O("Combined Joint Task Force Operation Inherent Resolve", "CJTF-OIR", "Operation Inherent Resolve", "Coalition"),
        O("Military Times"),
        O("Iraqi Security Forces", "ISF"),
        O("ISIS", "Islamic State", "ISIL", "Daesh", "Islamic State of Iraq and the Levant"),
        O("AFP", "Agence France-Presse"),
    ], [
        O("Government of Iraq", "Iraqi government", "government of Iraq"),
        O("Parliament", "Council of Representatives of Iraq"),
    ],
      "Two pairs: one statement split by 'read the statement', given by an unnamed spokesperson of the task force: organisation speaker. 'Coalition' (in the quote) is the task force's coalition: alias. 'Government of Iraq' (generic government phrase) and the bare 'Parliament': optional. 'Iraqi military' and 'Iraqi militias' are unnamed."),
    A("wn-0210.txt", [
        Q("Today we are trying to do the best we can for Hong Kong right now. Every little step matters [...] It is a protest vote against an authoritarian government; we cannot tolerate this government's policies anymore.", "Kitty Mak", "voter"),
        Q("The government and the pro-Beijing camp have always claimed they have public support [...] But now [...] this is a big slap in the face because the public has showed their real position in record numbers.", "Ma Ngok", "Chinese University political scientist"),
    ], [
        O("The Atlantic", "Atlantic"),
        O("Chinese University", "Chinese University of Hong Kong", "CUHK"),
    ], [O("Hong Kong government", "Government of Hong Kong")],
      "Two pairs. 'the district council(s)' and 'the pro-Beijing camp' are not named bodies. 'the Hong Kong government': generic government phrase, optional."),
    A("wn-0007.txt", [
        Q("technical error", "Wu Daiwei", "Chinese Vice Foreign Minister"),
        Q("regrettable.", "Wu Daiwei", "Chinese Vice Foreign Minister"),
    ], [
        O("Japan Self-Defense Forces", "Self-Defence Forces", "Japanese Self-Defense Forces", "Self-Defense Forces", "JSDF"),
        O("Defence Agency", "Japan Defense Agency", "Japan's Defence Agency"),
        O("Asia-Pacific Economic Cooperation", "APEC"),
        O("Liberal Democratic Party", "LDP"),
    ], [],
      "Four pairs. Wu's 'technical error' and 'regrettable.' follow 'stating that': explicitly his, kept (short-quote convention). 'showing off,' is the view of 'many Japanese officials' (unnamed): not a quote. 'technical errors' is a back-reference to Wu's words: not a quote. The APEC summit is an event, but APEC is a named body."),
]
