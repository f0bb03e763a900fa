import json
A = {}
def al(name, *xs): A[name] = [name] + list(xs)
def E(name, typ, **kw): d = {"name": name, "type": typ}; d.update(kw); return d
def Q(speaker, text, kind, **kw): d = {"speaker": speaker, "text": text, "kind": kind}; d.update(kw); return d
def S(h, t, label, **kw): d = {"holder": h, "target": t, "label": label}; d.update(kw); return d

# ---------- h01
al("Lena Marchetti", "Marchetti", "Ms Marchetti", "Trade Commissioner Lena Marchetti", "EU Trade Commissioner Lena Marchetti", "Commissioner Marchetti", "Trade Commissioner")
al("Wang Lihua", "Wang", "Ms Wang", "Ministry spokeswoman Wang Lihua", "spokeswoman Wang Lihua")
al("Tobias Rendl", "Rendl", "Mr Rendl", "Economy Minister Tobias Rendl", "German Economy Minister Tobias Rendl", "Germany's economy minister", "German economy minister")
al("Pieter Claes", "Claes", "Mr Claes")
al("Claire Dumont", "Dumont", "Ms Dumont", "French Trade Minister Claire Dumont", "Trade Minister Claire Dumont")
al("Carsten Lindqvist", "Lindqvist", "Mr Lindqvist")
al("Martin Hollis", "Hollis")
al("Jonas Riedel", "Riedel")
al("AFP", "Agence France-Presse", "Agence France Presse")
al("Getty Images", "Getty")
al("Reuters", "Thomson Reuters")
al("The Meridian", "Meridian")
al("European Union", "EU", "the EU", "the European Union", "the bloc")
al("European Commission", "Commission", "the Commission", "the European Commission", "EU Commission", "Brussels")
al("Chinese commerce ministry", "China's commerce ministry", "commerce ministry", "the commerce ministry", "Chinese Ministry of Commerce", "Ministry of Commerce", "MOFCOM", "the ministry", "ministry")
al("World Trade Organization", "WTO", "World Trade Organisation", "the WTO", "the World Trade Organization")
al("European Bus Manufacturers Association", "EBMA", "the EBMA", "the association")
al("ING", "ING Group")
al("China", "Beijing", "Chinese government", "People's Republic of China", "PRC")
al("Beijing")
al("Brussels")
al("Germany", "Berlin", "German government")
al("Berlin")
al("France", "Paris", "French government")
al("Paris")
al("Europe")
al("Spain"); al("Poland"); al("Netherlands", "the Netherlands")

