/// Known participants (countries, alliances, institutions) and the rules that find the others: people's
/// names, taken as their surname ("Russian President Vladimir Putin" → "Putin").
enum ParticipantNames {
    /// Canonical name → the ways texts write it. Capitals stand for their country unless they are a place.
    static let countries: [(canonical: String, names: [String], capitals: [String])] = [
        ("Russia", ["Russia", "Russian Federation"], ["Moscow", "Kremlin"]),
        ("United States", ["United States", "United States of America", "U.S", "US", "USA", "America"],
         ["Washington", "White House", "Pentagon"]),
        ("Ukraine", ["Ukraine"], ["Kyiv", "Kiev"]),
        ("China", ["China", "People's Republic of China"], ["Beijing"]),
        ("United Kingdom", ["United Kingdom", "Britain", "Great Britain", "UK", "U.K"], ["Downing Street"]),
        ("France", ["France"], ["Paris", "Elysee"]),
        ("Germany", ["Germany"], ["Berlin"]),
        ("Japan", ["Japan"], ["Tokyo"]),
        ("India", ["India"], ["New Delhi"]),
        ("Iran", ["Iran"], ["Tehran"]),
        ("Israel", ["Israel"], []),
        ("Turkey", ["Turkey", "Türkiye"], ["Ankara"]),
        ("Poland", ["Poland"], ["Warsaw"]),
        ("Belarus", ["Belarus"], ["Minsk"]),
        ("North Korea", ["North Korea", "DPRK"], ["Pyongyang"]),
        ("South Korea", ["South Korea"], ["Seoul"]),
        ("Syria", ["Syria"], ["Damascus"]),
        ("Saudi Arabia", ["Saudi Arabia"], ["Riyadh"]),
        ("Qatar", ["Qatar"], ["Doha"]),
        ("Egypt", ["Egypt"], ["Cairo"]),
        ("Canada", ["Canada"], ["Ottawa"]),
        ("Mexico", ["Mexico"], []),
        ("Brazil", ["Brazil"], ["Brasilia"]),
        ("Italy", ["Italy"], ["Rome"]),
        ("Spain", ["Spain"], ["Madrid"]),
        ("Georgia", ["Georgia"], ["Tbilisi"]),
        ("Armenia", ["Armenia"], ["Yerevan"]),
        ("Azerbaijan", ["Azerbaijan"], ["Baku"]),
        ("Kazakhstan", ["Kazakhstan"], ["Astana"]),
        ("Finland", ["Finland"], ["Helsinki"]),
        ("Sweden", ["Sweden"], ["Stockholm"]),
        ("Australia", ["Australia"], ["Canberra"]),
        ("Taiwan", ["Taiwan"], ["Taipei"]),
        ("Venezuela", ["Venezuela"], ["Caracas"]),
        ("Pakistan", ["Pakistan"], ["Islamabad"]),
        ("Afghanistan", ["Afghanistan"], ["Kabul"]),
        ("Iraq", ["Iraq"], ["Baghdad"]),
        ("Serbia", ["Serbia"], ["Belgrade"]),
        ("Moldova", ["Moldova"], ["Chisinau"]),
    ]

    static let organisations: [(canonical: String, names: [String])] = [
        ("NATO", ["NATO", "North Atlantic Alliance", "North Atlantic Treaty Organization"]),
        ("European Union", ["European Union", "EU", "E.U", "Brussels"]),
        ("United Nations", ["United Nations", "UN", "U.N"]),
        ("UN Security Council", ["UN Security Council", "United Nations Security Council", "Security Council"]),
        ("OSCE", ["OSCE"]), ("OPEC", ["OPEC"]), ("G7", ["G7"]), ("G20", ["G20"]), ("IMF", ["IMF"]),
        ("WHO", ["World Health Organization"]), ("African Union", ["African Union"]), ("ASEAN", ["ASEAN"]),
    ]

