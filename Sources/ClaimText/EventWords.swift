/// The words that name events, by kind, and the small grammatical word lists the finder leans on.
///
/// A kind is the word a tracker files the event under (`talks`, `meeting`, `launch` …). Past-tense
/// forms are marked: with a past date they report that the event happened.
enum EventWords {
    static func register(into b: inout ClaimLexicon.Builder) {
        b.addEvent(kind: "talks", nouns: ["talks", "negotiations", "negotiation", "consultations", "dialogue"],
                   past: ["negotiated"], other: ["negotiate", "negotiating"])
        b.addEvent(kind: "meeting", nouns: ["meeting", "meetings", "encounter", "agm", "egm"], past: ["met"], other: ["meet", "meets"])
        b.addEvent(kind: "summit", nouns: ["summit", "summits"])
        b.addEvent(kind: "visit", nouns: ["visit", "visits", "trip", "tour"], past: ["visited"], other: ["visiting"])
        b.addEvent(kind: "vote", nouns: ["vote", "votes", "ballot", "referendum"], past: ["voted"], other: ["voting"])
        b.addEvent(kind: "election", nouns: ["election", "elections", "primary", "runoff"], past: ["elected"])
        b.addEvent(kind: "launch", nouns: ["launch", "launches", "rollout", "debut"], past: ["launched", "debuted"],
                   other: ["launching"])
        b.addEvent(kind: "release", nouns: ["release", "releases", "available", "availability"], past: ["released"],
                   other: ["releasing"])
        b.addEvent(kind: "hearing", nouns: ["hearing", "hearings", "testimony"], past: ["testified"], other: ["testify"])
        b.addEvent(kind: "trial", nouns: ["trial", "verdict", "sentencing"])
        b.addEvent(kind: "deadline", nouns: ["deadline", "deadlines", "expiry"], past: ["expired"], other: ["expire", "expires"])
        b.addEvent(kind: "conference", nouns: ["conference", "congress", "forum", "session", "plenary", "convention"])
        b.addEvent(kind: "ceremony", nouns: ["ceremony", "inauguration", "celebration", "parade"], past: ["inaugurated"])
        b.addEvent(kind: "signing", nouns: ["signing"], past: ["signed"], other: ["sign", "signs"])
        b.addEvent(kind: "announcement", nouns: ["announcement", "unveiling", "keynote", "presentation"],
                   past: ["announced", "unveiled", "introduced", "presented"],
                   other: ["announce", "announces", "unveil", "unveils", "introduce", "introduces"])
        b.addEvent(kind: "delivery", nouns: ["delivery", "deliveries", "shipment", "shipments"],
                   past: ["delivered", "shipped"], other: ["deliver", "delivers", "ship", "ships"])
        b.addEvent(kind: "flight", nouns: ["flight", "flights", "landing", "takeoff"], past: ["flew", "landed"],
                   other: ["fly", "flies", "land", "lands"])
        b.addEvent(kind: "order", nouns: ["order", "orders", "purchase", "acquisition", "takeover", "merger"],
                   past: ["ordered", "bought", "purchased", "acquired", "sold"],
                   other: ["buy", "buys", "acquire", "acquires", "sell", "sells"])
        b.addEvent(kind: "contract", nouns: ["contract", "contracts", "deal", "award"], past: ["awarded", "won"],
                   other: ["win", "wins"])
        b.addEvent(kind: "opening", nouns: ["opening", "reopening"], past: ["opened", "reopened"], other: ["open", "opens"])
        b.addEvent(kind: "start", nouns: ["start", "beginning"], past: ["began", "begun", "started", "commenced"],
                   other: ["begin", "begins", "starts", "starting"])
        b.addEvent(kind: "closure", nouns: ["closure", "closing", "shutdown"], past: ["closed"])
        b.addEvent(kind: "arrival", nouns: ["arrival", "departure", "return", "homecoming"], past: ["arrived", "departed", "returned"],
                   other: ["arrive", "arrives", "depart", "departs", "returns"])
        b.addEvent(kind: "resignation", nouns: ["resignation", "appointment", "retirement"],
                   past: ["resigned", "appointed", "retired", "stepped"], other: ["resign", "resigns"])
        b.addEvent(kind: "strike", nouns: ["strike", "strikes", "protest", "protests", "rally", "walkout"],
                   past: ["protested", "rallied"])
        b.addEvent(kind: "exercise", nouns: ["exercises", "drills", "maneuvers", "manoeuvres"])
        b.addEvent(kind: "test", nouns: ["test", "tests", "trials"], past: ["tested"])
        b.addEvent(kind: "ruling", nouns: ["ruling", "decision", "judgment", "judgement"], past: ["decided"],
                   other: ["decide", "decides"])
        b.addEvent(kind: "report", nouns: ["results", "earnings", "report"])
        b.addEvent(kind: "accident", nouns: ["accident", "crash", "collision", "attack", "explosion"], past: ["crashed"])
        b.addEvent(kind: "event", nouns: ["event", "events"])
        b.addEvent(kind: "handover", nouns: ["handover"], past: ["handed"])
        b.addEvent(kind: "ceasefire", nouns: ["ceasefire", "ceasefires", "truce", "armistice"])

        b.add(.negator, ["not", "no", "never", "without", "nor", "neither", "didn't", "don't", "doesn't", "won't", "wouldn't",
                         "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "cannot", "can't",
                         "couldn't", "shouldn't", "none"])
        b.add(.hedge, ["may", "might", "could", "possibly", "perhaps", "probably", "likely", "reportedly", "tentatively",
                       "tentative", "preliminary", "hope", "hopes"])
        b.add(.futureModal, ["will", "would", "shall", "won't", "wouldn't", "going", "upcoming", "forthcoming", "next"])
        b.add(.pastVerb, ["was", "were", "had", "did", "took", "came", "went", "held", "made", "gave", "saw", "became",
                          "rose", "fell", "hosted", "occurred", "happened", "ended", "concluded", "completed",
                          "finished", "passed", "reached", "handed", "returned", "received", "reported", "posted"])
        b.add(.pastVerb, CommonWords.pastForms)
        b.add(.determiner, ["the", "this", "that", "these", "those", "such", "said", "same"])
        b.add(.anaphor, ["proposal", "prospect", "plan", "plans", "idea", "initiative", "it", "them", "this"])
        b.add(.dateAnaphor, dateAnaphors)
        b.add(.eventVerbPlaceholder, ["hold", "holds", "held", "host", "hosts", "hosted", "convene", "convened", "organize",
                                      "organise", "stage", "staged"])
        b.add(.groupNoun, ["presidents", "leaders", "sides", "parties", "delegations", "heads", "ministers", "both",
                           "two", "countries", "negotiators"])
        b.add(.placePreposition, ["in", "at"])
        b.add(.topicPreposition, ["on", "about", "of", "regarding", "concerning"])
        b.add(.clauseBreak, ["that", "which", "who", "but", "while", "whereas", "although", "though", "and", "after",
                             "before", "when", "because", "since", "as", "where"])
        b.add(.calendarName, ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                              "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                              "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
                              "saturday", "sunday", "christmas", "easter", "new", "year", "years", "today", "tomorrow",
                              "yesterday", "spring", "summer", "autumn", "fall", "winter", "ramadan", "holidays", "eve",
                              "day", "week", "month"])
        b.add(.functionWord, functionWords)
    }

    /// "that date", "the same day": the words that take their date from an earlier sentence.
    static let dateAnaphors = ["date", "day"]

    /// Words that start sentences or sit inside titles in capitals but never name a participant.
    static let functionWords = [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "in", "on", "at", "of", "for", "to", "from", "by", "with", "about", "as",
        "after", "before", "during", "since", "until", "also", "then", "thus", "however", "meanwhile", "but", "and", "or",
        "so", "yet", "if", "when", "while", "where", "what", "who", "which", "why", "how", "according", "among", "amid",
        "despite", "earlier", "later", "last", "next", "first", "second", "third", "new", "some", "many", "several",
        "all", "both", "each", "every", "other", "another", "more", "most", "one", "two", "three", "there", "here",
        "now", "still", "yes", "no", "not", "let's", "let", "subscribe", "leave", "source", "read", "click", "share",
        "photo", "video", "update", "breaking", "exclusive", "opinion", "analysis", "mr", "mrs", "ms", "dr", "sir",
        "is", "are", "was", "were", "be", "will", "would", "can", "could", "should", "may", "might", "must", "do",
        "does", "did", "has", "have", "had", "over", "under", "into", "just", "only", "even", "again", "once",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