h01 = {"file": "h01_eu_china_bus_tariffs.txt", "split": "heldout",
 "entities": [
  E("Lena Marchetti", "PERSON"), E("Wang Lihua", "PERSON"), E("Tobias Rendl", "PERSON"),
  E("Pieter Claes", "PERSON"), E("Claire Dumont", "PERSON"), E("Carsten Lindqvist", "PERSON"),
  E("Martin Hollis", "PERSON", noise=True), E("Jonas Riedel", "PERSON", noise=True),
  E("European Union", "ORG"), E("European Commission", "ORG"), E("Chinese commerce ministry", "ORG"),
  E("World Trade Organization", "ORG"), E("European Bus Manufacturers Association", "ORG"), E("ING", "ORG"),
  E("Reuters", "ORG", optional=True), E("AFP", "ORG", noise=True), E("Getty Images", "ORG", noise=True),
  E("The Meridian", "ORG", noise=True),
  E("China", "GPE"), E("Beijing", "GPE"), E("Brussels", "GPE"), E("Germany", "GPE"), E("Berlin", "GPE"),
  E("France", "GPE"), E("Paris", "GPE"), E("Europe", "GPE", optional=True), E("Spain", "GPE"), E("Poland", "GPE"),
  E("Netherlands", "GPE")],
 "quotes": [
  Q("European Commission", "The European Union will impose provisional duties of up to 27 per cent on electric buses imported from China", "indirect"),
  Q("China", "could spread to farm goods and aircraft", "indirect", optional=True),
  Q("Lena Marchetti", "an 11-month investigation had found clear evidence that Chinese manufacturers had received cheap land, discounted loans and direct grants from provincial governments", "mixed"),
  Q("Lena Marchetti", "We are not closing our market", "direct"),
  Q("Lena Marchetti", "We are insisting that everyone who sells into it plays by the same rules.", "direct"),
  Q("European Commission", "Chinese-made vehicles now account for almost a third of new electric buses registered in the bloc, up from 4 per cent in 2019", "indirect"),
  Q("Chinese commerce ministry", "naked protectionism", "mixed", optional=True),
  Q("Chinese commerce ministry", "it would take all necessary measures to defend Chinese companies", "mixed"),
  Q("Wang Lihua", "China would lodge a complaint with the World Trade Organization within days", "indirect"),
  Q("Wang Lihua", "The European side has ignored the facts and ignored WTO rules", "direct"),
  Q("Wang Lihua", "If Brussels insists on going down this road, it must bear full responsibility for the consequences.", "direct"),
  Q("Pieter Claes", "This is a good day for the 40,000 people who build buses in Europe", "direct"),
  Q("Pieter Claes", "the association would press for the duties to be made permanent in November", "indirect"),
  Q("Claire Dumont", "Paris supported Ms Marchetti without reservation", "mixed"),
  Q("Tobias Rendl", "with a sledgehammer", "mixed", optional=True),
  Q("Tobias Rendl", "German exporters would be first in the firing line of any retaliation", "indirect"),
  Q("Tobias Rendl", "Berlin would not block the measure", "indirect"),
  Q("Tobias Rendl", "Brussels to keep negotiating with Beijing", "indirect", optional=True),
  Q("Tobias Rendl", "Nobody wins a trade war. Not Germany, not China, not the workers in our factories", "direct"),
  Q("ING", "the provisional duties were unlikely to be the last word", "indirect"),
  Q("Carsten Lindqvist", "The Commission has until November to make these tariffs definitive, and that window gives both sides room for a deal", "direct"),
 ],
 "stances": [
  S("Chinese commerce ministry", "European Commission", "oppose"),
  S("China", "European Commission", "oppose", optional=True),
  S("France", "European Commission", "support"),
  S("Claire Dumont", "Lena Marchetti", "support"),
  S("Tobias Rendl", "European Commission", "oppose"),
  S("Germany", "European Commission", "oppose", optional=True),
  S("European Bus Manufacturers Association", "European Commission", "support", optional=True),
  S("Pieter Claes", "European Commission", "support", optional=True),
 ]}