    /// Adjectives of nationality: a participant only before a group noun ("Russian and American delegations").
    static let demonyms: [(word: String, country: String)] = [
        ("Russian", "Russia"), ("American", "United States"), ("Ukrainian", "Ukraine"), ("Chinese", "China"),
        ("British", "United Kingdom"), ("French", "France"), ("German", "Germany"), ("Japanese", "Japan"),
        ("Iranian", "Iran"), ("Israeli", "Israel"), ("Turkish", "Turkey"), ("Polish", "Poland"),
        ("Belarusian", "Belarus"), ("Indian", "India"), ("Canadian", "Canada"), ("Italian", "Italy"),
        ("Spanish", "Spain"), ("European", "European Union"),
    ]

    /// Words in a name run that are job titles or institutions, not the person.
    static let titles = [
        "president", "minister", "secretary", "general", "spokesman", "spokeswoman", "spokesperson", "chancellor",
        "prime", "foreign", "defense", "defence", "deputy", "chairman", "chairwoman", "chair", "ceo", "chief",
        "executive", "senator", "governor", "king", "queen", "prince", "pope", "ambassador", "envoy", "adviser",
        "advisor", "director", "commander", "leader", "premier", "mayor", "judge", "justice", "representative",
        "official", "officials", "press", "state", "vice", "acting", "former", "senior", "alliance", "head",
        "economy", "finance", "trade", "interior", "security", "national", "sen", "rep", "gov", "mr", "mrs", "ms", "dr",
        // Institutions: part of a speaker's description, never a person's surname.
        "department", "ministry", "office", "house", "council", "committee", "government", "administration", "party",
        "affairs", "federal", "republic", "kingdom", "union", "nations", "states", "group", "agency", "service",
        "court", "parliament", "congress", "senate", "assembly", "commission", "board", "bank", "spokesmen",
    ]

    static func register(into b: inout ClaimLexicon.Builder) {
        for country in countries {
            for name in country.names { b.addName(name, canonical: country.canonical) }
            for capital in country.capitals { b.addName(capital, canonical: country.canonical, isMetonym: true) }
        }
        for organisation in organisations {
            for name in organisation.names { b.addName(name, canonical: organisation.canonical) }
        }
        b.add(.demonym, demonyms.map(\.word))
        b.add(.title, titles)
    }

    /// Where "the" reads naturally before the name in a statement. A switch rather than a `Set<String>`,
    /// whose lookup would hash the whole name for every participant of every statement.
    static func takesArticle(_ name: String) -> Bool {
        // Every such name starts with "U", "E" or "A": most names are ruled out by one byte.
        guard let first = name.utf8.first, first == UInt8(ascii: "U") || first == UInt8(ascii: "E") || first == UInt8(ascii: "A")
        else { return false }
        switch name {
        case "United States", "United Kingdom", "European Union", "United Nations", "UN Security Council", "African Union":
            return true
        default:
            return false
        }
    }

    static func country(forDemonym word: String) -> String? {
        demonyms.first { $0.word.lowercased() == word.lowercased() }?.country
    }

    /// A company's legal form: "Inc", "Ltd", "AG".
    static let legalForms = ["inc", "corp", "ltd", "llc", "plc", "co", "ag", "gmbh", "sa", "nv", "bv", "spa", "ab", "asa", "oyj"]
    /// Last words of company names: "Korvel Robotics", "Halden Aerospace".
    static let companyWords = ["corporation", "company", "group", "holdings", "systems", "robotics", "technologies",
                               "technology", "motors", "airlines", "airways", "industries", "labs", "laboratories",
                               "pharmaceuticals", "pharma", "therapeutics", "biotherapeutics", "biotech", "energy",
                               "networks", "aerospace", "dynamics", "solutions", "software", "semiconductor",
                               "semiconductors", "electronics", "devices", "logistics", "mining", "resources",
                               "telecom", "communications", "automotive", "foods", "brands", "ventures", "partners",
                               "dairy", "dairies", "minerals", "metals", "steel", "chemicals", "shipping", "media", "studios",
                               "pictures", "insurance", "capital", "investments", "beverages", "construction", "engineering",
                               "utilities", "petroleum", "railways", "mobile"]
}
