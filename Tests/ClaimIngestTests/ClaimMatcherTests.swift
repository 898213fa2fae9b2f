import ClaimConfig
import ClaimCore
import Testing
@testable import ClaimIngest

@Suite struct ClaimMatcherTests {
    static let created = Timestamp("2021-12-28T10:00:00Z")!

    static func claim(_ id: String, _ statement: String, _ date: String?, kind: String?, _ participants: [String], place: String? = nil) -> Claim {
        Claim(id: ClaimID(id)!, statement: statement,
              event: Event(date: date.flatMap(EventDate.init), kind: kind, participants: participants, place: place),
              status: .proposed, created: created)
    }

    let matcher = ClaimMatcher(claims: [
        claim("talks", "Russia and the United States hold talks on security guarantees", "2022-01-10",
              kind: "talks", ["Russia", "United States"], place: "Geneva"),
        claim("leaders-meet", "Biden and Putin meet in person", "2022-01", kind: "meeting", ["Biden", "Putin"]),
        claim("council", "Russia and NATO hold a council meeting", "2022-01-12", kind: "meeting", ["Russia", "NATO"]),
        claim("vote", "Parliament votes on the budget", "2023-05-16", kind: "vote", ["Parliament"]),
    ], threshold: 0.5, vocabulary: .standard)

    func bestID(_ statement: String, _ date: String?, kind: String?, _ participants: [String], place: String? = nil,
                status: StatusID = .proposed) -> String? {
        let finding = EventDescription(statement: statement, date: date.flatMap(EventDate.init), kind: kind,
                                       participants: participants, place: place, status: status)
        guard let best = matcher.best(for: finding), best.isMatch else { return nil }
        return best.claim.id.rawValue
    }