# ---------- h02
al("Bernadette Okafor", "Okafor", "Ms Okafor", "general secretary Bernadette Okafor", "RCN general secretary Bernadette Okafor")
al("Simon Pryce", "Pryce", "Mr Pryce", "Health Secretary Simon Pryce", "Health Secretary", "the Health Secretary")
al("Rachel Denholm", "Denholm", "Ms Denholm", "shadow health secretary Rachel Denholm", "Labour's shadow health secretary")
al("Matthew Ashworth", "Ashworth", "Mr Ashworth")
al("Hannah Bridgewater", "Bridgewater")
al("Liam Durrant", "Durrant")
al("PA Wire", "PA", "Press Association", "PA Media")
al("Royal College of Nursing", "RCN", "the RCN", "the Royal College of Nursing", "the union", "nurses' union")
al("NHS", "National Health Service", "the NHS", "health service")
al("NHS Confederation", "the NHS Confederation")
al("NHS England")
al("Downing Street", "Number 10", "No 10", "No. 10")
al("Labour", "Labour Party", "the Labour Party", "Labour party")
al("UK government", "government", "the government", "British government", "ministers", "Government")
al("YouGov")
al("Unison", "UNISON")
al("GMB", "the GMB", "GMB union")
al("St Thomas' Hospital", "St Thomas's Hospital", "St Thomas")
al("England")
al("London")
h02 = {"file": "h02_uk_nurses_strike.txt", "split": "heldout",
 "entities": [
  E("Bernadette Okafor", "PERSON"), E("Simon Pryce", "PERSON"), E("Rachel Denholm", "PERSON"), E("Matthew Ashworth", "PERSON"),
  E("Hannah Bridgewater", "PERSON", noise=True), E("Liam Durrant", "PERSON", noise=True), E("PA Wire", "ORG", noise=True),
  E("The Meridian", "ORG", noise=True),
  E("Royal College of Nursing", "ORG"), E("NHS", "ORG"), E("NHS Confederation", "ORG"), E("NHS England", "ORG"),
  E("Labour", "ORG"), E("YouGov", "ORG"), E("Unison", "ORG"), E("GMB", "ORG"),
  E("Downing Street", "ORG", optional=True), E("UK government", "ORG", optional=True), E("St Thomas' Hospital", "ORG", optional=True),
  E("England", "GPE"), E("London", "GPE")],
 "quotes": [
  Q("Royal College of Nursing", "Nurses in England will walk out on 6 and 7 February", "indirect"),
  Q("Royal College of Nursing", "more than 70 NHS trusts would be affected, nearly double the number hit by strikes in December", "indirect"),
  Q("Bernadette Okafor", "ministers had slammed the door on negotiations", "mixed"),
  Q("Bernadette Okafor", "treating nurses with contempt", "mixed", optional=True),
  Q("Bernadette Okafor", "I went into that room hoping to talk about money, and the Health Secretary wanted to talk about everything but money", "direct"),
  Q("Bernadette Okafor", "Nurses are leaving this profession in their thousands because they cannot pay their rent.", "direct"),
  Q("Bernadette Okafor", "If Mr Pryce wants to stop these strikes, he knows exactly what he has to do. He can pick up the phone tonight.", "direct"),
  Q("Simon Pryce", "the talks had been constructive and that he remained ready to work with the union if it called off the walkouts", "mixed"),
  Q("Simon Pryce", "Our door is open, but a 19 per cent pay rise is simply not affordable", "direct"),
  Q("Simon Pryce", "Every extra pound for pay is a pound taken from cutting waiting lists.", "direct"),
  Q("Downing Street", "the prime minister had full confidence in the Health Secretary and that there were no plans to reopen the pay review body's recommendation", "indirect"),
  Q("Rachel Denholm", "sitting on its hands", "mixed", optional=True),
  Q("Rachel Denholm", "Mr Pryce to resign if he could not end the dispute by the spring", "indirect", optional=True),
  Q("Rachel Denholm", "He can't be part of the solution when he has been the problem for six months", "direct"),
  Q("Matthew Ashworth", "he did not support further strikes", "indirect"),
  Q("Matthew Ashworth", "both sides to get back round the table", "indirect", optional=True),
  Q("Matthew Ashworth", "Patients are paying the price for this stalemate", "direct"),
  Q("NHS England", "around 30,000 appointments and procedures were rescheduled during the December walkouts", "indirect"),
  Q("Bernadette Okafor", "The public is still with us", "direct"),
 ],
 "stances": [
  S("Bernadette Okafor", "Simon Pryce", "oppose"),
  S("Rachel Denholm", "Simon Pryce", "oppose"),
  S("Rachel Denholm", "UK government", "oppose"),
  S("Downing Street", "Simon Pryce", "support"),
  S("Simon Pryce", "Royal College of Nursing", "support"),
  S("Matthew Ashworth", "Royal College of Nursing", "oppose", optional=True),
  S("Bernadette Okafor", "UK government", "oppose", optional=True),
  S("YouGov", "Royal College of Nursing", "support", optional=True),
 ]}

# ---------- h03
al("Daniel Hollister", "Hollister", "Mr Hollister", "Senate Majority Leader Daniel Hollister", "Majority Leader Daniel Hollister", "Senator Hollister", "Senate Majority Leader")
al("Margaret Ebbing", "Ebbing", "Ms Ebbing", "Senator Margaret Ebbing", "Senator Ebbing", "Republican leader", "the Republican leader")
al("Ray Colton", "Colton", "Mr Colton", "Senator Ray Colton", "Senator Colton")
al("Joe Biden", "Biden", "Mr Biden", "President Joe Biden", "President Biden", "the president")
al("Lucia Ferrante", "Ferrante", "Ms Ferrante", "Mayor Lucia Ferrante", "Mayor Ferrante")
al("Jessica Tran", "Tran")
al("Evan Marsh", "Marsh")
al("Michael Bloomberg", "Bloomberg")
al("US Senate", "Senate", "the Senate", "U.S. Senate")
al("Republican Party", "Republicans", "Republican", "GOP", "Senate Republicans", "the Republican Party")
al("Democratic Party", "Democrats", "Democrat", "Senate Democrats", "the Democratic Party")
al("White House", "the White House")
al("Environmental Protection Agency", "EPA", "the EPA", "the Environmental Protection Agency")
al("Natural Resources Defense Council", "NRDC", "the NRDC", "the Natural Resources Defense Council")
al("American Water Works Association", "the American Water Works Association", "AWWA")
al("US Conference of Mayors", "United States Conference of Mayors", "U.S. Conference of Mayors", "the US Conference of Mayors", "the conference")
al("Clean Water for Communities Act", "the Clean Water for Communities Act", "the bill", "bill", "water bill", "the water bill", "Senate water bill", "plan", "the plan")
al("United States", "US", "U.S.", "America", "the United States", "the US", "USA")
al("New York"); al("Kansas"); al("West Virginia"); al("Washington"); al("Flint"); al("Appalachia"); al("Toledo"); al("Ohio")
h03 = {"file": "h03_us_senate_water_bill.txt", "split": "heldout",
 "entities": [
  E("Daniel Hollister", "PERSON"), E("Margaret Ebbing", "PERSON"), E("Ray Colton", "PERSON"), E("Joe Biden", "PERSON"), E("Lucia Ferrante", "PERSON"),
  E("Jessica Tran", "PERSON", noise=True), E("Evan Marsh", "PERSON", noise=True), E("Michael Bloomberg", "PERSON", noise=True),
  E("The Meridian", "ORG", noise=True),
  E("US Senate", "ORG"), E("Republican Party", "ORG"), E("Democratic Party", "ORG"), E("White House", "ORG"),
  E("Environmental Protection Agency", "ORG"), E("Natural Resources Defense Council", "ORG"), E("American Water Works Association", "ORG"),
  E("US Conference of Mayors", "ORG"), E("Reuters", "ORG", optional=True),
  E("United States", "GPE"), E("New York", "GPE"), E("Kansas", "GPE"), E("West Virginia", "GPE"), E("Washington", "GPE"),
  E("Flint", "GPE"), E("Toledo", "GPE"), E("Ohio", "GPE"), E("Appalachia", "GPE", optional=True)],
 "quotes": [
  Q("Daniel Hollister", "choosing politics over poisoned children", "mixed", optional=True),
  Q("Daniel Hollister", "he would bring the bill back to the floor before Thanksgiving", "indirect"),
  Q("Daniel Hollister", "Flint was supposed to be a wake-up call. Seven years later, millions of American kids still drink water from lead pipes", "direct"),
  Q("Daniel Hollister", "Every senator who voted no tonight is going to have to explain that to parents back home.", "direct"),
  Q("Margaret Ebbing", "the bill was a blank cheque for Washington bureaucrats and that her caucus would only consider a far smaller package without new federal mandates on local utilities", "mixed"),
  Q("Margaret Ebbing", "We all want clean water. What we don't want is another trillion-dollar experiment run out of the EPA", "direct"),
  Q("Ray Colton", "he could not back the bill in its current form because it did nothing for rural water cooperatives", "mixed"),
  Q("Ray Colton", "he had spoken to President Joe Biden twice this week and that the president had been gracious but firm", "mixed"),
  Q("White House", "Mr Biden remained committed to replacing every lead pipe in America and backed Mr Hollister's plan to hold a second vote", "mixed"),
  Q("Natural Resources Defense Council", "his vote would leave kids in Appalachia drinking the same poisoned water", "mixed"),
  Q("Lucia Ferrante", "cities could not afford the work alone", "indirect"),
  Q("Lucia Ferrante", "We've got the crews, we've got the maps, we know where the pipes are", "direct"),
  Q("Lucia Ferrante", "What we don't have is the money.", "direct"),
  Q("Environmental Protection Agency", "an estimated 9.2 million lead service lines are still in use nationwide", "indirect"),
 ],
 "stances": [
  S("Daniel Hollister", "Republican Party", "oppose"),
  S("Republican Party", "Clean Water for Communities Act", "oppose"),
  S("Margaret Ebbing", "Clean Water for Communities Act", "oppose"),
  S("Ray Colton", "Clean Water for Communities Act", "oppose"),
  S("Natural Resources Defense Council", "Ray Colton", "oppose"),
  S("Joe Biden", "Daniel Hollister", "support"),
  S("White House", "Daniel Hollister", "support", optional=True),
  S("American Water Works Association", "Clean Water for Communities Act", "support"),
  S("US Conference of Mayors", "Clean Water for Communities Act", "support"),
  S("Daniel Hollister", "Clean Water for Communities Act", "support", optional=True),
  S("Joe Biden", "Clean Water for Communities Act", "support", optional=True),
  S("Lucia Ferrante", "Clean Water for Communities Act", "support", optional=True),
 ]}