    @Test func laterReportsWordedDifferentlyFindTheirClaim() {
        #expect(bestID("Talks in Geneva on January 10", "2022-01-10", kind: "talks", [], place: "Geneva") == "talks")
        #expect(bestID("The January 10 security talks", "2022-01-10", kind: "talks", []) == "talks")
        // "Russian and American delegations met in Geneva on Monday": Monday is January 10.
        #expect(bestID("Russia and the United States meet in Geneva", "2022-01-10", kind: "meeting",
                       ["Russia", "United States"], place: "Geneva") == "talks")
        // A day matches the month that contains it.
        #expect(bestID("Biden and Putin meet", "2022-01-20", kind: "meeting", ["Biden", "Putin"]) == "leaders-meet")
    }

    @Test func differentEventsInTheSameMonthStayApart() {
        #expect(bestID("Biden and Putin meet", "2022-01", kind: "meeting", ["Biden", "Putin"]) == "leaders-meet")
        #expect(bestID("Russia and NATO hold a council meeting", "2022-01-19", kind: "meeting", ["Russia", "NATO"]) == nil)
        #expect(bestID("China and India hold talks", "2022-01-10", kind: "talks", ["China", "India"]) == nil)
    }

    @Test func aPostponementMayNameANewDate() {
        #expect(bestID("Parliament votes on the budget", "2023-05-30", kind: "vote", ["Parliament"]) == nil)
        #expect(bestID("Parliament votes on the budget", "2023-05-30", kind: "vote", ["Parliament"], status: .postponed) == "vote")
    }

    @Test func candidatesComeFromTheIndexNotFromEveryClaim() {
        let finding = EventDescription(statement: "Parliament votes", date: EventDate("2023-05"), kind: "vote",
                                       participants: [], place: nil, status: .proposed)
        let positions = matcher.candidates(for: finding)
        #expect(positions.map { matcher.claims[$0].id.rawValue } == ["vote"])
    }

    @Test func scoresExplainThemselves() {
        let finding = EventDescription(statement: "Talks on security", date: EventDate("2022-01-10"), kind: "talks",
                                       participants: ["Russia", "United States"], place: nil, status: .proposed)
        let best = matcher.best(for: finding)
        #expect(best?.score.description.hasPrefix("score 1.00: ") == true)  // same day, same kind, both actors
        #expect(best?.score.reasons.prefix(3) == ["same date 2022-01-10", "participants russia, united states", "same kind 'talks'"])
    }

    // MARK: Skipping candidates that cannot score changes nothing

    /// A ledger large and varied enough that every veto `CandidateIndex.mayScore` relies on is met:
    /// kinds of one family and phases, days, months and years, moved claims, open and closed ones,
    /// shared actors and places, claims first reported before and after the finding.
    @Test func skippingCandidatesThatCannotScoreKeepsTheBestClaimAndItsScore() {
        var seed: UInt64 = 14
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let kinds: [String?] = ["talks", "meeting", "summit", "vote", "election", "launch", "opening", "start", "trial", nil]
        let actors = ["Sarvania", "Sarvanian", "Brevania", "the union", "the council", "Halden", "Orchard", "NATO"]
        let places: [String?] = [nil, nil, "Geneva", "Halden", "Vienna"]
        func date() -> String? {
            let day = CalendarDay(dayNumber: CalendarDay("2024-01-01")!.dayNumber + next(500))
            switch next(10) {
            case 0: return nil
            case 1: return String(day.description.prefix(4))
            case 2, 3: return String(day.description.prefix(7))
            default: return day.description
            }
        }
        func people() -> [String] { (0..<next(3)).map { _ in actors[next(actors.count)] } }
        var claims: [Claim] = []
        for number in 0..<400 {
            var claim = Self.claim("claim-\(number)", "The \(number) event of \(actors[next(actors.count)]) on trade", date(),
                                   kind: kinds[next(kinds.count)], people(), place: places[next(places.count)])
            if next(3) > 0 {
                let published = CalendarDay(dayNumber: CalendarDay("2023-10-01")!.dayNumber + next(500))
                claim = Self.reported(claim, published: published.description)
            }
            if next(5) == 0 { claim.status = .happened }
            if next(8) == 0, let moved = date().flatMap(EventDate.init) {
                let change = StatusChange(at: Self.created, from: .proposed, to: .postponed, because: "moved",
                                          rule: "postponement", previousDate: moved)
                claim = Claim(id: claim.id, statement: claim.statement, event: claim.event, status: .postponed,
                              created: claim.created, evidence: claim.evidence, history: claim.history + [change])
            }
            claims.append(claim)
        }
        let matcher = ClaimMatcher(claims: claims, threshold: 0.5, vocabulary: .standard)
        var matches = 0
        for number in 0..<600 {
            let status: StatusID = [.proposed, .proposed, .postponed, .confirmed, .happened][next(5)]
            let published = CalendarDay(dayNumber: CalendarDay("2023-12-01")!.dayNumber + next(500))
            var finding = EventDescription(
                statement: "The \(next(400)) event of \(actors[next(actors.count)]) on trade", date: date().flatMap(EventDate.init),
                kind: kinds[next(kinds.count)], participants: people(), place: places[next(places.count)], status: status,
                published: published, quote: "Officials said the event on trade \(next(2) == 0 ? "was moved" : "is set").")
            if next(4) == 0, let other = date().flatMap(EventDate.init) { finding.sentenceDates = [other] }
            let sameDocument: Set<ClaimID> = next(4) == 0 ? [claims[next(claims.count)].id] : []
            let skipping = matcher.best(for: finding, sameDocument: sameDocument, scoringEveryCandidate: false)
            let scoringAll = matcher.best(for: finding, sameDocument: sameDocument, scoringEveryCandidate: true)
            #expect(skipping?.claim.id == scoringAll?.claim.id, "finding \(number)")
            #expect(skipping?.score.total == scoringAll?.score.total, "finding \(number)")
            #expect(skipping?.score.reasons == scoringAll?.score.reasons, "finding \(number)")
            if scoringAll?.isMatch == true { matches += 1 }
        }
        // The ledger must give matches of every sort, or the comparison proves little.
        #expect(matches > 20)
    }

    // MARK: Matching precision: attach only on real evidence of identity

    /// A ledger about one company: its name is in most claims.
    static let companyLedger = ClaimMatcher(claims: [
        claim("keynote", "Orchard unveils its new phones at a keynote", "2024-09-10", kind: "conference", ["Orchard"]),
        claim("results", "Orchard reports quarterly results", "2024-10-30", kind: "report", ["Orchard"]),
        claim("store", "Orchard opens its flagship store in Lyon", "2024-11-02", kind: "opening", ["Orchard"], place: "Lyon"),
        claim("lawsuit", "A court hears the patent case against Orchard", "2024-11-20", kind: "hearing", ["Orchard", "Pearware"]),
        claim("shareholders", "Orchard holds its annual shareholder meeting", "2025-02", kind: "meeting", ["Orchard"]),
        claim("production", "Orchard starts production of its headset", "2025", kind: "start", ["Orchard"]),
    ], threshold: 0.5, vocabulary: .standard)

    static func best(in matcher: ClaimMatcher, _ statement: String, _ date: String?, kind: String?, _ participants: [String],
                     status: StatusID = .proposed, published: String? = nil, sameDocument: Set<ClaimID> = []) -> String? {
        let finding = EventDescription(statement: statement, date: date.flatMap(EventDate.init), kind: kind,
                                       participants: participants, place: nil, status: status,
                                       published: published.flatMap(CalendarDay.init))
        guard let best = matcher.best(for: finding, sameDocument: sameDocument), best.isMatch else { return nil }
        return best.claim.id.rawValue
    }

    @Test func aReportWithNoDateAndOnlyACommonNameStaysApart() {
        #expect(Self.best(in: Self.companyLedger, "Orchard shares rose after the analyst call", nil, kind: nil, ["Orchard"]) == nil)
        #expect(Self.best(in: Self.companyLedger, "Orchard will open more stores", nil, kind: "opening", ["Orchard"]) == nil)
    }

    @Test func aNameInManyClaimsIsCommon() {
        #expect(Self.companyLedger.commonNames(among: ["Orchard", "Pearware"]) == ["orchard"])
        #expect(matcher.commonNames(among: ["Russia"]).isEmpty)
    }

    @Test func onlyTheSameYearIsNotIdentity() {
        // Another sort of event in the same year, and the same sort of event in other words.
        #expect(Self.best(in: Self.companyLedger, "Orchard began talks with suppliers", "2025", kind: "talks", ["Orchard"]) == nil)
        #expect(Self.best(in: Self.companyLedger, "Orchard started selling in Brazil", "2025", kind: "start", ["Orchard"]) == nil)
        // A day in the same month with nothing else in common is another event.
        #expect(Self.best(in: Self.companyLedger, "Pearware releases a tablet", "2024-11-05", kind: "release", ["Pearware"]) == nil)
    }

    @Test func theSameDayAndKindWithACommonNameStillMatch() {
        #expect(Self.best(in: Self.companyLedger, "Orchard's keynote is set", "2024-09-10", kind: "conference", ["Orchard"]) == "keynote")
        #expect(Self.best(in: Self.companyLedger, "The patent hearing", "2024-11-20", kind: "hearing", ["Pearware"]) == "lawsuit")
    }

    @Test func aReportWithNoDateDoesNotSpeakOfAnEventLongPast() {
        let later = ClaimMatcher(claims: [
            Self.claim("recital", "Mira Holt gives a recital in Graz", "2019-05-04", kind: "concert", ["Mira Holt"]),
        ], threshold: 0.5, vocabulary: .standard)
        let finding = "Mira Holt gives a recital"
        #expect(Self.best(in: later, finding, nil, kind: "concert", ["Mira Holt"], published: "2019-04-20") == "recital")
        #expect(Self.best(in: later, finding, nil, kind: "concert", ["Mira Holt"], published: "2023-04-20") == nil)
    }

    @Test func onlyAStrongMatchRefinesTheDate() throws {
        let finding = EventDescription(statement: "Biden and Putin meet on January 20", date: EventDate("2022-01-20"),
                                       kind: "meeting", participants: ["Biden", "Putin"], place: nil, status: .proposed)
        #expect(try #require(matcher.best(for: finding)).score.refinesDate)
        // Same month, shared actors, no kind: it may be the same event, but it does not move the date.
        var weaker = finding
        weaker.kind = nil
        weaker.statement = "Biden and Putin in person"
        let match = try #require(matcher.best(for: weaker))
        #expect(match.claim.id.rawValue == "leaders-meet")
        #expect(!match.score.refinesDate)
    }

    // MARK: Rescheduling is the same claim

    @Test func aMoveFindsItsEventWhateverTheMonthAndActors() {
        let ledger = ClaimMatcher(claims: [
            Self.claim("pension-vote", "Vote on the pension reform", "2023-05-16", kind: "vote", []),
            Self.claim("budget-vote", "Vote on the budget", "2023-07-04", kind: "vote", ["Senate"]),
        ], threshold: 0.5, vocabulary: .standard)
        var finding = EventDescription(statement: "Parliament vote", date: EventDate("2023-06-06"), kind: "vote",
                                       participants: ["Parliament"], place: nil, status: .postponed,
                                       quote: "The pension vote is put off again, to June 6.")
        #expect(ledger.best(for: finding)?.isMatch == true)
        #expect(ledger.best(for: finding)?.claim.id.rawValue == "pension-vote")
        // Without a report that it moved, another date is another event.
        finding.status = .proposed
        #expect(ledger.best(for: finding)?.isMatch != true)
        // A move of another sort of event is not this one.
        finding.status = .postponed
        finding.kind = "hearing"
        #expect(ledger.best(for: finding)?.isMatch != true)
    }

    /// A claim as a matcher loaded from the ledger sees it: first reported on `published`.
    static func reported(_ claim: Claim, published: String, date: String? = nil) -> Claim {
        claim.recording(Evidence(source: Source(name: "Wire", published: EventDate(published)), asserts: .proposed,
                                 recordedBy: "test", recordedAt: created, eventDate: (date ?? claim.event.date?.description).flatMap(EventDate.init)))
    }

    @Test func aLaterArticleNamingAnotherDayForTheSameEventMovedIt() {
        let ledger = ClaimMatcher(claims: [
            Self.reported(Self.claim("crossing", "The Osprey's maiden crossing to Tromsø", "2023-04-03", kind: "arrival",
                                     ["Osprey"], place: "Tromsø"), published: "2023-03-20"),
        ], threshold: 0.5, vocabulary: .standard)
        func find(_ date: String, kind: String?, _ participants: [String], place: String?, published: String,
                  sameDocument: Set<ClaimID> = []) -> String? {
            let finding = EventDescription(statement: "The Osprey's maiden crossing", date: EventDate(date), kind: kind,
                                           participants: participants, place: place, status: .proposed,
                                           published: CalendarDay(published), quote: "The Osprey's maiden crossing to Tromsø, now set for the 6th.")
            guard let best = ledger.best(for: finding, sameDocument: sameDocument), best.isMatch else { return nil }
            return best.claim.id.rawValue
        }
        // "The ferry's maiden crossing, now set for April 6": the same kind, ship and place.
        #expect(find("2023-04-06", kind: "arrival", ["Osprey"], place: "Tromsø", published: "2023-03-30") == "crossing")
        // With no kind named, the ship, the port and the words still tell it.
        #expect(find("2023-04-06", kind: nil, ["Osprey"], place: "Tromsø", published: "2023-03-30") == "crossing")
        // Not from the article that first named the day, not without the actor, not another kind,
        // not years away, and not a day before the event was first reported.
        #expect(find("2023-04-06", kind: "arrival", ["Osprey"], place: "Tromsø", published: "2023-03-30",
                     sameDocument: [ClaimID("crossing")!]) == nil)
        #expect(find("2023-04-06", kind: "arrival", ["Skua"], place: "Tromsø", published: "2023-03-30") == nil)
        #expect(find("2023-04-06", kind: "strike", ["Osprey"], place: "Tromsø", published: "2023-03-30") == nil)
        #expect(find("2024-04-06", kind: "arrival", ["Osprey"], place: "Tromsø", published: "2023-03-30") == nil)
        #expect(find("2023-03-01", kind: "arrival", ["Osprey"], place: "Tromsø", published: "2023-03-30") == nil)
    }

    @Test func aMoveByDaysNeedsLessWordingThanAMoveByMonths() {
        let ledger = ClaimMatcher(claims: [
            Self.reported(Self.claim("rate-meeting", "Norvik central bank rate meeting", "2023-10-19", kind: "meeting",
                                     ["Norvik"]), published: "2023-10-02"),
        ], threshold: 0.5, vocabulary: .standard)
        func find(_ date: String, quote: String, sentenceDates: [String] = []) -> String? {
            var finding = EventDescription(statement: "Norvik meeting", date: EventDate(date), kind: "meeting",
                                           participants: ["Norvik"], place: nil, status: .proposed,
                                           published: CalendarDay("2023-10-10"), quote: quote)
            finding.sentenceDates = sentenceDates.compactMap(EventDate.init)
            guard let best = ledger.best(for: finding), best.isMatch else { return nil }
            return best.claim.id.rawValue
        }
        // "The bank brought its policy meeting forward to Thursday": a week earlier, few words in common.
        let broughtForward = "The Norvik bank brought its policy meeting forward to Thursday amid a slide in the crown."
        #expect(find("2023-10-12", quote: broughtForward) == "rate-meeting")
        // The same few words two months on are another meeting.
        #expect(find("2023-12-14", quote: broughtForward) == nil)
        // A sentence naming the event's own day beside another is not a move of it.
        #expect(find("2023-10-12", quote: broughtForward, sentenceDates: ["2023-10-12", "2023-10-19"]) == nil)
    }

    @Test func aReportOfTheDayAnEventWasMovedFromStillNamesIt() {
        var moved = Self.reported(Self.claim("vote", "Council vote on the harbour plan", "2023-05-09", kind: "vote", ["Council"]),
                                  published: "2023-05-01")
        moved.reschedule(to: EventDate("2023-05-16")!, status: .postponed, at: Self.created, because: "moved", rule: "reschedule", evidence: 0)
        let ledger = ClaimMatcher(claims: [moved], threshold: 0.5, vocabulary: .standard)
        // "The council vote on the harbour plan, first due on May 9": the same event, not a new claim.
        #expect(Self.best(in: ledger, "Council vote on the harbour plan", "2023-05-09", kind: "vote", ["Council"],
                          published: "2023-05-10") == "vote")
    }

    @Test func aCountryIsTheSameActorAsPlaceOrInItsPeoplesName() {
        let ledger = ClaimMatcher(claims: [
            Self.claim("poll", "Dravonia holds a general election", "2024-10-06", kind: "election", ["Dravonia"]),
        ], threshold: 0.5, vocabulary: .standard)
        // "Polls opened across Dravonia on Sunday": the country is the place of the report.
        let inPlace = EventDescription(statement: "Election in Dravonia", date: EventDate("2024-10-06"), kind: "election",
                                       participants: [], place: "Dravonia", status: .happened)
        let placeMatch = ledger.best(for: inPlace)
        #expect(placeMatch?.isMatch == true)
        #expect(placeMatch?.score.reasons.contains("participants dravonia") == true)
        // "Dravonians voted in a general election": the people's name is the country's.
        #expect(ClaimMatcher.sameActor("dravonians", "dravonia"))
        #expect(ClaimMatcher.sameActor("dravonian", "dravonia"))
        #expect(!ClaimMatcher.sameActor("iran", "iranians"))
        #expect(!ClaimMatcher.sameActor("austria", "australia"))
    }

    // MARK: One claim per event per article

    @Test func oneArticleNamingTheSameDayAgainSpeaksOfOneEvent() {
        let ledger = ClaimMatcher(claims: [
            Self.claim("trial", "Trial of the former mayor", "2024-02-05", kind: "trial", []),
        ], threshold: 0.5, vocabulary: .standard)
        let opening = "The court opens the case against Rask"
        #expect(Self.best(in: ledger, opening, "2024-02-05", kind: "opening", ["Rask"]) == nil)
        #expect(Self.best(in: ledger, opening, "2024-02-05", kind: "opening", ["Rask"], sameDocument: [ClaimID("trial")!]) == "trial")
        // A headline and its body name the actors differently ("Tessaly to stage 'Lift' showcase";
        // "Tessaly Motors Ltd will stage a showcase, Lift"): in one article, on one day, one event.
        let showcase = ClaimMatcher(claims: [
            Self.claim("showcase", "Tessaly showcase", "2024-03-12", kind: "event", ["Tessaly"]),
        ], threshold: 0.5, vocabulary: .standard)
        #expect(Self.best(in: showcase, "Lift showcase", "2024-03-12", kind: nil, ["Lift"], sameDocument: [ClaimID("showcase")!]) == "showcase")
        #expect(Self.best(in: showcase, "Lift showcase", "2024-03-12", kind: nil, ["Lift"]) == nil)
        // Not when the kinds contradict each other.
        #expect(Self.best(in: ledger, "Farmers protest", "2024-02-05", kind: "strike", ["Farmers"], sameDocument: [ClaimID("trial")!]) == nil)
    }

    // MARK: Only a year in common

    @Test func aYearAndNearlyTheSameWordingAboutOnePersonAreOneEvent() {
        let ledger = ClaimMatcher(claims: [
            Self.claim("illness", "Marta Lindqvist has been battling leukaemia since 2016 and has stepped back from her duties.",
                       "2016", kind: nil, ["Lindqvist"]),
            Self.claim("studio", "Lindqvist founded the studio in 2016 with two friends.", "2016", kind: nil, ["Lindqvist"]),
        ], threshold: 0.5, vocabulary: .standard)
        // A later profile repeats the fact in nearly the same words.
        #expect(Self.best(in: ledger, "She has been battling leukaemia since 2016.", "2016", kind: nil, ["Lindqvist"]) == "illness")
        // The same year and person with other words is another event.
        #expect(Self.best(in: ledger, "Lindqvist moved to Oslo in 2016.", "2016", kind: nil, ["Lindqvist"]) == nil)
        // Nearly the same words about someone else are not her illness.
        #expect(Self.best(in: ledger, "Berg has been battling leukaemia since 2016.", "2016", kind: nil, ["Berg"]) == nil)
        // Two shared words are not enough, however short the report.
        #expect(Self.best(in: ledger, "Lindqvist battling leukaemia, 2016.", "2016", kind: nil, ["Lindqvist"]) == nil)
    }
}