# ---------- h04
al("Grace Mwale", "Mwale", "Ms Mwale", "opposition leader Grace Mwale", "Challenger Grace Mwale")
al("Felix Chikondi", "Chikondi", "Mr Chikondi", "President Felix Chikondi", "President Chikondi", "the president")
al("Esther Nkhata", "Nkhata", "Ms Nkhata", "Justice Nkhata", "MEC chair Esther Nkhata", "MEC chair")
al("Joris van der Berg", "van der Berg", "Van der Berg", "Mr van der Berg", "Joris van der Berg", "chief observer")
al("Chisomo Phiri", "Phiri", "Mr Phiri", "Ms Phiri")
al("Peter Mhango", "Mhango")
al("Thoko Banda", "Banda")
al("Malawi Electoral Commission", "MEC", "the MEC", "electoral commission", "the electoral commission", "the commission", "commission")
al("Alliance for Democratic Renewal", "ADR", "the ADR")
al("Constitutional Court", "the Constitutional Court", "Malawi Constitutional Court")
al("EU observer mission", "European Union observer mission", "the European Union's observer mission", "European Union's observer mission", "EU Election Observation Mission", "the mission", "observer mission", "European Union", "EU")
al("African Union", "AU", "the African Union", "African Union observer team", "the African Union's observer team")
al("Episcopal Conference of Malawi", "ECM", "the ECM", "the bishops", "bishops", "Catholic bishops")
al("Malawi", "Malawian government")
al("Lilongwe"); al("Blantyre"); al("Mangochi"); al("Machinga")
al("United Kingdom", "Britain", "UK", "U.K.", "Great Britain")
al("Africa")
h04 = {"file": "h04_malawi_election_dispute.txt", "split": "heldout",
 "entities": [
  E("Grace Mwale", "PERSON"), E("Felix Chikondi", "PERSON"), E("Esther Nkhata", "PERSON"), E("Joris van der Berg", "PERSON"), E("Chisomo Phiri", "PERSON"),
  E("Peter Mhango", "PERSON", noise=True), E("Thoko Banda", "PERSON", noise=True),
  E("AFP", "ORG", noise=True), E("Getty Images", "ORG", noise=True), E("The Meridian", "ORG", noise=True),
  E("Malawi Electoral Commission", "ORG"), E("Alliance for Democratic Renewal", "ORG"), E("Constitutional Court", "ORG"),
  E("European Union", "ORG"), E("EU observer mission", "ORG", optional=True), E("African Union", "ORG"), E("Episcopal Conference of Malawi", "ORG"),
  E("Malawi", "GPE"), E("Lilongwe", "GPE"), E("Blantyre", "GPE"), E("Mangochi", "GPE"), E("Machinga", "GPE"),
  E("United States", "GPE"), E("United Kingdom", "GPE"), E("Africa", "GPE", optional=True)],
 "quotes": [
  Q("Grace Mwale", "rejected the result of last week's presidential election and vowed to challenge it in the Constitutional Court", "indirect", optional=True),
  Q("Esther Nkhata", "Mr Chikondi had won 46.8 per cent of the vote against 46.1 per cent for Ms Mwale, on a turnout of 71 per cent", "indirect"),
  Q("Esther Nkhata", "The commission has done its work in accordance with the law, and the results I have announced tonight are final", "direct"),
  Q("Grace Mwale", "the count had been stolen in broad daylight", "mixed"),
  Q("Grace Mwale", "her supporters to stay calm while her lawyers prepared a petition", "indirect", optional=True),
  Q("Grace Mwale", "We will not burn tyres and we will not throw stones", "direct"),
  Q("Grace Mwale", "We will go to the courts, and we will win there, because the numbers do not lie.", "direct"),
  Q("Grace Mwale", "To the people who queued for ten hours in the sun: your vote was not wasted.", "direct"),
  Q("EU observer mission", "it had found serious irregularities in the tallying of results in at least four districts, including altered tally sheets in Mangochi and Machinga", "mixed"),
  Q("Joris van der Berg", "the problems were not necessarily enough to change the outcome but warranted a full audit", "mixed"),
  Q("African Union", "the vote had been largely peaceful and transparent", "mixed"),
  Q("Felix Chikondi", "he was ready to work with Ms Mwale if she accepted the result", "indirect"),
  Q("Felix Chikondi", "This election is over. It is time to build Malawi together", "direct"),
  Q("Chisomo Phiri", "a party which stole an election could not be trusted to lead a government of national unity", "mixed"),
  Q("Chisomo Phiri", "Chikondi can't be part of the solution, because he is the problem", "direct"),
  Q("Episcopal Conference of Malawi", "they did not back either candidate but that the truth must be seen to be told", "mixed"),
  Q("Episcopal Conference of Malawi", "the commission to publish every polling-station result", "indirect", optional=True),
  Q("Malawi Electoral Commission", "results from 22 of the country's 28 districts were verified without any formal complaint", "indirect"),
  Q(None, "a court case could take months", "indirect"),
 ],
 "stances": [
  S("Grace Mwale", "Felix Chikondi", "oppose"),
  S("Grace Mwale", "Malawi Electoral Commission", "oppose", optional=True),
  S("Felix Chikondi", "Grace Mwale", "support"),
  S("Chisomo Phiri", "Felix Chikondi", "oppose"),
  S("United States", "Constitutional Court", "support", optional=True),
  S("United Kingdom", "Constitutional Court", "support", optional=True),
 ]}

# dedupe alias lists
A = {k: list(dict.fromkeys(v)) for k, v in A.items()}
gold = {"aliases": A, "docs": [h01, h02, h03, h04],
        "target_extra": {"Clean Water for Communities Act": ["lead-pipe replacement plan", "the $90bn plan", "$90bn plan"],
                         "European Commission": ["the duties", "duties", "provisional duties", "tariffs", "the measure", "the move", "the decision"]}}
# sanity: every entity/speaker/holder/target has aliases
for d in gold["docs"]:
    names = [e["name"] for e in d["entities"]] + [q["speaker"] for q in d["quotes"] if q["speaker"]] + [s["holder"] for s in d["stances"]] + [s["target"] for s in d["stances"]]
    for n in names:
        assert n in A, n
json.dump(gold, open("/work/main/eval/heldout/gold-heldout.json", "w"), indent=1, ensure_ascii=False)
print("ok", sum(len(d["quotes"]) for d in gold["docs"]), sum(len(d["entities"]) for d in gold["docs"]), sum(len(d["stances"]) for d in gold["docs"]))
